"""The list of disposals awaiting approval says who proposed each and how: the pending proposal
only (not an earlier one rejected), nothing on items with none; on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from desk_app.domain.lostfound.rules import DisposalMethod, ItemState
from desk_app.services.lostfound import commands as lostfound_commands
from desk_app.services.lostfound import views as lostfound_views
from tests.services.test_lostfound import register


def test_awaiting_items_carry_their_proposer_and_method(desk, clerk, supervisor, manager):
    waiting = register(desk, clerk, description="Зонт")
    again = register(desk, clerk, description="Шарф")
    kept = register(desk, clerk, description="Перчатки")
    desk.clock.advance(timedelta(days=400))
    lostfound_commands.propose_disposal(desk, clerk, waiting.id, "donated", "В фонд")
    # Proposed, rejected, then proposed again by someone else and another way: the pending one.
    lostfound_commands.propose_disposal(desk, clerk, again.id, "destroyed", "Рваный")
    lostfound_commands.decide_disposal(desk, supervisor, again.id, approve=False, note="Нет")
    lostfound_commands.propose_disposal(desk, supervisor, again.id, "handed_to_police", "")

    awaiting = lostfound_views.list_items(
        desk, manager, lostfound_views.ItemFilter(awaiting_approval=True)
    ).rows
    by_id = {v.id: v for v in awaiting}
    assert set(by_id) == {waiting.id, again.id}
    assert by_id[waiting.id].proposed_by_name == clerk.name
    assert by_id[waiting.id].proposed_method is DisposalMethod.DONATED
    assert by_id[again.id].proposed_by_name == supervisor.name
    assert by_id[again.id].proposed_method is DisposalMethod.HANDED_TO_POLICE

    everything = {v.id: v for v in lostfound_views.list_items(desk, manager).rows}
    assert everything[kept.id].state is ItemState.STORED
    assert (
        everything[kept.id].proposed_by_name == "" and everything[kept.id].proposed_method is None
    )
    assert everything[waiting.id].proposed_method is DisposalMethod.DONATED
