"""Handover sheets as read: the manager's policy, the draft the clerks fill in, a sheet's
place in the history, and the stamp the history dock polls.

The use cases that write (start, save, sign, seal) are in
:mod:`desk_app.services.handover.commands`; the sheet compiled from the books and read back once
sealed, in :mod:`desk_app.services.handover.sheet`.

"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import field
from datetime import datetime, time

from sqlalchemy import Connection, func, select

from desk_app.domain.chain import canonical
from desk_app.domain.errors import NotFound
from desk_app.domain.handover import rules
from desk_app.domain.handover.rules import HandoverState
from desk_app.domain.local_name import LocalName
from desk_app.domain.roles import Capability
from desk_app.domain.value import Value
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.settings import read_setting
from desk_app.store.tables import handover, handover_signature, person

POLICY_KEY = "handover_policy"
DEFAULT_COUNT_ITEMS = ("Cash float", "Blank room key cards", "Guest umbrellas")
DEFAULT_CHECKLIST = (
    "Desk tidy and clean",
    "Printer paper and forms stocked",
    "Phones and radios charged",
    "Safe closed and locked",
)
# The defaults' names in the desk's languages (a manager may change them in the settings).
DEFAULT_ITEM_NAMES: dict[str, LocalName] = {
    n.given: n
    for n in (
        LocalName("Cash float", zh_CN="备用金", ru="Разменная касса"),
        LocalName("Blank room key cards", zh_CN="空白房卡", ru="Чистые карты-ключи"),
        LocalName("Guest umbrellas", zh_CN="客用雨伞", ru="Зонты для гостей"),
        LocalName("Desk tidy and clean", zh_CN="前台整洁干净", ru="Стойка убрана и чиста"),
        LocalName(
            "Printer paper and forms stocked",
            zh_CN="打印纸和表格充足",
            ru="Бумага и бланки в наличии",
        ),
        LocalName(
            "Phones and radios charged", zh_CN="电话和对讲机已充电", ru="Телефоны и рации заряжены"
        ),
        LocalName("Safe closed and locked", zh_CN="保险柜已关闭并上锁", ru="Сейф закрыт и заперт"),
    )
}


class HandoverPolicy(Value):
    """A manager's settings: the property's name on the sheet, the shift pattern, what is counted
    and what the desk checklist asks."""

    property_name: str = ""
    shift_starts: tuple[time, ...] = rules.DEFAULT_SHIFT_STARTS
    count_items: tuple[str, ...] = DEFAULT_COUNT_ITEMS
    checklist: tuple[str, ...] = DEFAULT_CHECKLIST
    # Names per language of the items above, under the name given (the item's key in drafts
    # and sheets). An item without an entry: the defaults' names, else the name given alone.
    item_names: Mapping[str, LocalName] = field(default_factory=dict)

    def local_name(self, item: str) -> LocalName:
        """``item``'s names per language (the name given alone when it has none)."""
        return self.item_names.get(item) or DEFAULT_ITEM_NAMES.get(item) or LocalName(item)

    def local_names(self, items: tuple[str, ...]) -> tuple[LocalName, ...]:
        """The names per language of those of ``items`` that have any (for a sheet's section)."""
        return tuple(n for n in map(self.local_name, items) if n.by_language())

    def as_json(self) -> dict:
        data = {
            "property": self.property_name,
            "shift_starts": [t.strftime("%H:%M") for t in self.shift_starts],
            "count_items": list(self.count_items),
            "checklist": list(self.checklist),
        }
        names = {k: v.by_language() for k, v in self.item_names.items() if v.by_language()}
        if names:  # settings without names per language are stored as before
            data["item_names"] = names
        return data


def policy_from_json(data: dict | None) -> HandoverPolicy:
    if not data:
        return HandoverPolicy()
    return HandoverPolicy(
        property_name=str(data.get("property", "")),
        shift_starts=tuple(time.fromisoformat(t) for t in data.get("shift_starts", []))
        or rules.DEFAULT_SHIFT_STARTS,
        count_items=tuple(data.get("count_items", DEFAULT_COUNT_ITEMS)),
        checklist=tuple(data.get("checklist", DEFAULT_CHECKLIST)),
        item_names={
            str(k): LocalName.with_names(str(k), v)
            for k, v in (data.get("item_names") or {}).items()
        },
    )


class Discrepancy(Value):
    what: str
    expected: str
    found: str
    note: str = ""


class Draft(Value):
    """What the clerks enter while reviewing."""

    counts: dict[str, int | None] = field(default_factory=dict)
    checklist: dict[str, bool] = field(default_factory=dict)
    discrepancies: tuple[Discrepancy, ...] = ()
    remarks: str = ""
    # Items said not counted, with the reason (an item with a count is counted).
    not_counted: dict[str, str] = field(default_factory=dict)
    # The incoming clerk(s) the roster names for the change, (id, name), as the sheet was
    # started (kept by the service, not by the window), and why someone else takes over.
    rostered: tuple[tuple[str, str], ...] = ()
    takeover_reason: str = ""

    def as_json(self) -> str:
        data = {
            "counts": self.counts,
            "checklist": self.checklist,
            "discrepancies": [d.__dict__ for d in self.discrepancies],
            "remarks": self.remarks,
        }
        # Drafts saved before these existed read the same.
        if self.not_counted:
            data["not_counted"] = self.not_counted
        if self.rostered:
            data["rostered"] = [list(p) for p in self.rostered]
        if self.takeover_reason:
            data["takeover_reason"] = self.takeover_reason
        return canonical(data)

    @property
    def rostered_ids(self) -> tuple[str, ...]:
        return tuple(p[0] for p in self.rostered)


