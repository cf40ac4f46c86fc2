"""Retiring a key from the register asks the reason (refused beside the field without one), and
the key's history says it was retired and why; bringing it back is said there too."""

from __future__ import annotations

from desk_app.services.keys import commands as keys_commands
from desk_app.services.keys import views as keys_views
from desk_app.ui.keys.labels import movement_label
from desk_app.ui.keys.loss_dialogs import RetireKeyDialog
from desk_app.ui.keys.models import HCOL_MOVEMENT, HCOL_NOTE, MovementTableModel
from desk_app.ui.keys.register_dialog import KeyRegisterDialog


def test_retire_asks_the_reason_and_the_history_keeps_it(
    qtbot, ui_desk, people, messages, monkeypatch
):
    manager = people["manager"]
    keys_commands.add_key(
        ui_desk, manager, code="R-1", label="Radio 1", key_type="radio", hook_row=2, hook_col=2
    )
    forms: list[RetireKeyDialog] = []

    def retire(self):
        forms.append(self)
        assert "hook B2 is freed" in self.intro.text()
        self.submit()  # no reason: refused beside the field, the key stays in use
        assert "Say why the key is retired" in self.error.text()
        assert keys_views.find_key(ui_desk, manager, "R-1").active
        self.reason.setPlainText("Antenna broken; replaced by R-2")
        self.submit()
        return self.result()

    monkeypatch.setattr(RetireKeyDialog, "exec", retire)
    register = KeyRegisterDialog(ui_desk, manager)
    qtbot.addWidget(register)
    register.table.selectRow(0)
    assert register.toggle_retired().active is False
    assert len(forms) == 1 and register.retire_button.text() == "Bring back"

    key = keys_views.find_key(ui_desk, manager, "R-1")
    model = MovementTableModel(ui_desk, manager, key_id=key.id)
    assert model.rowCount() == 1
    assert model.data(model.index(0, HCOL_MOVEMENT)) == "Retired"
    assert model.data(model.index(0, HCOL_NOTE)) == "Antenna broken; replaced by R-2"

    # Brought back: no reason asked, said in the history.
    register.table.selectRow(0)
    assert register.toggle_retired().active is True
    assert len(forms) == 1
    rows = keys_views.history(ui_desk, manager, key_id=key.id).rows
    assert [movement_label(m.kind) for m in rows] == ["Brought back", "Retired"]
    assert messages.errors == []
