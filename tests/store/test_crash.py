"""A saved entry survives the program being killed: what the user was told is saved, is saved."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import select

from desk_app.store.database import connect
from desk_app.store.tables import log_entry
from desk_app.store.verify import verify

REPORTED_BEFORE_KILL = 100
DEADLINE_SECONDS = 60

WRITER = r"""
import sys
from desk_app.services import accounts
from desk_app.services.log import commands as log_commands
from desk_app.services.desk import Desk
from desk_app.store.database import connect

db = connect(sys.argv[1])
desk = Desk(db=db, station="Crash desk")
made = accounts.create_first_manager(desk, name="Crash Test", pin="123456", pin_repeat="123456")
actor = accounts.sign_in(desk, person_id=made.id, pin="123456")
print("ready", flush=True)
i = 0
while True:
    i += 1
    entry = log_commands.record_entry(desk, actor, category="note", text=f"Запись {i}: 水管漏水了")
    print(entry.num, flush=True)
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_reported_saves_survive_sigkill(tmp_path):
    path = tmp_path / "crash.sqlite"
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=os.environ.copy(),
    )
    reported: list[int] = []
    buffer = b""
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + DEADLINE_SECONDS
    try:
        while len(reported) < REPORTED_BEFORE_KILL:
            if time.monotonic() > deadline or proc.poll() is not None:
                pytest.fail(
                    f"writer stopped early after {len(reported)} saves: "
                    f"{proc.stderr.read().decode(errors='replace') if proc.poll() is not None else 'timeout'}"
                )
            if not sel.select(timeout=1):
                continue
            chunk = os.read(proc.stdout.fileno(), 65536)
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            reported.extend(int(line) for line in lines if line and line != b"ready")
        # Kill it mid-stride: it is writing the next entry right now.
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        # Anything it reported between our last read and the kill counts too.
        rest = buffer + proc.stdout.read()
        reported.extend(int(line) for line in rest.split(b"\n") if line and line != b"ready")
    finally:
        sel.close()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()

    assert proc.returncode == -signal.SIGKILL
    assert len(reported) >= REPORTED_BEFORE_KILL
    assert reported == list(range(1, len(reported) + 1))

    db = connect(str(path), create=False)
    try:
        with db.read() as conn:
            stored = set(conn.execute(select(log_entry.c.num)).scalars())
        missing = sorted(set(reported) - stored)
        assert missing == []
        # At most the entry being written when killed is there without having been reported.
        assert len(stored) - len(reported) in (0, 1)
        report = verify(db)
        assert report.ok, [p.describe() for p in report.problems]
    finally:
        db.dispose()
