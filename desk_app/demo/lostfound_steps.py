"""The later steps of the demo's lost-and-found book: a report linked to its item, a report closed,
an item given back to its owner (identity checked, signed for), a disposal proposed once the
item's retention has run out and decided by a supervisor or the manager. ``LostFound`` (in
``demo.lostfound``) plans them and takes these methods in; the event kinds are named here."""

from __future__ import annotations

from datetime import datetime, timedelta

from desk_app.demo.accounts import MANAGER, SUPERVISORS
from desk_app.demo.batch import Batch
from desk_app.demo.signatures import make_signature
from desk_app.demo.texts.lostfound import (
    APPROVAL_NOTES,
    CLOSE_NOTES,
    DISPOSAL_METHODS,
    ID_DOCUMENTS,
    MANAGER_DECIDES_SHARE,
    PROPOSAL_DELAY_DAYS,
    PROPOSAL_NOTES,
    REJECT_NOTES,
    REJECT_SHARE,
    RETURN_AFTER_REJECT_SHARE,
    STAFF_OWNED_SHARE,
    SUPERVISOR_PROPOSES_SHARE,
)
from desk_app.demo.texts.words import LANGS
from desk_app.domain.lostfound import rules
from desk_app.domain.lostfound.rules import DisposalMethod, ItemState, ReportState
from desk_app.domain.signature import validate_signature as check_signature
from desk_app.services.lostfound import release as lostfound_release
from desk_app.services.lostfound import writes as lostfound_writes

# Event kinds of this book (the first element of an event's data).
ITEM, REPORT_FIRST, UNMATCHED, REPORT_LATER = "item", "report_first", "unmatched", "report"
LINK, RETURN, CLOSE, PROPOSE, DECIDE = "link", "return", "close", "propose", "decide"

LATE_OWNER_SHARE = 0.015  # the owner turns up while a disposal waits for approval
TICK = timedelta(seconds=1)


