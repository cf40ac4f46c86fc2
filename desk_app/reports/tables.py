"""What the handover sheet and the duty report print, shared by the PDF and the workbook: the
captions (:data:`HANDOVER_LABELS`) and how a section's plain values read.

The caller passes the words: ``labels`` maps the keys below to the reader's language; a missing
key prints the English default of :data:`HANDOVER_LABELS`. Keys whose default has
``{placeholders}`` are templates: a translation must keep them (when it does not, the English
default is used). Fixed keys:

- the sheet: ``handover_title``, ``property``, ``station``, ``number``, ``shift``,
  ``shift_start``, ``shift_end``, ``outgoing``, ``incoming``, ``handover``
  ("{outgoing} → {incoming}"), ``rostered`` and ``takeover`` (someone else than the rostered
  clerk took over: "Rostered: {rostered}; taken over by {incoming} because: {reason}"),
  ``state`` and its values ``sheet_state:draft``,
  ``sheet_state:handed_over``, ``sheet_state:sealed``; ``draft_watermark`` ("DRAFT") and
  ``draft_banner`` (printed on every sheet that is not sealed);
- signatures: ``signatures``, ``signer``, ``role``, ``meaning``, ``signed_at``, ``signature``,
  ``meaning:handed_over`` ("Handed over"), ``meaning:accepted`` ("Accepted") over a signature
  made, ``to_sign:handed_over`` ("Outgoing clerk's signature", 交班人签名) and
  ``to_sign:accepted`` ("Incoming clerk's signature") over a place still to be signed,
  ``not_signed``;
- the seal: ``seal``, ``seal_note``, ``not_sealed``, ``journal_seq``, ``journal_hash``,
  ``sealed_at``; ``after_seal`` (over what supervisors added, which the seal does not cover);
- the duty report: ``duty_report_title``, ``period``, ``period_start``, ``period_end``,
  ``made_by``, ``made_by_command_line`` (who made one printed by the command), ``made_at``,
  ``report_empty`` (an empty section of the report);
- tables: ``empty`` (an empty section of the sheet: "Nothing to hand over"), ``yes``, ``no``;
- the workbook: ``summary`` (the first sheet's name), ``signers`` (its signers table);
- every page: ``page`` ("Page {page} of {pages}").

Open keys, one per section, column and code the sheet holds:

- ``section:{key}``: a section's title (defaults below for the known sections; else the key);
- ``column:{name}``: a column's header (default: the name, "_" as spaces, first letter capital);
- ``{column}:{value}``: a value of a *coded* column (``"category:noise"``; default: the value).

The printout's language is ``labels["language"]`` (``desk_app.formats.LANGUAGE_KEY``; English
when missing). Values print in that language's formats (``desk_app.formats``): times as
"6 Dec 2026 19:49" / "2026-12-06 19:49" / "06.12.2026 19:49" in ``tz`` (default: this computer's
zone), naive times refused; amounts with its separators; booleans as ``yes``/``no`` (the workbook
keeps them Excel booleans); None blank.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, tzinfo
from decimal import Decimal
from enum import Enum
from types import MappingProxyType
from typing import Any

from desk_app.book_text import render
from desk_app.domain.book_lines import BookLine
from desk_app.domain.handover.rules import Section
from desk_app.formats import format_date, format_datetime, format_decimal, format_money, language_of
from desk_app.reports.captions import caption

__all__ = [
    "HANDOVER_LABELS",
    "HANDOVER_LABEL_KEYS",
    "cell_text",
    "coded_text",
    "column_title",
    "label",
    "local_time",
    "section_title",
    "time_text",
]

HANDOVER_LABELS: Mapping[str, str] = MappingProxyType(
    {
        # the sheet
        "handover_title": "Shift handover log",
        "property": "Property",
        "station": "Station",
        "number": "Sheet no.",
        "shift": "Shift",
        "shift_start": "Shift start",
        "shift_end": "Shift end",
        "outgoing": "Outgoing",
        "incoming": "Incoming",
        "handover": "{outgoing} → {incoming}",
        "rostered": "Incoming clerk changed",
        "takeover": "Rostered: {rostered}; taken over by {incoming} because: {reason}",
        "state": "State",
        "sheet_state:draft": "Draft",
        "sheet_state:handed_over": "Handed over, not yet accepted",
        "sheet_state:sealed": "Signed and sealed",
        "draft_watermark": "DRAFT",
        "draft_banner": "DRAFT: not signed by both clerks and not sealed. It may still change.",
        # sections of the sheet (and of the duty report)
        "section:log": "Shift log",
        "section:duty_log": "Duty log",
        "section:follow_ups": "Open follow-ups",
        "section:complaints": "Complaints",
        "section:lostfound": "Lost and found",
        "section:keys_out": "Keys out",
        "section:board_count": "Keys on the board",
        "section:counts": "Counts",
        "section:checklist": "Desk checklist",
        "section:discrepancies": "Discrepancies",
        "section:remarks": "Remarks",
        "section:key_movements": "Key movements",
        "section:handovers": "Handovers sealed",
        "section:day_reviews": "Days reviewed",
        "section:inspections": "Inspections",
        "section:countersigns": "Checked by a supervisor",
        "section:handover_checks": "Handover checks",
        "section:review_notes": "Review notes",
        "after_seal": "Added by supervisors, not covered by the seal",
        "empty": "Nothing to hand over",
        "yes": "Yes",
        "no": "No",
        # signatures
        "signatures": "Signatures",
        "signer": "Name",
        "role": "Role",
        "meaning": "Meaning",
        "signed_at": "Signed at",
        "signature": "Signature",
        "meaning:handed_over": "Handed over",
        "meaning:accepted": "Accepted",
        # Over a place not signed yet: what is to be signed there, never as if done.
        "to_sign:handed_over": "Outgoing clerk's signature",
        "to_sign:accepted": "Incoming clerk's signature",
        "not_signed": "Not signed",
        # the seal
        "seal": "Seal",
        "seal_note": "SHA-256 of this sheet and of the record journal when it was sealed",
        "not_sealed": "Not sealed",
        "journal_seq": "Journal entry",
        "journal_hash": "Journal hash",
        "sealed_at": "Sealed at",
        # the duty report
        "duty_report_title": "Duty report",
        "period": "Period",
        "period_start": "From",
        "period_end": "To",
        "made_by": "Made by",
        "made_by_command_line": "desk-app (command line)",
        "made_at": "Made at",
        "report_empty": "Nothing recorded",
        # the workbook
        "summary": "Summary",
        "signers": "Signers",
        # every page
        "page": "Page {page} of {pages}",
    }
)
"""Every fixed caption of the handover sheet and the duty report: key -> English default."""

HANDOVER_LABEL_KEYS: tuple[str, ...] = tuple(HANDOVER_LABELS)


def label(labels: Mapping[str, str] | None, key: str, **fields: Any) -> str:
    """The caption for ``key`` in the reader's language, its ``{fields}`` filled in."""
    return caption(labels, key, HANDOVER_LABELS.get(key) or _humanize(key), **fields)


