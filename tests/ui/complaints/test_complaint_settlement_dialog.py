"""Settling above the authority limit at the counter (issue 17, point 8): the clerk refused is
offered "Escalate with this amount", which sends the complaint up with what was typed; the
supervisor finds it filled in and confirms the amount with their own PIN."""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desk_app.domain.complaints import Action, Status
from desk_app.services.complaints import commands as complaints_commands
from desk_app.services.complaints import views as complaints_views
from desk_app.ui.common.forms import FIELD_ERROR_STYLE
from desk_app.ui.complaints.page import ComplaintDialog
from desk_app.ui.complaints.steps import ResolveDialog
from desk_app.ui.shell.main_window import MainWindow
from tests.ui.helpers import type_text

OUTCOME = "Вернули деньги за ночь"


def _acknowledged(desk, clerk):
    c = complaints_commands.intake(
        desk,
        clerk,
        channel="phone",
        guest_name="张先生",
        room="1208",
        category="billing",
        severity="medium",
        text="房费多收了一晚",
        promised_at=desk.clock.now() + timedelta(hours=1),
    )
    return complaints_commands.act(
        desk, clerk, c.id, "acknowledge", expected_version=c.version, note="Acknowledged"
    )


def _open_page(qtbot, window, complaint_id) -> ComplaintDialog:
    window.complaints.open_complaint(complaint_id)
    page = window.complaints.page
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    return page


