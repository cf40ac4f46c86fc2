"""The roster printouts' words in the reader's language, for the PDFs and the workbook
(``reports.roster.words.ROSTER_LABELS`` holds the keys and their English defaults).

The month's and weekdays' names, the letters of off and leave, a month's states and the kinds of
change are the grid's own words (:mod:`desk_app.ui.roster.labels`), so the paper reads as the
screen does. Every other caption is a literal ``QCoreApplication.translate`` call so lupdate
collects it; templates keep their ``{fields}``. QtCore only: the command line uses it too.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from desk_app.domain.roster.month import RosterState
from desk_app.domain.roster.pattern import LEAVE, OFF
from desk_app.formats import LANGUAGE_KEY
from desk_app.translators import current_language
from desk_app.ui.roster.labels import (
    cell_label,
    cell_short,
    month_name,
    roster_action_label,
    roster_state_label,
    weekday_initial,
)

_MONDAY = date(2024, 1, 1)


def _grid_words() -> dict[str, str]:
    """What the grid on screen already says: months, weekdays, cells, states, changes."""
    return {
        "month_year": QCoreApplication.translate("Labels", "{month} {year}", "a roster's month"),
        **{f"month:{m}": month_name(m) for m in range(1, 13)},
        **{f"weekday:{i}": weekday_initial(_MONDAY + timedelta(days=i)) for i in range(7)},
        **{f"state:{s.value}": roster_state_label(s) for s in RosterState},
        f"cell:{OFF}": cell_short(OFF),
        f"cell:{LEAVE}": cell_short(LEAVE),
        "off": cell_label(OFF),
        "leave": cell_label(LEAVE),
        "change:leave": roster_action_label("leave"),
        "change:swap": roster_action_label("swap"),
    }


def _captions() -> dict[str, str]:
    """The roster's own captions; those every printout shares (property, station, state, page)
    in the handover sheet's words."""
    return {
        # The paper form's own title, 排班表 / График дежурств.
        "roster_title": QCoreApplication.translate(
            "RosterPrint", "Duty roster", "paper form title: 排班表"
        ),
        "heading": QCoreApplication.translate(
            "RosterPrint", "{title}: {month}", "a roster's title: the form's name and the month"
        ),
        "property": QCoreApplication.translate("HandoverLabels", "Property"),
        "station": QCoreApplication.translate("HandoverLabels", "Station"),
        "state": QCoreApplication.translate("HandoverLabels", "State"),
        "name": QCoreApplication.translate("RosterPrint", "Name"),
        "hours": QCoreApplication.translate(
            "RosterPrint", "Hours", "a column: hours rostered in the month"
        ),
        "on_duty": QCoreApplication.translate("RosterPrint", "On duty"),
        "coverage_row": QCoreApplication.translate(
            "RosterPrint",
            "{code} ≥ {minimum}",
            "a coverage row: the shift's code and the clerks it needs",
        ),
        "gap_note": QCoreApplication.translate(
            "RosterPrint", "Red: fewer on the shift than the minimum"
        ),
        "legend": QCoreApplication.translate("RosterPrint", "Shifts", "the roster's legend"),
        "shift_time": QCoreApplication.translate("RosterPrint", "{start}–{end}", "a shift's hours"),
        "shift_hours": QCoreApplication.translate(
            "RosterPrint", "{hours} h", "a shift's length in hours"
        ),
        "drafted_by": QCoreApplication.translate("RosterPrint", "Drafted by"),
        "submitted_by": QCoreApplication.translate("RosterPrint", "Submitted by"),
        "approved_by": QCoreApplication.translate("RosterPrint", "Approved by"),
        "not_approved": QCoreApplication.translate(
            "RosterPrint", "NOT APPROVED", "stamped across a roster printed before approval"
        ),
        "not_approved_note": QCoreApplication.translate(
            "RosterPrint", "This roster is not approved by the manager: it may still change."
        ),
        "sent_back": QCoreApplication.translate("RosterPrint", "Sent back: {reason}"),
        "changes": QCoreApplication.translate("RosterPrint", "Changes since approval"),
        "no_changes": QCoreApplication.translate(
            "RosterPrint", "None", "no changes since approval"
        ),
        "change_at": QCoreApplication.translate("RosterPrint", "When"),
        "change_kind": QCoreApplication.translate("RosterPrint", "Change"),
        "asked_by": QCoreApplication.translate("RosterPrint", "Asked by"),
        "decided_by": QCoreApplication.translate(
            "RosterPrint", "Approved by", "who approved a leave or a swap"
        ),
        "what_changed": QCoreApplication.translate("RosterPrint", "What changed"),
        "why": QCoreApplication.translate("RosterPrint", "Why"),
        "cell_change": QCoreApplication.translate(
            "RosterPrint", "{name}, {day}: {before} → {after}", "a roster's cell changed"
        ),
        "person_heading": QCoreApplication.translate(
            "RosterPrint", "{name}: {month}", "a person's own roster: name and month"
        ),
        "person_total": QCoreApplication.translate("RosterPrint", "{shifts} shifts, {hours} h"),
        "day": QCoreApplication.translate("RosterPrint", "Day"),
        "shift": QCoreApplication.translate("RosterPrint", "Shift"),
        "time": QCoreApplication.translate("RosterPrint", "Time"),
        "sheet:roster": QCoreApplication.translate("RosterPrint", "Roster", "a workbook's sheet"),
        "sheet:legend": QCoreApplication.translate("RosterPrint", "Legend", "a workbook's sheet"),
        "sheet:changes": QCoreApplication.translate("RosterPrint", "Changes", "a workbook's sheet"),
        "code": QCoreApplication.translate("RosterPrint", "Code", "a shift's letter"),
        "start": QCoreApplication.translate("RosterPrint", "Start"),
        "end": QCoreApplication.translate("RosterPrint", "End"),
        "colour": QCoreApplication.translate("RosterPrint", "Colour"),
        "page": QCoreApplication.translate("HandoverLabels", "Page {page} of {pages}"),
    }


def roster_print_labels() -> dict[str, str]:
    """Every caption of the roster's printouts, for ``render_roster_pdf``, ``render_person_pdf``
    and ``write_roster_xlsx``, in the language in force and naming it (``LANGUAGE_KEY``). For
    another language than the window's, call it inside ``translators.printing_language``."""
    return {**_captions(), **_grid_words(), LANGUAGE_KEY: current_language()}
