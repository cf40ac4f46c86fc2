"""Leave and swaps, only with approval (seed 004: 有事不能值班须向客服主管请假, 经批准后由客服主管
安排其他人员顶班, 未批准前不允许私自调班).

A clerk asks for leave (days and why) or for a swap (my shift for a colleague's, the colleague
confirming with their PIN, the swap checked against the month at once); a supervisor approves,
naming who covers each shift a leave takes away, or rejects with a reason; the asker may withdraw
while it waits. Approval is the one way an approved month's cells change: the cells and a step of
the month's history (who asked, who approved, when, why, which cells) in one unit of work.

A leave is approved only when every month it touches has a roster (a draft or an approved one):
a month not yet saved is refused with its name, so the supervisor saves that draft first. A month
with the manager (submitted) is refused too, until approved or sent back.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import Connection, select

from desk_app.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from desk_app.domain.roles import Capability, can
from desk_app.domain.roster.changes import Swap, apply_leave, apply_swap
from desk_app.domain.roster.month import RosterState
from desk_app.domain.text import lines
from desk_app.services import accounts
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.roster.policy import read_policy
from desk_app.services.roster.request_views import (
    RequestKind,
    RequestState,
    RequestView,
    leave_rosters,
    month_text,
    request_row,
    views_of,
)
from desk_app.services.roster.views import active_people, month_row, roster_of
from desk_app.services.roster.writes import change_for_request, decide_request, insert_request
from desk_app.services.unit_of_work import unit_of_work
from desk_app.store.journal import JournalWriter, update_journaled
from desk_app.store.roster_tables import roster_request

# A leave request covers at most this many days (so at most two months): a longer absence is
# asked for in parts.
MAX_LEAVE_DAYS = 31


def _today(desk: Desk) -> date:
    return desk.clock.now().astimezone().date()


def _reason(reason: str) -> str:
    clean = lines(reason, "reason")
    if not clean:
        raise ValidationError("Say why you ask.", field="reason")
    return clean


def _insert_request(conn: Connection, w: JournalWriter, at: datetime, **values) -> str:
    return insert_request(conn, w, at, **values)["id"]


def _one(conn: Connection, request_id: str) -> RequestView:
    row = conn.execute(select(roster_request).where(roster_request.c.id == request_id)).one()
    return views_of(conn, [row])[0]


def ask_leave(
    desk: Desk,
    actor: Actor,
    *,
    first: date,
    last: date,
    reason: str,
    person_id: str | None = None,
) -> RequestView:
    """A clerk asks for leave from ``first`` to ``last``; a supervisor may enter it for someone
    else (``person_id``), e.g. to give away the shifts of someone who leaves the desk."""
    reason = _reason(reason)
    if last < first:
        raise ValidationError("The last day of leave comes before the first.", field="last")
    if (last - first).days + 1 > MAX_LEAVE_DAYS:
        raise ValidationError(
            "Ask for at most {days} days at a time.", field="last", days=MAX_LEAVE_DAYS
        )
    if first < _today(desk):
        raise ValidationError("Leave cannot start on a day already past.", field="first")
    with unit_of_work(desk, actor, Capability.KEEP_LOG) as work:
        conn, w, at = work.conn, work.journal, work.by["at"]
        asker = person_id or actor.id
        if asker != actor.id and not can(work.role, Capability.DRAFT_ROSTER):
            raise PermissionDenied("Only a supervisor asks for leave for someone else.")
        if asker not in {p.id for p in active_people(conn)}:
            raise ValidationError(
                "Only active clerks and supervisors can ask for leave.", field="person"
            )
        overlap = conn.execute(
            select(roster_request.c.num).where(
                roster_request.c.asker_id == asker,
                roster_request.c.kind == RequestKind.LEAVE.value,
                roster_request.c.state.in_((RequestState.ASKED.value, RequestState.APPROVED.value)),
                roster_request.c.first_day <= last.isoformat(),
                roster_request.c.last_day >= first.isoformat(),
            )
        ).first()
        if overlap is not None:
            raise ValidationError(
                "Leave on some of these days is already asked for (request {num}).",
                field="first",
                num=overlap.num,
            )
        request_id = _insert_request(
            conn,
            w,
            at,
            station=desk.station,
            kind=RequestKind.LEAVE.value,
            asker_id=asker,
            reason=reason,
            first_day=first.isoformat(),
            last_day=last.isoformat(),
        )
        return _one(conn, request_id)


def _check_swap(conn: Connection, station: str, swap: Swap):
    """The swap tried on its month as stored now; the month's row."""
    if (swap.asker_day.year, swap.asker_day.month) != (
        swap.colleague_day.year,
        swap.colleague_day.month,
    ):
        raise ValidationError(
            "A swap stays within one month: ask for one in each month.", field="colleague_day"
        )
    row = month_row(conn, station, swap.asker_day.year, swap.asker_day.month)
    if row is None:
        raise ValidationError(
            "There is no roster for {month} yet.",
            field="asker_day",
            month=month_text(swap.asker_day.year, swap.asker_day.month),
        )
    policy = read_policy(conn)
    roster = roster_of(conn, row, policy)
    for who, field in ((swap.asker, "asker_day"), (swap.colleague, "colleague")):
        if who not in roster.people:
            raise ValidationError(
                "Only people on {month}'s roster can swap.",
                field=field,
                month=month_text(row.year, row.month),
            )
    return row, apply_swap(roster, swap, policy.rules)


