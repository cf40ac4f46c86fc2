"""A sheet signed by the outgoing clerk and not yet accepted: closing or quitting asks (the
answer No keeps the window), the next sign-in's window says in the status bar that it waits (a
click opens it; no box), and the notice goes once it is accepted."""

from __future__ import annotations

from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover import views as handover_views
from tests.services.test_handover import COUNTS, signature
from tests.ui.conftest import add_supervisor


def _handed_over(desk, clerk, incoming_id: str) -> handover_views.HandoverView:
    draft = handover_commands.start_handover(desk, clerk)
    handover_commands.save_draft(
        desk, clerk, draft.id, handover_views.Draft(counts=COUNTS), incoming_id=incoming_id
    )
    return handover_commands.sign_handover(
        desk, clerk, draft.id, meaning="handed_over", pin="2222", signature=signature()
    )


def test_closing_with_a_half_signed_sheet_asks_and_the_next_window_says_it_waits(
    qtbot, window, ui_desk, people, messages, monkeypatch
):
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(messages, "confirm", lambda parent, text: asked.append(text) or answer[0])
    clerk, manager = people["clerk"], people["manager"]
    assert not window.waiting_sheet.item.isVisible()
    assert window.close() and asked == []  # nothing waits: closed without a question
    window.show()

    sheet = _handed_over(ui_desk, clerk, manager.id)
    window.read_everything_again()  # as the signing did (write_op), or F5
    assert window.waiting_sheet.item.isVisibleTo(window)

    # Quitting (Ctrl+Q closes the window) asks; No keeps the window open.
    assert window.close() is False
    assert window.isVisible()
    assert len(asked) == 1 and f"sheet no. {sheet.num}" in asked[0] and clerk.name in asked[0]

    # The incoming manager signs in at this station: the old window gives way without asking,
    # and the new one says a sheet waits, without a box.
    new = window.controller.open_window(manager)
    qtbot.addWidget(new)
    assert len(asked) == 1 and messages.infos == [] and messages.errors == []
    notice = new.waiting_sheet.item
    assert notice.isVisibleTo(new)
    assert notice.full_text == (
        f"Handover sheet no. {sheet.num} from {clerk.name} waits to be accepted"
    )
    notice.clicked.emit()
    assert new.handover.sheet_dialog is not None
    assert new.handover.sheet_dialog.view.id == sheet.id
    new.handover.sheet_dialog.reject()

    # Yes closes it.
    answer[0] = True
    assert new.close()
    assert len(asked) == 2


def test_the_notice_goes_once_the_sheet_is_accepted(qtbot, window, ui_desk, people, messages):
    clerk = people["clerk"]
    supervisor = add_supervisor(ui_desk, people["manager"], "Ольга Смирнова", "333333")
    sheet = _handed_over(ui_desk, clerk, supervisor.id)
    window.read_everything_again()
    assert window.waiting_sheet.item.isVisibleTo(window)
    handover_commands.sign_handover(
        ui_desk,
        supervisor,
        sheet.id,
        meaning="accepted",
        pin="333333",
        signature=signature(),
        read_important=True,
    )
    window.read_everything_again()
    assert not window.waiting_sheet.item.isVisibleTo(window)
    assert window.close()  # nothing waits any more: no question
