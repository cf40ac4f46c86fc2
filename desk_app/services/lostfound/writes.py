"""Lost and found: the connection-level writers, shared by the use cases and the demo generator.

Each applies every rule of its movement, writes the rows and their journal records and the
duty-log entry linking to the item, in the caller's unit of work (the journal lock taken first,
so numbers and checks are decided under it). A return and a disposal are in ``lostfound.release``.

"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, func, select

from desk_app.domain import text as text_rule
from desk_app.domain.book_lines import line as book_line
from desk_app.domain.errors import ConflictError, NotFound, ValidationError
from desk_app.domain.log import Category, program_entry
from desk_app.domain.lostfound import rules
from desk_app.domain.lostfound.rules import ItemState, ReportState
from desk_app.services.log.writes import next_entry_num, write_entry
from desk_app.services.lostfound.views import HELD
from desk_app.store.journal import JournalWriter, insert_journaled, update_journaled
from desk_app.store.tables import (
    lf_item,
    lf_photo,
    lf_report,
)
from desk_app.store.types import new_id

_MAX_NUM = select(func.max(lf_item.c.num))
_MAX_REPORT_NUM = select(func.max(lf_report.c.num))
_MAX_SEQ = select(func.max(lf_item.c.seq)).where(lf_item.c.year == bindparam("year"))

# --------------------------------------------------------------------------------------------
# Writing: connection-level writers shared with the demo generator, then the use cases.
# --------------------------------------------------------------------------------------------


def write_log(
    conn: Connection,
    w: JournalWriter,
    *,
    kind: str,
    item_id: str | None,
    room: str,
    party: str,
    actor_id: str,
    station: str,
    at: datetime,
    log_num: int | None,
    category: Category = Category.NOTE,
    **values: Any,
) -> None:
    """The movement's line in the duty log, as its message (``lostfound.<kind>``) and values:
    read in each reader's language."""
    draft = program_entry(
        category=category, line=book_line(f"lostfound.{kind}", **values), room=room, party=party
    )
    write_entry(
        conn,
        w,
        draft=draft,
        author_id=actor_id,
        station=station,
        at=at,
        num=log_num if log_num is not None else next_entry_num(conn),
        lf_item_id=item_id,
    )


def write_item_log(
    conn: Connection,
    w: JournalWriter,
    *,
    item: Mapping[str, Any],
    kind: str,
    party: str,
    actor_id: str,
    station: str,
    at: datetime,
    log_num: int | None,
    **values: Any,
) -> None:
    """A movement of a held item, in the log: at its storage place, under its number."""
    write_log(
        conn,
        w,
        kind=kind,
        item_id=item["id"],
        room=item["storage_place"],
        party=party,
        actor_id=actor_id,
        station=station,
        at=at,
        log_num=log_num,
        number=number_of(item),
        **values,
    )


