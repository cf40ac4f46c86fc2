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


def _tr(source: str, disambiguation: str | None = None) -> str:
    return QCoreApplication.translate("RosterAttendance", source, disambiguation)


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.ON_TIME: _tr("On time", "a shift's attendance"),
        Outcome.LATE: _tr("Late", "a shift's attendance"),
        Outcome.NO_SHOW: _tr("No-show", "a shift's attendance: rostered, never came"),
        Outcome.PENDING: _tr("Not yet", "a shift's attendance: not begun"),
        Outcome.EXTRA: _tr("Extra shift", "worked without being rostered"),
    }[Outcome(outcome)]


def outcome_text(row: ShiftAttendance) -> str:
    """ "Late (25 min)", "On time, left early (40 min)", "No-show"."""
    said = outcome_label(row.outcome)
    if row.outcome is Outcome.LATE:
        said = _tr("Late ({minutes} min)").format(minutes=row.late_minutes)
    if row.left_early:
        said = _tr("{outcome}, left early ({minutes} min)").format(
            outcome=said, minutes=row.early_minutes
        )
    return said


def attendance_print_labels() -> dict[str, str]:
    """The workbook's captions in the language in force (and naming it)."""
    return {
        LANGUAGE_KEY: current_language(),
        "attendance_title": _tr("Attendance", "the workbook's title: 考勤"),
        "heading": _tr("{title}: {month}", "the workbook's title and the month"),
        "month_year": QCoreApplication.translate("Labels", "{month} {year}", "a roster's month"),
        **{f"month:{m}": month_name(m) for m in range(1, 13)},
        "station": QCoreApplication.translate("HandoverLabels", "Station"),
        "not_approved_note": _tr(
            "This month's roster is not approved: no shift counts as rostered."
        ),
        "grace_note": _tr("Late: arrived more than {minutes} min after the shift's start."),
        "sheet:summary": _tr("Summary", "a workbook's sheet"),
        "sheet:days": _tr("Days", "a workbook's sheet: every day's shifts"),
        "name": _tr("Name"),
        "shifts_rostered": _tr("Shifts rostered"),
        "shifts_worked": _tr("Shifts worked"),
        "hours_rostered": _tr("Hours rostered"),
        "hours_worked": _tr("Hours worked"),
        "late": _tr("Late", "how many times late"),
        "no_show": _tr("No-show", "how many shifts not come to"),
        "left_early": _tr("Left early", "how many times"),
        "extra": _tr("Extra shifts"),
        "total": _tr("Total"),
        "day": _tr("Day"),
        "shift": _tr("Shift"),
        "start": _tr("Start", "a shift's"),
        "end": _tr("End", "a shift's"),
        "outcome": _tr("Attendance", "a column: how the shift went"),
        "signed_in": _tr("Signed in"),
        "accepted": _tr("Accepted", "the handover, by the incoming clerk"),
        "handed_over": _tr("Handed over", "the handover, by the outgoing clerk"),
        "left": _tr("Released", "when the incoming clerk took over"),
        "late_minutes": _tr("Minutes late"),
        "early_minutes": _tr("Minutes early", "left before the shift's end"),
        **{f"outcome:{o.value}": outcome_label(o) for o in Outcome},
        "and_left_early": _tr("{outcome}, left early", "a shift's attendance"),
    }
