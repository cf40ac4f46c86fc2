"""A row as the journal records it: the fast writer verify uses gives, character for character,
the canonical JSON every journal row was written with."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.chain import canonical
from desk_app.store.records import PayloadWriter, encode_value, journal_time_of_stored

values = (
    st.none()
    | st.text()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.binary(max_size=64)
    | st.datetimes(timezones=st.just(UTC))
    | st.datetimes(timezones=st.just(timezone(timedelta(hours=8))))
)
rows = st.dictionaries(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12), values, max_size=12
)


def slow(names, row) -> str:
    return canonical({n: encode_value(v) for n, v in zip(names, row, strict=True) if v is not None})


@given(rows)
def test_the_writer_is_the_canonical_encoder(record):
    names = list(record)
    row = tuple(record.values())
    assert PayloadWriter(names).payload(row) == slow(names, row)


def test_a_real_looking_row():
    names = ["id", "num", "text", "important", "at", "png", "room"]
    row = (
        "a1",
        7,
        '1203房漏水，"срочно"\n',
        True,
        datetime(2026, 3, 14, 9, 30, tzinfo=UTC),
        b"\x89PNG",
        None,
    )
    assert PayloadWriter(names).payload(row) == slow(names, row)


@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1)))
def test_a_time_read_as_sqlite_keeps_it_is_journaled_as_its_datetime(naive):
    """verify reads SQLite's times as their stored text: the journal's text is the same as
    from the datetime the column gives (a zero fraction left out, as isoformat() does)."""
    from sqlalchemy.dialects import sqlite

    stored = sqlite.DATETIME().bind_processor(sqlite.dialect())(naive)
    assert journal_time_of_stored(stored) == encode_value(naive.replace(tzinfo=UTC))


@pytest.mark.parametrize(
    "stored",
    ["2026-03-14 09:30:00", "2026-03-14 09:30:00.5", "2026-03-14", "2026-03-14 09:30:00.123456"],
)
def test_a_time_kept_in_another_form_reads_as_the_column_reads_it(stored):
    """A time typed in with an SQLite tool in another form than SQLAlchemy's: as before."""
    from sqlalchemy.dialects import sqlite

    column = sqlite.DATETIME().result_processor(sqlite.dialect(), None)
    assert journal_time_of_stored(stored) == encode_value(column(stored).replace(tzinfo=UTC))
