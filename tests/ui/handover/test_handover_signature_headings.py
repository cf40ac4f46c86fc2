"""The sheet's signature boxes read as to be signed until signed: "Outgoing clerk's signature"
(交班人签名), not "Outgoing clerk: handed over" (交班人：已交班); once signed, what the signature
says. The same words head the printout's empty places."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from desk_app.services.handover import commands as handover_commands
from desk_app.translators import install_language
from desk_app.ui.handover.labels import handover_labels


def _open(qtbot, window):
    window.handover.handover_action.trigger()
    dialog = window.handover.sheet_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _signature():
    from tests.services.test_handover import signature

    return signature()


def test_an_unsigned_sheet_asks_for_signatures_then_says_what_was_signed(
    qtbot, window, ui_desk, people, messages
):
    dialog = _open(qtbot, window)
    out, inc = dialog.outgoing_block, dialog.incoming_block
    assert out.title() == "Outgoing clerk's signature"
    assert inc.title() == "Incoming clerk's signature"
    labels = handover_labels()  # the printout's words for an empty place, the same
    assert out.title() == labels["to_sign:handed_over"]
    assert inc.title() == labels["to_sign:accepted"]
    dialog.reject()

    handover_commands.sign_handover(
        ui_desk,
        people["clerk"],
        dialog.handover_id,
        meaning="handed_over",
        pin="2222",
        signature=_signature(),
    )
    dialog = _open(qtbot, window)
    assert dialog.outgoing_block.title() == "Outgoing clerk: handed over"
    assert dialog.incoming_block.title() == "Incoming clerk's signature"
    assert messages.errors == []
    dialog.reject()


@pytest.mark.parametrize("language", ["zh_CN", "ru"])
def test_in_the_readers_language_an_unsigned_box_is_not_headed_as_done(qtbot, window, language):
    """Before, the Chinese window headed an empty box 交班人：已交班 (handed over)."""
    try:
        install_language(language)
        done = [
            QCoreApplication.translate("HandoverDialog", "Outgoing clerk: handed over"),
            QCoreApplication.translate("HandoverDialog", "Incoming clerk: accepted"),
        ]
        assert "Outgoing clerk: handed over" not in done  # translated: the test means something
        dialog = _open(qtbot, window)
        titles = [dialog.outgoing_block.title(), dialog.incoming_block.title()]
        labels = handover_labels()
        assert titles == [labels["to_sign:handed_over"], labels["to_sign:accepted"]]
        assert not set(titles) & set(done)
        dialog.reject()
    finally:
        install_language("en")