class LostFoundSteps:
    """What happens to an item or a report after it is written; ``LostFound`` provides the rest."""

    def link(self, batch: Batch, at: datetime, report_id: str, item_id: str) -> None:
        r = self.rng
        report = self.report_row(batch, report_id)
        item = self.item_row(batch, item_id)
        held = (ItemState.STORED.value, ItemState.DISPOSAL_PROPOSED.value)
        if report["state"] != ReportState.OPEN.value or item["state"] not in held:
            return
        person = self.clerk(at)
        lostfound_writes.write_link(
            batch.conn,
            batch.w,
            report=report,
            item=item,
            actor_id=self.writer(batch, person),
            station=batch.station,
            at=at,
            log_num=self.host.next_log_num(at),
        )
        self.counts["links"] += 1
        if r.random() < 0.45:
            later = timedelta(minutes=r.uniform(15, 180))  # the guest is in the house
        else:
            later = timedelta(hours=r.uniform(3, 72))
        self.push(at + later, (RETURN, item_id, report_id))

    def close_report(self, batch: Batch, at: datetime, report_id: str) -> None:
        """The guest stopped looking: the report closed with a reason, through the service's
        writer."""
        report = self.report_row(batch, report_id)
        if report["state"] != ReportState.OPEN.value:
            return
        person = self.clerk(at)
        lang = self.lang(person)
        actor_id = self.writer(batch, person)
        lostfound_writes.write_close_report(
            batch.conn,
            batch.w,
            report=report,
            note=self.rng.choice(CLOSE_NOTES[lang]),
            actor_id=actor_id,
            station=batch.station,
            at=at,
            log_num=self.host.next_log_num(at),
        )
        self.counts["closed_reports"] += 1

    # --- returns -----------------------------------------------------------------------------

    def give_back(self, batch: Batch, at: datetime, item_id: str, report_id: str | None) -> None:
        r = self.rng
        item = self.item_row(batch, item_id)
        if item["state"] not in (ItemState.STORED.value, ItemState.DISPOSAL_PROPOSED.value):
            return  # gone already: the owner came too late
        if report_id is not None:
            report = self.report_row(batch, report_id)
            claimant, contact = report["guest_name"], report["contact"] or report["room"]
            claimant_lang = _script(claimant)
        else:
            claimant_lang = r.choice(LANGS)
            claimant, contact = self.guest(claimant_lang)
        if r.random() < STAFF_OWNED_SHARE:
            document = "staff_card"
        else:
            docs = ID_DOCUMENTS[claimant_lang]
            document = r.choices([d for d, _ in docs], weights=[w for _, w in docs])[0]
        draft = rules.validate_return(
            claimant_name=claimant,
            claimant_contact=contact,
            id_document=document,
            id_last_four=f"{r.randint(0, 9999):04d}",
            identity_checked=True,
        )
        person = self.clerk(at, 0.1)
        lostfound_release.write_return(
            batch.conn,
            batch.w,
            item=item,
            draft=draft,
            signature=check_signature(make_signature(r)),
            actor_id=self.writer(batch, person),
            station=batch.station,
            at=at,
            report_id=report_id,
            log_num=self.host.next_log_num(at),
        )
        self.counts["returns"] += 1
        if item["state"] == ItemState.DISPOSAL_PROPOSED.value:
            self.counts["withdrawn"] += 1

    # --- disposals ---------------------------------------------------------------------------

    def propose(self, batch: Batch, at: datetime, item_id: str, attempt: int) -> None:
        r = self.rng
        item = self.item_row(batch, item_id)
        if item["state"] != ItemState.STORED.value:
            return  # returned meanwhile
        due = self.policy.is_due(item["found_at"], item["category"], item["valuables"], at)
        if not due:  # not yet (a category's retention changed): when it is
            after = self.policy.dispose_after(item["found_at"], item["category"], item["valuables"])
            self.push(self.day_shift_after(after, PROPOSAL_DELAY_DAYS), (PROPOSE, item_id, attempt))
            return
        person = self.clerk(at, SUPERVISOR_PROPOSES_SHARE)
        lang = self.lang(person)
        methods = DISPOSAL_METHODS[item["category"]]
        if item["valuables"]:
            methods = DISPOSAL_METHODS["valuables"]
        method = r.choices([m for m, _ in methods], weights=[w for _, w in methods])[0]
        lostfound_release.write_proposal(
            batch.conn,
            batch.w,
            item=item,
            method=DisposalMethod(method),
            note=r.choice(PROPOSAL_NOTES[lang]),
            due=due,
            actor_id=self.writer(batch, person),
            station=batch.station,
            at=at,
            log_num=self.host.next_log_num(at),
        )
        self.counts["proposals"] += 1
        decide_at, supervisor = self.supervisor_slot(at + timedelta(hours=r.uniform(2, 40)))
        decider = MANAGER if r.random() < MANAGER_DECIDES_SHARE else supervisor
        if decider == person:  # never the proposer: the other supervisor
            decider = next(s for s in SUPERVISORS if s != person)
        self.push(decide_at, (DECIDE, item_id, (attempt, decider)))
        if r.random() < LATE_OWNER_SHARE:
            between = at + (decide_at - at) * r.uniform(0.1, 0.9)
            self.push(between, (RETURN, item_id, None))

    def decide(self, batch: Batch, at: datetime, item_id: str, detail: tuple[int, int]) -> None:
        r = self.rng
        attempt, decider = detail
        item = self.item_row(batch, item_id)
        if item["state"] != ItemState.DISPOSAL_PROPOSED.value:
            return  # the owner came for it: the proposal was withdrawn
        if attempt == 1:  # a second proposal, after the item was kept longer, goes through
            self.rejections_due += REJECT_SHARE * (2 if item["valuables"] else 1)
        approve = attempt > 1 or self.rejections_due < 1
        if not approve:
            self.rejections_due -= 1
        lang = self.lang(decider)
        note = r.choice((APPROVAL_NOTES if approve else REJECT_NOTES)[lang])
        lostfound_release.write_decision(
            batch.conn,
            batch.w,
            item=item,
            approve=approve,
            note=note,
            actor_id=self.writer(batch, decider),
            station=batch.station,
            at=at,
            log_num=self.host.next_log_num(at),
        )
        if approve:
            self.counts["disposed"] += 1
            return
        self.counts["rejected"] += 1
        self.push(self.day_shift_after(at, (30, 60)), (PROPOSE, item_id, attempt + 1))
        if r.random() < RETURN_AFTER_REJECT_SHARE:
            self.push(at + timedelta(days=r.uniform(1, 25)), (RETURN, item_id, None))


def _script(name: str) -> str:
    """The language a name is written in, for the identity document its bearer likely shows."""
    for ch in name:
        if "\u4e00" <= ch <= "\u9fff":
            return "zh"
        if "\u0400" <= ch <= "\u04ff":
            return "ru"
    return "en"
