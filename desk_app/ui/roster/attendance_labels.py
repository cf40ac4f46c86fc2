"""Attendance's words: how a shift went on screen, and the workbook's captions in the reader's
language (``reports.roster.attendance_xlsx.ATTENDANCE_LABELS`` holds the keys and their English
defaults). Literal ``QCoreApplication.translate`` calls, so lupdate collects them; the months are
the grid's own names. QtCore only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.domain.roster.attendance import Outcome, ShiftAttendance
from desk_app.formats import LANGUAGE_KEY
from desk_app.translators import current_language
from desk_app.ui.roster.labels import month_name


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.ON_TIME: QCoreApplication.translate(
            "RosterAttendance", "On time", "a shift's attendance"
        ),
        Outcome.LATE: QCoreApplication.translate(
            "RosterAttendance", "Late", "a shift's attendance"
        ),
        Outcome.NO_SHOW: QCoreApplication.translate(
            "RosterAttendance", "No-show", "a shift's attendance: rostered, never came"
        ),
        Outcome.PENDING: QCoreApplication.translate(
            "RosterAttendance", "Not yet", "a shift's attendance: not begun"
        ),
        Outcome.EXTRA: QCoreApplication.translate(
            "RosterAttendance", "Extra shift", "worked without being rostered"
        ),
    }[Outcome(outcome)]


def outcome_text(row: ShiftAttendance) -> str:
    """ "Late (25 min)", "On time, left early (40 min)", "No-show"."""
    said = outcome_label(row.outcome)
    if row.outcome is Outcome.LATE:
        said = QCoreApplication.translate("RosterAttendance", "Late ({minutes} min)").format(
            minutes=row.late_minutes
        )
    if row.left_early:
        said = QCoreApplication.translate(
            "RosterAttendance", "{outcome}, left early ({minutes} min)"
        ).format(outcome=said, minutes=row.early_minutes)
    return said


def attendance_print_labels() -> dict[str, str]:
    """The workbook's captions in the language in force (and naming it)."""
    return {
        LANGUAGE_KEY: current_language(),
        "attendance_title": QCoreApplication.translate(
            "RosterAttendance", "Attendance", "the workbook's title: 考勤"
        ),
        "heading": QCoreApplication.translate(
            "RosterAttendance", "{title}: {month}", "the workbook's title and the month"
        ),
        "month_year": QCoreApplication.translate("Labels", "{month} {year}", "a roster's month"),
        **{f"month:{m}": month_name(m) for m in range(1, 13)},
        "station": QCoreApplication.translate("HandoverLabels", "Station"),
        "not_approved_note": QCoreApplication.translate(
            "RosterAttendance", "This month's roster is not approved: no shift counts as rostered."
        ),
        "grace_note": QCoreApplication.translate(
            "RosterAttendance", "Late: arrived more than {minutes} min after the shift's start."
        ),
        "sheet:summary": QCoreApplication.translate(
            "RosterAttendance", "Summary", "a workbook's sheet"
        ),
        "sheet:days": QCoreApplication.translate(
            "RosterAttendance", "Days", "a workbook's sheet: every day's shifts"
        ),
        "name": QCoreApplication.translate("RosterAttendance", "Name"),
        "shifts_rostered": QCoreApplication.translate("RosterAttendance", "Shifts rostered"),
        "shifts_worked": QCoreApplication.translate("RosterAttendance", "Shifts worked"),
        "hours_rostered": QCoreApplication.translate("RosterAttendance", "Hours rostered"),
        "hours_worked": QCoreApplication.translate("RosterAttendance", "Hours worked"),
        "late": QCoreApplication.translate("RosterAttendance", "Late", "how many times late"),
        "no_show": QCoreApplication.translate(
            "RosterAttendance", "No-show", "how many shifts not come to"
        ),
        "left_early": QCoreApplication.translate(
            "RosterAttendance", "Left early", "how many times"
        ),
        "extra": QCoreApplication.translate("RosterAttendance", "Extra shifts"),
        "total": QCoreApplication.translate("RosterAttendance", "Total"),
        "day": QCoreApplication.translate("RosterAttendance", "Day"),
        "shift": QCoreApplication.translate("RosterAttendance", "Shift"),
        "start": QCoreApplication.translate("RosterAttendance", "Start", "a shift's"),
        "end": QCoreApplication.translate("RosterAttendance", "End", "a shift's"),
        "outcome": QCoreApplication.translate(
            "RosterAttendance", "Attendance", "a column: how the shift went"
        ),
        "signed_in": QCoreApplication.translate("RosterAttendance", "Signed in"),
        "accepted": QCoreApplication.translate(
            "RosterAttendance", "Accepted", "the handover, by the incoming clerk"
        ),
        "handed_over": QCoreApplication.translate(
            "RosterAttendance", "Handed over", "the handover, by the outgoing clerk"
        ),
        "left": QCoreApplication.translate(
            "RosterAttendance", "Released", "when the incoming clerk took over"
        ),
        "late_minutes": QCoreApplication.translate("RosterAttendance", "Minutes late"),
        "early_minutes": QCoreApplication.translate(
            "RosterAttendance", "Minutes early", "left before the shift's end"
        ),
        **{f"outcome:{o.value}": outcome_label(o) for o in Outcome},
        "and_left_early": QCoreApplication.translate(
            "RosterAttendance", "{outcome}, left early", "a shift's attendance"
        ),
    }
