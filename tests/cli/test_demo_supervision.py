"""The demo's supervision: most days reviewed the next morning (a few late, a few missed, so the
reminder has days to show), a morning check most days and a spot check each week by the day
shift's supervisor of its clerks, failed items' corrections followed up in the log, inspections
acknowledged (rarely declined) and sealed; the book verifies."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desk_app.demo.seed import seed_demo
from desk_app.domain.clock import FixedClock
from desk_app.domain.supervision.inspection import Acknowledgement, InspectionKind
from desk_app.services.accounts import sign_in_by_name
from desk_app.services.desk import open_desk
from desk_app.services.log import views as log_views
from desk_app.services.supervision import inspection_views, review
from desk_app.store.verify import verify

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    path = tmp_path_factory.mktemp("supervisiondemo") / "demo.sqlite"
    desk = open_desk(str(path), station="Front desk")
    desk.clock = FixedClock(NOW)
    seed_demo(desk, years=0.1)
    yield desk
    desk.db.dispose()


def test_days_reviewed_and_inspections_made_as_a_supervisor_does(desk):
    olga = sign_in_by_name(desk, name="Olga Ivanova / Ольга Иванова", pin="222222")
    first = desk.clock.now().astimezone().date().replace(day=1)
    last = desk.clock.now().astimezone().date()
    reviews = review.reviews_between(desk, olga, first, last)
    assert len(reviews) >= 15
    assert sum(s.on_time for s in reviews.values()) / len(reviews) > 0.7
    assert any(not s.on_time for s in reviews.values()) or len(reviews) < 25
    views = inspection_views.list_inspections(desk, olga, first, last)
    kinds = {v.kind for v in views}
    assert InspectionKind.MORNING in kinds and InspectionKind.SPOT in kinds
    assert all(v.inspector_id not in v.clerk_ids for v in views)
    answered = [v for v in views if v.ack_state is not Acknowledgement.PENDING]
    assert answered and all(v.seal for v in answered)
    # Every failed item's correction is a follow-up in the log.
    for v in views:
        assert len(v.corrections) == v.failed
    assert verify(desk.db).ok


def test_the_reminder_has_days_to_show(desk):
    olga = sign_in_by_name(desk, name="Olga Ivanova / Ольга Иванова", pin="222222")
    assert review.days_not_reviewed(desk, olga)  # a few days missed
    first = desk.clock.now().astimezone().date().replace(day=1)
    views = inspection_views.list_inspections(desk, olga, first, desk.clock.now().date())
    corrections = {c.entry_num for v in views for c in v.corrections}
    assert corrections  # some items failed; their follow-ups are the log's
    entry_nums = {
        log_views.get_entry(desk, olga, log_views.entry_id_of(desk, olga, n)).num
        for n in corrections
    }
    assert entry_nums == corrections


def test_handover_checks_and_countersigns_on_their_sheets(desk):
    """Some mornings the supervisor checks the 08:00 handover (of the sheet's two clerks, linked
    to it) and countersigns the night's sheet; both show on the sheet after its seal."""
    from desk_app.services.handover import sheet as handover_sheet

    olga = sign_in_by_name(desk, name="Olga Ivanova / Ольга Иванова", pin="222222")
    first = desk.clock.now().astimezone().date().replace(day=1)
    views = inspection_views.list_inspections(desk, olga, first, desk.clock.now().date())
    checks = [v for v in views if v.kind is InspectionKind.HANDOVER]
    assert checks and all(v.handover_id for v in checks)
    assert sorted(v.num for v in views) == list(
        range(min(v.num for v in views), max(v.num for v in views) + 1)
    )
    check = checks[0]
    sheet = handover_sheet.sheet(desk, olga, check.handover_id)
    assert {sheet.outgoing, sheet.incoming} == set(check.clerk_names)
    added = {s.key: s for s in sheet.after_seal}
    assert check.num in [row[0] for row in added["handover_checks"].rows]
    with desk.db.read() as conn:
        from sqlalchemy import func, select

        from desk_app.store.supervision_tables import sheet_countersign

        assert conn.execute(select(func.count()).select_from(sheet_countersign)).scalar() > 0
