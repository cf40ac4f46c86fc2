"""``desk-app``: the window by default; subcommands for scripted work.

    desk-app [--db PATH_OR_URL] [--station NAME] [--lang en|zh_CN|ru]   # the window
    desk-app --demo                                   # the window on the demo database
    desk-app --db X demo [--years N]                  # fill an empty database with demo data
                                                      # (duty log and complaints)
    desk-app --db X verify                            # check the journal chain against the rows
    desk-app --db X backup [--to DIR]                 # online backup (SQLite), compressed
    desk-app --db X restore BACKUP [--to FILE]        # a backup in the book's place, or a new file
    desk-app --db X export handover (--latest|--id ID) [--pdf FILE] [--xlsx FILE] [--lang L]
    desk-app --db X export report --from DATE --to DATE [--pdf FILE] [--xlsx FILE] [--lang L]
    desk-app --db X export roster --month YYYY-MM [--pdf FILE] [--xlsx FILE] [--lang L] [--person N]
    desk-app --db X export inspections --month YYYY-MM [--pdf FILE] [--xlsx FILE] [--lang L]
    desk-app --db X bench [--json] [--rows N]         # speed, as ratios to raw SQLite

Errors the user can act on (``DeskError``) are printed as ``error: ...`` with exit status 2.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

from desk_app.archive_command import add_archive_parser
from desk_app.backup_command import add_backup_parsers
from desk_app.collector import paused
from desk_app.command_error import CommandError
from desk_app.config import default_database, demo_database
from desk_app.domain.clock import local_days
from desk_app.domain.errors import DeskError
from desk_app.identity import version
from desk_app.progress import ProgressBar
from desk_app.smoke_command import add_smoke_parser

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_ERROR = 2
ENTRIES_PER_YEAR = 110_000  # what the demo writes: ~300 a day, complaint steps included


def _database_arg(args: argparse.Namespace) -> str:
    return args.db or default_database()


def _station(args: argparse.Namespace) -> str:
    from desk_app.demo.seed import DEMO_STATION

    return args.station or DEMO_STATION


# --- demo -------------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from desk_app.demo.command import seed_database

    # Without --db the demo goes to the demo database, never into the user's own duty log: a
    # bound book cannot have fake entries removed afterwards.
    if not args.db:
        own_data_folder()
    seed_database(args.db or demo_database(), _station(args), args.years)
    return EXIT_OK


# --- verify, backup, bench ----------------------------------------------------------------------


def cmd_verify(args: argparse.Namespace) -> int:
    """Read-only: the file is opened with SQLite's read-only open (immutable on read-only
    media), never created or migrated; an empty, foreign or missing file is an error (exit 2).
    A compressed backup is decompressed into a temporary folder first (store/backup_open.py)."""
    from desk_app.store.backup_open import open_backup_file

    db = open_backup_file(_database_arg(args))
    try:
        if args.sheet is not None:
            return _verify_sheet(db, args.sheet)
        from desk_app.store.verify import verify

        with ProgressBar("verify") as bar:
            report = verify(db, progress=bar)
    finally:
        db.dispose()
    for seen in report.anchors:  # what the chain was held to, beside the verdict
        kind = "anchor" if seen.binding else "anchor of the book this was copied from"
        print(
            f"{kind}: journal row {seen.anchor.seq:,} ({seen.anchor.at or 'no time'}) in "
            f"{seen.source}",
            file=sys.stderr,
        )
    held = (
        f"held to {sum(s.binding for s in report.anchors)} anchors up to journal row "
        f"{report.anchor_seq:,}"
        if report.anchor_seq is not None
        else "no anchor"
    )
    if report.ok:
        print(f"ok: {report.journal_rows:,} journal rows, {report.records:,} records match; {held}")
        return EXIT_OK
    for problem in report.problems:
        print(problem.describe())
    print(
        f"FAILED: {len(report.problems):,} problems in {report.journal_rows:,} journal rows and "
        f"{report.records:,} records; {held}. Keep this output, do not write in the book, and "
        "tell the manager (README: When verify fails).",
        file=sys.stderr,
    )
    return EXIT_PROBLEMS


_SHEET_FINDINGS = {
    "not-found": "no sealed sheet with this seal is in this book (removed, or another book's)",
    "number-differs": "the sheet with this seal has another number than the QR code says",
    "seal-broken": "the sheet in the book no longer matches its seal (changed after sealing)",
    "signature-differs": "a signature kept with the sheet is not the one it was sealed with",
    "journal-broken": "the journal is broken before the sheet's head (run verify)",
    "head-missing": "the journal no longer reaches the head the sheet was sealed at: its tail was cut",
    "head-differs": "the journal row at the sheet's head has another hash than the sheet printed",
    "sealing-row-missing": "the journal row that sealed the sheet is gone",
    "sealing-row-differs": "the journal row that sealed the sheet differs from the sheet",
}


def _verify_sheet(db, text: str) -> int:
    from desk_app.domain.seal_text import parse_printed_seal
    from desk_app.store.verify_sheet import check_sheet

    printed = parse_printed_seal(text)
    with ProgressBar("verify sheet") as bar:
        result = check_sheet(db, printed, progress=bar)
    number = f"sheet no. {result.number}" if result.number is not None else "the sheet"
    if result.ok:
        print(
            f"ok: {number} is in the book as sealed; its journal head, row "
            f"{result.journal_seq:,} with hash {result.journal_hash}, is in the chain "
            f"({result.chain_rows:,} rows recomputed)"
        )
        return EXIT_OK
    for finding in result.findings:
        print(f"{number}: {_SHEET_FINDINGS.get(finding, finding)}")
    print(f"FAILED: the book does not match {number} (seal {result.seal}).", file=sys.stderr)
    return EXIT_PROBLEMS


def cmd_export(args: argparse.Namespace) -> int:
    """Sealed handover sheets as PDF and/or Excel, exactly as sealed (the same content and seal
    every time); or the duty report of a period; or a month's roster."""
    from desk_app.services.desk import Desk
    from desk_app.services.handover.sheet import sealed_sheet
    from desk_app.store.database import connect

    if not (args.pdf or args.xlsx):
        raise CommandError("Say where to write it: --pdf FILE and/or --xlsx FILE.")
    if args.what == "roster":
        return _export_roster(args)
    if args.what == "inspections":  # the month's records and analysis (inspection_export.py)
        from desk_app.inspection_export import run

        return run(args, _database_arg(args), _station(args), _print_language(args))
    if args.person:
        raise CommandError("--person belongs to 'export roster'.")
    if args.month:
        raise CommandError("--month belongs to 'export roster' and 'export inspections'.")
    if args.what == "report":
        return _export_report(args)
    if args.date_from or args.date_to:
        raise CommandError("--from and --to belong to 'export report'.")
    if not (args.latest or args.id):
        raise CommandError("Say which sheet: --latest or --id ID.")
    db = connect(_database_arg(args), create=False)
    try:
        sheet = sealed_sheet(Desk(db=db, station=_station(args)), None if args.latest else args.id)
    finally:
        db.dispose()
    labels = _export_labels(_print_language(args))
    if args.pdf:
        from desk_app.reports.handover.pdf import write_handover_pdf

        write_handover_pdf(Path(args.pdf).expanduser(), sheet, labels)
        print(f"{args.pdf}  handover #{sheet.number}, seal {sheet.seal}")
    if args.xlsx:
        from desk_app.reports.handover.xlsx import write_handover_xlsx

        write_handover_xlsx(Path(args.xlsx).expanduser(), sheet, labels)
        print(f"{args.xlsx}  handover #{sheet.number}, seal {sheet.seal}")
    return EXIT_OK


