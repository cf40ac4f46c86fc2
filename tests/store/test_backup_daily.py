"""The daily backup is taken once a day, not at every close; its age is what the backup says
inside, not its file's name or time."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta

from desk_app.store.backup import backup_database, backup_if_due, backups_of
from desk_app.store.database import connect


def _made_hours_ago(db, hours: float):
    """A backup that says inside (and in its header) it was taken ``hours`` ago."""
    return backup_database(db, reason="daily", at=datetime.now(UTC) - timedelta(hours=hours))


def test_backup_if_due_takes_one_a_day(tmp_path):
    db = connect(str(tmp_path / "d.sqlite"))
    try:
        today = backup_if_due(db)
        assert today is not None and today.path.exists()
        assert backup_if_due(db) is None  # one already today
    finally:
        db.dispose()
    db = connect(str(tmp_path / "e.sqlite"))
    try:
        first = _made_hours_ago(db, 25)
        second = backup_if_due(db)
        assert second is not None
        assert backup_if_due(db) is None
        assert [b.path for b in backups_of(db)] == [first.path, second.path]
    finally:
        db.dispose()


def test_the_file_time_does_not_make_a_backup_new(tmp_path):
    db = connect(str(tmp_path / "d.sqlite"))
    try:
        first = _made_hours_ago(db, 25)
        now = time.time()
        os.utime(first.path, (now, now))  # copied or touched today: still yesterday's backup
        assert backup_if_due(db) is not None
    finally:
        db.dispose()


def test_another_databases_backup_does_not_count(tmp_path):
    """Backups of desk-2.sqlite in the same folder do not make desk.sqlite's look done."""
    desk = connect(str(tmp_path / "desk.sqlite"))
    other = connect(str(tmp_path / "desk-2.sqlite"))
    try:
        assert backup_if_due(other) is not None
        made = backup_if_due(desk)
        assert made is not None
        assert [b.path for b in backups_of(desk)] == [made.path]
    finally:
        desk.dispose()
        other.dispose()