def section_title(labels: Mapping[str, str] | None, key: str) -> str:
    key_ = f"section:{key}"
    return (labels or {}).get(key_) or HANDOVER_LABELS.get(key_) or _humanize(key)


def column_title(labels: Mapping[str, str] | None, name: str) -> str:
    return (labels or {}).get(f"column:{name}") or _humanize(name)


def coded_text(labels: Mapping[str, str] | None, column: str, value: Any) -> str:
    raw = value.value if isinstance(value, Enum) else value
    return (labels or {}).get(f"{column}:{raw}") or str(raw)


def local_time(moment: datetime, tz: tzinfo | None) -> datetime:
    """``moment`` on the desk's clock (``tz``; None: this computer's zone)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive time {moment!r}: times must carry their zone")
    return moment.astimezone(tz)


def time_text(moment: datetime, tz: tzinfo | None, labels: Mapping[str, str] | None = None) -> str:
    """``moment`` on the desk's clock in the printout's language (``labels``' language)."""
    return format_datetime(moment, language_of(labels), tz)


def cell_text(
    section: Section, column: int, value: Any, labels: Mapping[str, str] | None, tz: tzinfo | None
) -> str:
    """A cell of ``section`` as printed: the reader's words for codes and yes/no, local times."""
    name = section.columns[column] if column < len(section.columns) else ""
    if value is None:
        return ""
    if name in section.coded:
        return coded_text(labels, name, value)
    if isinstance(value, bool):
        return label(labels, "yes" if value else "no")
    language = language_of(labels)
    if isinstance(value, BookLine):  # a line the program wrote, in the printout's language
        return render(value, language)
    named = section.local_name(value)  # a counted item or a check, named per language
    if named is not None:
        return named.in_language(language)
    if isinstance(value, datetime):
        return time_text(value, tz, labels)
    if isinstance(value, date):
        return format_date(value, language)
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, Decimal):
        return format_money(value, language)
    if isinstance(value, float):
        return format_decimal(value, 0 if value.is_integer() else 2, language)
    return str(value)


def _humanize(name: str) -> str:
    words = name.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def made_by(report, labels: Mapping[str, str] | None) -> str:
    """Who made a report: a name, or the command line in the printout's words."""
    from desk_app.domain.handover.rules import COMMAND_LINE

    if report.made_by == COMMAND_LINE:
        return label(labels, "made_by_command_line")
    return report.made_by
