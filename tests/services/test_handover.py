"""Handover services on SQLite and PostgreSQL: a draft that resumes, the sheet compiled from the
books, two signatures with PINs, the seal, and every refusal writing nothing."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from PIL import Image
from sqlalchemy import func, select, update

from desk_app.domain.errors import AuthenticationFailed, DeskError, NotFound, ValidationError
from desk_app.domain.handover.rules import HandoverState, Meaning, seal_of, sheet_content
from desk_app.domain.signature import Signature
from desk_app.services import accounts
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover import sheet as handover_sheet
from desk_app.services.handover import views as handover_views
from desk_app.services.keys import commands as keys_commands
from desk_app.services.log import commands as log_commands
from desk_app.services.log import views as log_views
from desk_app.store.tables import handover, handover_signature, journal
from desk_app.store.verify import verify
from tests.conftest import CLERK_PIN, SUPERVISOR_PIN

COUNTS = {"Cash float": 2000, "Blank room key cards": 40, "Guest umbrellas": 12}


def png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (200, 80), "white").save(buf, "PNG")
    return buf.getvalue()


def signature() -> Signature:
    stroke = tuple((10.0 + i * 5, 40.0 + (i % 4) * 7) for i in range(30))
    return Signature(strokes=(stroke,), width=320, height=120, png=png())


def hand_over(desk, clerk, handover_id: str) -> handover_views.HandoverView:
    """The outgoing clerk signs with their PIN."""
    return handover_commands.sign_handover(
        desk, clerk, handover_id, meaning="handed_over", pin=CLERK_PIN, signature=signature()
    )


def accept(desk, supervisor, handover_id: str) -> handover_views.HandoverView:
    """The incoming supervisor signs with their PIN, having read the important entries."""
    return handover_commands.sign_handover(
        desk,
        supervisor,
        handover_id,
        meaning="accepted",
        pin=SUPERVISOR_PIN,
        signature=signature(),
        read_important=True,
    )


def seal(desk, clerk, supervisor, draft: handover_views.Draft) -> str:
    """A sheet with ``draft`` handed over by the clerk and accepted by the supervisor: sealed."""
    view = handover_commands.start_handover(desk, clerk)
    handover_commands.save_draft(desk, clerk, view.id, draft, incoming_id=supervisor.id)
    hand_over(desk, clerk, view.id)
    accept(desk, supervisor, view.id)
    return view.id


def counts(db) -> dict[str, int]:
    with db.read() as conn:
        return {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (handover, handover_signature, journal)
        }


def assert_verifies(db):
    result = verify(db)
    assert result.ok, [p.describe() for p in result.problems]


@pytest.fixture
def shift(desk, clerk, manager, clock):
    """A shift with a few entries, an important one, a key out and a complaint."""
    log_commands.record_entry(desk, clerk, category="note", text="Смена принята, всё спокойно")
    log_commands.record_entry(
        desk, clerk, category="incident", text="1203房漏水，已报工程部", important=True
    )
    keys_commands.add_key(
        desk, manager, code="F12", label="Floor 12", key_type="floor", hook_row=1, hook_col=1
    )
    keys_commands.issue_key(
        desk,
        clerk,
        "F12",
        holder_kind="staff",
        holder_id=clerk.id,
        purpose="Housekeeping",
        expected_back=clock.now() + timedelta(hours=1),
    )
    clock.advance(timedelta(hours=2))  # the key is overdue now
    return desk


def test_start_compile_sign_and_seal(shift, clerk, supervisor, clock):
    draft = handover_commands.start_handover(shift, clerk)
    assert draft.state is HandoverState.DRAFT and draft.outgoing_id == clerk.id
    assert draft.shift_start <= clock.now() < draft.shift_end
    # Starting again resumes the same draft (as after a crash).
    assert handover_commands.start_handover(shift, clerk).id == draft.id

    sheet = handover_sheet.sheet(shift, clerk, draft.id)
    log_rows = sheet.section("log").rows
    assert [r[4] for r in log_rows][:2] == ["Смена принята, всё спокойно", "1203房漏水，已报工程部"]
    assert sheet.section("log").flagged == (1,)  # the important entry
    keys_out = sheet.section("keys_out")
    assert keys_out.rows[0][0] == "F12" and keys_out.flagged == (0,)  # overdue

    saved = handover_commands.save_draft(
        shift,
        clerk,
        draft.id,
        handover_views.Draft(counts=COUNTS, remarks="Всё в порядке"),
        incoming_id=supervisor.id,
    )
    signed = hand_over(shift, clerk, draft.id)
    assert signed.state is HandoverState.HANDED_OVER and saved.incoming_id == supervisor.id

    # The incoming clerk must first read the important entry of the shift.
    before = counts(shift.db)
    with pytest.raises(ValidationError) as err:
        handover_commands.sign_handover(
            shift,
            supervisor,
            draft.id,
            meaning="accepted",
            pin=SUPERVISOR_PIN,
            signature=signature(),
        )
    assert err.value.field == "unread" and err.value.params == {"count": 1}
    assert counts(shift.db) == before
    for entry in log_views.unread_important(shift, supervisor, since=draft.shift_start):
        log_commands.mark_read(shift, supervisor, entry.id)

    sealed = handover_commands.sign_handover(
        shift, supervisor, draft.id, meaning="accepted", pin=SUPERVISOR_PIN, signature=signature()
    )
    assert sealed.state is HandoverState.SEALED and len(sealed.seal) == 64
    final = handover_sheet.sheet(shift, supervisor, draft.id)
    assert [s.meaning for s in final.signers] == [Meaning.HANDED_OVER, Meaning.ACCEPTED]
    assert final.seal == sealed.seal
    # The seal is over the sheet as stored and the journal head it names.
    with shift.db.read() as conn:
        row = conn.execute(select(handover).where(handover.c.id == draft.id)).one()
    assert seal_of(row.content, row.journal_hash) == row.seal
    assert sheet_content(final) == row.content  # read back, the same content
    # Sealed means sealed.
    with pytest.raises(ValidationError, match="sealed"):
        handover_commands.save_draft(shift, clerk, draft.id, handover_views.Draft(counts=COUNTS))
    with pytest.raises(ValidationError, match="sealed"):
        handover_commands.sign_handover(
            shift,
            supervisor,
            draft.id,
            meaning="accepted",
            pin=SUPERVISOR_PIN,
            signature=signature(),
        )
    assert handover_views.open_draft(shift, clerk) is None
    assert_verifies(shift.db)


def test_refusals_write_nothing(shift, clerk, supervisor):
    draft = handover_commands.start_handover(shift, clerk)
    before = counts(shift.db)
    with pytest.raises(ValidationError) as err:
        handover_commands.save_draft(
            shift, clerk, draft.id, handover_views.Draft(), incoming_id=clerk.id
        )
    assert err.value.field == "incoming"
    with pytest.raises(AuthenticationFailed):
        handover_commands.sign_handover(
            shift, clerk, draft.id, meaning="handed_over", pin="0000", signature=signature()
        )
    with pytest.raises(ValidationError) as err:
        handover_commands.sign_handover(
            shift, clerk, draft.id, meaning="handed_over", pin=CLERK_PIN, signature=None
        )
    assert err.value.field == "signature"
    with pytest.raises(ValidationError, match="signs first"):
        handover_commands.sign_handover(
            shift,
            supervisor,
            draft.id,
            meaning="accepted",
            pin=SUPERVISOR_PIN,
            signature=signature(),
        )
    with pytest.raises(ValidationError, match="Only the outgoing"):
        handover_commands.sign_handover(
            shift,
            supervisor,
            draft.id,
            meaning="handed_over",
            pin=SUPERVISOR_PIN,
            signature=signature(),
        )
    after = counts(shift.db)
    # Only the wrong PIN's count was written (the lock-out needs it), nothing of the sheet.
    assert (after["handover"], after["handover_signature"]) == (
        before["handover"],
        before["handover_signature"],
    )
    hand_over(shift, clerk, draft.id)
    with pytest.raises(ValidationError, match="same person"):
        handover_commands.sign_handover(
            shift, clerk, draft.id, meaning="accepted", pin=CLERK_PIN, signature=signature()
        )
    for entry in log_views.unread_important(shift, supervisor, since=draft.shift_start):
        log_commands.mark_read(shift, supervisor, entry.id)
    with pytest.raises(ValidationError) as err:  # nothing was counted
        handover_commands.sign_handover(
            shift,
            supervisor,
            draft.id,
            meaning="accepted",
            pin=SUPERVISOR_PIN,
            signature=signature(),
        )
    assert err.value.field == "counts"


def test_a_printed_number_leads_back_to_the_sheet(shift, clerk):
    draft = handover_commands.start_handover(shift, clerk)
    assert handover_views.handover_id_of(shift, clerk, draft.num) == draft.id
    with pytest.raises(NotFound, match="handover"):
        handover_views.handover_id_of(shift, clerk, draft.num + 1)


def test_a_tampered_sheet_is_named_by_verify(shift, clerk, supervisor):
    draft = handover_commands.start_handover(shift, clerk)
    handover_commands.save_draft(shift, clerk, draft.id, handover_views.Draft(counts=COUNTS))
    hand_over(shift, clerk, draft.id)
    for entry in log_views.unread_important(shift, supervisor, since=draft.shift_start):
        log_commands.mark_read(shift, supervisor, entry.id)
    handover_commands.sign_handover(
        shift, supervisor, draft.id, meaning="accepted", pin=SUPERVISOR_PIN, signature=signature()
    )
    with shift.db.write() as conn:
        content = conn.execute(select(handover.c.content)).scalar()
        conn.execute(update(handover).values(content=content.replace("2000", "200")))
    found = {(p.table, p.what) for p in verify(shift.db).problems}
    assert found == {("handover", "edited"), ("handover", "seal-broken")}


def test_accepting_reads_the_shifts_important_entries_on_the_sheet(shift, clerk, supervisor):
    """The incoming clerk who says they read the red entries on the sheet has them marked read,
    by them, in the sealing transaction; a wrong PIN marks nothing."""
    draft = handover_commands.start_handover(shift, clerk)
    handover_commands.save_draft(
        shift, clerk, draft.id, handover_views.Draft(counts=COUNTS), incoming_id=supervisor.id
    )
    hand_over(shift, clerk, draft.id)
    unread = log_views.unread_important(shift, supervisor, since=draft.shift_start)
    assert len(unread) == 1
    with pytest.raises(AuthenticationFailed):
        handover_commands.sign_handover(
            shift,
            supervisor,
            draft.id,
            meaning="accepted",
            pin="000000",
            signature=signature(),
            read_important=True,
        )
    assert len(log_views.unread_important(shift, supervisor, since=draft.shift_start)) == 1

    sealed = accept(shift, supervisor, draft.id)
    assert sealed.state is HandoverState.SEALED
    assert log_views.unread_important(shift, supervisor, since=draft.shift_start) == []
    detail = log_views.entry_detail(shift, supervisor, unread[0].id)
    assert supervisor.name in [r.name for r in detail.read_by]
    assert_verifies(shift.db)


def test_the_history_stamp_moves_with_every_signature(shift, clerk, supervisor):
    empty = handover_views.history_stamp(shift, clerk)
    draft = handover_commands.start_handover(shift, clerk)
    started = handover_views.history_stamp(shift, clerk)
    assert started[0] == draft.num and started != empty
    handover_commands.save_draft(
        shift, clerk, draft.id, handover_views.Draft(counts=COUNTS), incoming_id=supervisor.id
    )
    assert handover_views.history_stamp(shift, clerk) == started  # a draft saved is not history yet
    hand_over(shift, clerk, draft.id)
    signed = handover_views.history_stamp(shift, clerk)
    assert signed[1] == started[1] + 1
    accept(shift, supervisor, draft.id)
    assert handover_views.history_stamp(shift, clerk)[2] == signed[2] + 1


def test_a_complaint_settled_during_the_shift_is_on_the_sheet(shift, clerk, clock):
    """Received the day before, resolved during this shift: listed with the shift's complaints
    although neither opened in the shift nor still open."""
    from tests.services.test_complaints import step, take

    older = take(shift, clerk, received_at=clock.now() - timedelta(days=1))
    older = step(shift, clerk, older, "acknowledge")
    older = step(shift, clerk, older, "resolve", outcome="Fixed the air conditioner")
    untouched = take(shift, clerk, received_at=clock.now() - timedelta(days=1))
    draft = handover_commands.start_handover(shift, clerk)
    rows = handover_sheet.sheet(shift, clerk, draft.id).section("complaints").rows
    by_num = {r[0]: r for r in rows}
    assert by_num[older.num][5] == "resolved"
    assert untouched.num in by_num  # still awaiting a reply: outstanding


def test_a_deactivated_incoming_clerk_cannot_take_over(shift, clerk, supervisor, manager):
    draft = handover_commands.start_handover(shift, clerk)
    handover_commands.save_draft(
        shift, clerk, draft.id, handover_views.Draft(counts=COUNTS), incoming_id=supervisor.id
    )
    hand_over(shift, clerk, draft.id)
    accounts.deactivate_person(shift, manager, supervisor.id)
    before = counts(shift.db)
    with pytest.raises(DeskError) as err:
        accept(shift, supervisor, draft.id)
    assert "no longer active" in str(err.value)
    after = counts(shift.db)
    assert (after["handover"], after["handover_signature"]) == (
        before["handover"],
        before["handover_signature"],
    )
    assert handover_views.get_handover(shift, clerk, draft.id).state is HandoverState.HANDED_OVER
    # Nor can the sheet name them as the one who takes over.
    with pytest.raises(ValidationError, match="no longer active") as chosen:
        handover_commands.save_draft(
            shift, clerk, draft.id, handover_views.Draft(counts=COUNTS), incoming_id=supervisor.id
        )
    assert chosen.value.field == "incoming"


def test_counts_stand_against_the_last_sheet_and_not_counted_needs_a_reason(
    desk, clerk, supervisor, clock
):
    """The second sheet shows what the first handed over as expected; an item said not counted
    with a reason lets the sheet be sealed, one with neither does not."""
    seal(desk, clerk, supervisor, handover_views.Draft(counts=dict(COUNTS)))
    clock.advance(timedelta(hours=8))
    view = handover_commands.start_handover(desk, clerk)
    counts = {"Cash float": 1995, "Blank room key cards": 40, "Guest umbrellas": None}
    handover_commands.save_draft(
        desk, clerk, view.id, handover_views.Draft(counts=counts), incoming_id=supervisor.id
    )
    section = handover_sheet.sheet(desk, clerk, view.id).section("counts")
    assert section.columns == ("item", "expected", "counted", "not_counted")
    assert section.rows == (
        ("Cash float", 2000, 1995, ""),
        ("Blank room key cards", 40, 40, ""),
        ("Guest umbrellas", 12, None, ""),
    )
    assert section.flagged == (0, 2)
    assert "important" not in handover_sheet.sheet(desk, clerk, view.id).section("log").columns
    hand_over(desk, clerk, view.id)
    with pytest.raises(ValidationError) as err:
        accept(desk, supervisor, view.id)
    assert err.value.field == "counts" and err.value.params == {"item": "Guest umbrellas"}
    reason = {"Guest umbrellas": "  lent to a tour group  ", "Cash float": "ignored: counted"}
    handover_commands.save_draft(
        desk,
        supervisor,
        view.id,
        handover_views.Draft(counts=counts, not_counted=reason),
        incoming_id=supervisor.id,
    )
    assert handover_views.get_handover(desk, clerk, view.id).draft.not_counted == {
        "Guest umbrellas": "lent to a tour group"
    }
    sealed = accept(desk, supervisor, view.id)
    assert sealed.state is HandoverState.SEALED
    rows = handover_sheet.sheet(desk, clerk, view.id).section("counts").rows
    assert rows[2] == ("Guest umbrellas", 12, None, "lent to a tour group")
    assert_verifies(desk.db)
