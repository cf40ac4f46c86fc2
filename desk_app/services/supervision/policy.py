"""Supervision's setting: the review time (09:30 unless the manager sets another), when
yesterday's review falls due; read by the review, its reminder and the duty report."""

from __future__ import annotations

from datetime import time

from sqlalchemy import Connection

from desk_app.domain.supervision.review import DEFAULT_REVIEW_TIME
from desk_app.services.desk import Actor, Desk
from desk_app.services.settings import change_setting, read_setting

REVIEW_TIME_KEY = "review_time"


def read_review_time(conn: Connection) -> time:
    stored = read_setting(conn, REVIEW_TIME_KEY)
    return time.fromisoformat(stored) if stored else DEFAULT_REVIEW_TIME


def set_review_time(desk: Desk, actor: Actor, at: time) -> time:
    """A manager's: when yesterday's review falls due."""
    return change_setting(desk, actor, REVIEW_TIME_KEY, at.strftime("%H:%M"), read_review_time)


def get_review_time(desk: Desk) -> time:
    with desk.db.read() as conn:
        return read_review_time(conn)
