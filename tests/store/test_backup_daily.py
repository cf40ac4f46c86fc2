"""The daily backup is taken once a day, not at every close."""

from __future__ import annotations

import os
import time

from desk_app.store.backup import backup_if_due, default_backup_dir
from desk_app.store.database import connect


def test_backup_if_due_takes_one_a_day(tmp_path):
    db = connect(str(tmp_path / "d.sqlite"))
    try:
        first = backup_if_due(db)
        assert first is not None and first.path.exists()
        assert backup_if_due(db) is None  # one already today
        old = time.time() - 25 * 3600
        os.utime(first.path, (old, old))
        second = backup_if_due(db)
        assert second is not None
        assert len(list(default_backup_dir(db).glob("d-*.sqlite"))) == 2
    finally:
        db.dispose()
