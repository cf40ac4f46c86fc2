"""Lost and found: registering found items, guests' reports, matches, returns and disposals.

Every movement is one transaction that changes the book, journals it and writes a duty-log entry
linking to the item, so the log stays the one chronological record of the desk. Item numbers
(LF-<year>-<seq>) are decided under the journal lock: two stations registering at the same
moment get consecutive numbers, and a failed registration leaves no gap.

The log sentences are messages of ``domain.book_lines`` ("lostfound.<kind>") with their values (a
disposal method or an identity document as its code), read in each reader's language.

"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy import func, select

from desk_app.domain.errors import ValidationError
from desk_app.domain.lostfound import categories, rules
from desk_app.domain.lostfound.categories import RetentionPolicy
from desk_app.domain.lostfound.rules import FinderKind
from desk_app.domain.roles import Capability
from desk_app.domain.signature import Signature, validate_signature
from desk_app.services.desk import Actor, Desk
from desk_app.services.lostfound.detail import ItemDetail, PhotoView, item_detail, report_detail
from desk_app.services.lostfound.release import write_decision, write_proposal, write_return
from desk_app.services.lostfound.views import POLICY_KEY, ItemView, ReportView, read_policy
from desk_app.services.lostfound.writes import (
    clean_note,
    item_row,
    report_row,
    write_close_report,
    write_item,
    write_item_log,
    write_link,
    write_photo,
    write_report,
    write_unlink,
)
from desk_app.services.settings import change_setting
from desk_app.services.unit_of_work import unit_of_work
from desk_app.store.tables import (
    lf_photo,
    person,
)
from desk_app.store.types import new_id


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
) -> ItemView:
    """A found item into the book, with its photos and a log entry, in one transaction."""
    mimes = [rules.validate_photo(p, i) for i, p in enumerate(photos)]
    with unit_of_work(desk, actor, Capability.KEEP_LOG) as work:
        now = work.by["at"]
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
            policy=read_policy(work.conn),
            now=now,
        )
        if draft.finder_kind is FinderKind.STAFF:
            finder = work.conn.execute(
                select(person.c.name).where(person.c.id == draft.finder_id)
            ).scalar()
            if finder is None:
                raise ValidationError("Choose the member of staff who found it.", field="finder")
            draft = replace(draft, finder_name=finder)
        row = write_item(
            work.conn, work.journal, draft=draft, year=now.astimezone().year, **work.by
        )
        for position, (data, mime) in enumerate(zip(photos, mimes, strict=True), 1):
            write_photo(
                work.conn,
                work.journal,
                item_id=row["id"],
                data=data,
                mime=mime,
                actor_id=actor.id,
                at=now,
                position=position,
            )
    return item_detail(desk, actor, row["id"]).item


def add_photo(desk: Desk, actor: Actor, item_id: str, data: bytes) -> PhotoView:
    with unit_of_work(desk, actor, Capability.KEEP_LOG) as work:
        item = item_row(work.conn, item_id, None)
        count = work.conn.execute(
            select(func.count()).select_from(lf_photo).where(lf_photo.c.item_id == item_id)
        ).scalar_one()
        mime = rules.validate_photo(data, count)
        photo_id = write_photo(
            work.conn,
            work.journal,
            item_id=item_id,
            data=data,
            mime=mime,
            actor_id=actor.id,
            at=work.by["at"],
            position=count + 1,
        )
        write_item_log(
            work.conn, work.journal, item=item, kind="photo", party="", log_num=None, **work.by
        )
    return PhotoView(photo_id, mime, work.by["at"], actor.name)


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
) -> ReportView:
    with unit_of_work(desk, actor, Capability.KEEP_LOG) as work:
        draft = rules.validate_report(
            guest_name=guest_name,
            contact=contact,
            room=room,
            lost_from=lost_from,
            lost_until=lost_until,
            lost_place=lost_place,
            description=description,
            category=category,
            policy=read_policy(work.conn),
            now=work.by["at"],
        )
        row = write_report(work.conn, work.journal, draft=draft, **work.by)
    return report_detail(desk, actor, row["id"])


def link_match(
    desk: Desk,
    actor: Actor,
    report_id: str,
    item_id: str,
    *,
    expected_version: int | None = None,
) -> ReportView:
    """The clerk judges that a found item is what the guest lost: the guest is to be told."""
    with unit_of_work(desk, actor, Capability.KEEP_LOG) as work:
        report = report_row(work.conn, report_id, expected_version)
        item = item_row(work.conn, item_id, None)
        write_link(work.conn, work.journal, report=report, item=item, **work.by)
    return report_detail(desk, actor, report_id)


def unlink_match(
    desk: Desk,
    actor: Actor,
    report_id: str,
    *,
    expected_version: int | None = None,
) -> ReportView:
    """The guest saw the item and it is not theirs: the report is open again."""
    with unit_of_work(desk, actor, Capability.KEEP_LOG) as work:
        write_unlink(
            work.conn,
            work.journal,
            report=report_row(work.conn, report_id, expected_version),
            **work.by,
        )
    return report_detail(desk, actor, report_id)


def close_report(
    desk: Desk,
    actor: Actor,
    report_id: str,
    note: str,
    *,
    expected_version: int | None = None,
) -> ReportView:
    """The guest no longer looks for it (found it themselves, gave up): say why."""
    text = clean_note(note, required=True)
    with unit_of_work(desk, actor, Capability.KEEP_LOG) as work:
        report = report_row(work.conn, report_id, expected_version)
        write_close_report(work.conn, work.journal, report=report, note=text, **work.by)
    return report_detail(desk, actor, report_id)


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
) -> ItemDetail:
    """Hand the item to its owner against an identity check and a signature drawn on screen."""
    draft = rules.validate_return(
        claimant_name=claimant_name,
        claimant_contact=claimant_contact,
        id_document=id_document,
        id_last_four=id_last_four,
        identity_checked=identity_checked,
    )
    sig = validate_signature(signature)
    with unit_of_work(desk, actor, Capability.KEEP_LOG) as work:
        item = item_row(work.conn, item_id, expected_version)
        if report_id is not None:
            report_row(work.conn, report_id, None)
        write_return(
            work.conn,
            work.journal,
            item=item,
            draft=draft,
            signature=sig,
            report_id=report_id,
            **work.by,
        )
    return item_detail(desk, actor, item_id)


def propose_disposal(
    desk: Desk,
    actor: Actor,
    item_id: str,
    method: str,
    note: str = "",
    *,
    expected_version: int | None = None,
) -> ItemDetail:
    """A clerk proposes what to do with an item whose retention has run out."""
    how = rules.validate_disposal_method(method)
    text = clean_note(note)
    with unit_of_work(desk, actor, Capability.KEEP_LOG) as work:
        item = item_row(work.conn, item_id, expected_version)
        due = read_policy(work.conn).is_due(
            item["found_at"], item["category"], item["valuables"], work.by["at"]
        )
        write_proposal(
            work.conn, work.journal, item=item, method=how, note=text, due=due, **work.by
        )
    return item_detail(desk, actor, item_id)


def decide_disposal(
    desk: Desk,
    actor: Actor,
    item_id: str,
    *,
    approve: bool,
    note: str = "",
    expected_version: int | None = None,
) -> ItemDetail:
    """A supervisor (never the proposer) approves, and only then is the item disposed of, or
    rejects, and it stays on the shelf."""
    text = clean_note(note, required=not approve)
    with unit_of_work(desk, actor, Capability.APPROVE_DISPOSAL) as work:
        item = item_row(work.conn, item_id, expected_version)
        write_decision(work.conn, work.journal, item=item, approve=approve, note=text, **work.by)
    return item_detail(desk, actor, item_id)


def set_policy(desk: Desk, actor: Actor, policy: RetentionPolicy) -> RetentionPolicy:
    """A manager's category list and retention periods."""
    clean = categories.validate_policy(policy)
    return change_setting(desk, actor, POLICY_KEY, clean.as_json(), read_policy)


def new_category_code() -> str:
    return categories.CUSTOM_PREFIX + new_id()[:8]
