"""The key register: the board, issuing and taking back, restricted keys, losses, counts, history.

Each movement is one transaction that changes the key's row (its state and the loan now running),
appends the movement and journals both; a restricted key's issue and return and every key
reported lost or damaged also write a duty-log entry. Two stations issuing one key at once are
serialised by the journal lock: the second reads the key as the first left it and is told who
holds it.

"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Connection, select

from desk_app.domain import keys as rules
from desk_app.domain.errors import PermissionDenied, ValidationError
from desk_app.domain.keys import (
    HolderKind,
    KeyPolicy,
    KeyState,
    Movement,
)
from desk_app.domain.roles import Capability
from desk_app.services import accounts
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.keys.views import (
    BY_CODE,
    POLICY_KEY,
    CountView,
    KeyView,
    find_key,
    read_policy,
)
from desk_app.services.keys.writes import (
    NO_LOAN,
    key_row,
    write_count,
    write_issue,
    write_reinstate,
    write_report,
    write_restore,
    write_retire,
    write_return,
)
from desk_app.services.settings import change_setting
from desk_app.services.staff import active_member_name
from desk_app.services.unit_of_work import unit_of_work
from desk_app.store.journal import insert_journaled, update_journaled
from desk_app.store.tables import key_asset, person
from desk_app.store.types import new_id


def _reload(desk: Desk, actor: Actor, code: str) -> KeyView:
    found = find_key(desk, actor, code)
    assert found is not None  # it was just written
    return found


def issue_key(
    desk: Desk,
    actor: Actor,
    code: str,
    *,
    holder_kind: str,
    holder_id: str | None = None,
    holder_name: str = "",
    staff_member_id: str | None = None,
    company: str = "",
    id_document: str | None = None,
    id_last_four: str | None = None,
    purpose: str,
    expected_back: datetime | None,
    pin: str | None = None,
) -> KeyView:
    """Hand a key to a named person with a purpose and a time it comes back. A restricted key
    needs a role the manager allows and the issuer's PIN again."""
    with desk.db.read() as conn:
        known = conn.execute(BY_CODE, {"code": rules.normalize_code(code)}).first()
        policy = read_policy(conn)
    if known is not None and known.restricted:
        role = _role_of(desk, actor)
        if not policy.may_issue_restricted(role):
            raise PermissionDenied(
                "Your role ({role}) may not issue restricted keys.", role=role.value
            )
        if not pin:
            raise ValidationError("Enter your PIN to issue a restricted key.", field="pin")
        # Its own transaction: a wrong PIN counts towards the lock-out even though nothing else
        # is written.
        accounts.confirm_pin(desk, actor, pin)
    with unit_of_work(desk, actor, Capability.KEEP_LOG) as work:
        key = key_row(work.conn, code)
        if key["restricted"] and (known is None or not known.restricted):
            # Made restricted between the two reads: ask again, with the PIN.
            raise ValidationError("Enter your PIN to issue a restricted key.", field="pin")
        holder = holder_name
        if holder_kind == HolderKind.STAFF.value and holder_id:
            holder = work.conn.execute(
                select(person.c.name).where(person.c.id == holder_id, person.c.active.is_(True))
            ).scalar()
            if holder is None:
                raise ValidationError(
                    "Choose the member of staff who takes the key.", field="holder"
                )
        elif holder_kind == HolderKind.DIRECTORY.value and staff_member_id:
            holder = active_member_name(work.conn, staff_member_id)
        draft = rules.validate_issue(
            holder_kind=holder_kind,
            holder_id=holder_id,
            holder_name=holder,
            company=company,
            id_document=id_document,
            id_last_four=id_last_four,
            purpose=purpose,
            expected_back=expected_back,
            restricted=key["restricted"],
            policy=read_policy(work.conn),
            now=work.by["at"],
            staff_member_id=staff_member_id,
        )
        write_issue(work.conn, work.journal, key=key, draft=draft, **work.by)
    return _reload(desk, actor, code)


def _role_of(desk: Desk, actor: Actor):
    with desk.db.read() as conn:
        return require(conn, actor)


def return_key(
    desk: Desk,
    actor: Actor,
    code: str,
    note: str = "",
) -> KeyView:
    """Take a key back (scan it and Enter): on its hook again."""
    with unit_of_work(desk, actor, Capability.KEEP_LOG) as work:
        key = key_row(work.conn, code)
        write_return(
            work.conn, work.journal, key=key, note=rules.clean_return_note(note), **work.by
        )
    return _reload(desk, actor, code)


def report_key(
    desk: Desk,
    actor: Actor,
    code: str,
    kind: str,
    reason: str,
) -> KeyView:
    """A key lost or damaged: off the board with the reason, an incident in the duty log."""
    try:
        what = Movement(kind)
    except ValueError:
        what = None
    if what not in (Movement.LOST, Movement.DAMAGED):
        raise ValidationError("Say whether the key is lost or damaged.", field="kind")
    text = rules.clean_reason(reason)
    with unit_of_work(desk, actor, Capability.KEEP_LOG) as work:
        key = key_row(work.conn, code)
        write_report(work.conn, work.journal, key=key, kind=what, reason=text, **work.by)
    return _reload(desk, actor, code)


