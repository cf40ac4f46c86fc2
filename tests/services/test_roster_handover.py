"""A new handover proposes the rostered incoming clerk; another may take over, saying why, and the
sheet says so ("Rostered: X; taken over by Y because: ..."), sealed only when it happened (sheets
of the rostered clerk keep the content they always had), printed and read back from the PDF."""

# The roster's fixtures are those of test_roster_duty, imported by name (pytest finds them here).
# ruff: noqa: F811

from __future__ import annotations

import json
import re

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from desk_app.domain.errors import ValidationError
from desk_app.domain.handover.rules import seal_of
from desk_app.reports.handover.pdf import render_handover_pdf
from desk_app.reports.handover.xlsx import write_handover_xlsx
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover import sheet as handover_sheet
from desk_app.services.handover.views import Draft
from desk_app.store.tables import handover
from desk_app.store.verify import verify
from tests.conftest import CLERK_PIN
from tests.services.test_handover import COUNTS, signature
from tests.services.test_roster_duty import local, march, team, two_shifts  # noqa: F401

REASON = "王芳 ill: Oleg covers (supervisor agreed by phone)"


@pytest.fixture
def at_the_change(clock, march):
    clock.set(local(2026, 3, 14, 19, 50))  # Анна's day shift ends at 20:00; 王芳 is rostered


def stored(desk, handover_id):
    with desk.db.read() as conn:
        return conn.execute(select(handover).where(handover.c.id == handover_id)).one()


def test_a_new_handover_proposes_the_rostered_clerk(desk, team, at_the_change):
    wang, anna = team[0], team[1]
    view = handover_commands.start_handover(desk, anna)
    assert view.incoming_id == wang.id and view.incoming_name == "王芳"
    assert view.draft.rostered == ((wang.id, "王芳"),)
    # the rostered clerk takes over: nothing to explain, and the sealed content is as before
    handover_commands.save_draft(desk, anna, view.id, Draft(counts=COUNTS), incoming_id=wang.id)
    handover_commands.sign_handover(
        desk, anna, view.id, meaning="handed_over", pin="1357", signature=signature()
    )
    handover_commands.sign_handover(
        desk, wang, view.id, meaning="accepted", pin=CLERK_PIN, signature=signature()
    )
    row = stored(desk, view.id)
    assert "rostered" not in json.loads(row.content)
    assert handover_sheet.sheet(desk, anna, view.id).rostered == ""


def test_another_clerk_takes_over_with_a_reason(desk, team, at_the_change):
    anna, oleg = team[1], team[3]
    view = handover_commands.start_handover(desk, anna)
    with pytest.raises(ValidationError) as refused:
        handover_commands.save_draft(desk, anna, view.id, Draft(counts=COUNTS), incoming_id=oleg.id)
    assert refused.value.field == "takeover_reason"
    # the window cannot change who was rostered: the service keeps it
    saved = handover_commands.save_draft(
        desk,
        anna,
        view.id,
        Draft(counts=COUNTS, takeover_reason=f"  {REASON} ", rostered=((oleg.id, "x"),)),
        incoming_id=oleg.id,
    )
    assert saved.draft.rostered == ((team[0].id, "王芳"),)
    assert saved.draft.takeover_reason == REASON
    draft_sheet = handover_sheet.sheet(desk, anna, view.id)
    assert (draft_sheet.rostered, draft_sheet.takeover_reason) == ("王芳", REASON)
    handover_commands.sign_handover(
        desk, anna, view.id, meaning="handed_over", pin="1357", signature=signature()
    )
    handover_commands.sign_handover(
        desk, oleg, view.id, meaning="accepted", pin="9753", signature=signature()
    )
    row = stored(desk, view.id)
    assert json.loads(row.content)["rostered"] == {"names": "王芳", "reason": REASON}
    assert seal_of(row.content, row.journal_hash) == row.seal
    assert verify(desk.db).ok
    sealed = handover_sheet.sheet(desk, anna, view.id)
    assert (sealed.rostered, sealed.takeover_reason, sealed.incoming) == (
        "王芳",
        REASON,
        "Oleg Sidorov",
    )
    text = _flat(_pdf_text(render_handover_pdf(sealed)))
    assert _flat(f"Rostered: 王芳; taken over by Oleg Sidorov because: {REASON}") in text


def test_the_rostered_clerk_chosen_again_needs_no_reason(desk, team, at_the_change):
    wang, anna, oleg = team[0], team[1], team[3]
    view = handover_commands.start_handover(desk, anna)
    handover_commands.save_draft(
        desk, anna, view.id, Draft(counts=COUNTS, takeover_reason=REASON), incoming_id=oleg.id
    )
    back = handover_commands.save_draft(
        desk, anna, view.id, Draft(counts=COUNTS, takeover_reason=REASON), incoming_id=wang.id
    )
    assert back.draft.takeover_reason == ""
    assert handover_sheet.sheet(desk, anna, view.id).rostered == ""


def test_no_roster_proposes_nobody(desk, clerk):
    view = handover_commands.start_handover(desk, clerk)
    assert view.incoming_id is None and view.draft.rostered == ()
    assert Draft().as_json() == view.draft.as_json()  # drafts as they always were


def test_the_workbook_says_who_was_rostered(desk, team, at_the_change, tmp_path):
    from openpyxl import load_workbook

    anna, oleg = team[1], team[3]
    view = handover_commands.start_handover(desk, anna)
    handover_commands.save_draft(
        desk, anna, view.id, Draft(counts=COUNTS, takeover_reason=REASON), incoming_id=oleg.id
    )
    handover_commands.sign_handover(
        desk, anna, view.id, meaning="handed_over", pin="1357", signature=signature()
    )
    handover_commands.sign_handover(
        desk, oleg, view.id, meaning="accepted", pin="9753", signature=signature()
    )
    path = tmp_path / "sheet.xlsx"
    write_handover_xlsx(path, handover_sheet.sheet(desk, anna, view.id))
    cells = [c.value for row in load_workbook(path).worksheets[0].iter_rows() for c in row]
    assert f"Rostered: 王芳; taken over by Oleg Sidorov because: {REASON}" in cells


def _pdf_text(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    return "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_a_handover_started_after_the_change_proposes_those_now_rostered(desk, clock, team, march):
    """The incoming clerk came late: the outgoing clerk, who stayed, starts the sheet after the
    change; it covers the shift now running, and proposes whom the roster names for it."""
    wang, anna = team[0], team[1]
    clock.set(local(2026, 3, 14, 20, 25))
    view = handover_commands.start_handover(desk, anna)
    assert view.shift_start == local(2026, 3, 14, 20)
    assert view.draft.rostered == ((wang.id, "王芳"),) and view.incoming_id == wang.id
    saved = handover_commands.save_draft(
        desk, anna, view.id, Draft(counts=COUNTS), incoming_id=wang.id
    )
    assert saved.draft.takeover_reason == "" and saved.incoming_id == wang.id