def _local_day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommandError(
            "{option} wants a date as YYYY-MM-DD, not {value!r}.", option=option, value=text
        ) from None


def _export_report(args: argparse.Namespace) -> int:
    """The duty report from the start of --from to the end of --to (local days, --to included).
    No sign-in: whoever runs this holds the database file (see services.duty_report)."""
    from desk_app.services.desk import Desk
    from desk_app.services.duty_report import duty_report
    from desk_app.store.database import connect

    if args.latest or args.id:
        raise CommandError("--latest and --id belong to 'export handover'.")
    if not (args.date_from and args.date_to):
        raise CommandError("Say which days: --from YYYY-MM-DD --to YYYY-MM-DD.")
    first = _local_day(args.date_from, "--from")
    last = _local_day(args.date_to, "--to")
    if last < first:
        raise CommandError("--to is before --from.")
    start, end = local_days(first, last)
    db = connect(_database_arg(args), create=False)
    try:
        report = duty_report(Desk(db=db, station=_station(args)), None, start, end)
    finally:
        db.dispose()
    rows = sum(len(s.rows) for s in report.sections)
    labels = _export_labels(_print_language(args))
    if args.pdf:
        from desk_app.reports.duty_report.pdf import write_duty_report_pdf

        write_duty_report_pdf(Path(args.pdf).expanduser(), report, labels)
        print(f"{args.pdf}  duty report {first} to {last}, {rows:,} rows")
    if args.xlsx:
        from desk_app.reports.duty_report.xlsx import write_duty_report_xlsx

        write_duty_report_xlsx(Path(args.xlsx).expanduser(), report, labels)
        print(f"{args.xlsx}  duty report {first} to {last}, {rows:,} rows")
    return EXIT_OK


