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


def _tr(source: str, disambiguation: str | None = None) -> str:
    return QCoreApplication.translate("RosterPrint", source, disambiguation)


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
        "roster_title": _tr("Duty roster", "paper form title: 排班表"),
        "heading": _tr("{title}: {month}", "a roster's title: the form's name and the month"),
        "property": QCoreApplication.translate("HandoverLabels", "Property"),
        "station": QCoreApplication.translate("HandoverLabels", "Station"),
        "state": QCoreApplication.translate("HandoverLabels", "State"),
        "name": _tr("Name"),
        "hours": _tr("Hours", "a column: hours rostered in the month"),
        "on_duty": _tr("On duty"),
        "coverage_row": _tr(
            "{code} ≥ {minimum}", "a coverage row: the shift's code and the clerks it needs"
        ),
        "gap_note": _tr("Red: fewer on the shift than the minimum"),
        "legend": _tr("Shifts", "the roster's legend"),
        "shift_time": _tr("{start}–{end}", "a shift's hours"),
        "shift_hours": _tr("{hours} h", "a shift's length in hours"),
        "drafted_by": _tr("Drafted by"),
        "submitted_by": _tr("Submitted by"),
        "approved_by": _tr("Approved by"),
        "not_approved": _tr("NOT APPROVED", "stamped across a roster printed before approval"),
        "not_approved_note": _tr(
            "This roster is not approved by the manager: it may still change."
        ),
        "sent_back": _tr("Sent back: {reason}"),
        "changes": _tr("Changes since approval"),
        "no_changes": _tr("None", "no changes since approval"),
        "change_at": _tr("When"),
        "change_kind": _tr("Change"),
        "asked_by": _tr("Asked by"),
        "decided_by": _tr("Approved by", "who approved a leave or a swap"),
        "what_changed": _tr("What changed"),
        "why": _tr("Why"),
        "cell_change": _tr("{name}, {day}: {before} → {after}", "a roster's cell changed"),
        "person_heading": _tr("{name}: {month}", "a person's own roster: name and month"),
        "person_total": _tr("{shifts} shifts, {hours} h"),
        "day": _tr("Day"),
        "shift": _tr("Shift"),
        "time": _tr("Time"),
        "sheet:roster": _tr("Roster", "a workbook's sheet"),
        "sheet:legend": _tr("Legend", "a workbook's sheet"),
        "sheet:changes": _tr("Changes", "a workbook's sheet"),
        "code": _tr("Code", "a shift's letter"),
        "start": _tr("Start"),
        "end": _tr("End"),
        "colour": _tr("Colour"),
        "page": QCoreApplication.translate("HandoverLabels", "Page {page} of {pages}"),
    }


def roster_print_labels() -> dict[str, str]:
    """Every caption of the roster's printouts, for ``render_roster_pdf``, ``render_person_pdf``
    and ``write_roster_xlsx``, in the language in force and naming it (``LANGUAGE_KEY``). For
    another language than the window's, call it inside ``translators.printing_language``."""
    return {**_captions(), **_grid_words(), LANGUAGE_KEY: current_language()}
