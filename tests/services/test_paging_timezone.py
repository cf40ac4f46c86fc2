"""Paging must not depend on the database server's time zone (PostgreSQL's is the machine's)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.engine import make_url

from desk_app.domain.clock import FixedClock
from desk_app.domain.log import Category
from desk_app.services import accounts
from desk_app.services.complaints import commands as complaints_commands
from desk_app.services.complaints import views as complaints_views
from desk_app.services.desk import open_desk
from desk_app.services.log import commands as log_commands
from desk_app.services.log import views as log_views
from tests.conftest import START


def test_pages_follow_each_other_in_a_server_zone_far_from_utc(pg_database):
    url = make_url(pg_database).update_query_dict({"options": "-c timezone=Asia/Shanghai"})
    desk = open_desk(url.render_as_string(hide_password=False), station="S1")
    desk.clock = FixedClock(START)
    try:
        accounts.create_first_manager(desk, name="Boss", pin="123456", pin_repeat="123456")
        actor = accounts.sign_in_by_name(desk, name="Boss", pin="123456")
        for i in range(6):
            desk.clock.advance(timedelta(hours=1))
            log_commands.record_entry(desk, actor, category="note", text=f"entry {i}")
            complaints_commands.intake(
                desk,
                actor,
                channel="phone",
                guest_name=f"Guest {i}",
                category="noise",
                severity="low",
                text=f"complaint {i}",
                promised_at=desk.clock.now() + timedelta(hours=1),
            )
        notes = log_views.LogFilter(category=Category.NOTE)
        seen, after = [], None
        for _ in range(10):
            page = log_views.list_entries(desk, actor, notes, after=after, limit=2)
            seen += [r.text for r in page.rows]
            after = page.next_cursor
            if after is None:
                break
        assert seen == [f"entry {i}" for i in reversed(range(6))]
        seen, after = [], None
        for _ in range(10):
            cpage = complaints_views.list_complaints(desk, actor, after=after, limit=2)
            seen += [c.text for c in cpage.rows]
            after = cpage.next_cursor
            if after is None:
                break
        assert seen == [f"complaint {i}" for i in reversed(range(6))]
    finally:
        desk.db.dispose()
