"""verify digests the current rows in a second process; what it reports is the same as the
one-process check, and anything it finds is confirmed on one snapshot."""

from __future__ import annotations

import sys

import pytest
from sqlalchemy import update

from desk_app.services import log
from desk_app.store import verify as verify_module
from desk_app.store.tables import log_entry
from desk_app.store.verify import verify


@pytest.fixture
def db_url(sqlite_url):
    return sqlite_url


@pytest.fixture
def entries(desk, clerk):
    for i in range(30):
        log.record_entry(desk, clerk, category="note", text=f"Запись {i} 记录")
    return desk


def test_parallel_and_single_pass_agree(entries):
    both = verify(entries.db), verify(entries.db, parallel=False)
    assert both[0].ok and both[1].ok
    assert both[0].records == both[1].records > 30
    assert both[0].journal_rows == both[1].journal_rows


def test_tampering_is_named_the_same_way(entries):
    with entries.db.write() as conn:
        conn.execute(update(log_entry).where(log_entry.c.num == 3).values(text="подделка"))
    found = verify(entries.db)
    assert [(p.table, p.what) for p in found.problems] == [("log_entry", "edited")]
    assert found.problems == verify(entries.db, parallel=False).problems


def test_a_helper_that_cannot_start_falls_back(entries, monkeypatch):
    monkeypatch.setattr(sys, "executable", "/nonexistent/python")
    assert verify_module.verify(entries.db).ok
