"""What the demo's books (lost and found, keys, handover, the staff directory) see of the generator
that runs them: the desk, the people, the span of time, the shared random generator, the event
queue and the duty log's numbering. A protocol, so that the books do not import the generator
that imports them."""

from __future__ import annotations

import random
from datetime import datetime
from typing import Any, Protocol

from desk_app.demo.rota import Rota
from desk_app.demo.shifts import Calendar, Shift
from desk_app.services.desk import Actor, Desk


class KeyRegister(Protocol):
    """The key book as the handover sheet reads it: every key's row as stored, by code."""

    rows: dict[str, dict[str, Any]]


class Host(Protocol):
    desk: Desk
    people: list[str]  # person ids, in DEMO_ACCOUNTS order
    manager: Actor  # signed in: who sets the books up through the services
    rota: Rota  # the roster plan
    calendar: Calendar  # the shifts, each with its crew from the roster plan
    start: datetime
    now: datetime
    rng: random.Random
    num: int  # the next duty-log number
    keys: KeyRegister

    def push(self, at: datetime, kind: int, data: Any) -> None: ...

    def next_log_num(self, at: datetime) -> int: ...

    def write_with_follow_up(
        self, batch: Any, draft: Any, at: datetime, person: int, lang: str, fu_owner: int
    ) -> tuple[str, str]:
        """A log entry with its follow-up (closed later like the others): their ids."""
        ...

    def on_duty(self, at: datetime) -> Shift: ...