def restore_key(desk: Desk, actor: Actor, code: str, reason: str) -> KeyView:
    """A lost key found or a damaged one repaired: back on its hook (a supervisor's call)."""
    text = rules.clean_reason(reason)
    with unit_of_work(desk, actor, Capability.REVIEW_LOG) as work:
        key = key_row(work.conn, code)
        write_restore(work.conn, work.journal, key=key, reason=text, **work.by)
    return _reload(desk, actor, code)


def record_count(desk: Desk, actor: Actor, present: Iterable[str]) -> CountView:
    """The board counted: what should hang there against what does. Kept (the handover shows
    the last one) and, when it does not match, written to the duty log."""
    present_codes = list(present)
    with unit_of_work(desk, actor, Capability.KEEP_LOG) as work:
        row = write_count(work.conn, work.journal, present_codes=present_codes, **work.by)
    return CountView(
        id=row["id"],
        at=row["at"],
        actor_name=actor.name,
        expected=row["expected"],
        present=row["present"],
        missing=json.loads(row["missing"]),
        unexpected=json.loads(row["unexpected"]),
        unknown=json.loads(row["unknown"]),
        matches=row["matches"],
    )


# --------------------------------------------------------------------------------------------
# The register (a manager's)
# --------------------------------------------------------------------------------------------


def _check_hook_free(conn: Connection, draft: rules.KeyDraft, key_id: str | None) -> None:
    taken = conn.execute(
        select(key_asset.c.code).where(
            key_asset.c.active.is_(True),
            key_asset.c.hook_row == draft.hook_row,
            key_asset.c.hook_col == draft.hook_col,
            key_asset.c.id != (key_id or ""),
        )
    ).scalar()
    if taken is not None:
        raise ValidationError(
            "Hook {hook} already holds key {code}.",
            field="hook_row",
            hook=rules.hook_name(draft.hook_row, draft.hook_col),
            code=taken,
        )


def add_key(
    desk: Desk,
    actor: Actor,
    *,
    code: str,
    label: str,
    key_type: str,
    hook_row: int,
    hook_col: int,
    restricted: bool = False,
) -> KeyView:
    draft = rules.validate_key(
        code=code,
        label=label,
        key_type=key_type,
        hook_row=hook_row,
        hook_col=hook_col,
        restricted=restricted,
    )
    with unit_of_work(desk, actor, Capability.CHANGE_SETTINGS) as work:
        conn, w = work.conn, work.journal
        if conn.execute(BY_CODE, {"code": draft.code}).first() is not None:
            raise ValidationError(
                "A key with the code {code} is already registered.", field="code", code=draft.code
            )
        _check_hook_free(conn, draft, None)
        now = desk.clock.now()
        insert_journaled(
            conn,
            w,
            key_asset,
            {
                "id": new_id(),
                "code": draft.code,
                "label": draft.label,
                "key_type": draft.key_type.value,
                "hook_row": draft.hook_row,
                "hook_col": draft.hook_col,
                "restricted": draft.restricted,
                "active": True,
                "state": KeyState.IN.value,
                **NO_LOAN,
                "created_at": now,
                "version": 1,
            },
            now,
        )
    return _reload(desk, actor, draft.code)


def update_key(
    desk: Desk,
    actor: Actor,
    code: str,
    *,
    label: str,
    key_type: str,
    hook_row: int,
    hook_col: int,
    restricted: bool,
    active: bool = True,
) -> KeyView:
    """Relabel, move to another hook, change type or restriction, or bring a retired key back
    (``active``; retiring is ``retire_key``, with its reason). The code stays: it is what is
    engraved and scanned."""
    with unit_of_work(desk, actor, Capability.CHANGE_SETTINGS) as work:
        conn, w = work.conn, work.journal
        key = key_row(conn, code)
        draft = rules.validate_key(
            code=key["code"],
            label=label,
            key_type=key_type,
            hook_row=hook_row,
            hook_col=hook_col,
            restricted=restricted,
        )
        if active:
            _check_hook_free(conn, draft, key["id"])
        elif key["active"]:
            # Final for the board: retire_key asks the reason and keeps it in the history.
            raise ValidationError("Say why the key is retired.", field="reason")
        changes = {
            "label": draft.label,
            "key_type": draft.key_type.value,
            "hook_row": draft.hook_row,
            "hook_col": draft.hook_col,
            "restricted": draft.restricted,
        }
        if active and not key["active"]:
            write_reinstate(conn, w, key=key, changes=changes, **work.by)
        elif any(key[k] != v for k, v in changes.items()):
            update_journaled(
                conn,
                w,
                key_asset,
                key,
                {**changes, "version": key["version"] + 1},
                desk.clock.now(),
            )
    return _reload(desk, actor, code)


def retire_key(desk: Desk, actor: Actor, code: str, reason: str) -> KeyView:
    """Take a key off the register for good (it keeps its history; its hook is free): a
    manager's, with the reason, which the key's history shows."""
    text = rules.retire_reason(reason)
    with unit_of_work(desk, actor, Capability.CHANGE_SETTINGS) as work:
        key = key_row(work.conn, code)
        write_retire(work.conn, work.journal, key=key, reason=text, **work.by)
    return _reload(desk, actor, code)


def set_policy(desk: Desk, actor: Actor, policy: KeyPolicy) -> KeyPolicy:
    clean = rules.validate_policy(policy)
    return change_setting(desk, actor, POLICY_KEY, clean.as_json(), read_policy)
