"""The demo's staff directory: housekeepers, engineers and security guards without a sign-in,
added by the manager before the first shift (one of them corrected at once, so the directory's
history shows a change), and the key jobs their departments take keys for.

A share of those jobs goes to a directory member instead of a desk account, decided by a random
stream of its own so the rest of the demo stays what it was.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta
from typing import Any

from desk_app.demo.host import Host
from desk_app.domain.clock import FixedClock
from desk_app.services import staff as staff_service

# (name, department, phone, badge): Chinese, Russian and English names, as a mixed team has.
MEMBERS: tuple[tuple[str, str, str, str], ...] = (
    ("李娜", "housekeeping", "8101", "HK-101"),
    ("王秀英", "housekeeping", "8102", "HK-102"),
    ("张伟", "housekeeping", "", "HK-103"),
    ("Ольга Кузнецова", "housekeeping", "+7 912 000-41-17", "HK-104"),
    ("Mary Johnson", "housekeeping", "8105", "HK-105"),
    ("刘强", "engineering", "8201", "ENG-201"),
    ("Алексей Смирнов", "engineering", "8202", "ENG-202"),
    ("David Brown", "engineering", "", "ENG-203"),
    ("陈军", "security", "8301", "SEC-301"),
    ("Дмитрий Волков", "security", "8302", "SEC-302"),
    ("James Wilson", "security", "8303", "SEC-303"),
)
# The key jobs (demo_keys_texts.JOBS codes) a department's people take keys for.
JOB_DEPARTMENTS: dict[str, str] = {
    "room_check": "housekeeping",
    "delivery": "housekeeping",
    "linen": "housekeeping",
    "repair": "engineering",
    "tech_round": "engineering",
    "radio_round": "security",
}
MEMBER_SHARE = 0.6  # of those jobs, taken by a directory member rather than a desk clerk


class Directory:
    """The members by department, and the choice of who takes a key for a job."""

    def __init__(self, host: Host, seed: str) -> None:
        self.rng = random.Random(f"staff directory {seed}")
        self.by_department: dict[str, list[dict[str, Any]]] = {}
        first = host.on_duty(host.start).start
        desk = replace(host.desk, clock=FixedClock(first - timedelta(minutes=50)))
        added = []
        for name, department, phone, badge in MEMBERS:
            member = staff_service.add_member(
                desk, host.manager, name=name, department=department, phone=phone, badge=badge
            )
            added.append(member)
        # A phone number typed wrong and corrected: the directory's history has a change.
        desk.clock = FixedClock(first - timedelta(minutes=40))
        fixed = staff_service.update_member(
            desk,
            host.manager,
            added[0].id,
            version=added[0].version,
            name=added[0].name,
            department=added[0].department.value,
            phone="8111",
            badge=added[0].badge or "",
        )
        added[0] = fixed
        for m in added:
            self.by_department.setdefault(m.department.value, []).append(
                {
                    "holder_kind": "directory",
                    "holder_id": None,
                    "holder_name": m.name,
                    "company": None,
                    "id_document": None,
                    "id_last_four": None,
                    "staff_member_id": m.id,
                }
            )

    def taker(self, job_code: str) -> dict[str, Any] | None:
        """A member of the job's department, or None when a desk account takes it."""
        department = JOB_DEPARTMENTS.get(job_code)
        if department is None or self.rng.random() >= MEMBER_SHARE:
            return None
        return self.rng.choice(self.by_department[department])
