"""``verify``'s walk of the journal: every link recomputed, and each record's last journaled state.

The walk can be cut in two: ``verify``'s helper process walks the journal's last rows while
``verify`` walks the rest, and :func:`join` then puts the two together as if one walk had gone
through. That holds because each row's link needs only the stored digest of the row before: the
helper takes its first row's stored link as given, and the join checks it against the digest
the first part ended on, as the walk would have.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from desk_app.domain.chain import link_digest
from desk_app.domain.integrity import Problem
from desk_app.store.journal_codec import UnreadablePayload, is_plain, payload_bytes
from desk_app.store.records import DIGESTED, as_journaled_now

# A gap this long is one problem, not one per missing row (a cut prefix, say).
_GAP_ONE_PROBLEM = 100


@dataclass
class Walk:
    """Where a walk is, and what it found. ``prev`` None: take the first row's stored link as
    given (the helper's part, joined by :func:`join`)."""

    prev: bytes | None
    next_seq: int | None
    # For each table, the digest of the last state the journal gave each record not deleted.
    latest: dict[str, dict[str, bytes]] = field(default_factory=dict)
    gone: set[tuple[str, str]] = field(default_factory=set)  # deleted by a journal row
    problems: list[Problem] = field(default_factory=list)
    rows: int = 0
    first: tuple[int, bytes] | None = None  # (seq, stored link) of a part's first row

    def as_value(self) -> dict:
        """Plain values, for the helper's pickle (its classes live in ``__main__`` there)."""
        return {
            "prev": self.prev,
            "next_seq": self.next_seq,
            "latest": self.latest,
            "gone": self.gone,
            "problems": self.problems,
            "rows": self.rows,
            "first": self.first,
        }

    @classmethod
    def of_value(cls, value: dict) -> Walk:
        return cls(**value)


def _gap(problems: list[Problem], expected: int, seq: int) -> None:
    if seq - expected > _GAP_ONE_PROBLEM:
        problems.append(Problem("journal", f"{expected}..{seq - 1}", "journal-missing"))
        return
    for missing in range(expected, seq):
        problems.append(Problem("journal", str(missing), "journal-missing"))


def walk(
    rows: Iterable[tuple], state: Walk, tick: Callable[[int], None] | None, every: int
) -> None:
    """Walk ``rows`` (``journal.stored_rows``) on from ``state``, calling ``tick`` with the
    rows walked so far every ``every`` rows."""
    prev, expected_seq = state.prev, state.next_seq
    latest, gone, problems = state.latest, state.gone, state.problems
    sha256 = hashlib.sha256
    done = state.rows
    # Plain tuples and locals: at three years this loop runs over a million rows.
    for (
        seq,
        at,
        actor,
        station,
        entity,
        entity_id,
        action,
        payload,
        stored_prev,
        stored,
    ) in rows:
        if type(stored) is not bytes:  # PostgreSQL's driver may give a memoryview
            stored, stored_prev = bytes(stored), bytes(stored_prev)
        if prev is None:  # a part's first row: its link to the row before is join's to check
            state.first = (seq, stored_prev)
            prev, expected_seq = stored_prev, seq
        if seq != expected_seq:
            _gap(problems, expected_seq, seq)
            # Re-anchor on the stored link so one gap is not reported as every later row.
            prev = stored_prev
        try:
            encoded = payload_bytes(entity, entity_id, payload)
        except UnreadablePayload:
            encoded = bytes(payload)  # an altered row: its link will not hold
        link = link_digest(prev.hex(), seq, at, actor, station, entity, entity_id, action, encoded)
        if stored_prev != prev or link != stored:
            problems.append(Problem("journal", str(seq), "journal-edited"))
        prev = stored
        expected_seq = seq + 1
        bucket = latest.get(entity)
        if bucket is None:
            bucket = latest[entity] = {}
        if action == "delete":
            bucket.pop(entity_id, None)
            gone.add((entity, entity_id))
        elif entity in DIGESTED and is_plain(payload):
            # Written before the format byte: a sealed sheet's content and strokes whole,
            # which the record is now compared with as their digests.
            bucket[entity_id] = sha256(as_journaled_now(entity, encoded)).digest()
        else:
            bucket[entity_id] = sha256(encoded).digest()
        done += 1
        if tick is not None and done % every == 0:
            tick(done)
    state.prev, state.next_seq, state.rows = prev, expected_seq, done


def join(state: Walk, tail: Walk) -> None:
    """``tail`` (the helper's part, walked from the row after ``state``'s last) added to
    ``state``: what one walk through both would have found."""
    if tail.first is not None:
        seq, stored_prev = tail.first
        assert state.next_seq is not None
        if seq != state.next_seq:
            _gap(state.problems, state.next_seq, seq)
        elif stored_prev != state.prev:
            edited = Problem("journal", str(seq), "journal-edited")
            if edited not in tail.problems:  # its own link broken too: one problem
                state.problems.append(edited)
        state.prev, state.next_seq = tail.prev, tail.next_seq
    state.problems.extend(tail.problems)
    for entity, key in tail.gone:
        state.latest.get(entity, {}).pop(key, None)
    for entity, records in tail.latest.items():
        state.latest.setdefault(entity, {}).update(records)
    state.gone |= tail.gone
    state.rows += tail.rows
