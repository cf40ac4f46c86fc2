"""The book checked against one printed sheet: its seal found, recomputed, and its journal head
still in the chain at that sequence with that hash."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from desk_app.domain.errors import ValidationError
from desk_app.domain.seal_text import parse_printed_seal
from desk_app.services.log import commands as log_commands
from desk_app.store.verify_sheet import check_sheet
from tests.sealing import seal_a_sheet


@pytest.fixture
def sealed(desk, clerk, supervisor, pins):
    log_commands.record_entry(desk, clerk, category="note", text="Смена прошла спокойно")
    return seal_a_sheet(desk, clerk, supervisor, pins)


def _grouped(seal: str) -> str:
    return " ".join(seal[i : i + 4] for i in range(0, 64, 4)).upper()


def test_a_sealed_sheet_checks_by_its_qr_text_and_by_its_printed_digits(db, sealed):
    for printed in (f"DUTYDESK-SEAL:{sealed.num}:{sealed.seal}", _grouped(sealed.seal)):
        result = check_sheet(db, parse_printed_seal(printed))
        assert result.ok, result.findings
        assert result.number == sealed.num
        assert result.journal_seq and result.chain_rows >= result.journal_seq


def test_a_seal_not_in_the_book(db, sealed):
    result = check_sheet(db, parse_printed_seal("ab" * 32))
    assert not result.ok and result.findings == ["not-found"]


def test_a_qr_code_of_another_sheet_number(db, sealed):
    result = check_sheet(db, parse_printed_seal(f"DUTYDESK-SEAL:{sealed.num + 5}:{sealed.seal}"))
    assert result.findings == ["number-differs"]


def test_a_rewritten_head_is_found(db, sealed):
    result = check_sheet(db, parse_printed_seal(sealed.seal))
    engine = create_engine(db.url, poolclass=NullPool)
    try:
        with engine.begin() as conn:  # the head row's hash replaced behind the program's back
            conn.execute(
                text("UPDATE journal SET hash = :h WHERE seq = :s"),
                {"h": bytes(32), "s": result.journal_seq},
            )
    finally:
        engine.dispose()
    again = check_sheet(db, parse_printed_seal(sealed.seal))
    assert "journal-broken" in again.findings and "head-differs" in again.findings


@pytest.mark.parametrize("bad", ["", "DUTYDESK-SEAL:x:abc", "1234 5678", "zz" * 32])
def test_what_is_not_a_seal_is_said_so(bad):
    with pytest.raises(ValidationError):
        parse_printed_seal(bad)


def test_a_swapped_signature_is_found_by_the_sheet_check(db, sealed, supervisor, clock):

    from desk_app.domain.handover.rules import Meaning
    from desk_app.store.tables import handover_signature
    from tests.conftest import STATION
    from tests.sealing import forge, png, signature_id

    accepted = signature_id(db, sealed.id, Meaning.ACCEPTED)
    forge(
        db.url,
        handover_signature,
        accepted,
        {"png": png("black")},
        actor=supervisor,
        station=STATION,
        at=clock.now(),
    )
    result = check_sheet(db, parse_printed_seal(sealed.seal))
    assert result.findings == ["signature-differs"]