def ask_swap(
    desk: Desk,
    actor: Actor,
    *,
    asker_day: date | None,
    colleague_id: str,
    colleague_day: date,
    colleague_pin: str,
    reason: str,
) -> RequestView:
    """My shift on ``asker_day`` for the colleague's on ``colleague_day`` (the same day: they take
    my shift on a day they are off). Checked against the month first (both shifts there, neither
    on leave, no rule broken), then confirmed by the colleague's PIN (a wrong one counts towards
    their lock-out), then kept for a supervisor to decide."""
    if asker_day is None:
        raise ValidationError("Choose the shift you want to swap.", field="asker_day")
    reason = _reason(reason)
    if not colleague_id:
        raise ValidationError("Choose a colleague to swap with.", field="colleague")
    if min(asker_day, colleague_day) < _today(desk):
        raise ValidationError("A shift already past cannot be swapped.", field="asker_day")
    swap = Swap(actor.id, asker_day, colleague_id, colleague_day)
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        _check_swap(conn, desk.station, swap)
    try:
        accounts.confirm_person(desk, person_id=colleague_id, pin=colleague_pin)
    except (AuthenticationFailed, AccountLocked) as exc:
        exc.field = "colleague_pin"
        raise
    with unit_of_work(desk, actor, Capability.KEEP_LOG) as work:
        conn, w, at = work.conn, work.journal, work.by["at"]
        _check_swap(conn, desk.station, swap)  # the month as it is now, under the lock
        request_id = _insert_request(
            conn,
            w,
            at,
            station=desk.station,
            kind=RequestKind.SWAP.value,
            asker_id=actor.id,
            reason=reason,
            first_day=asker_day.isoformat(),
            last_day=colleague_day.isoformat(),
            colleague_id=colleague_id,
            confirmed_at=at,
        )
        return _one(conn, request_id)


def _pending(conn: Connection, station: str, request_id: str, version: int | None):
    row = request_row(conn, station, request_id)
    if version is not None and row.version != version:
        raise ConflictError(
            "Someone else changed this request meanwhile. Look at it again before deciding."
        )
    if row.state != RequestState.ASKED.value:
        raise ValidationError("This request is already decided or withdrawn.")
    return row


def _check_month_open(stored) -> None:
    if RosterState(stored.state) is RosterState.SUBMITTED:
        raise ValidationError(
            "The roster for {month} is with the manager: decide once it is approved or sent back.",
            month=month_text(stored.year, stored.month),
        )


