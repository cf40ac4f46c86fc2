"""What supervisors add beside a handover sheet (a handover check linked to it, a countersignature,
a review note) shows on the sheet after its seal, in that order, on a draft as on a sealed sheet,
and never changes what was sealed. SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from desk_app.domain.supervision.inspection import Answer, Result
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover import sheet as handover_sheet
from desk_app.services.handover import views as handover_views
from desk_app.services.supervision import checklist as checklists
from desk_app.services.supervision import countersign as cs
from desk_app.services.supervision import inspection_views, review
from desk_app.store.tables import handover
from desk_app.store.verify import verify
from tests.conftest import MANAGER_PIN
from tests.services.test_handover import COUNTS, seal
from tests.services.test_inspections import all_pass, record


def _keys(sheet) -> list[str]:
    return [s.key for s in sheet.after_seal]


def test_a_handover_check_shows_on_its_draft_sheet(desk, clerk, supervisor):
    draft = handover_commands.start_handover(desk, clerk)
    assert handover_sheet.sheet(desk, clerk, draft.id).after_seal == ()
    listing = record(desk, supervisor, clerk, kind="handover", handover_id=draft.id)
    sheet = handover_sheet.sheet(desk, clerk, draft.id)
    assert _keys(sheet) == ["handover_checks"]
    (check,) = sheet.after_seal
    assert check.columns == ("num", "at", "inspector", "failed", "acknowledgement")
    assert check.rows == ((listing.num, listing.at, supervisor.name, 0, "pending"),)
    assert check.flagged == ()
    # The number printed opens the inspection: a clerk inspected may read it.
    assert inspection_views.inspection_id_of(desk, clerk, listing.num) == listing.id


def test_after_the_seal_in_order_and_the_seal_unchanged(desk, clerk, supervisor, manager):
    sheet_id = seal(desk, clerk, supervisor, handover_views.Draft(counts=COUNTS))
    with desk.db.read() as conn:
        sealed = conn.execute(select(handover.c.seal, handover.c.content)).one()
    before = handover_sheet.sheet(desk, clerk, sheet_id)
    failed = Answer(
        "handover",
        Result.FAIL,
        note="Keys not counted together",
        cause="Rushed at the change",
        correction="Count the board together before signing",
        owner_id=clerk.id,
        due_at=desk.clock.now() + timedelta(hours=4),
    )
    listing = inspection_views.get_inspection(
        desk,
        manager,
        record(
            desk,
            manager,
            clerk,
            answers=all_pass(checklists.get_checklist(desk, manager).codes, handover=failed),
            kind="handover",
            handover_id=sheet_id,
        ).id,
    )
    cs.countersign(desk, manager, sheet_id, note="Cash counted: right.", pin=MANAGER_PIN)
    review.add_note(
        desk,
        manager,
        day=desk.clock.now().astimezone().date() - timedelta(days=1),
        record_kind="handover",
        record_id=sheet_id,
        text="Ask about the late count.",
    )
    after = handover_sheet.sealed_sheet(desk, sheet_id)
    assert _keys(after) == ["handover_checks", "countersigns", "review_notes"]
    checks, signed, notes = after.after_seal
    assert checks.rows[0][0] == listing.num and checks.rows[0][3] == 1
    assert checks.flagged == (0,)  # an item failed
    assert signed.rows[0][0] == manager.name and signed.rows[0][2] == "Cash counted: right."
    assert notes.rows[0][0] == manager.name and notes.rows[0][2] == "Ask about the late count."
    # The sealed part is the sheet as sealed: the same sections and seal as before.
    assert after.sections == before.sections and after.seal == before.seal
    with desk.db.read() as conn:
        assert conn.execute(select(handover.c.seal, handover.c.content)).one() == sealed
    assert verify(desk.db).ok
