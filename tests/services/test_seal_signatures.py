"""The seal covers the signatures: a signature image swapped on a sealed sheet behind the
program's back, with a journal row made to match (tests/sealing.py), leaves a sheet whose seal,
recomputed over the sheet as the program reads it back and the journal head it names, no longer
matches the seal printed on it. (The rule's other test is in the domain:
tests/domain/test_seal_covers_signatures.py.)"""

from __future__ import annotations

from desk_app.domain.handover.rules import Meaning, seal_of, sheet_content
from desk_app.services.handover import sheet as handover_sheet
from desk_app.store.tables import handover_signature
from tests.conftest import STATION
from tests.sealing import forge, png, seal_a_sheet, signature_id


def _recomputed(sheet) -> str:
    return seal_of(sheet_content(sheet), sheet.journal_hash)


def test_a_swapped_signature_no_longer_matches_the_seal(desk, clerk, supervisor, pins):
    sealed = seal_a_sheet(desk, clerk, supervisor, pins)
    before = handover_sheet.sheet(desk, supervisor, sealed.id)
    assert [s.meaning for s in before.signers] == [Meaning.HANDED_OVER, Meaning.ACCEPTED]
    assert _recomputed(before) == before.seal == sealed.seal

    accepted = signature_id(desk.db, sealed.id, Meaning.ACCEPTED)
    forge(
        desk.db.url,
        handover_signature,
        accepted,
        {"png": png("black")},
        actor=supervisor,
        station=STATION,
        at=desk.clock.now(),
    )

    after = handover_sheet.sheet(desk, supervisor, sealed.id)
    assert after.signers[1].png == png("black")  # the forged image is what would be printed
    assert after.seal == sealed.seal  # with the seal it was sealed with
    assert _recomputed(after) != after.seal  # which no longer covers it


def test_verify_names_a_sheet_whose_signature_was_swapped(desk, clerk, supervisor, pins):
    """The same swap, found by verify: the signatures beside a sealed sheet are compared with
    the digests its content sealed."""
    from desk_app.store.verify import verify

    sealed = seal_a_sheet(desk, clerk, supervisor, pins)
    assert verify(desk.db).ok
    handed = signature_id(desk.db, sealed.id, Meaning.HANDED_OVER)
    forge(
        desk.db.url,
        handover_signature,
        handed,
        {"strokes": "[[[1.0, 2.0], [3.0, 4.0]]]"},
        actor=supervisor,
        station=STATION,
        at=desk.clock.now(),
    )
    problems = [(p.table, p.id, p.what) for p in verify(desk.db).problems]
    assert ("handover", sealed.id, "seal-broken") in problems


def test_a_sealed_sheet_is_anchored_at_once(desk, clerk, supervisor, pins):
    """Sealing anchors the journal head outside the database at once, on either engine (SQLite
    through its handover backup, a server through this station's anchor)."""
    from desk_app.store.anchor import read_anchor, read_head

    seal_a_sheet(desk, clerk, supervisor, pins)
    head = read_head(desk.db)
    for place in desk.db.anchors.places:
        anchor = read_anchor(place.path)
        assert anchor is not None and (anchor.seq, anchor.hash) == head, place.kind
