"""What archiving a year moves and what it keeps: the cut, and the records on each side of it.

**The cut.** Journal rows are in the order they were written, and a record of the year may have
rows written after it (a follow-up closed in January, a complaint's later steps, a key asset moved
every day). So the archive takes a journal *prefix*: up to row S, the last row before the first
one dated at or after the end of the year (local time). Everything the book held at row S — every
record the journal had written by then, in the state row S left it — goes into the archive, which
is the book as it stood when the year ended.

**What leaves the book**: a record whose journal rows all lie at or before S (its whole history is
in the archive), unless it must stay:

- the desk's own lists, whatever their age: people, the staff directory, settings, stations, the
  key register, the inspection checklist;
- open items (seed 004: kept until done): a follow-up not closed, a complaint not closed, a found
  item still stored, a guest's report still open, a disposal not decided, a key's issue while the
  key is out, a leave or swap request not decided, a roster month not approved, a sheet not
  sealed, an inspection not acknowledged, a correction whose follow-up is open;
- a record with a journal row after S (its later state is the book's);
- what a record kept refers to (an entry amended later, the entry a follow-up belongs to), and the
  parts of a record kept (a complaint's steps and log lines, a found item's photos and returns, a
  sheet's signatures, an entry's read marks and follow-up): the closure of the two.

A record kept whose rows all went into the archive is *carried*: the cut keeps the payload of its
last row, which ``verify`` holds it to (store/archive_base.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, Table

from desk_app.store.archive_base import Cut
from desk_app.store.journal import JOURNALED

Progress = Callable[[int, int], None]

# Kept whatever their age: the desk's lists, not records of a day.
STANDING = frozenset(
    {"person", "staff_member", "setting", "station", "key_asset", "inspection_checklist"}
)
ARCHIVABLE: tuple[Table, ...] = tuple(t for t in JOURNALED if t.name not in STANDING)

# Open items, by table: the ids still open now (seed 004: kept until done).
OPEN_ITEMS: dict[str, str] = {
    "follow_up": "SELECT id FROM follow_up WHERE closed_at IS NULL",
    "complaint": "SELECT id FROM complaint WHERE status != 'closed'",
    "lf_item": "SELECT id FROM lf_item WHERE state IN ('stored', 'disposal_proposed')",
    "lf_report": "SELECT id FROM lf_report WHERE state IN ('open', 'linked')",
    "lf_disposal": "SELECT id FROM lf_disposal WHERE decision IS NULL",
    "key_movement": "SELECT issue_id FROM key_asset WHERE state = 'out' AND issue_id IS NOT NULL",
    "roster_request": "SELECT id FROM roster_request WHERE state = 'asked'",
    "roster_month": "SELECT id FROM roster_month WHERE state != 'approved'",
    "handover": "SELECT id FROM handover WHERE state != 'sealed'",
    "inspection": "SELECT id FROM inspection WHERE ack_state = 'pending'",
    "inspection_correction": (
        "SELECT c.id FROM inspection_correction c JOIN follow_up f ON f.id = c.follow_up_id "
        "WHERE f.closed_at IS NULL"
    ),
}

# References the schema does not declare as foreign keys: (table, column, the table it names).
LINKS: tuple[tuple[str, str, str], ...] = (
    ("log_entry", "closes_follow_up_id", "follow_up"),
    ("key_movement", "issue_id", "key_movement"),
    ("key_asset", "issue_id", "key_movement"),
)
# The parts of a record: kept with it. (table, column naming the whole.)
PARTS: frozenset[tuple[str, str]] = frozenset(
    {
        ("complaint_event", "complaint_id"),
        ("log_entry", "complaint_id"),
        ("log_entry", "lf_item_id"),
        ("lf_photo", "item_id"),
        ("lf_report", "item_id"),
        ("lf_return", "item_id"),
        ("lf_disposal", "item_id"),
        ("handover_signature", "handover_id"),
        ("sheet_countersign", "handover_id"),
        ("roster_cell", "month_id"),
        ("roster_event", "month_id"),
        ("entry_read", "entry_id"),
        ("follow_up", "entry_id"),
        ("inspection_correction", "inspection_id"),
    }
)


def references() -> list[tuple[str, str, str]]:
    """(table, column, table referred to) for every reference between archivable records."""
    archivable = {t.name for t in ARCHIVABLE}
    found = set()
    for table in JOURNALED:
        for column in table.columns:
            for fk in column.foreign_keys:
                target = fk.column.table.name
                if target in archivable:
                    found.add((table.name, column.name, target))
    found.update(link for link in LINKS if link[2] in archivable)
    return sorted(found)


@dataclass
class Plan:
    year: int
    start: Cut  # where the book's chain starts now
    cut_seq: int
    cut_hash: str
    head_seq: int  # the book's head when planned: rows after it were not seen
    # Every record the book held at the cut: table -> id -> its last journal row up to the cut
    # (None: carried from the start, its rows in an earlier archive).
    at_cut: dict[str, dict[str, int | None]] = field(default_factory=dict)
    later: dict[str, set[str]] = field(default_factory=dict)  # ids with rows after the cut
    keep: dict[str, set[str]] = field(default_factory=dict)  # ids of at_cut the book keeps
    open_kept: int = 0  # open items among them

    def removed(self, table: str) -> set[str]:
        return set(self.at_cut.get(table, {})) - self.keep.get(table, set())

    def removed_counts(self) -> dict[str, int]:
        return {t: n for t in self.at_cut if (n := len(self.removed(t)))}

    def carried(self) -> Iterable[tuple[str, str, int | None]]:
        """The records the book keeps whose rows all go to the archive, with their last row."""
        for table, ids in self.keep.items():
            rows = self.at_cut[table]
            for key in ids - self.later.get(table, set()):
                yield table, key, rows[key]

    @property
    def removed_total(self) -> int:
        return sum(self.removed_counts().values())


def find_cut(conn: Connection, start_seq: int, boundary: str) -> int | None:
    """Row S: the last row before the first one dated at or after ``boundary`` (a journal time
    text); None when no row after the start is dated before it."""
    # In the journal's order from the start, stopping at the first such row (about a year read).
    first_after = conn.exec_driver_sql(
        "SELECT seq FROM journal WHERE seq > ? AND at >= ? ORDER BY seq LIMIT 1",
        (start_seq, boundary),
    ).scalar()
    if first_after is None:
        first_after = (conn.exec_driver_sql("SELECT max(seq) FROM journal").scalar() or 0) + 1
    return first_after - 1 if first_after - 1 > start_seq else None


def plan_year(
    conn: Connection,
    year: int,
    start: Cut,
    cut_seq: int,
    progress: Progress | None = None,
) -> Plan:
    """Plan the archiving of the rows after ``start`` up to ``cut_seq`` on ``conn`` (one read
    transaction; leaves the temporary table ``arc_rows`` of every record at the cut)."""
    cut_hash = conn.exec_driver_sql("SELECT hash FROM journal WHERE seq = ?", (cut_seq,)).scalar()
    head = conn.exec_driver_sql("SELECT max(seq) FROM journal").scalar()
    plan = Plan(year, start, cut_seq, bytes(cut_hash).hex(), int(head))
    at_cut: dict[str, dict[str, int | None]] = defaultdict(dict)
    for table, key in start.carried:
        at_cut[table][key] = None
    rows = conn.execution_options(stream_results=True, yield_per=20_000).exec_driver_sql(
        "SELECT seq, entity, entity_id, action FROM journal WHERE seq > ? AND seq <= ?",
        (start.seq, cut_seq),
    )
    names = {t.name for t in JOURNALED}
    for seq, entity, entity_id, action in rows:
        if entity not in names:
            continue  # an archive checkpoint: the book's own, kept in its chain
        if action == "delete":
            at_cut[entity].pop(entity_id, None)
        else:
            at_cut[entity][entity_id] = seq
    plan.at_cut = dict(at_cut)
    if progress:
        progress(1, 4)
    _fill_rows(conn, plan)
    later: dict[str, set[str]] = defaultdict(set)
    for entity, entity_id in conn.exec_driver_sql(
        "SELECT DISTINCT j.entity, j.entity_id FROM journal j JOIN temp.arc_rows r "
        "ON r.entity = j.entity AND r.id = j.entity_id WHERE j.seq > ?",
        (cut_seq,),
    ):
        later[entity].add(entity_id)
    plan.later = dict(later)
    if progress:
        progress(2, 4)
    plan.keep = _closure(conn, plan)
    if progress:
        progress(4, 4)
    return plan


def _fill_rows(conn: Connection, plan: Plan) -> None:
    conn.exec_driver_sql("DROP TABLE IF EXISTS temp.arc_rows")
    conn.exec_driver_sql(
        "CREATE TEMP TABLE arc_rows (entity TEXT, id TEXT, PRIMARY KEY (entity, id)) WITHOUT ROWID"
    )
    rows = [(t, key) for t, ids in plan.at_cut.items() for key in ids]
    if rows:
        conn.exec_driver_sql("INSERT INTO temp.arc_rows (entity, id) VALUES (?, ?)", rows)


def _referring(table: str, column: str) -> str:
    """The rows of ``table`` whose ``column`` names a record at the cut (of the table bound as
    the one parameter). With an index on the column, from the records at the cut (a year's
    worth); without one, one pass over the table."""
    indexed = any(next(iter(index.columns)).name == column for index in _TABLES[table].indexes)
    if indexed:
        return (
            f"SELECT t.id, t.{column} FROM temp.arc_rows r CROSS JOIN {table} t "  # noqa: S608
            f"ON t.{column} = r.id WHERE r.entity = ?"
        )
    return (
        f"SELECT t.id, t.{column} FROM {table} t JOIN temp.arc_rows r "  # noqa: S608
        f"ON r.entity = ? AND r.id = t.{column}"
    )


_TABLES = {t.name: t for t in JOURNALED}


def _closure(conn: Connection, plan: Plan) -> dict[str, set[str]]:
    """The records at the cut the book keeps (see the module's docstring)."""
    at_cut = plan.at_cut
    keep: dict[str, set[str]] = defaultdict(set)
    todo: list[tuple[str, str]] = []

    def mark(table: str, key: str) -> None:
        if key in at_cut.get(table, ()) and key not in keep[table]:
            keep[table].add(key)
            todo.append((table, key))

    for table, ids in at_cut.items():
        if table in STANDING:
            for key in ids:
                mark(table, key)
    for table, ids in plan.later.items():
        for key in ids:
            mark(table, key)
    for table, query in OPEN_ITEMS.items():
        if table in at_cut:
            for (key,) in conn.exec_driver_sql(query):
                if key in at_cut[table]:
                    plan.open_kept += 1
                    mark(table, key)
    # Each reference into a record at the cut: (from table, from id) -> to.
    up: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    down: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for table, column, target in references():
        if target not in at_cut:
            continue
        part = (table, column) in PARTS
        own = at_cut.get(table, {})
        for key, ref in conn.exec_driver_sql(_referring(table, column), (target,)):
            if key not in own:
                mark(target, ref)  # referred to by a record written after the cut
                continue
            up[(table, key)].append((target, ref))
            if part:
                down[(target, ref)].append((table, key))
    while todo:
        node = todo.pop()
        for table, key in up.get(node, ()):
            mark(table, key)
        for table, key in down.get(node, ()):
            mark(table, key)
    return dict(keep)