def draft_from(text: str) -> Draft:
    data = json.loads(text or "{}")
    return Draft(
        counts=dict(data.get("counts", {})),
        checklist={k: bool(v) for k, v in data.get("checklist", {}).items()},
        discrepancies=tuple(Discrepancy(**d) for d in data.get("discrepancies", [])),
        remarks=data.get("remarks", ""),
        not_counted={str(k): str(v) for k, v in data.get("not_counted", {}).items()},
        rostered=tuple((str(i), str(n)) for i, n in data.get("rostered", [])),
        takeover_reason=str(data.get("takeover_reason", "")),
    )


class HandoverView(Value):
    id: str
    num: int
    station: str
    shift_start: datetime
    shift_end: datetime
    outgoing_id: str
    outgoing_name: str
    incoming_id: str | None
    incoming_name: str | None
    state: HandoverState
    draft: Draft
    seal: str | None
    sealed_at: datetime | None
    version: int


_outgoing = person.alias("outgoing")
_incoming = person.alias("incoming")


def read_policy(conn: Connection) -> HandoverPolicy:
    return policy_from_json(read_setting(conn, POLICY_KEY))


def get_policy(desk: Desk) -> HandoverPolicy:
    with desk.db.read() as conn:
        return read_policy(conn)


# Every column but the sealed content (38 KB a sheet at three years, read only by the sheet's own
# printout and its check): a page of the history must not read megabytes it does not show.
_LISTED = [c for c in handover.columns if c.name != "content"]


def _select():
    return (
        select(
            *_LISTED,
            _outgoing.c.name.label("outgoing_name"),
            _incoming.c.name.label("incoming_name"),
        )
        .join(_outgoing, _outgoing.c.id == handover.c.outgoing_id)
        .outerjoin(_incoming, _incoming.c.id == handover.c.incoming_id)
    )


def _view(row) -> HandoverView:
    return HandoverView(
        id=row.id,
        num=row.num,
        station=row.station,
        shift_start=row.shift_start,
        shift_end=row.shift_end,
        outgoing_id=row.outgoing_id,
        outgoing_name=row.outgoing_name,
        incoming_id=row.incoming_id,
        incoming_name=row.incoming_name,
        state=HandoverState(row.state),
        draft=draft_from(row.draft),
        seal=row.seal,
        sealed_at=row.sealed_at,
        version=row.version,
    )


def load_handover(conn: Connection, handover_id: str) -> HandoverView:
    row = conn.execute(_select().where(handover.c.id == handover_id)).first()
    if row is None:
        raise NotFound("No such handover sheet.")
    return _view(row)


def get_handover(desk: Desk, actor: Actor, handover_id: str) -> HandoverView:
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        return load_handover(conn, handover_id)


def handover_id_of(desk: Desk, actor: Actor, num: int) -> str:
    """The sheet numbered ``num``: the duty report lists sealed sheets by number."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        handover_id = conn.execute(select(handover.c.id).where(handover.c.num == num)).scalar()
    if handover_id is None:
        raise NotFound("There is no handover sheet no. {num}.", num=num)
    return handover_id


def open_draft(desk: Desk, actor: Actor) -> HandoverView | None:
    """This station's handover that is not yet sealed, if any: it resumes after a crash."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        row = conn.execute(
            _select()
            .where(
                handover.c.station == desk.station,
                handover.c.state != HandoverState.SEALED.value,
            )
            .order_by(handover.c.shift_start.desc())
            .limit(1)
        ).first()
        return _view(row) if row else None


def waiting_sheet(desk: Desk, actor: Actor) -> HandoverView | None:
    """This station's sheet the outgoing clerk has signed and the incoming one has not yet
    accepted: closing the window asks about it, and the window says it waits."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        row = conn.execute(
            _select()
            .where(
                handover.c.station == desk.station,
                handover.c.state == HandoverState.HANDED_OVER.value,
            )
            .order_by(handover.c.shift_start.desc())
            .limit(1)
        ).first()
        return _view(row) if row else None


def list_handovers(
    desk: Desk, actor: Actor, before: int | None = None, limit: int = 100
) -> list[HandoverView]:
    """Handover sheets, newest first: a keyset page of ``limit`` sheets numbered below
    ``before`` (None: from the newest)."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        stmt = _select().order_by(handover.c.num.desc()).limit(max(1, min(limit, 500)))
        if before is not None:
            stmt = stmt.where(handover.c.num < before)
        return [_view(r) for r in conn.execute(stmt)]


def history_stamp(desk: Desk, actor: Actor) -> tuple[int, int, int]:
    """What changes when any station starts, signs or seals a sheet: (newest number, signatures,
    sealed sheets). The history dock compares it on the clock's tick instead of reloading."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        # Each from an index: counting sealed_at over the table would read every sheet's content
        # on the way (it comes before sealed_at in the row), 35 ms at three years, every tick.
        newest = conn.execute(select(func.coalesce(func.max(handover.c.num), 0))).scalar_one()
        sealed = conn.execute(
            select(func.count()).select_from(handover).where(handover.c.sealed_at.is_not(None))
        ).scalar_one()
        signatures = conn.execute(select(func.count()).select_from(handover_signature)).scalar_one()
    return int(newest), int(signatures), int(sealed)
