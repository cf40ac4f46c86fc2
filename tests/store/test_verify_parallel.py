"""verify digests the current rows, and walks the journal's last rows, in a second process; what
it reports is the same as the one-process check, and anything it finds is confirmed on one
snapshot."""

from __future__ import annotations

import sys

import pytest
from sqlalchemy import func, select, update

from desk_app.services.log import commands as log_commands
from desk_app.store import verify as verify_module
from desk_app.store.tables import journal, log_entry
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


def _loads(counts: dict[str, int], head: int, split) -> tuple[float, float]:
    cost = verify_module.JOURNAL_ROW_COST
    tail = head - split.tail_from + 1 if split.tail_from is not None else 0
    helper = sum(counts.get(n, 0) for n in split.helper) + tail * cost
    here = sum(counts.get(n, 0) for n in split.here) + (counts["journal"] - tail) * cost
    return helper, here


def test_the_work_is_shared_so_both_sides_finish_together():
    from desk_app.store.journal import JOURNALED

    # A journal lighter than the tables: the tables shared, the largest first.
    counts = {"journal": 500_000, "log_entry": 380_000, "complaint_event": 140_000}
    counts.update({"key_movement": 110_000, "complaint": 22_000, "lf_item": 11_000})
    split = verify_module.split_work(counts, head=500_000)
    assert split.helper[0] == "log_entry" and split.here
    assert sorted(split.helper + split.here) == sorted(t.name for t in JOURNALED)
    helper, here = _loads(counts, 500_000, split)
    # The helper has the more: nothing of the journal goes to it.
    assert helper >= here and split.tail_from is None

    # Three years: every table to the helper, and the journal's last rows too.
    counts["journal"] = 1_011_000
    split = verify_module.split_work(counts, head=1_200_000)
    assert split.here == [] and split.tail_from is not None
    helper, here = _loads(counts, 1_200_000, split)
    assert abs(helper - here) < 2

    # A small book: no part of the journal worth a second walk.
    small = {"journal": 3_000, "log_entry": 1_000}
    assert verify_module.split_work(small, head=3_000).tail_from is None


def _split(helper: list[str], here: list[str], tail_from: int | None):
    return lambda counts, head: verify_module.Split(helper, here, tail_from)


def _spied(monkeypatch) -> list:
    """Every check's report: the one with the helper, then its confirmation on one snapshot."""
    reports = []
    original = verify_module._verify

    def spy(*args):
        reports.append(original(*args))
        return reports[-1]

    monkeypatch.setattr(verify_module, "_verify", spy)
    return reports


@pytest.mark.parametrize("side", ["helper", "here"])
def test_tampering_is_found_on_either_side_of_the_split(entries, monkeypatch, side):
    """A row deleted and another edited behind the back, in a table digested by the helper
    process or by this one after its journal walk."""
    from desk_app.store.journal import JOURNALED

    others = [t.name for t in JOURNALED if t.name != "log_entry"]
    split = (["log_entry"], others) if side == "helper" else (others, ["log_entry"])
    monkeypatch.setattr(verify_module, "split_work", _split(*split, None))
    with entries.db.write() as conn:
        conn.execute(update(log_entry).where(log_entry.c.num == 5).values(text="подделка"))
        conn.execute(log_entry.delete().where(log_entry.c.num == 7))
    reports = _spied(monkeypatch)
    found = verify(entries.db)
    split_pass, confirmed = reports  # found with the split, then confirmed on one snapshot
    assert sorted(p.what for p in split_pass.problems) == ["deleted", "edited"]
    assert split_pass.problems == confirmed.problems == found.problems


def _head(db) -> int:
    with db.read() as conn:
        return conn.execute(select(func.max(journal.c.seq))).scalar_one()


@pytest.mark.parametrize("cut", [1, 2, 10])
def test_a_journal_walked_in_two_parts_holds_as_one(entries, monkeypatch, cut):
    """The helper walks the journal's last rows: the same rows, records and nothing found."""
    from desk_app.store.journal import JOURNALED

    tables = [t.name for t in JOURNALED]
    monkeypatch.setattr(verify_module, "split_work", _split(tables, [], _head(entries.db) - cut))
    reports = _spied(monkeypatch)
    found = verify(entries.db)
    assert len(reports) == 1 and found.ok  # no second pass: nothing to confirm
    whole = verify(entries.db, parallel=False)
    assert (found.journal_rows, found.records) == (whole.journal_rows, whole.records)


@pytest.mark.parametrize(
    "tampering",
    [
        "edited before the cut",
        "edited at the cut",
        "edited after the cut",
        "link edited at the cut",
        "deleted at the cut",
        "deleted before the cut",
        "gap across the cut",
    ],
)
def test_journal_tampering_across_the_cut_is_named_as_one_walk_names_it(
    entries, monkeypatch, tampering
):
    """A journal row edited, its stored link changed, or rows deleted, just before the
    helper's part, at its first row, or inside it: the split walk names the same problems as
    the single one (and so the same journal rows)."""
    from desk_app.store.journal import JOURNALED

    head = _head(entries.db)
    cut = head - 10
    monkeypatch.setattr(verify_module, "split_work", _split([t.name for t in JOURNALED], [], cut))
    j = journal.c
    with entries.db.write() as conn:
        if tampering.startswith("edited"):
            at = {"before": cut - 1, "at": cut, "after": cut + 3}[tampering.split()[1]]
            conn.execute(update(journal).where(j.seq == at).values(station="forged"))
        elif tampering == "link edited at the cut":
            conn.execute(update(journal).where(j.seq == cut).values(prev_hash="0" * 64))
        elif tampering == "deleted at the cut":
            conn.execute(journal.delete().where(j.seq == cut))
        elif tampering == "deleted before the cut":
            conn.execute(journal.delete().where(j.seq == cut - 1))
        else:
            conn.execute(journal.delete().where(j.seq.between(cut - 2, cut + 1)))
    reports = _spied(monkeypatch)
    verify(entries.db)
    split_pass = reports[0]
    single = verify(entries.db, parallel=False)
    assert not single.ok
    assert split_pass.problems == single.problems
    assert split_pass.journal_rows == single.journal_rows


def test_waiting_for_the_helper_can_be_stopped(tmp_path):
    """The progress callback is called while this process waits for the helper, so that a
    check stopped then (its page closed) stops at once, not when the helper is done."""
    import subprocess

    class SlowHelper:
        def communicate(self, timeout=None):
            raise subprocess.TimeoutExpired("helper", timeout)

    calls = []

    class Stopped(Exception):
        pass

    def waiting() -> None:
        calls.append(1)
        if len(calls) == 3:
            raise Stopped

    with pytest.raises(Stopped):
        verify_module._collect(SlowHelper(), tmp_path / "helper.pickle", waiting)
    assert len(calls) == 3
