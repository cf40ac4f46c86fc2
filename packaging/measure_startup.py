"""Sizes and start-up of the built program against the virtual environment, in one run.

    python packaging/measure_startup.py [--built dist/dutydesk/desk-app] [--venv .venv/bin/desk-app]
                                        [--deb dist/dutydesk_*.deb] [--runs 5]

Start-up is the smoke start (``desk-app --db X smoke``: the window started offscreen, the demo
manager signed in, the window shown, closed) timed from the moment the process is spawned to the
moment it prints that the signed-in window is shown. Both programs open the same demo book (made
by the built program) with their own empty preferences; after one start each to warm the disk
cache, they take turns, ``--runs`` starts each, and the medians are compared.

Prints the figures and exits 1 if a limit is passed: the folder over 250 MB, the .deb over
100 MB, or the built start-up over 1.3 times the venv's.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER_LIMIT_MB = 250
DEB_LIMIT_MB = 100
STARTUP_LIMIT = 1.3
SHOWN = "signed-in window shown"
MB = 1024 * 1024


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def start(program: Path, db: Path, home: Path) -> float:
    """Seconds from spawning ``program`` to its line saying the signed-in window is shown."""
    env = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "SMOKE_PIN": "111111",
    }
    command = [str(program), "--db", str(db), "--lang", "zh_CN", "smoke", "--person", "Wang Li"]
    command += ["--pin-from-env", "SMOKE_PIN"]
    started = time.perf_counter()
    child = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    shown = None
    assert child.stdout is not None
    for line in child.stdout:
        if shown is None and SHOWN in line:
            shown = time.perf_counter() - started
    if child.wait(timeout=120) != 0 or shown is None:
        raise SystemExit(f"measure: {program} smoke failed (exit {child.returncode})")
    return shown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--built", type=Path, default=ROOT / "dist" / "dutydesk" / "desk-app")
    parser.add_argument("--venv", type=Path, default=ROOT / ".venv" / "bin" / "desk-app")
    parser.add_argument("--deb", type=Path, help="default: the newest dist/dutydesk_*.deb")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    debs = sorted((ROOT / "dist").glob("dutydesk_*.deb"), key=lambda p: p.stat().st_mtime)
    deb = args.deb or (debs[-1] if debs else None)
    problems = []

    folder_mb = folder_size(args.built.parent) / MB
    print(f"built folder       {folder_mb:7.1f} MB   (limit {FOLDER_LIMIT_MB} MB)")
    if folder_mb > FOLDER_LIMIT_MB:
        problems.append("the built folder is too big")
    if deb is not None:
        deb_mb = deb.stat().st_size / MB
        print(f".deb               {deb_mb:7.1f} MB   (limit {DEB_LIMIT_MB} MB)  {deb.name}")
        if deb_mb > DEB_LIMIT_MB:
            problems.append("the .deb is too big")

    with tempfile.TemporaryDirectory(prefix="dutydesk-measure-") as folder:
        work = Path(folder)
        db = work / "demo.sqlite"
        subprocess.run(
            [str(args.built), "--db", str(db), "demo", "--years", "0.02"],
            env={**os.environ, "HOME": str(work / "maker")},
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        programs = {"built": args.built, "venv": args.venv}
        homes = {name: work / name for name in programs}
        times: dict[str, list[float]] = {name: [] for name in programs}
        for name, program in programs.items():  # warm-up: the disk cache, the first backup
            start(program, db, homes[name])
        for _ in range(args.runs):
            for name, program in programs.items():
                times[name].append(start(program, db, homes[name]))
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        runs = ", ".join(f"{v:.2f}" for v in values)
        print(f"start-up, {name:5}    {medians[name]:7.2f} s    (median of {runs})")
    ratio = medians["built"] / medians["venv"]
    print(f"built / venv       {ratio:7.2f} x    (limit {STARTUP_LIMIT} x)")
    if ratio > STARTUP_LIMIT:
        problems.append("the built program starts too slowly")
    for problem in problems:
        print(f"measure: FAILED: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
