"""A form dialog is tall enough for its wrapped texts at its own width: a long Russian intro and
error are read whole and the fields keep their height (a window's layout alone sized it for
the narrowest width, cutting the last line off and squeezing the fields flat)."""

from __future__ import annotations

from desk_app.services import accounts
from desk_app.translators import install_language
from desk_app.ui.shell.account_dialogs import ChangePinDialog


def test_a_long_intro_and_error_fit(qtbot, ui_desk, people):
    install_language("ru")
    try:
        manager = accounts.sign_in(ui_desk, person_id=people["manager"].id, pin="111111")
        dialog = ChangePinDialog(ui_desk, manager, "111111")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        layout = dialog.layout()
        assert dialog.height() >= layout.heightForWidth(dialog.width())
        dialog.pin.setText("12")
        dialog.pin_repeat.setText("12")
        dialog.submit()
        assert not dialog.error.isHidden()
        assert dialog.height() >= layout.heightForWidth(dialog.width())
        assert dialog.pin.height() >= dialog.pin.minimumSizeHint().height()
    finally:
        install_language("en")
