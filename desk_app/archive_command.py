"""``desk-app --db X archive --year YYYY [--to FOLDER] [--lang L]`` and ``desk-app --db X verify
--archive FILE``: the command line's half of the archive (issue 19), kept out of ``cli`` as the
roster's export is.

``archive`` is :func:`desk_app.services.archive.archive_year` with a progress bar: no sign-in,
as for the other commands (whoever runs it holds the database file). ``verify --archive`` checks
the archive alone (its own chain, records, seals and anchors) and its link to the book given by
``--db`` (the book's checkpoint for it, the file's digest, where it starts, the monthly reports
beside it); it exits as ``verify`` does: 0 all holds, 1 problems, 2 cannot be read.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from desk_app.config import default_database

EXIT_OK = 0
EXIT_PROBLEMS = 1
STEP_TEXTS = {
    "backup": "backing up the book first",
    "reports": "exporting the twelve monthly duty reports (helper processes)",
    "archive": "writing the archive",
    "verify": "checking the archive",
    "wait": "waiting for the monthly duty reports",
    "remove": "taking the archived year out of the book",
    "shrink": "making the book's file smaller",
}


def add_archive_parser(sub) -> None:
    """``archive``, and ``--archive`` on ``verify`` (its plain run otherwise unchanged)."""
    archive = sub.add_parser(
        "archive",
        help="move a year past the retention into an archive of its own (SQLite)",
        description="Archive the oldest year the book holds once it is past the retention "
        "(three years unless a manager set more): its twelve monthly duty reports exported as "
        "PDF beside the archive, a backup of the book first, the archive written and checked, "
        "then the year taken out of the book (open items stay) and the book's file made "
        "smaller. Refused for a PostgreSQL server.",
    )
    archive.add_argument("--year", type=int, required=True, metavar="YYYY", help="the year")
    archive.add_argument(
        "--to", metavar="FOLDER", help="where the archive goes (default: 'archives' beside it)"
    )
    archive.add_argument(
        "--lang",
        dest="export_lang",
        choices=("en", "zh_CN", "ru"),
        help="language of the monthly duty reports (default: as for export)",
    )
    archive.set_defaults(func=cmd_archive)
    verify = sub.choices["verify"]
    verify.add_argument(
        "--archive",
        metavar="FILE",
        help="check an archive alone and its link to the book given by --db",
    )
    plain = verify.get_default("func")
    verify.set_defaults(func=lambda args: cmd_verify_archive(args) if args.archive else plain(args))


def _database(args: argparse.Namespace) -> str:
    return args.db or os.environ.get("DESK_DB_URL") or default_database()


def _labels(args: argparse.Namespace) -> dict[str, str]:
    """The printouts' words in the language asked for (see ``cli._export_labels``)."""
    from desk_app.config import Preferences
    from desk_app.translators import printing_language, remembered_print_language
    from desk_app.ui.handover.labels import handover_labels

    language = args.export_lang or args.lang or remembered_print_language(Preferences())
    with printing_language(language):
        return handover_labels()


def _size(n: int) -> str:
    return f"{n / (1 << 20):,.1f} MB"


def cmd_archive(args: argparse.Namespace) -> int:
    from desk_app.demo.seed import DEMO_STATION
    from desk_app.progress import ProgressBar
    from desk_app.services.archive import archive_year
    from desk_app.services.desk import Desk
    from desk_app.store.database import connect

    labels = _labels(args)
    db = connect(_database(args), create=False)
    desk = Desk(db=db, station=args.station or DEMO_STATION)
    bar = ProgressBar("archive")

    def say(step: str) -> None:
        print(f"\narchive: {STEP_TEXTS.get(step, step)}", file=sys.stderr, flush=True)

    try:
        with bar:
            done = archive_year(
                desk,
                None,
                args.year,
                labels=labels,
                folder=Path(args.to).expanduser() if args.to else None,
                progress=bar,
                say=say,
            )
    finally:
        desk.db.dispose()
    print(
        f"{done.archive}  the year {done.year}: {done.journal_rows:,} journal rows, "
        f"{done.records_removed:,} records taken out of the book ({done.open_kept:,} open items "
        f"and {done.carried:,} records in all kept in it)"
    )
    for report in done.reports:
        print(f"{report}  monthly duty report")
    print(f"backup of the book before: {done.backup}")
    if done.shrunk:
        print(f"the book's file: {_size(done.size_before)} -> {_size(done.size_after)}")
    else:
        print(
            "the book's file was not made smaller: another DutyDesk has it open (the next "
            "archiving, or a backup restored, makes it smaller)",
            file=sys.stderr,
        )
    print(f"{done.seconds:.1f} s (the monthly reports {done.reports_seconds:.1f} s)")
    return EXIT_OK


def cmd_verify_archive(args: argparse.Namespace) -> int:
    from desk_app.command_error import CommandError
    from desk_app.progress import ProgressBar
    from desk_app.services.archive_open import check_archive

    if args.sheet is not None:
        raise CommandError("--sheet and --archive are checked one at a time.")
    with ProgressBar("verify archive") as bar:
        result = check_archive(_database(args), Path(args.archive).expanduser(), bar)
    report = result.archive
    for seen in report.anchors:
        print(
            f"anchor: journal row {seen.anchor.seq:,} ({seen.anchor.at or 'no time'}) in "
            f"{seen.source}",
            file=sys.stderr,
        )
    if result.ok:
        print(
            f"ok: archive of {result.years}: {report.journal_rows:,} journal rows, "
            f"{report.records:,} records match, held to "
            f"{sum(s.binding for s in report.anchors)} anchors; the book's checkpoint names "
            "it, and the book's chain continues it"
        )
        return EXIT_OK
    for problem in [*report.problems, *result.link]:
        print(problem.describe())
    print(
        f"FAILED: {len(report.problems) + len(result.link):,} problems in the archive "
        f"{args.archive}. Keep this output and tell the manager.",
        file=sys.stderr,
    )
    return EXIT_PROBLEMS