def _export_roster(args: argparse.Namespace) -> int:
    """A month's roster (desk_app/roster_export.py), approved or not."""
    from desk_app.roster_export import export_roster

    if args.latest or args.id or args.date_from or args.date_to:
        raise CommandError("--latest, --id, --from and --to do not belong to 'export roster'.")
    for line in export_roster(
        _database_arg(args),
        _station(args),
        _print_language(args),
        month=args.month,
        pdf=args.pdf,
        xlsx=args.xlsx,
        person=args.person,
    ):
        print(line)
    return EXIT_OK


def _print_language(args: argparse.Namespace) -> str:
    """The printout's language: ``export --lang``, else ``desk-app --lang``, else the one this
    workstation remembers (the last chosen for a printout in the window, else the window's),
    else English."""
    from desk_app.config import Preferences
    from desk_app.translators import remembered_print_language

    return args.export_lang or args.lang or remembered_print_language(Preferences())


def _export_labels(language: str) -> dict[str, str]:
    """The printouts' captions, the names of coded values (categories, states) and the
    language's formats: the window's labels, read with ``language``'s translators installed on a
    bare QCoreApplication (QtCore only: no display needed)."""
    from desk_app.translators import printing_language
    from desk_app.ui.handover.labels import handover_labels

    with printing_language(language):
        return handover_labels()


def cmd_bench(args: argparse.Namespace) -> int:
    from desk_app.bench.report import format_json, format_table
    from desk_app.bench.run import run_bench
    from desk_app.demo.command import seed_database

    def say(message: str) -> None:
        print(f"bench: {message}", file=sys.stderr, flush=True)

    if args.rows is not None:
        # A throw-away demo database of about N entries instead of --db.
        if args.rows < 100:
            raise CommandError("--rows needs at least 100 entries.")
        folder = Path(tempfile.mkdtemp(prefix="desk-bench-"))  # removed below
        try:
            target = str(folder / "bench.sqlite")
            with open(os.devnull, "w", encoding="utf-8") as quiet:
                saved, sys.stdout = sys.stdout, quiet
                try:
                    seed_database(target, _station(args), min(10.0, args.rows / ENTRIES_PER_YEAR))
                finally:
                    sys.stdout = saved
            result = run_bench(target, say=say)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    else:
        result = run_bench(_database_arg(args), say=say)
    print(format_json(result) if args.json else format_table(result))
    return EXIT_OK


# --- the window ---------------------------------------------------------------------------------


def own_data_folder() -> None:
    """The user data folder holds the books and their anchors: made on first use, and kept
    readable by this account alone (the database holds the PIN hashes)."""
    from desk_app.config import data_dir
    from desk_app.store.files import tighten_folder

    tighten_folder(data_dir())


def run_window(args: argparse.Namespace) -> int:
    if not args.demo and not args.db and not os.environ.get("DESK_DB_URL"):
        own_data_folder()  # the first start of a new desk: the default database's folder
    if args.demo:
        from desk_app.demo.command import open_demo

        own_data_folder()
    db_url = open_demo(_station(args)) if args.demo else _database_arg(args)
    station = args.station or (_station(args) if args.demo else None)
    try:
        with paused(freeze=True):  # desk_app/collector.py
            from desk_app.ui.shell.app import run_gui
    except ImportError as exc:
        raise CommandError(
            "The window cannot start here: {error}. The command-line subcommands still work "
            "(desk-app --help).",
            error=str(exc),
        ) from exc
    return run_gui(db_url=db_url, station=station, lang=args.lang)


