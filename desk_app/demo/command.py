"""``desk-app demo`` and ``--demo``: a demo database made and filled, its accounts printed.

The command line's demo half, kept with the demo so that ``cli`` stays the parser and the
product's commands."""

from __future__ import annotations

import sys
from pathlib import Path

from desk_app.command_error import CommandError
from desk_app.config import demo_database
from desk_app.demo.accounts import format_accounts
from desk_app.demo.seed import seed_demo
from desk_app.progress import ProgressBar
from desk_app.services.accounts import needs_setup
from desk_app.services.desk import Desk
from desk_app.store.anchor import address_key, anchors_folder, beside_path
from desk_app.store.database import connect


def seed_database(db_path_or_url: str, station: str, years: float) -> None:
    """Create (if needed) and fill a database with demo data; print the accounts and counts."""
    db = connect(db_path_or_url)
    try:
        desk = Desk(db=db, station=station)
        if not needs_setup(desk):
            raise CommandError(
                "{url} already has people. Demo data goes only into a new, empty database "
                "(entries can never be deleted); give another --db.",
                url=db.url,
            )
        with ProgressBar("demo data") as bar:
            result = seed_demo(desk, years=years, progress=bar)
    finally:  # closing anchors the journal head outside the database
        db.dispose()
    print(f"Demo database: {db_path_or_url}")
    print(f"Station: {station}")
    print(result.summary())
    print()
    print("Demo accounts (name, role, PIN):")
    print(format_accounts(result.accounts))


def forget_demo_anchors(path: Path) -> None:
    """A demo made anew where a deleted one was is another database: the old demo's anchors
    would name it foreign. The demo is not a book to keep, so they go with it (a real book's
    anchors are never removed by the program)."""
    beside_path(path).unlink(missing_ok=True)
    folder = anchors_folder()
    if folder.is_dir():
        for stale in folder.glob(f"*-{address_key(str(path.resolve()))}.json"):
            stale.unlink()


def open_demo(station: str) -> str:
    """The demo database, created and filled on first use; its accounts printed every time."""
    path = demo_database()
    fresh = not Path(path).exists()
    if fresh:
        forget_demo_anchors(Path(path))
    if not fresh:
        db = connect(path, create=False)
        try:
            fresh = needs_setup(Desk(db=db, station=station))
        finally:
            db.dispose()
    if fresh:
        # Long enough that found items outlive their 90-day retention: disposals to approve.
        seed_database(path, station, 0.3)
    else:
        print(f"Demo database: {path}")
        print("Demo accounts (name, role, PIN):")
        print(format_accounts())
    sys.stdout.flush()
    return path
