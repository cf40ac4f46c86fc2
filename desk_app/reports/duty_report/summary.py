"""The duty report's first page as words and numbers, for the PDF, the workbook and the window.

The title names the period (one local day: "Duty report · 6 Dec 2026"; several: "Duty report ·
5 Dec 2026 – 7 Dec 2026"; a period of other times: its two moments). The totals
(:class:`~desk_app.domain.duty_summary.DutySummary`) come as blocks, one per book, each a list
of caption and value; a value that wants attention (something overdue, a discrepancy) is
flagged. The sign-off is a line for the supervisor's name, the date and the signature.

The words come from ``labels`` like every other printout's: the keys and their English defaults
are :data:`DUTY_SUMMARY_LABELS`; the window passes the reader's words
(``desk_app.ui.handover.labels.duty_summary_labels``). Templates keep their ``{fields}``: a
translation that loses one prints the English default. Numbers are written in the labels'
language (:mod:`desk_app.formats`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import tzinfo
from types import MappingProxyType

from desk_app.domain.duty_summary import DutySummary, report_days
from desk_app.domain.handover.rules import DutyReport
from desk_app.domain.value import Value
from desk_app.formats import format_date, format_decimal, format_integer, language_of
from desk_app.reports.captions import caption
from desk_app.reports.tables import coded_text, label, time_text

__all__ = [
    "DUTY_SUMMARY_LABELS",
    "SummaryBlock",
    "SummaryLine",
    "period_text",
    "report_title",
    "summary_blocks",
    "summary_label",
]

DUTY_SUMMARY_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "report_title_period": "{title} · {period}",
        "period_days": "{first} – {last}",
        "summary_heading": "Totals",
        "book:duty_log": "Duty log",
        "book:complaints": "Complaints",
        "book:lostfound": "Lost and found",
        "book:keys": "Keys",
        "book:handovers": "Handovers",
        "entries": "Entries",
        "important": "Important",
        "complaints_opened": "Opened",
        "complaints_settled": "Settled",
        "complaints_overdue": "Overdue now",
        "satisfaction": "Guest satisfaction",
        "satisfaction_value": "{average} of 5 ({count} rated)",
        "no_rating": "No rating",
        "found_in": "Found items in",
        "found_returned": "Returned to owners",
        "found_disposed": "Disposed of",
        "key_movements": "Movements",
        "keys_overdue": "Keys overdue now",
        "handovers_sealed": "Sheets sealed",
        "discrepancies": "Discrepancies noted",
        "sign_off": "Reviewed by the supervisor",
        "sign_name": "Name",
        "sign_date": "Date",
        "sign_signature": "Signature",
    }
)


def summary_label(labels: Mapping[str, str] | None, key: str, **fields: object) -> str:
    """The reader's words for ``key``, its ``{fields}`` filled in; the English default when the
    translation is missing or lost a field."""
    return caption(labels, key, DUTY_SUMMARY_LABELS[key], **fields)


def period_text(report: DutyReport, labels: Mapping[str, str] | None, tz: tzinfo | None) -> str:
    """The period as a reader names it: a day, "first – last" days, or its two moments."""
    language = language_of(labels)
    days = report_days(report.period_start, report.period_end, tz)
    if days is None:
        return summary_label(
            labels,
            "period_days",
            first=time_text(report.period_start, tz, labels),
            last=time_text(report.period_end, tz, labels),
        )
    if days.one_day:
        return format_date(days.first, language)
    return summary_label(
        labels,
        "period_days",
        first=format_date(days.first, language),
        last=format_date(days.last, language),
    )


def report_title(report: DutyReport, labels: Mapping[str, str] | None, tz: tzinfo | None) -> str:
    """ "Duty report · 6 Dec 2026": the paper form's title and its period."""
    return summary_label(
        labels,
        "report_title_period",
        title=label(labels, "duty_report_title"),
        period=period_text(report, labels, tz),
    )


class SummaryLine(Value):
    """A caption and its value: ``value`` as a workbook keeps it (a number, or None for none),
    ``text`` as printed; ``flagged`` when it wants attention; ``indent`` for a breakdown line
    (one category of entries, one kind of key movement)."""

    caption: str
    value: int | float | None
    text: str
    flagged: bool = False
    indent: bool = False


class SummaryBlock(Value):
    key: str  # duty_log, complaints, lostfound, keys, handovers
    title: str
    lines: tuple[SummaryLine, ...]


def summary_blocks(
    summary: DutySummary, labels: Mapping[str, str] | None
) -> tuple[SummaryBlock, ...]:
    """The totals, a block per book, in the reader's words and number style."""
    language = language_of(labels)

    def S(key: str, **fields: object) -> str:  # noqa: N802
        return summary_label(labels, key, **fields)

    def count(caption: str, n: int, flagged: bool = False, indent: bool = False) -> SummaryLine:
        return SummaryLine(caption, n, format_integer(n, language), flagged and n > 0, indent)

    if summary.satisfaction_average is None:
        rating = SummaryLine(S("satisfaction"), None, S("no_rating"))
    else:
        rating = SummaryLine(
            S("satisfaction"),
            round(summary.satisfaction_average, 2),
            S(
                "satisfaction_value",
                average=format_decimal(summary.satisfaction_average, 1, language),
                count=format_integer(summary.satisfaction_count, language),
            ),
        )
    return (
        SummaryBlock(
            "duty_log",
            S("book:duty_log"),
            (
                count(S("entries"), summary.entries),
                *(
                    count(coded_text(labels, "category", code), n, indent=True)
                    for code, n in summary.entries_by_category
                ),
                count(S("important"), summary.important),
            ),
        ),
        SummaryBlock(
            "complaints",
            S("book:complaints"),
            (
                count(S("complaints_opened"), summary.complaints_opened),
                count(S("complaints_settled"), summary.complaints_settled),
                count(S("complaints_overdue"), summary.complaints_overdue, flagged=True),
                rating,
            ),
        ),
        SummaryBlock(
            "lostfound",
            S("book:lostfound"),
            (
                count(S("found_in"), summary.found_in),
                count(S("found_returned"), summary.found_returned),
                count(S("found_disposed"), summary.found_disposed),
            ),
        ),
        SummaryBlock(
            "keys",
            S("book:keys"),
            (
                count(S("key_movements"), summary.key_movements),
                *(
                    count(coded_text(labels, "kind", kind), n, indent=True)
                    for kind, n in summary.key_movements_by_kind
                ),
                count(S("keys_overdue"), summary.keys_overdue, flagged=True),
            ),
        ),
        SummaryBlock(
            "handovers",
            S("book:handovers"),
            (
                count(S("handovers_sealed"), summary.handovers_sealed),
                count(S("discrepancies"), summary.discrepancies, flagged=True),
            ),
        ),
    )