def _short_text(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def write_item(
    conn: Connection,
    w: JournalWriter,
    *,
    draft: rules.ItemDraft,
    actor_id: str,
    station: str,
    at: datetime,
    year: int,
    num: int | None = None,
    seq: int | None = None,
    log_num: int | None = None,
) -> dict[str, Any]:
    if num is None:
        num = (conn.execute(_MAX_NUM).scalar() or 0) + 1
    if seq is None:
        seq = rules.next_seq(conn.execute(_MAX_SEQ, {"year": year}).scalar())
    row: dict[str, Any] = {
        "id": new_id(),
        "num": num,
        "year": year,
        "seq": seq,
        "found_at": draft.found_at,
        "found_place": draft.found_place,
        "finder_kind": draft.finder_kind.value,
        "finder_id": draft.finder_id,
        "finder_name": draft.finder_name,
        "description": draft.description,
        "category": draft.category,
        "valuables": draft.valuables,
        "storage_place": draft.storage_place,
        "state": ItemState.STORED.value,
        "registered_at": at,
        "registered_by_id": actor_id,
        "station": station,
        "version": 1,
    }
    insert_journaled(conn, w, lf_item, row, at)
    write_log(
        conn,
        w,
        kind="found",
        item_id=row["id"],
        room=draft.found_place,
        party=draft.finder_name,
        actor_id=actor_id,
        station=station,
        at=at,
        log_num=log_num,
        number=rules.item_number(year, seq),
        description=_short_text(draft.description),
        storage=draft.storage_place,
    )
    return row


def write_photo(
    conn: Connection,
    w: JournalWriter,
    *,
    item_id: str,
    data: bytes,
    mime: str,
    actor_id: str,
    at: datetime,
    position: int,
) -> str:
    photo_id = new_id()
    insert_journaled(
        conn,
        w,
        lf_photo,
        {
            "id": photo_id,
            "item_id": item_id,
            "position": position,
            "added_at": at,
            "added_by_id": actor_id,
            "mime": mime,
            "data": data,
        },
        at,
    )
    return photo_id


def write_report(
    conn: Connection,
    w: JournalWriter,
    *,
    draft: rules.ReportDraft,
    actor_id: str,
    station: str,
    at: datetime,
    num: int | None = None,
    log_num: int | None = None,
) -> dict[str, Any]:
    if num is None:
        num = (conn.execute(_MAX_REPORT_NUM).scalar() or 0) + 1
    row: dict[str, Any] = {
        "id": new_id(),
        "num": num,
        "reported_at": at,
        "guest_name": draft.guest_name,
        "contact": draft.contact,
        "room": draft.room,
        "lost_from": draft.lost_from,
        "lost_until": draft.lost_until,
        "lost_place": draft.lost_place,
        "description": draft.description,
        "category": draft.category,
        "state": ReportState.OPEN.value,
        "item_id": None,
        "closed_at": None,
        "close_note": None,
        "recorded_by_id": actor_id,
        "station": station,
        "version": 1,
    }
    insert_journaled(conn, w, lf_report, row, at)
    write_log(
        conn,
        w,
        kind="report",
        item_id=None,
        room=draft.room or draft.lost_place,
        party=draft.guest_name,
        actor_id=actor_id,
        station=station,
        at=at,
        log_num=log_num,
        category=Category.REQUEST,
        guest=draft.guest_name,
        description=_short_text(draft.description),
    )
    return row


def item_row(conn: Connection, item_id: str, expected_version: int | None) -> dict[str, Any]:
    row = conn.execute(select(lf_item).where(lf_item.c.id == item_id)).first()
    if row is None:
        raise NotFound("No such found item.")
    if expected_version is not None and row.version != expected_version:
        raise ConflictError(
            "Another station changed this item a moment ago. Look at it again and retry."
        )
    return dict(row._mapping)


def report_row(conn: Connection, report_id: str, expected_version: int | None) -> dict[str, Any]:
    row = conn.execute(select(lf_report).where(lf_report.c.id == report_id)).first()
    if row is None:
        raise NotFound("No such lost-item report.")
    if expected_version is not None and row.version != expected_version:
        raise ConflictError(
            "Another station changed this report a moment ago. Look at it again and retry."
        )
    return dict(row._mapping)


def number_of(row: Mapping[str, Any]) -> str:
    return rules.item_number(row["year"], row["seq"])


def write_link(
    conn: Connection,
    w: JournalWriter,
    *,
    report: dict[str, Any],
    item: dict[str, Any],
    actor_id: str,
    station: str,
    at: datetime,
    log_num: int | None = None,
) -> dict[str, Any]:
    if report["state"] == ReportState.CLOSED.value:
        raise ValidationError("This report is closed.", field="report")
    if item["state"] not in HELD:
        raise ValidationError(
            "This item is no longer held (now: {state}).", field="state", state=item["state"]
        )
    new = update_journaled(
        conn,
        w,
        lf_report,
        report,
        {
            "state": ReportState.LINKED.value,
            "item_id": item["id"],
            "version": report["version"] + 1,
        },
        at,
    )
    _write_report_log(conn, w, "link", report, item, actor_id, station, at, log_num)
    return new


def _write_report_log(
    conn: Connection,
    w: JournalWriter,
    kind: str,
    report: dict[str, Any],
    item: dict[str, Any],
    actor_id: str,
    station: str,
    at: datetime,
    log_num: int | None,
) -> None:
    """A guest's report linked to a found item, or unlinked: the log entry names both."""
    write_log(
        conn,
        w,
        kind=kind,
        item_id=item["id"],
        room=report["room"] or report["lost_place"],
        party=report["guest_name"],
        actor_id=actor_id,
        station=station,
        at=at,
        log_num=log_num,
        number=number_of(item),
        guest=report["guest_name"],
    )


def write_unlink(
    conn: Connection,
    w: JournalWriter,
    *,
    report: dict[str, Any],
    actor_id: str,
    station: str,
    at: datetime,
    log_num: int | None = None,
) -> dict[str, Any]:
    """The guest saw the item and it is not theirs: the report is open again."""
    if report["state"] != ReportState.LINKED.value or not report["item_id"]:
        raise ValidationError("This report is not linked to a found item.", field="report")
    item = item_row(conn, report["item_id"], None)
    new = update_journaled(
        conn,
        w,
        lf_report,
        report,
        {"state": ReportState.OPEN.value, "item_id": None, "version": report["version"] + 1},
        at,
    )
    _write_report_log(conn, w, "unlink", report, item, actor_id, station, at, log_num)
    return new


def write_close_report(
    conn: Connection,
    w: JournalWriter,
    *,
    report: dict[str, Any],
    note: str,
    actor_id: str,
    station: str,
    at: datetime,
    log_num: int | None = None,
) -> dict[str, Any]:
    if report["state"] == ReportState.CLOSED.value:
        raise ValidationError("This report is closed.", field="report")
    new = update_journaled(
        conn,
        w,
        lf_report,
        report,
        {
            "state": ReportState.CLOSED.value,
            "closed_at": at,
            "close_note": note,
            "version": report["version"] + 1,
        },
        at,
    )
    write_log(
        conn,
        w,
        kind="close_report",
        item_id=None,
        room=report["room"] or report["lost_place"],
        party=report["guest_name"],
        actor_id=actor_id,
        station=station,
        at=at,
        log_num=log_num,
        category=Category.REQUEST,
        guest=report["guest_name"],
        note=note,
    )
    return new


def clean_note(note: str | None, *, required: bool = False, field: str = "note") -> str:
    """A note that goes with a step (closing a report, a disposal): lines allowed."""
    text = text_rule.lines(note, field)
    if required and not text:
        raise ValidationError("Say why, in a few words.", field=field)
    if len(text) > rules.DESCRIPTION_MAX_LENGTH:
        raise ValidationError(
            "The note is longer than {limit} characters.",
            field=field,
            limit=rules.DESCRIPTION_MAX_LENGTH,
        )
    return text