# --- parsing ------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desk-app",
        description="DutyDesk: the front-desk duty log. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="SQLite file or PostgreSQL URL (default: $DESK_DB_URL or the user data folder)",
    )
    parser.add_argument("--station", metavar="NAME", help="this counter's name")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window on the demo database (created with demo data on first use)",
    )
    parser.add_argument(
        "--lang",
        choices=("en", "zh_CN", "ru"),
        help="language of the window (remembered), or of an export without its own --lang",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser(
        "demo",
        help="fill a new, empty database with demo data",
        description="Fill a new, empty database with demo people, duty-log entries and "
        "complaints with their whole lifecycle (3 years ≈ 330,000 entries, 22,000 complaints, "
        "a few minutes). Without --db, the demo database is used.",
    )
    demo.add_argument(
        "--years", type=float, default=0.1, help="how far back the log goes (default 0.1)"
    )
    demo.set_defaults(func=cmd_demo)

    verify = sub.add_parser(
        "verify",
        help="recompute the journal chain and compare it with every record and every anchor",
        description="Check the book without changing it (a read-only open). Exit 0: all "
        "holds; 1: problems found (each named); 2: not a DutyDesk database or cannot be read.",
    )
    verify.add_argument(
        "--sheet",
        metavar="SEAL_OR_QR_TEXT",
        help="check the book against a printed handover sheet: its seal's QR code text "
        "(DUTYDESK-SEAL:...) or the seal's 64 digits as printed",
    )
    verify.set_defaults(func=cmd_verify)

    add_backup_parsers(sub)  # backup and restore (desk_app/backup_command.py)

    export = sub.add_parser(
        "export",
        help="write a sealed handover sheet, the duty report, a month's roster or its "
        "inspections as PDF and/or Excel",
        description="'handover': a sealed handover sheet exactly as it was sealed (--latest or "
        "--id). 'report': the daily duty report, every book from --from to --to (local days, "
        "--to included). 'roster': a month's roster (--month), or one --person's own month. "
        "'inspections': a month's inspection records and their analysis (--month).",
    )
    export.add_argument(
        "what", choices=("handover", "report", "roster", "inspections"), help="what to export"
    )
    which = export.add_mutually_exclusive_group()
    which.add_argument("--latest", action="store_true", help="handover: the last sheet sealed")
    which.add_argument("--id", metavar="ID", help="handover: a sheet's id")
    export.add_argument(
        "--from", dest="date_from", metavar="YYYY-MM-DD", help="report: the first day"
    )
    export.add_argument(
        "--to", dest="date_to", metavar="YYYY-MM-DD", help="report: the last day (included)"
    )
    export.add_argument("--month", metavar="YYYY-MM", help="roster, inspections: the month")
    export.add_argument("--person", metavar="NAME", help="roster: one person's own month")
    export.add_argument("--pdf", metavar="FILE", help="write the printed sheet here")
    export.add_argument("--xlsx", metavar="FILE", help="write the workbook here")
    export.add_argument(
        "--lang",
        dest="export_lang",
        choices=("en", "zh_CN", "ru"),
        help="language of the printout: its words, dates and numbers (default: the one this "
        "workstation remembers for printouts, else the window's, else English)",
    )
    export.set_defaults(func=cmd_export)

    bench = sub.add_parser(
        "bench",
        help="measure speed against raw SQLite on a scratch copy of the database",
        description="Measure recording and search on a scratch copy of the database (the "
        "database itself is not changed), each against raw sqlite3 on the same disk.",
    )
    bench.add_argument("--json", action="store_true", help="print one JSON object")
    bench.add_argument(
        "--rows",
        type=int,
        metavar="N",
        help="instead of --db, bench a throw-away demo database of about N entries",
    )
    bench.set_defaults(func=cmd_bench)
    add_smoke_parser(sub)  # packaging's check: start, sign in, close (desk_app/smoke_command.py)
    add_archive_parser(sub)  # archive, and verify --archive (desk_app/archive_command.py)
    return parser


def _tolerant_streams() -> None:
    """Never die on printing a Chinese name to a console that cannot show it."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def main(argv: list[str] | None = None) -> int:
    _tolerant_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is not None and args.demo:
        parser.error("--demo opens the window; use 'demo' without --demo to fill a database")
    try:
        if args.command is None:
            return run_window(args)
        return args.func(args)
    except DeskError as exc:
        sys.stdout.flush()
        print(f"error: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130
