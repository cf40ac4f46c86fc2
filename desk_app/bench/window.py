"""The bench's window figures: start-up, the log's first page, Enter to row, resident memory;
measured by ``desk_app.bench.probe`` in child processes (offscreen Qt) on the scratch copy."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from desk_app.bench.books import (
    BENCH_PIN,
)
from desk_app.bench.figures import bench_actor
from desk_app.bench.scratch import (
    remove_sqlite_files,
    scratch_path,
)
from desk_app.command_error import CommandError
from desk_app.services.desk import Actor, Desk
from desk_app.store.database import connect

# --------------------------------------------------------------------------------------------
# GUI figures: measured by desk_app.bench.probe in child processes (offscreen Qt), on the scratch
# copy, signed in as the bench actor with a PIN the bench sets on that copy only.
# --------------------------------------------------------------------------------------------

STARTUP_RUNS = 3


def run_probe(args: list[str], config_dir: Path) -> tuple[float, dict[str, Any]]:
    """Run the probe; return seconds from spawn to its report (not to its exit) and the report."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_CONFIG_DIR": str(config_dir)}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "desk_app.bench.probe", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    try:
        _out, err = proc.communicate(timeout=300)
    except subprocess.TimeoutExpired:
        proc.kill()
        _out, err = proc.communicate()
    if proc.returncode != 0 or not line.strip():
        raise CommandError("The window probe failed: {error}", error=err.strip()[-500:])
    return elapsed, json.loads(line)


def compile_package() -> None:
    """Compile the program's bytecode before timing its start-up, as installing a wheel does.

    An editable install (the README's) leaves that to the first import, and where
    ``PYTHONDONTWRITEBYTECODE`` is set it is never kept: every start would then compile some
    eighty modules (~80 ms here) that an installed program never compiles again."""
    import compileall

    import desk_app

    compileall.compile_dir(Path(desk_app.__file__).parent, quiet=2)


def gui_figures(db_path: Path, actor: Actor, config_dir: Path) -> dict[str, Any]:
    compile_package()
    login = ["--db", str(db_path), "--person", actor.name, "--pin", BENCH_PIN]
    bare = statistics.median(run_probe(["bare"], config_dir)[0] for _ in range(STARTUP_RUNS))
    floor = statistics.median(
        run_probe(["floor", "--db", str(db_path)], config_dir)[0] for _ in range(STARTUP_RUNS)
    )
    startups = [run_probe(["startup", *login], config_dir) for _ in range(STARTUP_RUNS)]
    _elapsed, window = run_probe(["window", *login], config_dir)
    return {
        "bare_qt_startup_s": bare,
        "startup_floor_s": floor,
        "startup_s": statistics.median(t for t, _ in startups),
        "startup_rss_mb": max(r["rss_mb"] for _, r in startups),
        "log_page_ms_p50": window["log_page_ms_p50"],
        "enter_to_row_ms": window["enter_to_row_ms_p50"],
        "window_rss_mb": window["window_rss_mb"],
    }


def small_startup_s(folder: Path, config_dir: Path) -> float:
    """Start-up on a database of about a hundred entries, to show it does not grow with the data."""
    from desk_app.demo.seed import seed_demo

    small = scratch_path(folder, ".bench-small-")
    try:
        db = connect(str(small))
        try:
            desk = Desk(db=db, station="bench")
            seed_demo(desk, years=0.001)
            actor = bench_actor(desk)  # signed in with BENCH_PIN, for the probe too
        finally:
            db.dispose()
        login = ["--db", str(small), "--person", actor.name, "--pin", BENCH_PIN]
        return statistics.median(
            run_probe(["startup", *login], config_dir)[0] for _ in range(STARTUP_RUNS)
        )
    finally:
        remove_sqlite_files(small)
