"""The shift handover: a draft compiled from every book, two signatures, then a seal.

The outgoing clerk starts a handover for the shift in progress; a draft is kept in the database,
so a crash between the two signatures leaves a draft that resumes. The incoming clerk reviews,
counts and accepts; that second signature seals the sheet in the same transaction: the sheet's
content is stored as canonical JSON with SHA-256 over it and the journal head, and never changes
again. After the seal a backup is taken and the journal anchor rewritten (SQLite).

This module holds the writing use cases; the reads (``handover.views``), the sheet
(``handover.sheet``) and the writers (``handover.writes``) live beside it.

"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select

from desk_app.domain.errors import NotFound, ValidationError
from desk_app.domain.handover import counts as counting
from desk_app.domain.handover import rules
from desk_app.domain.handover.rules import HandoverState, Meaning, Section
from desk_app.domain.roles import Capability
from desk_app.domain.signature import Signature, validate_signature
from desk_app.services import accounts
from desk_app.services.desk import Actor, Desk
from desk_app.services.handover.sheet import compile_sections
from desk_app.services.handover.views import (
    POLICY_KEY,
    Discrepancy,
    Draft,
    HandoverPolicy,
    HandoverView,
    draft_from,
    get_handover,
    get_policy,
    open_draft,
    read_policy,
)
from desk_app.services.handover.writes import write_handover, write_seal, write_signature
from desk_app.services.log import views as log_views
from desk_app.services.log import writes as log_writes
from desk_app.services.roster.duty import rostered_incoming
from desk_app.services.settings import change_setting
from desk_app.services.unit_of_work import unit_of_work
from desk_app.store.backup import backup_database
from desk_app.store.journal import update_journaled
from desk_app.store.tables import handover, person


def start_handover(desk: Desk, actor: Actor) -> HandoverView:
    """The outgoing clerk starts the handover of the shift in progress, or resumes the draft
    this station left (a crash between the signatures loses nothing)."""
    existing = open_draft(desk, actor)
    if existing is not None:
        return existing
    with unit_of_work(desk, actor, Capability.KEEP_LOG) as work:
        policy = read_policy(work.conn)
        now = work.by["at"]
        window = rules.shift_window(now, policy.shift_starts, now.astimezone().tzinfo)
        num = (work.conn.execute(select(func.max(handover.c.num))).scalar() or 0) + 1
        # The roster's incoming clerk(s) for the change, proposed (another may be chosen, saying why).
        rostered = rostered_incoming(work.conn, desk.station, window, actor.id)
        row = write_handover(
            work.conn,
            work.journal,
            num=num,
            station=desk.station,
            shift_start=window.start,
            shift_end=window.end,
            outgoing_id=actor.id,
            at=now,
            incoming_id=rostered[0][0] if rostered else None,
            draft=Draft(rostered=rostered),
        )
    return get_handover(desk, actor, row["id"])


def save_draft(
    desk: Desk,
    actor: Actor,
    handover_id: str,
    draft: Draft,
    *,
    incoming_id: str | None = None,
) -> HandoverView:
    remarks = rules.clean_remarks(draft.remarks)
    counts = {item: counting.check_count(value, item) for item, value in draft.counts.items()}
    discrepancies = tuple(
        Discrepancy(*rules.clean_discrepancy(d.what, d.expected, d.found, d.note))
        for d in draft.discrepancies
    )
    with unit_of_work(desk, actor, Capability.KEEP_LOG) as work:
        not_counted = counting.clean_not_counted(
            read_policy(work.conn).count_items, counts, draft.not_counted
        )
        row = work.conn.execute(select(handover).where(handover.c.id == handover_id)).first()
        if row is None:
            raise NotFound("No such handover sheet.")
        if row.state == HandoverState.SEALED.value:
            raise ValidationError("This handover is already sealed.", field="state")
        rules.check_signers(row.outgoing_id, incoming_id)
        if incoming_id is not None:
            taking_over = work.conn.execute(
                select(person.c.name, person.c.active).where(person.c.id == incoming_id)
            ).first()
            if taking_over is None or not taking_over.active:
                raise ValidationError(
                    "{name} is no longer active; choose someone on the staff.",
                    field="incoming",
                    name=taking_over.name if taking_over else incoming_id,
                )
        rostered = draft_from(row.draft).rostered  # as the sheet was started, not as sent
        reason = rules.check_takeover([p[0] for p in rostered], incoming_id, draft.takeover_reason)
        changes = {
            "draft": replace(
                draft,
                counts=counts,
                not_counted=not_counted,
                remarks=remarks,
                discrepancies=discrepancies,
                rostered=rostered,
                takeover_reason=reason,
            ).as_json(),
            "incoming_id": incoming_id,
            "version": row.version + 1,
        }
        update_journaled(
            work.conn, work.journal, handover, dict(row._mapping), changes, work.by["at"]
        )
    return get_handover(desk, actor, handover_id)


def sign_handover(
    desk: Desk,
    signer: Actor,
    handover_id: str,
    *,
    meaning: str,
    pin: str,
    signature: Signature | None,
    read_important: bool = False,
) -> HandoverView:
    """A signature: drawn on the pad and confirmed with the signer's own PIN. The incoming
    clerk's acceptance seals the sheet.

    The incoming clerk must have read every important entry of the shift. On the sheet they are
    printed in red; ``read_important`` is the clerk's statement, signed with PIN and signature,
    that they read them there: the entries not yet marked are marked read by the clerk in the
    sealing transaction, as if each had been opened in the log."""
    try:
        what = Meaning(meaning)
    except ValueError:
        raise ValidationError("Unknown signature meaning.", field="meaning") from None
    sig = validate_signature(signature)
    # Its own transaction: a wrong PIN counts towards the lock-out.
    accounts.confirm_pin(desk, signer, pin)
    view = get_handover(desk, signer, handover_id)
    policy = get_policy(desk)
    rules.check_can_sign(view.state, what, signer.id, view.outgoing_id)
    sections: tuple[Section, ...] = ()
    unread: list[log_views.EntryView] = []
    if what is Meaning.ACCEPTED:
        unread = log_views.unread_important(desk, signer, since=view.shift_start)
        if unread and not read_important:
            raise ValidationError(
                "Important entries of the shift not marked read by you: {count}. Read them on the sheet (in red) and say so.",
                field="unread",
                count=len(unread),
            )
        counting.check_counts(policy.count_items, view.draft.counts, view.draft.not_counted)
        rules.check_takeover(view.draft.rostered_ids, signer.id, view.draft.takeover_reason)
        view = replace(view, incoming_id=signer.id, incoming_name=signer.name)
        sections = compile_sections(desk, signer, view, policy)
    with unit_of_work(desk, signer, Capability.KEEP_LOG) as work:
        row = work.conn.execute(select(handover).where(handover.c.id == handover_id)).one()
        if row.version != view.version:
            raise ValidationError(
                "The sheet changed while you were signing: look at it again.", field="state"
            )
        at = work.by["at"]
        write_signature(
            work.conn,
            work.journal,
            handover_id=handover_id,
            person_id=signer.id,
            meaning=what,
            signature=sig,
            at=at,
        )
        if what is Meaning.HANDED_OVER:
            changes = {"version": row.version + 1, "state": HandoverState.HANDED_OVER.value}
            update_journaled(work.conn, work.journal, handover, dict(row._mapping), changes, at)
        else:
            for entry in unread:
                log_writes.write_read(
                    work.conn, work.journal, entry_id=entry.id, person_id=signer.id, at=at
                )
            write_seal(
                work.conn,
                work.journal,
                row=dict(row._mapping),
                view=view,
                sections=sections,
                policy=policy,
                incoming_id=signer.id,
                at=at,
            )
    if what is Meaning.ACCEPTED and desk.db.anchors is not None:
        desk.db.anchors.flush_now()  # the journal head anchored outside, at once
    if what is Meaning.ACCEPTED and desk.db.sqlite_path is not None:
        # A copy of the books as they were sealed: beside the window (a thread) when it takes
        # it, else here.
        if desk.take_backup is not None:
            desk.take_backup("handover")
        else:
            backup_database(desk.db, reason="handover")
    return get_handover(desk, signer, handover_id)


def set_policy(desk: Desk, actor: Actor, policy: HandoverPolicy) -> HandoverPolicy:
    starts = rules.validate_shift_starts(policy.shift_starts)
    items = rules.clean_policy_items(policy.count_items, "count_items")
    checks = rules.clean_policy_items(policy.checklist, "checklist")
    name = rules.clean_property_name(policy.property_name)
    names = {
        **rules.clean_item_names(policy.item_names, items, "count_items"),
        **rules.clean_item_names(policy.item_names, checks, "checklist"),
    }
    clean = HandoverPolicy(name, starts, items, checks, names)
    return change_setting(desk, actor, POLICY_KEY, clean.as_json(), read_policy)
