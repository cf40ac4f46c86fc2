"""verify digests the current rows in a second process; what it reports is the same as the
one-process check, and anything it finds is confirmed on one snapshot."""

from __future__ import annotations

import sys

import pytest
from sqlalchemy import update

from desk_app.services.log import commands as log_commands
from desk_app.store import verify as verify_module
from desk_app.store.tables import log_entry
from desk_app.store.verify import verify


@pytest.fixture
def db_url(sqlite_url):
    return sqlite_url


@pytest.fixture
def entries(desk, clerk):
    for i in range(30):
        log_commands.record_entry(desk, clerk, category="note", text=f"Запись {i} 记录")
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


def test_the_tables_are_shared_so_both_sides_finish_together():
    from desk_app.store.journal import JOURNALED

    # A journal lighter than the tables (at three years the journal's walk alone takes as long
    # as every table's digests: all of them go to the helper).
    counts = {"journal": 500_000, "log_entry": 380_000, "complaint_event": 140_000}
    counts.update({"key_movement": 110_000, "complaint": 22_000, "lf_item": 11_000})
    helper, here = verify_module.split_tables(counts)
    assert helper[:2] == ["log_entry", "complaint_event"] and "key_movement" in here
    assert sorted(helper + here) == sorted(t.name for t in JOURNALED)


@pytest.mark.parametrize("side", ["helper", "here"])
def test_tampering_is_found_on_either_side_of_the_split(entries, monkeypatch, side):
    """A row deleted and another edited behind the back, in a table digested by the helper
    process or by this one after its journal walk."""
    from desk_app.store.journal import JOURNALED

    others = [t.name for t in JOURNALED if t.name != "log_entry"]
    split = (["log_entry"], others) if side == "helper" else (others, ["log_entry"])
    monkeypatch.setattr(verify_module, "split_tables", lambda counts: split)
    with entries.db.write() as conn:
        conn.execute(update(log_entry).where(log_entry.c.num == 5).values(text="подделка"))
        conn.execute(log_entry.delete().where(log_entry.c.num == 7))
    reports = []
    original = verify_module._verify

    def spy(*args):
        reports.append(original(*args))
        return reports[-1]

    monkeypatch.setattr(verify_module, "_verify", spy)
    found = verify(entries.db)
    split_pass, confirmed = reports  # found with the split, then confirmed on one snapshot
    assert sorted(p.what for p in split_pass.problems) == ["deleted", "edited"]
    assert split_pass.problems == confirmed.problems == found.problems
