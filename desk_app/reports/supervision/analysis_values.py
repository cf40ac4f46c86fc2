"""The inspection analysis as its printouts take it (issue 17, point 3): plain values whose words
are already in the printout's language, so the workbook and the PDF need no service and no Qt.

The window (Supervision → Inspection analysis…) and the command line (``export inspections``)
build one :class:`AnalysisPrint` alike (``ui/supervision/analysis_words.py``); the workbook keeps
counts, shares and times as real numbers and dates (Excel sorts and sums them), the PDF writes
them in the language's formats.
"""

from __future__ import annotations

from dataclasses import field
from typing import Any

from desk_app.domain.value import Value

# What a column holds, for its number format (the workbook) and its alignment (the PDF).
TEXT = "text"
COUNT = "count"  # a whole number
SHARE = "share"  # 0.125: 12.5 %
TIME = "time"  # an aware datetime


class Figure(Value):
    """One figure of the summary: "Inspections" 12, "Days reviewed on time" 0.87."""

    label: str
    value: int | float
    kind: str = COUNT
    alert: bool = False  # printed in red: corrections overdue


class AnalysisTable(Value):
    """One table: a sheet of the workbook, a section of the PDF's summary."""

    key: str  # "per_clerk_month", "by_item", "by_clerk", "inspections": its chart's key
    name: str  # the sheet's name and the section's heading
    headings: tuple[str, ...]
    kinds: tuple[str, ...]  # per column: TEXT, COUNT, SHARE or TIME
    rows: tuple[tuple[Any, ...], ...]
    empty: str = ""  # said where the table has no row


class AnalysisPrint(Value):
    title: str  # names the period: "Inspection analysis, 1 Mar 2026 – 31 Mar 2026"
    summary_name: str  # the summary's sheet name and heading
    summary: tuple[Figure, ...]
    tables: tuple[AnalysisTable, ...]
    footer: str = ""  # the station and the period, under every page of the PDF
    labels: dict[str, str] = field(default_factory=dict)  # "language" and "page" (the footer)
