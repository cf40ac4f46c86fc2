"""What other stations wrote since a window last looked, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from desk_app.services import changes
from desk_app.services.complaints import commands as complaints_commands
from desk_app.services.desk import Desk
from desk_app.services.keys import commands as keys_commands
from desk_app.services.log import commands as log_commands
from desk_app.store.journal import JOURNALED


def test_every_journaled_table_belongs_to_a_book():
    assert {t.name for t in JOURNALED} <= set(changes.BOOK_OF_TABLE)


def test_the_books_another_station_wrote_to(desk, clerk, manager, clock):
    other = Desk(db=desk.db, station="Back office", clock=clock)
    seen = changes.journal_head(desk)
    log_commands.record_entry(
        desk, clerk, category="note", text="Своя запись"
    )  # this station's own
    mine = changes.changes_since(desk, clerk, seen)
    assert mine.books == frozenset() and mine.head > seen

    log_commands.record_entry(other, clerk, category="note", text="另一个前台的记录")
    complaints_commands.intake(
        other,
        clerk,
        channel="phone",
        guest_name="Mr Smith",
        category="noise",
        severity="low",
        text="Noise from 1203",
        promised_at=clock.now() + timedelta(hours=1),
    )
    keys_commands.add_key(
        other, manager, code="F1", label="Floor 1", key_type="floor", hook_row=1, hook_col=1
    )
    found = changes.changes_since(desk, clerk, mine.head)
    assert found.books == {"log", "complaints", "keys"}
    assert changes.changes_since(desk, clerk, found.head) == changes.Changes(
        found.head, frozenset()
    )
