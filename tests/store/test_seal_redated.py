"""The seal covers the journal head: a sealed sheet re-dated to another state of the books is
found by ``verify``.

The sheet's journal head (sequence and hash) is pointed at another real row of the journal,
with a journal row made to match (tests/sealing.py): the head it names is in the chain, the
chain holds, the row matches its journal. Only a seal computed over the journal head as well as
the content tells the two moments apart. (The rule's first test is in the domain,
tests/domain/test_handover_rules.py, test_content_is_canonical_and_the_seal_covers_it_and_the_journal.)
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk_app.store.tables import handover, journal
from desk_app.store.verify import verify
from tests.conftest import STATION
from tests.sealing import forge, seal_a_sheet


@pytest.fixture
def db_url(sqlite_url):
    return sqlite_url


def test_a_sheet_redated_to_another_journal_head_is_found(
    desk, clerk, supervisor, pins, sqlite_url
):
    sealed = seal_a_sheet(desk, clerk, supervisor, pins)
    assert verify(desk.db).ok
    with desk.db.read() as conn:
        seq = conn.execute(
            select(handover.c.journal_seq).where(handover.c.id == sealed.id)
        ).scalar_one()
        earlier = conn.execute(
            select(journal.c.seq, journal.c.hash).where(journal.c.seq == seq - 1)
        ).one()
    forge(
        sqlite_url,
        handover,
        sealed.id,
        {"journal_seq": earlier.seq, "journal_hash": earlier.hash},
        actor=supervisor,
        station=STATION,
        at=desk.clock.now(),
    )
    problems = verify(desk.db).problems
    assert {(p.table, p.id) for p in problems} == {("handover", sealed.id)}, problems
    assert "seal-broken" in {p.what for p in problems}