def _change_month(conn, w, at, actor: Actor, row, stored, after, action: str) -> None:
    change_for_request(conn, w, stored, after, request=row, action=action, by=actor.id, at=at)


def _decide(conn, w, at, actor: Actor, row, state: RequestState, **more) -> None:
    decide_request(conn, w, row, by=actor.id, at=at, state=state, **more)


def approve_request(
    desk: Desk,
    actor: Actor,
    request_id: str,
    *,
    covers: dict[date, str] | None = None,
    version: int,
) -> RequestView:
    """A supervisor approves: the roster changes (on a draft or an approved month). For a leave,
    ``covers`` names who covers each shift it takes away (顶班); a shift nobody else works needs
    one. Someone's own request is decided by another supervisor or the manager."""
    covers = {d: p for d, p in (covers or {}).items() if p}
    with unit_of_work(desk, actor, Capability.DRAFT_ROSTER) as work:
        conn, w, at = work.conn, work.journal, work.by["at"]
        row = _pending(conn, desk.station, request_id, version)
        if actor.id in (row.asker_id, row.colleague_id):
            raise PermissionDenied("Another supervisor or the manager decides your own request.")
        if row.kind == RequestKind.SWAP.value:
            swap = Swap(
                row.asker_id,
                date.fromisoformat(row.first_day),
                row.colleague_id,
                date.fromisoformat(row.last_day),
            )
            stored, after = _check_swap(conn, desk.station, swap)
            _check_month_open(stored)
            _change_month(conn, w, at, actor, row, stored, after, "swap")
            _decide(conn, w, at, actor, row, RequestState.APPROVED)
        else:
            months = leave_rosters(conn, desk.station, row)
            rules = read_policy(conn).rules
            used: dict[str, str] = {}
            for stored, _roster, _days in months:
                _check_month_open(stored)
            for stored, roster, days in months:
                mine = {d: p for d, p in covers.items() if d in days}
                after = apply_leave(roster, row.asker_id, days, mine, rules)
                used |= {
                    d.isoformat(): p
                    for d, p in mine.items()
                    if roster.pattern.shift(roster.cell(row.asker_id, d)) is not None
                }
                _change_month(conn, w, at, actor, row, stored, after, "leave")
            _decide(
                conn,
                w,
                at,
                actor,
                row,
                RequestState.APPROVED,
                covers=json.dumps(used, sort_keys=True) if used else None,
            )
        return _one(conn, request_id)


def reject_request(
    desk: Desk, actor: Actor, request_id: str, *, reason: str, version: int
) -> RequestView:
    """A supervisor turns a request down, saying why; the roster stays as it is."""
    reason = lines(reason, "reason")
    if not reason:
        raise ValidationError("Say why the request is turned down.", field="reason")
    with unit_of_work(desk, actor, Capability.DRAFT_ROSTER) as work:
        conn, w, at = work.conn, work.journal, work.by["at"]
        row = _pending(conn, desk.station, request_id, version)
        if actor.id in (row.asker_id, row.colleague_id):
            raise PermissionDenied("Another supervisor or the manager decides your own request.")
        _decide(conn, w, at, actor, row, RequestState.REJECTED, decision_reason=reason)
        return _one(conn, request_id)


def withdraw_request(desk: Desk, actor: Actor, request_id: str) -> RequestView:
    """The asker takes their request back while nobody has decided it."""
    with unit_of_work(desk, actor, Capability.KEEP_LOG) as work:
        conn, w, at = work.conn, work.journal, work.by["at"]
        row = _pending(conn, desk.station, request_id, None)
        if row.asker_id != actor.id:
            raise PermissionDenied("Only the one who asked may withdraw a request.")
        update_journaled(
            conn,
            w,
            roster_request,
            dict(row._mapping),
            {"state": RequestState.WITHDRAWN.value, "version": row.version + 1},
            at,
        )
        return _one(conn, request_id)
