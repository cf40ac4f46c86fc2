"""Inspections through the services, on SQLite and PostgreSQL: recorded on the checklist's
version, a failed item's correction a follow-up in Open items, acknowledged by the clerk's own
PIN or declined with a remark, sealed and checked by verify; the refusals named."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from desk_app.domain.errors import (
    AuthenticationFailed,
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from desk_app.domain.supervision.checklist import ChecklistItem, Scoring
from desk_app.domain.supervision.inspection import Acknowledgement, Answer, Result
from desk_app.services.log import views as log_views
from desk_app.services.supervision import checklist as checklists
from desk_app.services.supervision import inspection_views as views
from desk_app.services.supervision import inspections
from desk_app.store.supervision_tables import inspection
from desk_app.store.verify import verify
from desk_app.store.verify_seals import check_inspection_seals
from tests.conftest import CLERK_PIN


def all_pass(codes, **more):
    return {c: Answer(c, Result.PASS) for c in codes} | more


def record(desk, supervisor, clerk, answers=None, **kw):
    listing = checklists.get_checklist(desk, supervisor)
    return inspections.record_inspection(
        desk,
        supervisor,
        kind=kw.pop("kind", "spot"),
        at=kw.pop("at", desk.clock.now() - timedelta(minutes=10)),
        clerk_ids=kw.pop("clerk_ids", [clerk.id]),
        checklist_version=kw.pop("version", listing.version),
        answers=answers if answers is not None else all_pass(listing.codes),
        **kw,
    )


def test_a_failed_item_becomes_a_follow_up_and_the_clerk_acknowledges(
    desk, supervisor, clerk, manager
):
    listing = checklists.get_checklist(desk, supervisor)
    assert listing.version == 0 and len(listing.items) == 10
    due = desk.clock.now() + timedelta(hours=3)
    failed = Answer(
        "appearance",
        Result.FAIL,
        note="No name badge",
        cause="Badge left in the locker",
        correction="Wear the badge from the start of the shift",
        owner_id=clerk.id,
        due_at=due,
    )
    done = record(desk, supervisor, clerk, all_pass(listing.codes, appearance=failed))
    assert (done.num, done.failed, done.ack_state) == (1, 1, Acknowledgement.PENDING)
    assert done.clerk_names == ("王芳",) and done.inspector_name == supervisor.name
    [correction] = done.corrections
    assert (correction.item_code, correction.owner_name, correction.due_at) == (
        "appearance",
        "王芳",
        due,
    )
    assert correction.closed_at is None
    # The correction is in Open items like any other follow-up, an important entry in the log.
    opened = log_views.open_follow_ups(desk, clerk)
    assert [f.entry_num for f in opened] == [correction.entry_num]
    entry = log_views.get_entry(
        desk, clerk, log_views.entry_id_of(desk, clerk, correction.entry_num)
    )
    assert entry.important
    # A wrong PIN is refused; another person's PIN cannot acknowledge.
    with pytest.raises(AuthenticationFailed):
        inspections.acknowledge(desk, supervisor, done.id, clerk_id=clerk.id, pin="0000")
    with pytest.raises(PermissionDenied):
        inspections.acknowledge(desk, supervisor, done.id, clerk_id=manager.id, pin="x")
    sealed = inspections.acknowledge(desk, supervisor, done.id, clerk_id=clerk.id, pin=CLERK_PIN)
    assert sealed.ack_state is Acknowledgement.ACKNOWLEDGED and sealed.ack_by_name == "王芳"
    assert sealed.seal and len(sealed.seal) == 64
    with pytest.raises(ConflictError):
        inspections.decline(
            desk, supervisor, done.id, clerk_id=clerk.id, pin=CLERK_PIN, remark="late"
        )
    assert verify(desk.db).ok


def test_declined_with_a_remark_and_a_seal_that_verify_checks(desk, supervisor, clerk):
    done = record(desk, supervisor, clerk)
    with pytest.raises(ValidationError):
        inspections.decline(desk, supervisor, done.id, clerk_id=clerk.id, pin=CLERK_PIN, remark=" ")
    declined = inspections.decline(
        desk, supervisor, done.id, clerk_id=clerk.id, pin=CLERK_PIN, remark="I was on a call"
    )
    assert declined.ack_state is Acknowledgement.DECLINED
    assert declined.ack_remark == "I was on a call"
    assert verify(desk.db).ok
    with desk.db.read() as conn:
        assert check_inspection_seals(conn) == []
    # A comment changed behind the program's back no longer matches its seal (nor its journal).
    with desk.db.write() as conn:
        conn.execute(update(inspection).values(comment="edited"))
    with desk.db.read() as conn:
        assert [p.what for p in check_inspection_seals(conn)] == ["inspection-seal-broken"]
    assert "inspection-seal-broken" in {p.what for p in verify(desk.db).problems}


def test_refusals_nothing_written(desk, supervisor, clerk, manager):
    listing = checklists.get_checklist(desk, supervisor)
    with pytest.raises(PermissionDenied):
        record(desk, clerk, supervisor)  # a clerk does not inspect
    with pytest.raises(PermissionDenied):
        record(desk, supervisor, clerk, clerk_ids=[supervisor.id])  # nor anyone themselves
    with pytest.raises(ValidationError):
        record(desk, supervisor, clerk, {"appearance": Answer("appearance", Result.PASS)})
    with pytest.raises(ValidationError):  # failed without its correction
        record(
            desk,
            supervisor,
            clerk,
            all_pass(listing.codes, duty_log=Answer("duty_log", Result.FAIL, cause="gaps")),
        )
    with pytest.raises(ValidationError):  # a correction due in the past
        record(
            desk,
            supervisor,
            clerk,
            all_pass(
                listing.codes,
                duty_log=Answer(
                    "duty_log",
                    Result.FAIL,
                    cause="gaps",
                    correction="fill them",
                    owner_id=clerk.id,
                    due_at=desk.clock.now() - timedelta(hours=1),
                ),
            ),
        )
    with pytest.raises(ValidationError):  # a time to come
        record(desk, supervisor, clerk, at=desk.clock.now() + timedelta(hours=1))
    with pytest.raises(ValidationError):  # a handover check names its sheet
        record(desk, supervisor, clerk, kind="handover")
    assert views.list_inspections(desk, supervisor, *(desk.clock.now().date(),) * 2) == []


def test_old_inspections_keep_their_own_list(desk, supervisor, clerk, manager):
    first = record(desk, supervisor, clerk)
    with pytest.raises(PermissionDenied):
        checklists.save_checklist(desk, supervisor, [ChecklistItem("appearance")])
    saved = checklists.save_checklist(
        desk,
        manager,
        [ChecklistItem("appearance"), ChecklistItem("smile", "Greets with a smile", Scoring.SCALE)],
    )
    assert saved.version == 1
    # A form opened on the old list is refused, not answered against the new one.
    with pytest.raises(ConflictError):
        record(desk, supervisor, clerk, version=0)
    second = record(
        desk,
        supervisor,
        clerk,
        {"appearance": Answer("appearance", Result.PASS), "smile": Answer("smile", score=4)},
    )
    assert len(views.get_inspection(desk, supervisor, first.id).checklist.items) == 10
    assert second.checklist.codes == ("appearance", "smile")
    # A clerk reads their own inspections only.
    other = views.list_inspections(desk, manager, *(desk.clock.now().date(),) * 2)
    assert [v.num for v in other] == [2, 1]
    assert [
        v.num for v in views.list_inspections(desk, clerk, *(desk.clock.now().date(),) * 2)
    ] == [
        2,
        1,
    ]
    assert views.list_inspections(desk, supervisor, *(desk.clock.now().date(),) * 2)


def test_the_form_proposes_the_clerk_signed_in_here(desk, supervisor, clerk, manager):
    from desk_app.services.supervision.inspection_setup import inspection_setup

    setup = inspection_setup(desk, supervisor)
    assert setup.on_duty == (clerk.id,)  # signed in at this desk; not the supervisor, a manager
    assert setup.checklist.version == 0 and {p.name for p in setup.people} >= {"王芳"}
    with pytest.raises(PermissionDenied):
        inspection_setup(desk, clerk)
