"""A row as the journal records it: the fast writer verify uses gives, character for character,
the canonical JSON every journal row was written with."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.chain import canonical
from desk_app.store.records import PayloadWriter, encode_value

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
