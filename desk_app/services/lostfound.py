"""Lost and found: registering found items, guests' reports, matches, returns and disposals.

Every movement is one transaction that changes the book, journals it and writes a duty-log entry
linking to the item, so the log stays the one chronological record of the desk. Item numbers
(LF-<year>-<seq>) are decided under the journal lock: two stations registering at the same
moment get consecutive numbers, and a failed registration leaves no gap.

The log sentences are templates from ``domain.lostfound.LOG_TEMPLATES``; the window passes them
translated (``phrases``), with the names of disposal methods and identity documents, so the log
reads in the desk's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select

from desk_app.domain import lostfound as rules
from desk_app.domain.chain import canonical
from desk_app.domain.errors import ValidationError
from desk_app.domain.lostfound import (
    FinderKind,
    ReportState,
    RetentionPolicy,
)
from desk_app.domain.roles import Capability
from desk_app.domain.signature import Signature, validate_signature
from desk_app.services.desk import Actor, Desk, require, writer
from desk_app.services.lostfound_views import (
    PAGE_SIZE,
    POLICY_KEY,
    DisposalView,
    ItemDetail,
    ItemFilter,
    ItemMatch,
    ItemPage,
    ItemView,
    PhotoView,
    ReportFilter,
    ReportMatch,
    ReportPage,
    ReportView,
    ReturnView,
    awaiting_approval_count,
    due_count,
    find_by_number,
    get_policy,
    item_detail,
    list_items,
    list_reports,
    load_detail,
    load_item,
    load_report,
    matches_for_item,
    matches_for_report,
    photo_data,
    read_policy,
    report_detail,
)
from desk_app.services.lostfound_writes import (
    Phrases,
    clean_note,
    item_row,
    number_of,
    report_row,
    write_close_report,
    write_decision,
    write_item,
    write_link,
    write_log,
    write_photo,
    write_proposal,
    write_report,
    write_return,
)
from desk_app.store.journal import insert_journaled, update_journaled
from desk_app.store.tables import (
    lf_photo,
    lf_report,
    person,
    setting,
)
from desk_app.store.types import new_id

# The book's one API: the views and the writers (the demo shares them) are reached from here.
__all__ = [
    "DisposalView",
    "ItemDetail",
    "ItemFilter",
    "ItemMatch",
    "ItemPage",
    "ItemView",
    "PAGE_SIZE",
    "POLICY_KEY",
    "PhotoView",
    "Phrases",
    "ReportFilter",
    "ReportMatch",
    "ReportPage",
    "ReportView",
    "ReturnView",
    "awaiting_approval_count",
    "clean_note",
    "due_count",
    "find_by_number",
    "get_policy",
    "item_detail",
    "item_row",
    "list_items",
    "list_reports",
    "load_detail",
    "load_item",
    "load_report",
    "matches_for_item",
    "matches_for_report",
    "number_of",
    "photo_data",
    "read_policy",
    "report_detail",
    "report_row",
    "write_close_report",
    "write_decision",
    "write_item",
    "write_link",
    "write_log",
    "write_photo",
    "write_proposal",
    "write_report",
    "write_return",
]


def register_item(
    desk: Desk,
    actor: Actor,
    *,
    found_at: datetime | None,
    found_place: str,
    finder_kind: str,
    finder_id: str | None = None,
    finder_name: str = "",
    description: str,
    category: str,
    valuables: bool = False,
    storage_place: str,
    photos: Sequence[bytes] = (),
    phrases: Phrases | None = None,
) -> ItemView:
    """A found item into the book, with its photos and a log entry, in one transaction."""
    now = desk.clock.now()
    mimes = [rules.validate_photo(p, i) for i, p in enumerate(photos)]
    with desk.db.write() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        w = writer(conn, desk, actor)
        policy = read_policy(conn)
        draft = rules.validate_item(
            found_at=found_at,
            found_place=found_place,
            finder_kind=finder_kind,
            finder_id=finder_id,
            finder_name=finder_name,
            description=description,
            category=category,
            valuables=valuables,
            storage_place=storage_place,
            policy=policy,
            now=now,
        )
        if draft.finder_kind is FinderKind.STAFF:
            finder = conn.execute(
                select(person.c.name, person.c.active).where(person.c.id == draft.finder_id)
            ).first()
            if finder is None:
                raise ValidationError("Choose the member of staff who found it.", field="finder")
            draft = rules.ItemDraft(**{**draft.__dict__, "finder_name": finder.name})
        row = write_item(
            conn,
            w,
            draft=draft,
            actor_id=actor.id,
            station=desk.station,
            at=now,
            year=now.astimezone().year,
            phrases=phrases,
        )
        for position, (data, mime) in enumerate(zip(photos, mimes, strict=True), 1):
            write_photo(
                conn,
                w,
                item_id=row["id"],
                data=data,
                mime=mime,
                actor_id=actor.id,
                at=now,
                position=position,
            )
        w.flush()
        return load_item(conn, row["id"], policy, now)


def add_photo(
    desk: Desk, actor: Actor, item_id: str, data: bytes, *, phrases: Phrases | None = None
) -> PhotoView:
    now = desk.clock.now()
    with desk.db.write() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        w = writer(conn, desk, actor)
        item = item_row(conn, item_id, None)
        count = conn.execute(
            select(func.count()).select_from(lf_photo).where(lf_photo.c.item_id == item_id)
        ).scalar_one()
        mime = rules.validate_photo(data, count)
        photo_id = write_photo(
            conn,
            w,
            item_id=item_id,
            data=data,
            mime=mime,
            actor_id=actor.id,
            at=now,
            position=count + 1,
        )
        write_log(
            conn,
            w,
            kind="photo",
            phrases=phrases,
            item_id=item_id,
            room=item["storage_place"],
            party="",
            actor_id=actor.id,
            station=desk.station,
            at=now,
            log_num=None,
            number=number_of(item),
        )
        w.flush()
    return PhotoView(photo_id, mime, now, actor.name)


def report_lost(
    desk: Desk,
    actor: Actor,
    *,
    guest_name: str,
    contact: str = "",
    room: str = "",
    lost_from: datetime | None,
    lost_until: datetime | None,
    lost_place: str = "",
    description: str,
    category: str,
    phrases: Phrases | None = None,
) -> ReportView:
    now = desk.clock.now()
    with desk.db.write() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        w = writer(conn, desk, actor)
        draft = rules.validate_report(
            guest_name=guest_name,
            contact=contact,
            room=room,
            lost_from=lost_from,
            lost_until=lost_until,
            lost_place=lost_place,
            description=description,
            category=category,
            policy=read_policy(conn),
            now=now,
        )
        row = write_report(
            conn, w, draft=draft, actor_id=actor.id, station=desk.station, at=now, phrases=phrases
        )
        w.flush()
        return load_report(conn, row["id"])


def link_match(
    desk: Desk,
    actor: Actor,
    report_id: str,
    item_id: str,
    *,
    expected_version: int | None = None,
    phrases: Phrases | None = None,
) -> ReportView:
    """The clerk judges that a found item is what the guest lost: the guest is to be told."""
    now = desk.clock.now()
    with desk.db.write() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        w = writer(conn, desk, actor)
        report = report_row(conn, report_id, expected_version)
        item = item_row(conn, item_id, None)
        write_link(
            conn,
            w,
            report=report,
            item=item,
            actor_id=actor.id,
            station=desk.station,
            at=now,
            phrases=phrases,
        )
        w.flush()
        return load_report(conn, report_id)


def unlink_match(
    desk: Desk,
    actor: Actor,
    report_id: str,
    *,
    expected_version: int | None = None,
    phrases: Phrases | None = None,
) -> ReportView:
    """The guest saw the item and it is not theirs: the report is open again."""
    now = desk.clock.now()
    with desk.db.write() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        w = writer(conn, desk, actor)
        report = report_row(conn, report_id, expected_version)
        if report["state"] != ReportState.LINKED.value or not report["item_id"]:
            raise ValidationError("This report is not linked to a found item.", field="report")
        item = item_row(conn, report["item_id"], None)
        update_journaled(
            conn,
            w,
            lf_report,
            report,
            {"state": ReportState.OPEN.value, "item_id": None, "version": report["version"] + 1},
            now,
        )
        write_log(
            conn,
            w,
            kind="unlink",
            phrases=phrases,
            item_id=item["id"],
            room=report["room"] or report["lost_place"],
            party=report["guest_name"],
            actor_id=actor.id,
            station=desk.station,
            at=now,
            log_num=None,
            number=number_of(item),
            guest=report["guest_name"],
        )
        w.flush()
        return load_report(conn, report_id)


def close_report(
    desk: Desk,
    actor: Actor,
    report_id: str,
    note: str,
    *,
    expected_version: int | None = None,
    phrases: Phrases | None = None,
) -> ReportView:
    """The guest no longer looks for it (found it themselves, gave up): say why."""
    now = desk.clock.now()
    text = clean_note(note, required=True)
    with desk.db.write() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        w = writer(conn, desk, actor)
        report = report_row(conn, report_id, expected_version)
        write_close_report(
            conn,
            w,
            report=report,
            note=text,
            actor_id=actor.id,
            station=desk.station,
            at=now,
            phrases=phrases,
        )
        w.flush()
        return load_report(conn, report_id)


def return_item(
    desk: Desk,
    actor: Actor,
    item_id: str,
    *,
    claimant_name: str,
    claimant_contact: str = "",
    id_document: str | None,
    id_last_four: str | None,
    identity_checked: bool,
    signature: Signature | None,
    report_id: str | None = None,
    expected_version: int | None = None,
    phrases: Phrases | None = None,
) -> ItemDetail:
    """Hand the item to its owner against an identity check and a signature drawn on screen."""
    now = desk.clock.now()
    draft = rules.validate_return(
        claimant_name=claimant_name,
        claimant_contact=claimant_contact,
        id_document=id_document,
        id_last_four=id_last_four,
        identity_checked=identity_checked,
    )
    sig = validate_signature(signature)
    with desk.db.write() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        w = writer(conn, desk, actor)
        item = item_row(conn, item_id, expected_version)
        if report_id is not None:
            report_row(conn, report_id, None)
        write_return(
            conn,
            w,
            item=item,
            draft=draft,
            signature=sig,
            actor_id=actor.id,
            station=desk.station,
            at=now,
            report_id=report_id,
            phrases=phrases,
        )
        w.flush()
        return load_detail(conn, item_id, now)


def propose_disposal(
    desk: Desk,
    actor: Actor,
    item_id: str,
    method: str,
    note: str = "",
    *,
    expected_version: int | None = None,
    phrases: Phrases | None = None,
) -> ItemDetail:
    """A clerk proposes what to do with an item whose retention has run out."""
    now = desk.clock.now()
    how = rules.validate_disposal_method(method)
    text = clean_note(note)
    with desk.db.write() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        w = writer(conn, desk, actor)
        item = item_row(conn, item_id, expected_version)
        policy = read_policy(conn)
        due = policy.is_due(item["found_at"], item["category"], item["valuables"], now)
        write_proposal(
            conn,
            w,
            item=item,
            method=how,
            note=text,
            due=due,
            actor_id=actor.id,
            station=desk.station,
            at=now,
            phrases=phrases,
        )
        w.flush()
        return load_detail(conn, item_id, now)


def decide_disposal(
    desk: Desk,
    actor: Actor,
    item_id: str,
    *,
    approve: bool,
    note: str = "",
    expected_version: int | None = None,
    phrases: Phrases | None = None,
) -> ItemDetail:
    """A supervisor (never the proposer) approves, and only then is the item disposed of, or
    rejects, and it stays on the shelf."""
    now = desk.clock.now()
    text = clean_note(note, required=not approve)
    with desk.db.write() as conn:
        require(conn, actor, Capability.APPROVE_DISPOSAL)
        w = writer(conn, desk, actor)
        item = item_row(conn, item_id, expected_version)
        write_decision(
            conn,
            w,
            item=item,
            approve=approve,
            note=text,
            actor_id=actor.id,
            station=desk.station,
            at=now,
            phrases=phrases,
        )
        w.flush()
        return load_detail(conn, item_id, now)


def set_policy(desk: Desk, actor: Actor, policy: RetentionPolicy) -> RetentionPolicy:
    """A manager's category list and retention periods."""
    clean = rules.validate_policy(policy)
    now = desk.clock.now()
    with desk.db.write() as conn:
        require(conn, actor, Capability.CHANGE_SETTINGS)
        w = writer(conn, desk, actor)
        encoded = canonical(clean.as_json())
        current = conn.execute(select(setting).where(setting.c.key == POLICY_KEY)).first()
        if current is None:
            insert_journaled(conn, w, setting, {"key": POLICY_KEY, "value": encoded}, now)
        elif current.value != encoded:
            update_journaled(conn, w, setting, dict(current._mapping), {"value": encoded}, now)
        w.flush()
        return read_policy(conn)


def new_category_code() -> str:
    return rules.CUSTOM_PREFIX + new_id()[:8]
