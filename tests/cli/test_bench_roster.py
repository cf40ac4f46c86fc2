"""The bench's roster figures: a 40-person month written into the scratch copy at the bench's own
station and opened, and who is on duty now, each beside its raw sqlite3 reads."""

from __future__ import annotations

from desk_app.bench.figures import bench_actor
from desk_app.bench.report import KEYS, LABELS, format_table
from desk_app.bench.roster import ROSTER_PEOPLE, roster_figures
from desk_app.bench.scratch import copy_database, scratch_path
from desk_app.demo.seed import seed_demo
from desk_app.services.desk import Desk, open_desk
from desk_app.services.roster import views as roster_views
from desk_app.store.database import connect

FIGURES = ("roster_month_ms", "raw_roster_month_ms", "on_duty_ms", "raw_on_duty_ms")


def test_a_month_of_forty_people_and_who_is_on_duty(tmp_path):
    path = tmp_path / "book.sqlite"
    desk = open_desk(str(path), station="Front desk")
    try:
        seed_demo(desk, years=0.02)
    finally:
        desk.db.dispose()
    copy = scratch_path(tmp_path, ".bench-copy-")
    copy_database(path, copy)
    db = connect(str(copy), create=False)
    try:
        desk = Desk(db=db, station="bench")
        actor = bench_actor(desk)
        result = roster_figures(desk, actor, copy)
        today = desk.clock.now().astimezone().date()
        view = roster_views.open_month(desk, actor, today.year, today.month)
        demo = roster_views.open_month(desk, actor, today.year, today.month, "Front desk")
    finally:
        db.dispose()
    assert result["roster_people"] == ROSTER_PEOPLE
    for key in FIGURES:
        assert isinstance(result[key], float) and result[key] > 0, key
        assert key in KEYS and key in LABELS
    assert len(view.roster.people) == ROSTER_PEOPLE and view.approved_by
    assert len(demo.roster.people) == 12  # the demo's own month is left as it was
    table = format_table(result)
    assert "open that month's grid" in table and "who is on duty now" in table
