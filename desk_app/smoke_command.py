"""``desk-app --db X smoke --person NAME --pin-from-env VAR``: start the real window, sign in,
show it, close it (desk_app/ui/shell/smoke.py says how). For packaging's checks; the PIN is read
from an environment variable, never from the command line (which other accounts may see)."""

from __future__ import annotations

import argparse
import os
import time

from desk_app.command_error import CommandError
from desk_app.config import default_database

_STARTED = time.perf_counter()


def add_smoke_parser(sub) -> None:
    smoke = sub.add_parser(
        "smoke",
        help="start the window, sign in as a person, close it when shown (packaging's check)",
        description="Start the window on the database as at the counter, sign in as --person "
        "with the PIN held in the environment variable --pin-from-env, and close the window "
        "once it is shown; print how long that took after the process started. Exit 0 when "
        "the signed-in window was shown, 1 when not (the reason printed).",
    )
    smoke.add_argument("--person", required=True, metavar="NAME", help="as in the sign-in list")
    smoke.add_argument(
        "--pin-from-env", required=True, metavar="VAR", help="the variable holding the PIN"
    )
    smoke.add_argument(
        "--timeout", type=float, default=60.0, metavar="SECONDS", help="give up after this"
    )
    smoke.set_defaults(func=cmd_smoke)


def cmd_smoke(args: argparse.Namespace) -> int:
    pin = os.environ.get(args.pin_from_env)
    if not pin:
        raise CommandError("The variable {name} holds no PIN.", name=args.pin_from_env)
    from desk_app.config import Preferences
    from desk_app.demo.seed import DEMO_STATION
    from desk_app.store.database import resolve_url
    from desk_app.ui.shell.smoke import run_smoke

    db_url = args.db or default_database()
    # The station this workstation knows the book by; on a book it has never opened (the demo
    # book a check just made), the demo's station rather than the dialog asking for one.
    known = Preferences().station_for(resolve_url(db_url))
    return run_smoke(
        db_url=db_url,
        station=args.station or (None if known else DEMO_STATION),
        lang=args.lang,
        person=args.person,
        pin=pin,
        timeout=args.timeout,
        started=_STARTED,
    )
