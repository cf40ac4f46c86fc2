"""Translated names of the roster's values: a month's state, its steps, the warnings a supervisor is
shown while filling it, the months and weekdays of the grid's header."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication

from desk_app.domain.roster.checks import Concern, Warning
from desk_app.domain.roster.month import RosterAction, RosterState
from desk_app.domain.roster.pattern import LEAVE, OFF, off_leave_letter


def roster_state_label(state: RosterState) -> str:
    return {
        RosterState.DRAFT: QCoreApplication.translate("Labels", "Draft", "a month's roster"),
        RosterState.SUBMITTED: QCoreApplication.translate(
            "Labels", "Submitted to the manager", "a month's roster"
        ),
        RosterState.APPROVED: QCoreApplication.translate(
            "Labels", "Approved", "a month's roster, published and locked"
        ),
    }[RosterState(state)]


def roster_action_label(action: str) -> str:
    """A step in a month's history: the flow's steps, and the changes an approved month takes."""
    drafted = QCoreApplication.translate("Labels", "Drafted", "a roster's month")
    submitted = QCoreApplication.translate("Labels", "Submitted", "a roster")
    sent_back = QCoreApplication.translate("Labels", "Sent back", "a roster")
    approved = QCoreApplication.translate("Labels", "Approved", "a roster")
    known = {
        "drafted": drafted,
        RosterAction.SUBMIT.value: submitted,
        "submitted": submitted,
        RosterAction.SEND_BACK.value: sent_back,
        "sent_back": sent_back,
        RosterAction.APPROVE.value: approved,
        "approved": approved,
        "leave": QCoreApplication.translate("Labels", "Leave approved", "a roster's change"),
        "swap": QCoreApplication.translate("Labels", "Swap approved", "a roster's change"),
    }
    return known.get(str(action), str(action))


def month_name(month: int) -> str:
    return {
        1: QCoreApplication.translate("Labels", "January"),
        2: QCoreApplication.translate("Labels", "February"),
        3: QCoreApplication.translate("Labels", "March"),
        4: QCoreApplication.translate("Labels", "April"),
        5: QCoreApplication.translate("Labels", "May", "the month"),
        6: QCoreApplication.translate("Labels", "June"),
        7: QCoreApplication.translate("Labels", "July"),
        8: QCoreApplication.translate("Labels", "August"),
        9: QCoreApplication.translate("Labels", "September"),
        10: QCoreApplication.translate("Labels", "October"),
        11: QCoreApplication.translate("Labels", "November"),
        12: QCoreApplication.translate("Labels", "December"),
    }[month]


def month_title(year: int, month: int) -> str:
    """ "December 2026", "2026年12月", "Декабрь 2026"."""
    return QCoreApplication.translate("Labels", "{month} {year}", "a roster's month").format(
        month=month_name(month), year=year
    )


def weekday_initial(day: date) -> str:
    """The weekday under a day's number in the grid's header: one or two letters."""
    return (
        QCoreApplication.translate("Labels", "M", "Monday, in one letter"),
        QCoreApplication.translate("Labels", "T", "Tuesday, in one letter"),
        QCoreApplication.translate("Labels", "W", "Wednesday, in one letter"),
        QCoreApplication.translate("Labels", "T", "Thursday, in one letter"),
        QCoreApplication.translate("Labels", "F", "Friday, in one letter"),
        QCoreApplication.translate("Labels", "S", "Saturday, in one letter"),
        QCoreApplication.translate("Labels", "S", "Sunday, in one letter"),
    )[day.weekday()]


def cell_short(code: str, codes: Sequence[str] = ()) -> str:
    """What a cell shows: a shift's own code; off and leave in the reader's letter, or O and L
    where one of the month's shift ``codes`` is written as that letter (off_leave_letter)."""
    if code == OFF:
        letter = QCoreApplication.translate("Labels", "O", "a day off, one letter in the roster")
    elif code == LEAVE:
        letter = QCoreApplication.translate("Labels", "L", "leave, one letter in the roster")
    else:
        return code
    return off_leave_letter(letter, code, codes)


def cell_label(code: str) -> str:
    """A cell's value in words (tooltips, history)."""
    if code == OFF:
        return QCoreApplication.translate("Labels", "Off", "a day off in the roster")
    if code == LEAVE:
        return QCoreApplication.translate("Labels", "Leave", "approved leave in the roster")
    return code


def _number(value: object) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def warning_text(warning: Warning, names: dict[str, str], day_text: str) -> str:
    """One warning in words: who, which day, what is wrong."""
    person = names.get(warning.person or "", warning.person or "")
    v = {k: _number(value) for k, value in warning.values.items()}
    if warning.concern is Concern.GAP:
        return QCoreApplication.translate(
            "RosterWarnings", "{day}: shift {code} has {have} of {need} clerks"
        ).format(day=day_text, code=warning.code, have=v.get("have", 0), need=v.get("need", 1))
    if warning.concern is Concern.DOUBLE:
        return QCoreApplication.translate(
            "RosterWarnings", "{day}: {person} is in two shifts at once ({code})"
        ).format(day=day_text, person=person, code=warning.code)
    if warning.concern is Concern.REST:
        return QCoreApplication.translate(
            "RosterWarnings",
            "{day}: {person} rests {hours} h before shift {code} (at least {need} h)",
        ).format(
            day=day_text,
            person=person,
            code=warning.code,
            hours=v.get("hours", ""),
            need=v.get("need", ""),
        )
    if warning.concern is Concern.ON_LEAVE:
        return QCoreApplication.translate(
            "RosterWarnings", "{day}: {person} has shift {code} on a day of leave"
        ).format(day=day_text, person=person, code=warning.code)
    return QCoreApplication.translate(
        "RosterWarnings", "{person}: {hours} h in the month (at most {most} h)"
    ).format(person=person, hours=v.get("hours", ""), most=v.get("most", ""))


def concern_label(concern: Concern) -> str:
    return {
        Concern.GAP: QCoreApplication.translate("Labels", "Gap", "a roster's warning"),
        Concern.DOUBLE: QCoreApplication.translate("Labels", "Double shift", "a roster's warning"),
        Concern.REST: QCoreApplication.translate("Labels", "Short rest", "a roster's warning"),
        Concern.ON_LEAVE: QCoreApplication.translate("Labels", "On leave", "a roster's warning"),
        Concern.HOURS: QCoreApplication.translate("Labels", "Too many hours", "a roster's warning"),
    }[Concern(concern)]
