"""Deciding a disposal needs the capability to approve disposals (a supervisor or a manager): a
clerk who did not propose it is told so on the item's page, and when the decision's form is
reached all the same, the service refuses it and the item stays as it was. (Who holds the
capability: tests/domain/test_disposal_capability.py.)

The clerk here is not the proposer, so the rule that nobody decides their own proposal cannot be
what refuses. (The capability's first test is at the service layer:
tests/services/test_lostfound.py, test_proposal_then_approval_by_someone_else.)
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desk_app.domain.lostfound.rules import ItemState
from desk_app.services.lostfound import commands as lostfound_commands
from desk_app.services.lostfound import detail as lostfound_detail
from desk_app.ui.lostfound.item_page import ItemPage
from tests.conftest import make_person
from tests.ui.conftest import found_in_the_lobby
from tests.ui.helpers import shown, type_text


@pytest.mark.parametrize("approve", [True, False], ids=["approve", "reject"])
def test_a_clerk_who_did_not_propose_may_not_decide_a_disposal(
    qtbot, ui_desk, people, pins, messages, approve
):
    proposer = people["clerk"]
    other = make_person(ui_desk, people["manager"], "Пётр Кассиров", "clerk", pins["clerk"])
    item = found_in_the_lobby(
        ui_desk,
        proposer,
        hours_ago=3,
        description="Синий шарф",
        category="clothing",
        valuables=False,
        storage_place="Шкаф 1",
    )
    ui_desk.clock.advance(timedelta(days=91))
    lostfound_commands.propose_disposal(ui_desk, proposer, item.id, "donated", "В фонд")

    page = shown(qtbot, ItemPage(ui_desk, other, item.id))
    assert not page.approve_button.isEnabled() and not page.reject_button.isEnabled()
    assert "A supervisor or a manager approves" in page.approval_note.text()

    form = page.start_decision(approve)
    assert form is not None
    qtbot.waitExposed(form)
    type_text(form.note, "Согласовано по телефону")
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert form.isVisible() and not form.error.isHidden()
    assert "may not do this" in form.error.text()
    form.reject()

    detail = lostfound_detail.item_detail(ui_desk, other, item.id)
    assert detail.item.state is ItemState.DISPOSAL_PROPOSED
    assert detail.pending_disposal is not None
    assert [d.decided_by_name for d in detail.disposals] == [None]
    assert messages.errors == []
