"""The key register's connection-level writers, shared by the use cases and the demo generator.

Each checks its movement's rules against the key as read under the journal lock, writes the
movement and the key's new state with their journal records, and the duty-log entry where one is
due (a restricted key's issue and return, a loss, a restore, a count that does not match).

"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from desk_app.domain import keys as rules
from desk_app.domain.book_lines import BookLine
from desk_app.domain.book_lines import line as book_line
from desk_app.domain.chain import canonical
from desk_app.domain.errors import NotFound
from desk_app.domain.keys import (
    KeyState,
    Movement,
)
from desk_app.domain.log import Category, program_entry
from desk_app.services.keys.views import BY_CODE, KEY_STATES
from desk_app.services.log.writes import next_entry_num, write_entry
from desk_app.store.journal import JournalWriter, insert_journaled, update_journaled
from desk_app.store.tables import key_asset, key_count, key_movement
from desk_app.store.types import new_id

# A key back on its hook, or off the board: no loan running.
NO_LOAN: Mapping[str, Any] = {
    "holder_id": None,
    "holder_name": None,
    "out_since": None,
    "expected_back": None,
    "issue_id": None,
}
_MAX_MOVEMENT = select(func.max(key_movement.c.num))

# The duty-log lines of key movements are ``domain.book_lines`` "keys.<kind>", read in each
# reader's language.


# --------------------------------------------------------------------------------------------
# Connection-level writers, shared with the demo generator
# --------------------------------------------------------------------------------------------


def log_line(kind: str, **values: Any) -> BookLine:
    return book_line(f"keys.{kind}", **values)


def _log(
    conn: Connection,
    w: JournalWriter,
    *,
    key: Mapping[str, Any],
    category: Category,
    line: BookLine,
    party: str,
    actor_id: str,
    station: str,
    at: datetime,
    log_num: int | None,
) -> None:
    draft = program_entry(
        category=category,
        line=line,
        room=rules.hook_name(key["hook_row"], key["hook_col"]),
        party=party,
    )
    write_entry(
        conn,
        w,
        draft=draft,
        author_id=actor_id,
        station=station,
        at=at,
        num=log_num if log_num is not None else next_entry_num(conn),
        key_id=key["id"],
    )


def key_row(conn: Connection, code: str) -> dict[str, Any]:
    """The key as it is now, read under the journal lock: its state is what guards a movement
    (a second station issuing it is told who has it), so no version check is needed."""
    row = conn.execute(BY_CODE, {"code": rules.normalize_code(code)}).first()
    if row is None:
        raise NotFound(
            "No key has the code {code}.", field="code", code=rules.normalize_code(code) or "—"
        )
    return dict(row._mapping)


def _insert_movement(
    conn: Connection, w: JournalWriter, at: datetime, num: int | None, **values: Any
) -> dict[str, Any]:
    row = {
        "id": new_id(),
        "num": num if num is not None else (conn.execute(_MAX_MOVEMENT).scalar() or 0) + 1,
        "holder_kind": None,
        "holder_id": None,
        "holder_name": None,
        "company": None,
        "id_document": None,
        "id_last_four": None,
        "purpose": None,
        "expected_back": None,
        "issue_id": None,
        "note": None,
        "staff_member_id": None,
        "at": at,
        **values,
    }
    insert_journaled(conn, w, key_movement, row, at)
    return row


def write_issue(
    conn: Connection,
    w: JournalWriter,
    *,
    key: dict[str, Any],
    draft: rules.IssueDraft,
    actor_id: str,
    station: str,
    at: datetime,
    num: int | None = None,
    log_num: int | None = None,
) -> dict[str, Any]:
    rules.check_can_issue(KEY_STATES[key["state"]], key["active"], key["holder_name"])
    movement = _insert_movement(
        conn,
        w,
        at,
        num,
        key_id=key["id"],
        kind=Movement.ISSUE.value,
        actor_id=actor_id,
        station=station,
        holder_kind=draft.holder_kind.value,
        holder_id=draft.holder_id,
        holder_name=draft.holder_name,
        company=draft.company or None,
        id_document=draft.id_document.value if draft.id_document else None,
        id_last_four=draft.id_last_four or None,
        purpose=draft.purpose,
        expected_back=draft.expected_back,
        staff_member_id=draft.staff_member_id,
    )
    new = update_journaled(
        conn,
        w,
        key_asset,
        key,
        {
            "state": KeyState.OUT.value,
            "holder_id": draft.holder_id,
            "holder_name": draft.holder_name,
            "out_since": at,
            "expected_back": draft.expected_back,
            "issue_id": movement["id"],
            "version": key["version"] + 1,
        },
        at,
    )
    if key["restricted"]:
        _log(
            conn,
            w,
            key=key,
            category=Category.SECURITY,
            line=log_line(
                "issue",
                code=key["code"],
                label=key["label"],
                holder=draft.holder_name,
                purpose=draft.purpose,
                back=draft.expected_back,
            ),
            party=draft.holder_name,
            actor_id=actor_id,
            station=station,
            at=at,
            log_num=log_num,
        )
    return new


def write_return(
    conn: Connection,
    w: JournalWriter,
    *,
    key: dict[str, Any],
    note: str,
    actor_id: str,
    station: str,
    at: datetime,
    num: int | None = None,
    log_num: int | None = None,
) -> dict[str, Any]:
    rules.check_can_return(KEY_STATES[key["state"]])
    new = _end_loan(
        conn, w, key, Movement.RETURN, KeyState.IN, note or None, actor_id, station, at, num
    )
    if key["restricted"]:
        _log(
            conn,
            w,
            key=key,
            category=Category.SECURITY,
            line=log_line(
                "return", code=key["code"], label=key["label"], holder=key["holder_name"] or ""
            ),
            party=key["holder_name"] or "",
            actor_id=actor_id,
            station=station,
            at=at,
            log_num=log_num,
        )
    return new


def _end_loan(
    conn: Connection,
    w: JournalWriter,
    key: dict[str, Any],
    kind: Movement,
    state: KeyState,
    note: str | None,
    actor_id: str,
    station: str,
    at: datetime,
    num: int | None,
) -> dict[str, Any]:
    """A key comes off its loan (back on its hook, or lost or damaged while out): the movement
    names whoever held it, and the key keeps no loan. Returns the key as written."""
    _insert_movement(
        conn,
        w,
        at,
        num,
        key_id=key["id"],
        kind=kind.value,
        actor_id=actor_id,
        station=station,
        holder_id=key["holder_id"],
        holder_name=key["holder_name"],
        issue_id=key["issue_id"],
        note=note,
    )
    changes = {"state": state.value, **NO_LOAN, "version": key["version"] + 1}
    return update_journaled(conn, w, key_asset, key, changes, at)


def write_report(
    conn: Connection,
    w: JournalWriter,
    *,
    key: dict[str, Any],
    kind: Movement,
    reason: str,
    actor_id: str,
    station: str,
    at: datetime,
    num: int | None = None,
    log_num: int | None = None,
) -> dict[str, Any]:
    """Lost or damaged: off the board, with the reason, and an incident in the log."""
    rules.check_can_report(KEY_STATES[key["state"]], key["active"])
    new = _end_loan(conn, w, key, kind, KeyState.OFF, reason, actor_id, station, at, num)
    _log(
        conn,
        w,
        key=key,
        category=Category.INCIDENT,
        line=log_line(kind.value, code=key["code"], label=key["label"], reason=reason),
        party=key["holder_name"] or "",
        actor_id=actor_id,
        station=station,
        at=at,
        log_num=log_num,
    )
    return new


def write_restore(
    conn: Connection,
    w: JournalWriter,
    *,
    key: dict[str, Any],
    reason: str,
    actor_id: str,
    station: str,
    at: datetime,
    num: int | None = None,
    log_num: int | None = None,
) -> dict[str, Any]:
    rules.check_can_restore(KEY_STATES[key["state"]])
    _insert_movement(
        conn,
        w,
        at,
        num,
        key_id=key["id"],
        kind=Movement.RESTORE.value,
        actor_id=actor_id,
        station=station,
        note=reason,
    )
    new = update_journaled(
        conn,
        w,
        key_asset,
        key,
        {"state": KeyState.IN.value, "version": key["version"] + 1},
        at,
    )
    _log(
        conn,
        w,
        key=key,
        category=Category.SECURITY,
        line=log_line("restore", code=key["code"], label=key["label"], reason=reason),
        party="",
        actor_id=actor_id,
        station=station,
        at=at,
        log_num=log_num,
    )
    return new


def write_retire(
    conn: Connection,
    w: JournalWriter,
    *,
    key: dict[str, Any],
    reason: str,
    actor_id: str,
    station: str,
    at: datetime,
    num: int | None = None,
) -> dict[str, Any]:
    """A key taken off the register for good: its hook freed, the reason in its history."""
    rules.check_can_retire(KEY_STATES[key["state"]], key["active"])
    _insert_movement(
        conn,
        w,
        at,
        num,
        key_id=key["id"],
        kind=Movement.RETIRE.value,
        actor_id=actor_id,
        station=station,
        note=reason,
    )
    return update_journaled(
        conn, w, key_asset, key, {"active": False, "version": key["version"] + 1}, at
    )


def write_reinstate(
    conn: Connection,
    w: JournalWriter,
    *,
    key: dict[str, Any],
    changes: dict[str, Any],
    actor_id: str,
    station: str,
    at: datetime,
) -> dict[str, Any]:
    """A retired key brought back (with ``changes`` to its label, hook ...): said in its
    history, beside its retirement."""
    _insert_movement(
        conn,
        w,
        at,
        None,
        key_id=key["id"],
        kind=Movement.REINSTATE.value,
        actor_id=actor_id,
        station=station,
    )
    changes = {**changes, "active": True, "version": key["version"] + 1}
    return update_journaled(conn, w, key_asset, key, changes, at)


def write_count(
    conn: Connection,
    w: JournalWriter,
    *,
    present_codes: Iterable[str],
    actor_id: str,
    station: str,
    at: datetime,
    log_num: int | None = None,
) -> dict[str, Any]:
    """The board counted against the register as it is in this transaction: the count kept and,
    when it does not match, a security entry in the duty log (``log_num`` is used only then)."""
    rows = conn.execute(select(key_asset.c.code, key_asset.c.state, key_asset.c.active)).all()
    expected = [r.code for r in rows if r.active and r.state == KeyState.IN.value]
    result = rules.count_board(expected, present_codes, [r.code for r in rows])
    row = {
        "id": new_id(),
        "at": at,
        "actor_id": actor_id,
        "station": station,
        "expected": len(result.expected),
        "present": len(result.present),
        "missing": canonical(sorted(result.missing)),
        "unexpected": canonical(sorted(result.unexpected)),
        "unknown": canonical(sorted(result.unknown)),
        "matches": result.matches,
    }
    insert_journaled(conn, w, key_count, row, at)
    if not result.matches:
        draft = program_entry(
            category=Category.SECURITY,
            line=log_line(
                "count",
                missing=", ".join(sorted(result.missing)) or "0",
                unexpected=", ".join(sorted(result.unexpected)) or "0",
                unknown=", ".join(sorted(result.unknown)) or "0",
            ),
        )
        write_entry(
            conn,
            w,
            draft=draft,
            author_id=actor_id,
            station=station,
            at=at,
            num=log_num if log_num is not None else next_entry_num(conn),
        )
    return row
