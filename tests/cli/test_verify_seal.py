"""``desk-app verify`` checks the seals of sealed handover sheets.

The sheet's content is changed behind the program's back together with a journal row made to
match (see tests/sealing.py): the journal's chain holds, every row matches its last journal state,
every anchor and backup is still extended by the chain. Only the seal, recomputed over the
content and the journal head the sheet names, can tell; ``verify`` must exit 1 and name the sheet.
(The same rule at the services layer: tests/services/test_handover.py,
test_a_tampered_sheet_is_named_by_verify, where the plain edit is also found as "edited".)
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desk_app.cli import main
from desk_app.domain.chain import canonical
from desk_app.store.tables import handover
from tests.conftest import STATION
from tests.sealing import forge, seal_a_sheet


@pytest.fixture
def db_url(sqlite_url):
    return sqlite_url


def _verify(url: str, capsys) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--db", url.removeprefix("sqlite:///"), "verify"])
    return code, capsys.readouterr().out


def test_a_sealed_sheet_changed_with_a_matching_journal_row_fails_verify_by_its_seal(
    desk, clerk, supervisor, pins, sqlite_url, capsys
):
    sealed = seal_a_sheet(desk, clerk, supervisor, pins)
    code, out = _verify(sqlite_url, capsys)
    assert code == 0, out

    # The cash float handed over is made smaller: a plausible lie, in a well-formed sheet.
    with desk.db.read() as conn:
        content = conn.execute(
            select(handover.c.content).where(handover.c.id == sealed.id)
        ).scalar_one()
    data = json.loads(content)
    (counts,) = [s for s in data["sections"] if s["key"] == "counts"]
    changed = json.dumps(counts["rows"], ensure_ascii=False).replace("2000", "200")
    assert changed != json.dumps(counts["rows"], ensure_ascii=False)
    counts["rows"] = json.loads(changed)
    forge(
        sqlite_url,
        handover,
        sealed.id,
        {"content": canonical(data)},
        actor=supervisor,
        station=STATION,
        at=desk.clock.now(),
    )

    code, out = _verify(sqlite_url, capsys)
    assert code == 1, out
    lines = [line for line in out.splitlines() if sealed.id in line]
    assert lines and all("seal" in line for line in lines), out
