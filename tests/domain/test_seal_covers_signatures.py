"""The seal covers the signatures: two sheets that differ only in a signature — its drawn image,
its strokes, its time, its meaning, who signed, or a signature missing — have different content
and so different seals over the same journal head. (The sheet's other values and the journal head
are held by tests/domain/test_handover_rules.py; a re-dated sheet is found by verify in
tests/store/test_seal_redated.py.)"""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import UTC, datetime, timedelta

import pytest

from desk_app.domain.handover import rules as ho
from desk_app.domain.handover.rules import HandoverSheet, Meaning, Section, Signer

HEAD = "ab" * 32
AT = datetime(2026, 3, 15, 7, tzinfo=UTC)


def signer(**over) -> Signer:
    values = dict(
        name="王芳",
        role="clerk",
        meaning=Meaning.HANDED_OVER,
        at=AT,
        png=b"\x89PNG drawn by the outgoing clerk",
        strokes_sha256=hashlib.sha256(b"[[1,2],[3,4]]").hexdigest(),
    )
    values.update(over)
    return Signer(**values)


ACCEPTED = signer(
    name="Ivan Supervisor",
    role="supervisor",
    meaning=Meaning.ACCEPTED,
    at=AT + timedelta(minutes=4),
    png=b"\x89PNG drawn by the incoming clerk",
    strokes_sha256=hashlib.sha256(b"[[5,6],[7,8]]").hexdigest(),
)


def sheet(signers: tuple[Signer, ...]) -> HandoverSheet:
    return HandoverSheet(
        number=7,
        station="Front",
        property_name="Гостиница «Север»",
        shift_start=AT - timedelta(hours=8),
        shift_end=AT,
        outgoing="王芳",
        incoming="Ivan Supervisor",
        sections=(Section("remarks", ("text",), (("Всё спокойно",),)),),
        signers=signers,
    )


SIGNED = sheet((signer(), ACCEPTED))


@pytest.mark.parametrize(
    "other",
    [
        pytest.param((signer(png=b"\x89PNG another hand"), ACCEPTED), id="image"),
        pytest.param(
            (signer(strokes_sha256=hashlib.sha256(b"[[9,9]]").hexdigest()), ACCEPTED),
            id="strokes",
        ),
        pytest.param((signer(at=AT + timedelta(seconds=1)), ACCEPTED), id="time"),
        pytest.param((signer(meaning=Meaning.ACCEPTED), ACCEPTED), id="meaning"),
        pytest.param((signer(name="Wang Fang"), ACCEPTED), id="signer-name"),
        pytest.param((signer(role="supervisor"), ACCEPTED), id="signer-role"),
        pytest.param((signer(),), id="a-signature-missing"),
        pytest.param((ACCEPTED, signer()), id="order"),
    ],
)
def test_a_sheet_differing_only_in_a_signature_has_another_seal(other):
    changed = dataclasses.replace(SIGNED, signers=other)
    # Nothing but the signatures differs...
    assert dataclasses.replace(changed, signers=SIGNED.signers) == SIGNED
    # ...and the sealed content and the seal tell.
    assert ho.sheet_content(changed) != ho.sheet_content(SIGNED)
    assert ho.seal_of(ho.sheet_content(changed), HEAD) != ho.seal_of(ho.sheet_content(SIGNED), HEAD)


def test_the_same_signatures_give_the_same_seal():
    again = sheet((signer(), ACCEPTED))
    assert ho.seal_of(ho.sheet_content(again), HEAD) == ho.seal_of(ho.sheet_content(SIGNED), HEAD)
