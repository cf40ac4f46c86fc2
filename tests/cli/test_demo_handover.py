"""The demo's handover sheets: one sealed sheet at each shift change, numbered without gaps,
handed over by the shift's clerk and accepted by another, each seal recomputed by verify."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.book_text import render
from desk_app.cli import main
from desk_app.domain.book_lines import BookLine
from desk_app.domain.handover.rules import HandoverState, Meaning, seal_of
from desk_app.services.desk import open_desk
from desk_app.services.handover.sheet import sealed_sheet
from desk_app.services.handover.views import get_policy
from desk_app.store.tables import handover, handover_signature
from desk_app.store.verify import verify

YEARS = 0.05
DAYS = YEARS * 365.25


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("handoverdemo") / "demo.sqlite"
    assert main(["--db", str(path), "demo", "--years", str(YEARS)]) == 0
    return path


@pytest.fixture(scope="module")
def desk(demo):
    desk = open_desk(str(demo), station="Front desk", create=False)
    yield desk
    desk.db.dispose()


def test_every_shift_change_is_sealed(desk):
    with desk.db.read() as conn:
        sheets = conn.execute(select(handover).order_by(handover.c.num)).all()
        signatures = conn.execute(select(handover_signature)).all()
    # Two shift changes a day, the last shift still running.
    assert 2 * DAYS - 3 <= len(sheets) <= 2 * DAYS + 1
    assert [s.num for s in sheets] == list(range(1, len(sheets) + 1))
    assert all(s.state == HandoverState.SEALED.value for s in sheets)
    assert all(s.outgoing_id != s.incoming_id for s in sheets)
    assert all(seal_of(s.content, s.journal_hash) == s.seal for s in sheets)
    for earlier, later in zip(sheets, sheets[1:], strict=False):
        assert earlier.shift_end == later.shift_start  # one sheet per shift, none missed
    by_sheet = Counter((g.handover_id, g.meaning) for g in signatures)
    assert len(signatures) == 2 * len(sheets)
    assert set(by_sheet.values()) == {1}
    people = {s.id: (s.outgoing_id, s.incoming_id) for s in sheets}
    for g in signatures:
        outgoing, incoming = people[g.handover_id]
        assert g.person_id == (outgoing if g.meaning == Meaning.HANDED_OVER.value else incoming)
        assert bytes(g.png).startswith(b"\x89PNG")


def test_sheets_read_back_and_verify(desk):
    sheet = sealed_sheet(desk)
    assert sheet.outgoing != sheet.incoming and len(sheet.signers) == 2
    assert sheet.section("log").rows  # the shift's log
    assert [s.meaning for s in sheet.signers] == [Meaning.HANDED_OVER, Meaning.ACCEPTED]
    assert [t.hour for t in get_policy(desk).shift_starts] == [8, 20]
    report = verify(desk.db)
    assert report.ok, [p.describe() for p in report.problems]


def test_sealed_sheets_keep_the_programs_lines_as_messages(desk):
    """Every text cell of a sealed sheet says something: a program line is sealed as its message
    (printed in the sheet's language), never as an empty string."""
    with desk.db.read() as conn:
        contents = conn.execute(select(handover.c.content)).scalars().all()
    empty = messages = 0
    for content in contents:
        for section in json.loads(content)["sections"]:
            if "text" not in section["columns"]:
                continue
            at = section["columns"].index("text")
            for row in section["rows"]:
                empty += row[at] in ("", None)
                messages += isinstance(row[at], dict) and "line" in row[at]
    assert empty == 0 and messages > 0
    sheet = sealed_sheet(desk)
    lines = [r[4] for r in sheet.section("log").rows if isinstance(r[4], BookLine)]
    assert all(render(line, "ru") for line in lines)
