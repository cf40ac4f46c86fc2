"""``desk-app --db X export inspections --month YYYY-MM [--pdf FILE] [--xlsx FILE] [--lang L]``:
the command line's half of a month's inspections (``cli.py`` parses and calls
:func:`export_inspections`).

The PDF is the month's analysis (the summary's figures and its tables) followed by every
inspection record of the month on a page of its own, with its acknowledgement and seal, as the
window prints one; the workbook has the analysis's sheets and one listing every inspection. All
stations' inspections, as the window's analysis counts them. No sign-in: whoever runs it holds
the database file, as for ``export report`` and ``export roster``. The words are the window's, in
the language asked for, on a bare QCoreApplication (no display needed; no chart, which needs a
window's fonts: the PDF draws a bar beside each rate instead).
"""

from __future__ import annotations

import argparse
from calendar import monthrange
from datetime import date
from pathlib import Path

from desk_app.command_error import CommandError
from desk_app.roster_export import parse_month


def run(args: argparse.Namespace, database: str, station: str, language: str) -> int:
    """``cli.cmd_export``'s branch for "inspections": the options checked, the files written and
    said; 0 when done (a mistake raises a ``CommandError``)."""
    if args.latest or args.id or args.date_from or args.date_to or args.person:
        raise CommandError(
            "--latest, --id, --from, --to and --person do not belong to 'export inspections'."
        )
    for line in export_inspections(
        database, station, language, month=args.month, pdf=args.pdf, xlsx=args.xlsx
    ):
        print(line)
    return 0


def export_inspections(
    database: str,
    station: str,
    language: str,
    *,
    month: str | None,
    pdf: str | None,
    xlsx: str | None,
) -> list[str]:
    """Write the month's files; the lines to print, one per file written."""
    from desk_app.reports.supervision.analysis_xlsx import write_analysis_xlsx
    from desk_app.reports.supervision.inspections_pdf import write_inspections_pdf
    from desk_app.services.desk import Desk
    from desk_app.services.supervision.analysis import inspection_analysis, period_inspections
    from desk_app.store.database import connect
    from desk_app.translators import printing_language
    from desk_app.ui.handover.labels import handover_labels
    from desk_app.ui.supervision.analysis_words import analysis_print
    from desk_app.ui.supervision.inspection_words import inspection_sheet

    year, number = parse_month(month)
    first, last = date(year, number, 1), date(year, number, monthrange(year, number)[1])
    db = connect(database, create=False)
    try:
        desk = Desk(db=db, station=station)
        analysis = inspection_analysis(desk, None, first, last)
        views = period_inspections(desk, None, first, last)
    finally:
        db.dispose()
    with printing_language(language):
        summary = analysis_print(analysis, station)  # the PDF's first pages: its records follow
        listed = analysis_print(analysis, station, views)  # the workbook: a sheet lists them
        labels = handover_labels()
        records = [inspection_sheet(view, labels) for view in views] if pdf else []
    what = f"inspections {year}-{number:02d}, {len(views)} inspections"
    said = []
    if pdf:
        write_inspections_pdf(Path(pdf).expanduser(), summary, records)
        said.append(f"{pdf}  {what}")
    if xlsx:
        write_analysis_xlsx(Path(xlsx).expanduser(), listed)
        said.append(f"{xlsx}  {what}")
    return said
