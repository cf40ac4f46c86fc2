"""A sheet signed by the outgoing clerk and not yet accepted is found at its station (closing the
window asks about it, the window says it waits), not at another, and no longer once accepted.
SQLite and PostgreSQL."""

from __future__ import annotations

from desk_app.services.desk import Desk
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover import views as handover_views
from tests.services.test_handover import COUNTS, accept, hand_over


def test_the_waiting_sheet_of_this_station(desk, clerk, supervisor):
    assert handover_views.waiting_sheet(desk, clerk) is None
    draft = handover_commands.start_handover(desk, clerk)
    handover_commands.save_draft(
        desk, clerk, draft.id, handover_views.Draft(counts=COUNTS), incoming_id=supervisor.id
    )
    assert handover_views.waiting_sheet(desk, clerk) is None  # a draft is not signed yet
    hand_over(desk, clerk, draft.id)
    waiting = handover_views.waiting_sheet(desk, supervisor)
    assert waiting is not None and waiting.id == draft.id
    assert waiting.outgoing_name == clerk.name
    elsewhere = Desk(db=desk.db, station="Front desk 2", clock=desk.clock)
    assert handover_views.waiting_sheet(elsewhere, supervisor) is None
    accept(desk, supervisor, draft.id)
    assert handover_views.waiting_sheet(desk, supervisor) is None
