"""The inspection analysis in words, in the language in force (the window's, or a printout's
inside ``translators.printing_language``): the title naming the period, the summary's figures,
each table's headings and rows, and each item's words.

QtCore only, so the window's dialog and the command line (``desk-app export inspections``, on a
bare QCoreApplication) print the same words; the dialog shows the same tables it exports.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desk_app import formats
from desk_app.reports.supervision.analysis_values import (
    COUNT,
    SHARE,
    TEXT,
    TIME,
    AnalysisPrint,
    AnalysisTable,
    Figure,
)
from desk_app.services.supervision.analysis import InspectionAnalysis
from desk_app.services.supervision.inspection_views import InspectionView
from desk_app.translators import current_language
from desk_app.ui.handover.labels import handover_labels
from desk_app.ui.roster.labels import month_title
from desk_app.ui.supervision.labels import ack_label, item_label, kind_label


def title_text(analysis: InspectionAnalysis) -> str:
    return QCoreApplication.translate(
        "InspectionAnalysis", "Inspection analysis, {first} – {last}"
    ).format(
        first=formats.format_date(analysis.first, current_language()),
        last=formats.format_date(analysis.last, current_language()),
    )


def item_text(analysis: InspectionAnalysis, code: str) -> str:
    """An item's words: the manager's, a default item's in the reader's language, else its code
    (an item no list names any more)."""
    return item_label(analysis.item(code))


def share_text(share: float) -> str:
    return formats.format_percent(share, current_language())


def on_time_text(analysis: InspectionAnalysis) -> str:
    """ "Days reviewed on time: 18 of 20 (90.0%)"; a period with no day due for review yet (today
    alone: it is reviewed tomorrow) says so rather than 0 of 0."""
    if not analysis.days_due:
        return QCoreApplication.translate(
            "InspectionAnalysis", "Days reviewed on time: no day due for review yet"
        )
    return QCoreApplication.translate(
        "InspectionAnalysis", "Days reviewed on time: {on_time} of {due} ({share})"
    ).format(
        on_time=formats.format_integer(analysis.days_on_time, current_language()),
        due=formats.format_integer(analysis.days_due, current_language()),
        share=share_text(analysis.on_time_share),
    )


def inspections_text(analysis: InspectionAnalysis) -> str:
    return QCoreApplication.translate("InspectionAnalysis", "Inspections: {count}").format(
        count=formats.format_integer(analysis.inspections, current_language())
    )


def open_text(analysis: InspectionAnalysis) -> str:
    return QCoreApplication.translate("InspectionAnalysis", "Corrections open: {count}").format(
        count=formats.format_integer(analysis.corrections_open, current_language())
    )


def overdue_text(analysis: InspectionAnalysis) -> str:
    return QCoreApplication.translate(
        "InspectionAnalysis", "Overdue: {count}", "corrections past their time"
    ).format(count=formats.format_integer(analysis.corrections_overdue, current_language()))


def summary(analysis: InspectionAnalysis) -> tuple[Figure, ...]:
    return (
        Figure(
            QCoreApplication.translate("InspectionAnalysis", "Inspections"), analysis.inspections
        ),
        Figure(
            QCoreApplication.translate("InspectionAnalysis", "Days due for review"),
            analysis.days_due,
        ),
        Figure(
            QCoreApplication.translate("InspectionAnalysis", "Days reviewed on time"),
            analysis.days_on_time,
        ),
        Figure(
            QCoreApplication.translate("InspectionAnalysis", "Share of days reviewed on time"),
            analysis.on_time_share,
            SHARE,
        ),
        Figure(
            QCoreApplication.translate("InspectionAnalysis", "Corrections open"),
            analysis.corrections_open,
        ),
        Figure(
            QCoreApplication.translate("InspectionAnalysis", "Corrections overdue"),
            analysis.corrections_overdue,
            alert=analysis.corrections_overdue > 0,
        ),
    )


def _empty() -> str:
    return QCoreApplication.translate("InspectionAnalysis", "No inspection in this period.")


def per_clerk_month(analysis: InspectionAnalysis) -> AnalysisTable:
    return AnalysisTable(
        "per_clerk_month",
        QCoreApplication.translate("InspectionAnalysis", "Per clerk and month"),
        (
            QCoreApplication.translate("InspectionAnalysis", "Clerk"),
            QCoreApplication.translate("InspectionAnalysis", "Month"),
            QCoreApplication.translate("InspectionAnalysis", "Inspections"),
            QCoreApplication.translate("InspectionAnalysis", "Failed items"),
        ),
        (TEXT, TEXT, COUNT, COUNT),
        tuple(
            (r.clerk, month_title(r.year, r.month), r.inspections, r.failed_items)
            for r in analysis.per_clerk_month
        ),
        _empty(),
    )


def by_item(analysis: InspectionAnalysis) -> AnalysisTable:
    return AnalysisTable(
        "by_item",
        QCoreApplication.translate("InspectionAnalysis", "Fail rate by item"),
        (
            QCoreApplication.translate("InspectionAnalysis", "Item"),
            QCoreApplication.translate("InspectionAnalysis", "Answered"),
            QCoreApplication.translate("InspectionAnalysis", "Failed"),
            QCoreApplication.translate("InspectionAnalysis", "Fail rate"),
        ),
        (TEXT, COUNT, COUNT, SHARE),
        tuple((item_text(analysis, r.key), r.answered, r.failed, r.rate) for r in analysis.by_item),
        _empty(),
    )


def by_clerk(analysis: InspectionAnalysis) -> AnalysisTable:
    return AnalysisTable(
        "by_clerk",
        QCoreApplication.translate("InspectionAnalysis", "Fail rate by clerk"),
        (
            QCoreApplication.translate("InspectionAnalysis", "Clerk"),
            QCoreApplication.translate("InspectionAnalysis", "Answered"),
            QCoreApplication.translate("InspectionAnalysis", "Failed"),
            QCoreApplication.translate("InspectionAnalysis", "Fail rate"),
        ),
        (TEXT, COUNT, COUNT, SHARE),
        tuple((r.key, r.answered, r.failed, r.rate) for r in analysis.by_clerk),
        _empty(),
    )


def _failed_items(view: InspectionView) -> str:
    names = []
    for answer in view.answers:
        if answer.failed:
            item = view.checklist.item(answer.code)
            names.append(item_label(item) if item is not None else answer.code)
    return "; ".join(names)


def inspection_list(views: Sequence[InspectionView]) -> AnalysisTable:
    """Every inspection, oldest first: the workbook's last sheet from the command line."""
    return AnalysisTable(
        "inspections",
        QCoreApplication.translate("InspectionAnalysis", "Inspections"),
        (
            QCoreApplication.translate("InspectionAnalysis", "No."),
            QCoreApplication.translate("InspectionAnalysis", "When"),
            QCoreApplication.translate("InspectionAnalysis", "Kind"),
            QCoreApplication.translate("InspectionAnalysis", "Clerks"),
            QCoreApplication.translate("InspectionAnalysis", "Inspected by"),
            QCoreApplication.translate("InspectionAnalysis", "Failed"),
            QCoreApplication.translate("InspectionAnalysis", "Failed items"),
            QCoreApplication.translate("InspectionAnalysis", "Acknowledgement"),
            QCoreApplication.translate("InspectionAnalysis", "Seal"),
        ),
        (TEXT, TIME, TEXT, TEXT, TEXT, COUNT, TEXT, TEXT, TEXT),
        tuple(
            (
                v.num,
                v.at,
                kind_label(v.kind),
                ", ".join(v.clerk_names),
                v.inspector_name,
                v.failed,
                _failed_items(v),
                ack_label(v.ack_state),
                v.seal or "",
            )
            for v in sorted(views, key=lambda v: (v.at, v.num))
        ),
        _empty(),
    )


def analysis_print(
    analysis: InspectionAnalysis, station: str, views: Sequence[InspectionView] | None = None
) -> AnalysisPrint:
    """The analysis for its printouts, in the language in force; ``views``: add the list of
    every inspection (the command line's month)."""
    tables = [per_clerk_month(analysis), by_item(analysis), by_clerk(analysis)]
    if views is not None:
        tables.append(inspection_list(views))
    title = title_text(analysis)
    return AnalysisPrint(
        title=title,
        summary_name=QCoreApplication.translate("InspectionAnalysis", "Summary"),
        summary=summary(analysis),
        tables=tuple(tables),
        footer=f"{station} · {title}",
        labels=handover_labels(),
    )