def _resolve(qtbot, page: ComplaintDialog) -> ResolveDialog:
    page.action_buttons[Action.RESOLVE].click()
    dialog = page.step_dialog
    assert isinstance(dialog, ResolveDialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def _ok(dialog) -> None:
    QTest.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def _row_shown(dialog: ResolveDialog, widget) -> bool:
    return dialog.form.isRowVisible(widget)


def test_clerk_refused_escalates_with_the_amount_in_one_action(
    qtbot, window, ui_desk, people, supervisor, messages
):
    clerk = people["clerk"]
    c = _acknowledged(ui_desk, clerk)
    page = _open_page(qtbot, window, c.id)
    dialog = _resolve(qtbot, page)
    assert not _row_shown(dialog, dialog.escalate_box)  # offered only once refused
    assert not _row_shown(dialog, dialog.pin)  # a clerk is never asked for a PIN
    type_text(dialog.outcome, OUTCOME)
    type_text(dialog.compensation, "800")
    dialog.kind.setCurrentText("Refund")
    _ok(dialog)

    assert "escalate" in dialog.error.text()
    assert dialog.compensation.styleSheet() == FIELD_ERROR_STYLE
    assert _row_shown(dialog, dialog.escalate_box)
    assert dialog.escalate_button.text() == "Escalate with this amount"
    names = [dialog.escalate_to.itemText(i) for i in range(dialog.escalate_to.count())]
    assert "Ольга Смирнова" in names and "Иван Петров" not in names
    dialog.escalate_to.setCurrentIndex(dialog.escalate_to.findText("Ольга Смирнова"))
    shots = os.environ.get("DESK_SHOTS")
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        assert dialog.grab().save(str(Path(shots) / "resolve_escalate_en.png"))
    dialog.escalate_button.click()

    assert page.step_dialog is None and messages.errors == []
    assert page.complaint.status is Status.ESCALATED
    assert page.complaint.escalated_to_name == "Ольга Смирнова"
    assert page.complaint.compensation == 0  # proposed, not given
    detail = complaints_views.complaint_detail(ui_desk, clerk, c.id)
    escalation = detail.events[-1]
    assert escalation.action == "escalate" and OUTCOME in escalation.note
    assert "800.00" in escalation.note and "Refund" in escalation.note
    assert json.loads(escalation.data)["proposal"] == {
        "outcome": OUTCOME,
        "compensation": "800.00",
        "kind": "Refund",
    }
    # The page says it: beside the complaint and in its history.
    assert page.proposal_label.text() == f"800.00 (Refund): {OUTCOME}"
    history = page.history.model()
    assert history.index(history.rowCount() - 1, 4).data() == (
        "To Ольга Смирнова; proposed 800.00 (Refund)"
    )


def test_supervisor_finds_the_proposal_and_confirms_with_their_pin(
    qtbot, window, ui_desk, people, supervisor, prefs, messages
):
    clerk = people["clerk"]
    c = _acknowledged(ui_desk, clerk)
    complaints_commands.act(
        ui_desk,
        clerk,
        c.id,
        "escalate",
        expected_version=c.version,
        note="Above my limit",
        escalate_to_id=supervisor.id,
        outcome=OUTCOME,
        compensation="800",
        compensation_kind="Refund",
    )
    sup_window = MainWindow(ui_desk, supervisor, prefs, "en")
    qtbot.addWidget(sup_window)
    sup_window.show()
    page = _open_page(qtbot, sup_window, c.id)
    dialog = _resolve(qtbot, page)
    assert dialog.outcome.toPlainText() == OUTCOME
    assert dialog.compensation.text() == "800.00"
    assert dialog.kind.currentText() == "Refund"
    assert _row_shown(dialog, dialog.pin)  # above the limit: asked at once
    assert not _row_shown(dialog, dialog.escalate_box)

    _ok(dialog)  # no PIN typed
    assert dialog.isVisible() and "PIN" in dialog.error.text()
    assert dialog.pin.styleSheet() == FIELD_ERROR_STYLE

    type_text(dialog.pin, "2222")  # the clerk's PIN is not the supervisor's
    _ok(dialog)
    assert dialog.isVisible() and dialog.error.text() == "Wrong PIN."
    assert dialog.pin.text() == ""
    assert complaints_views.complaint_detail(ui_desk, supervisor, c.id).complaint.status is (
        Status.ESCALATED
    )

    type_text(dialog.pin, "333333")
    _ok(dialog)
    assert page.step_dialog is None and messages.errors == []
    assert page.complaint.status is Status.RESOLVED
    assert str(page.complaint.compensation) == "800.00"
    history = page.history.model()
    assert "confirmed with a PIN" in history.index(history.rowCount() - 1, 4).data()
    assert page.proposal_label is None  # settled: nothing is proposed any more


def test_high_severity_escalates_with_the_outcome_only(
    qtbot, window, ui_desk, people, supervisor, messages
):
    clerk = people["clerk"]
    c = complaints_commands.intake(
        ui_desk,
        clerk,
        channel="walk_in",
        guest_name="Анна",
        room="301",
        category="safety",
        severity="high",
        text="Дым в коридоре",
        promised_at=ui_desk.clock.now() + timedelta(hours=1),
    )
    complaints_commands.act(ui_desk, clerk, c.id, "acknowledge", expected_version=1, note="ok")
    page = _open_page(qtbot, window, c.id)
    dialog = _resolve(qtbot, page)
    type_text(dialog.outcome, "Apologised, checked the alarm")
    _ok(dialog)
    assert "high-severity" in dialog.error.text() and _row_shown(dialog, dialog.escalate_box)
    dialog.escalate_button.click()
    assert page.complaint.status is Status.ESCALATED and messages.errors == []
    escalation = complaints_views.complaint_detail(ui_desk, clerk, c.id).events[-1]
    assert escalation.note == (
        "Escalated for a supervisor to settle. Outcome proposed: Apologised, checked the alarm"
    )
    assert json.loads(escalation.data)["proposal"] == {
        "outcome": "Apologised, checked the alarm",
        "compensation": "0.00",
        "kind": None,
    }


def test_supervisor_up_to_the_limit_is_not_asked_for_a_pin(
    qtbot, window, ui_desk, people, supervisor, prefs, messages
):
    c = _acknowledged(ui_desk, people["clerk"])
    sup_window = MainWindow(ui_desk, supervisor, prefs, "en")
    qtbot.addWidget(sup_window)
    sup_window.show()
    page = _open_page(qtbot, sup_window, c.id)
    dialog = _resolve(qtbot, page)
    type_text(dialog.outcome, "Refund of the minibar")
    type_text(dialog.compensation, "500.01")
    assert _row_shown(dialog, dialog.pin)
    dialog.compensation.clear()
    type_text(dialog.compensation, "500")
    assert not _row_shown(dialog, dialog.pin)
    dialog.kind.setCurrentText("Refund")
    _ok(dialog)
    assert page.complaint.status is Status.RESOLVED and messages.errors == []
