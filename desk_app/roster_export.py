"""``desk-app --db X export roster --month YYYY-MM [--pdf FILE] [--xlsx FILE] [--lang L]
[--person NAME]``: the command line's half of the roster's printouts (``cli.py`` parses and calls
:func:`export_roster`).

The month of the station as stored, approved or not (a month not approved prints NOT APPROVED on
every page; a month never saved prints as a blank form): the PDF is the paper 排班表, or with
``--person`` that person's own month on one page; the workbook is the grid, legend and changes (one
person's row alone with ``--person``). No sign-in: whoever runs it holds the database file (see
``services.roster.printout``). The words are the window's, in the language asked for.
"""

from __future__ import annotations

import re
from pathlib import Path

from desk_app.command_error import CommandError

_MONTH = re.compile(r"(\d{4})-(\d{1,2})")


def parse_month(text: str | None) -> tuple[int, int]:
    """``YYYY-MM`` as (year, month); a ``CommandError`` in plain words otherwise."""
    if not text:
        raise CommandError("Say which month: --month YYYY-MM.")
    found = _MONTH.fullmatch(text.strip())
    if found is None or not 1 <= int(found.group(2)) <= 12 or int(found.group(1)) < 1900:
        raise CommandError("--month wants a month as YYYY-MM, not {value!r}.", value=text)
    return int(found.group(1)), int(found.group(2))


def export_roster(
    database: str,
    station: str,
    language: str,
    *,
    month: str | None,
    pdf: str | None,
    xlsx: str | None,
    person: str | None = None,
) -> list[str]:
    """Write the month's printouts; the lines to print, one per file written."""
    from desk_app.reports.roster.pdf import write_roster_pdf
    from desk_app.reports.roster.person_pdf import write_person_pdf
    from desk_app.reports.roster.xlsx import write_roster_xlsx
    from desk_app.services.desk import Desk
    from desk_app.services.roster.printout import roster_sheet
    from desk_app.store.database import connect
    from desk_app.translators import printing_language
    from desk_app.ui.roster.print_labels import roster_print_labels

    year, number = parse_month(month)
    db = connect(database, create=False)
    try:
        sheet = roster_sheet(Desk(db=db, station=station), None, year, number)
    finally:
        db.dispose()
    name = " ".join((person or "").split())
    if person is not None:
        try:
            sheet = sheet.only(name)
        except LookupError:
            raise CommandError(
                "No one called {name} is on the roster of {month} at {station}.",
                name=person,
                month=f"{year}-{number:02d}",
                station=station,
            ) from None
    with printing_language(language):
        labels = roster_print_labels()
    what = f"roster {year}-{number:02d} {station}, {sheet.state.value}"
    what += f", {name}" if name else f", {len(sheet.people)} people"
    said = []
    if pdf:
        target = Path(pdf).expanduser()
        if name:
            write_person_pdf(target, sheet, name, labels)
        else:
            write_roster_pdf(target, sheet, labels)
        said.append(f"{pdf}  {what}")
    if xlsx:
        write_roster_xlsx(Path(xlsx).expanduser(), sheet, labels)
        said.append(f"{xlsx}  {what}")
    return said
