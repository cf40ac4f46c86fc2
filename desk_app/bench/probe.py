"""Measurements of the window for ``desk-app bench``, run offscreen in a child process.

``python -m desk_app.bench.probe startup --db X --person NAME --pin PIN`` opens the real main
window (database, sign-in, first page of the log) and prints one JSON line when it has painted;
``… bare`` does the same for an empty QMainWindow, the yardstick. ``… floor`` is the bare window
after importing SQLAlchemy, reading one row through it and hashing one PIN: what any signed-in
window on this stack pays before its own code runs. ``… window`` also times the first page of the log table and
Enter-to-row in the quick-entry line, and reports resident memory. ``… backup_stall`` starts the
backup of a sealed handover as the window does (beside itself) and reports the window's longest
stall while it runs.

This module sits outside ``desk_app.ui`` on purpose: importing that package imports the services
and SQLAlchemy (see its docstring), which the bare yardstick must not pay.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time


def _rss_mb() -> float:
    """This process's peak resident memory. On Linux VmHWM, not ru_maxrss: a spawned child's
    ru_maxrss starts at its parent's peak (the bench process, with a three-year database's worth
    of work behind it) and would report that instead of the window's own."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    # ru_maxrss is in kilobytes on Linux (where /proc is missing).
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def bare() -> dict:
    app = _app()
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.grab()
    return {"shown": True}


def floor(db: str) -> dict:
    """What every signed-in window on this stack pays before its own code: SQLAlchemy imported
    and one row read through it, one PIN hashed with the program's argon2 parameters, then the
    bare window."""
    from argon2 import PasswordHasher
    from sqlalchemy import create_engine, text

    from desk_app.domain.people import PIN_HASH_PARAMETERS

    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        conn.execute(text("SELECT 1")).scalar()
    engine.dispose()
    PasswordHasher(**PIN_HASH_PARAMETERS).hash("73519246")
    return bare()


def _open_window(db: str, person: str, pin: str, station: str):
    # In the program's own order (``desk-app`` → ``run_gui``): the window's modules (the
    # collector paused and what they made frozen, as ``cli.run_window`` does), then Qt's
    # application object.
    from desk_app.collector import paused

    with paused(freeze=True):
        from desk_app.ui.shell.app import DeskController

    app = _app()
    from desk_app.config import Preferences
    from desk_app.services import accounts
    from desk_app.services.desk import open_desk

    desk = open_desk(db, station=station, create=False)
    actor = accounts.sign_in_by_name(desk, name=person, pin=pin)
    controller = DeskController(desk, Preferences(), "en")
    window = controller.open_window(actor)
    app.processEvents()
    window.grab()
    return app, desk, actor, window


def startup(db: str, person: str, pin: str, station: str) -> dict:
    _app_, _desk, _actor, window = _open_window(db, person, pin, station)
    return {"shown": True, "rows": window.log_panel.model.rowCount(), "rss_mb": round(_rss_mb(), 1)}


def window_metrics(db: str, person: str, pin: str, station: str, repeats: int = 20) -> dict:
    app, desk, actor, window = _open_window(db, person, pin, station)
    from desk_app.ui.log.model import LogTableModel

    pages = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        model = LogTableModel(desk, actor)
        model.data(model.index(0, 1))
        pages.append((time.perf_counter() - t0) * 1000)
    quick = window.log_panel.quick
    model = window.log_panel.model
    enter = []
    for i in range(repeats):
        quick.text.setText(f"bench entry {i} — 测试 — проверка")
        t0 = time.perf_counter()
        quick.submit()
        app.processEvents()
        shown = model.entry_at(0)
        enter.append((time.perf_counter() - t0) * 1000)
        assert shown is not None and shown.text.startswith(f"bench entry {i}")
    return {
        "log_page_ms_p50": round(statistics.median(pages), 2),
        "enter_to_row_ms_p50": round(statistics.median(enter), 2),
        "window_rss_mb": round(_rss_mb(), 1),
    }


def _longest_gap_ms(app, until, interval_ms: int = 10) -> float:
    """The longest gap between a ``interval_ms`` timer's ticks while the event loop runs, until
    ``until()`` says stop: how long the window's thread was kept from its events."""
    from PySide6.QtCore import QEventLoop, QTimer

    ticks: list[float] = [time.perf_counter()]
    loop = QEventLoop()

    def tick() -> None:
        ticks.append(time.perf_counter())
        if until():
            loop.quit()

    timer = QTimer()
    timer.setInterval(interval_ms)
    timer.timeout.connect(tick)
    timer.start()
    loop.exec()
    timer.stop()
    return max((b - a) * 1000 for a, b in zip(ticks, ticks[1:], strict=False))


def backup_stall(db: str, person: str, pin: str, station: str) -> dict:
    """The backup of a sealed handover started as the window starts it (beside itself), and the
    window's longest stall while it runs; the same measured for a second of idle first."""
    app, desk, _actor, window = _open_window(db, person, pin, station)
    from desk_app.ui.shell.background_backup import running_backups

    idle_end = time.perf_counter() + 1.0
    idle = _longest_gap_ms(app, lambda: time.perf_counter() > idle_end)
    start = time.perf_counter()
    window.backup_status.start("handover")
    stall = _longest_gap_ms(app, lambda: not running_backups(desk))
    seconds = time.perf_counter() - start
    app.processEvents()
    shown = window.backup_status.item.text()
    return {
        "stall_ms": round(stall, 1),
        "idle_stall_ms": round(idle, 1),
        "backup_s": round(seconds, 2),
        "status": shown,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desk_app.bench.probe")
    parser.add_argument("what", choices=["bare", "floor", "startup", "window", "backup_stall"])
    parser.add_argument("--db")
    parser.add_argument("--person")
    parser.add_argument("--pin")
    parser.add_argument("--station", default="Bench")
    args = parser.parse_args(argv)
    if args.what == "bare":
        result = bare()
    elif args.what == "floor":
        result = floor(args.db)
    elif args.what == "startup":
        result = startup(args.db, args.person, args.pin, args.station)
    elif args.what == "backup_stall":
        result = backup_stall(args.db, args.person, args.pin, args.station)
    else:
        result = window_metrics(args.db, args.person, args.pin, args.station)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
