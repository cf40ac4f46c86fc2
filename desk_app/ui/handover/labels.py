"""The handover sheet's words in the reader's language, for the PDF, the workbook and the window.

``handover_labels()`` gives every key of ``reports.tables.HANDOVER_LABELS`` plus the open keys
the handover service produces: a title per section (``section:<key>``), a header per column
(``column:<name>``) and the names of coded values (``category:<code>``, ``status:<code>``).
Every caption is a literal ``QCoreApplication.translate`` call so lupdate collects it; templates
keep their ``{fields}``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.domain.complaints import ComplaintCategory, Status
from desk_app.domain.handover.rules import HandoverState, Meaning
from desk_app.domain.keys import Movement
from desk_app.domain.log import Category
from desk_app.domain.roles import Role
from desk_app.domain.supervision.inspection import Acknowledgement, InspectionKind
from desk_app.formats import LANGUAGE_KEY
from desk_app.translators import current_language
from desk_app.ui.common.labels import role_label
from desk_app.ui.complaints.labels import complaint_category_label, complaint_status_label
from desk_app.ui.keys.labels import movement_label
from desk_app.ui.log.labels import category_label
from desk_app.ui.supervision.labels import ack_label, kind_label


def fixed_labels() -> dict[str, str]:
    """The fixed captions of the sheet and the duty report."""
    return {
        # The paper forms' own titles, the words a desk's printed forms carry: 交接班记录 /
        # Журнал передачи смены for the sheet, 值班记录表 / Журнал дежурств for the report.
        "handover_title": QCoreApplication.translate(
            "HandoverLabels", "Shift handover log", "paper form title: 交接班记录"
        ),
        "property": QCoreApplication.translate("HandoverLabels", "Property"),
        "station": QCoreApplication.translate("HandoverLabels", "Station"),
        "number": QCoreApplication.translate("HandoverLabels", "Sheet no."),
        "shift": QCoreApplication.translate("HandoverLabels", "Shift"),
        "shift_start": QCoreApplication.translate("HandoverLabels", "Shift start"),
        "shift_end": QCoreApplication.translate("HandoverLabels", "Shift end"),
        "outgoing": QCoreApplication.translate("HandoverLabels", "Outgoing"),
        "incoming": QCoreApplication.translate("HandoverLabels", "Incoming"),
        "handover": QCoreApplication.translate("HandoverLabels", "{outgoing} → {incoming}"),
        "rostered": QCoreApplication.translate("HandoverLabels", "Incoming clerk changed"),
        "takeover": QCoreApplication.translate(
            "HandoverLabels", "Rostered: {rostered}; taken over by {incoming} because: {reason}"
        ),
        "state": QCoreApplication.translate("HandoverLabels", "State"),
        "sheet_state:draft": QCoreApplication.translate("HandoverLabels", "Draft"),
        "sheet_state:handed_over": QCoreApplication.translate(
            "HandoverLabels", "Handed over, not yet accepted"
        ),
        "sheet_state:sealed": QCoreApplication.translate("HandoverLabels", "Signed and sealed"),
        "draft_watermark": QCoreApplication.translate("HandoverLabels", "DRAFT"),
        "draft_banner": QCoreApplication.translate(
            "HandoverLabels",
            "DRAFT: not signed by both clerks and not sealed. It may still change.",
        ),
        "section:log": QCoreApplication.translate("HandoverLabels", "Shift log"),
        "section:duty_log": QCoreApplication.translate("HandoverLabels", "Duty log"),
        "section:follow_ups": QCoreApplication.translate("HandoverLabels", "Open follow-ups"),
        "section:complaints": QCoreApplication.translate("HandoverLabels", "Complaints"),
        "section:lostfound": QCoreApplication.translate("HandoverLabels", "Lost and found"),
        "section:keys_out": QCoreApplication.translate("HandoverLabels", "Keys out"),
        "section:board_count": QCoreApplication.translate("HandoverLabels", "Keys on the board"),
        "section:counts": QCoreApplication.translate("HandoverLabels", "Counts"),
        "section:checklist": QCoreApplication.translate("HandoverLabels", "Desk checklist"),
        "section:discrepancies": QCoreApplication.translate("HandoverLabels", "Discrepancies"),
        "section:remarks": QCoreApplication.translate("HandoverLabels", "Remarks"),
        "section:key_movements": QCoreApplication.translate("HandoverLabels", "Key movements"),
        "section:handovers": QCoreApplication.translate("HandoverLabels", "Handovers sealed"),
        "section:day_reviews": QCoreApplication.translate("HandoverLabels", "Days reviewed"),
        "section:inspections": QCoreApplication.translate("HandoverLabels", "Inspections"),
        "section:countersigns": QCoreApplication.translate(
            "HandoverLabels", "Checked by a supervisor", "countersigned after the seal: 交接班检查"
        ),
        "section:handover_checks": QCoreApplication.translate(
            "HandoverLabels", "Handover checks", "a supervisor's inspection at a shift change"
        ),
        "section:review_notes": QCoreApplication.translate("HandoverLabels", "Review notes"),
        "after_seal": QCoreApplication.translate(
            "HandoverLabels", "Added by supervisors, not covered by the seal"
        ),
        "empty": QCoreApplication.translate("HandoverLabels", "Nothing to hand over"),
        # An empty discrepancies or remarks section: there were none, nothing is missing.
        "none": QCoreApplication.translate("HandoverLabels", "None"),
        "yes": QCoreApplication.translate("HandoverLabels", "Yes"),
        "no": QCoreApplication.translate("HandoverLabels", "No"),
        "signatures": QCoreApplication.translate("HandoverLabels", "Signatures"),
        "signer": QCoreApplication.translate("HandoverLabels", "Name"),
        "role": QCoreApplication.translate("HandoverLabels", "Role"),
        "meaning": QCoreApplication.translate("HandoverLabels", "Meaning"),
        "signed_at": QCoreApplication.translate("HandoverLabels", "Signed at"),
        "signature": QCoreApplication.translate("HandoverLabels", "Signature"),
        "meaning:handed_over": QCoreApplication.translate("HandoverLabels", "Handed over"),
        "meaning:accepted": QCoreApplication.translate("HandoverLabels", "Accepted"),
        # Over a signature's place still empty: to be signed, never as if done.
        "to_sign:handed_over": QCoreApplication.translate(
            "HandoverLabels", "Outgoing clerk's signature", "a place to sign: 交班人签名"
        ),
        "to_sign:accepted": QCoreApplication.translate(
            "HandoverLabels", "Incoming clerk's signature", "a place to sign: 接班人签名"
        ),
        "not_signed": QCoreApplication.translate("HandoverLabels", "Not signed"),
        "seal": QCoreApplication.translate("HandoverLabels", "Seal"),
        "seal_note": QCoreApplication.translate(
            "HandoverLabels",
            "SHA-256 of this sheet and of the record journal when it was sealed",
        ),
        "not_sealed": QCoreApplication.translate("HandoverLabels", "Not sealed"),
        "journal_seq": QCoreApplication.translate("HandoverLabels", "Journal entry"),
        "journal_hash": QCoreApplication.translate("HandoverLabels", "Journal hash"),
        "sealed_at": QCoreApplication.translate("HandoverLabels", "Sealed at"),
        "duty_report_title": QCoreApplication.translate(
            "HandoverLabels", "Duty report", "paper form title: 值班记录表"
        ),
        "period": QCoreApplication.translate("HandoverLabels", "Period"),
        "period_start": QCoreApplication.translate("HandoverLabels", "From"),
        "period_end": QCoreApplication.translate("HandoverLabels", "To"),
        "made_by": QCoreApplication.translate("HandoverLabels", "Made by"),
        "made_by_command_line": QCoreApplication.translate(
            "HandoverLabels", "desk-app (command line)", "who made a report printed by the command"
        ),
        "made_at": QCoreApplication.translate("HandoverLabels", "Made at"),
        "report_empty": QCoreApplication.translate("HandoverLabels", "Nothing recorded"),
        "summary": QCoreApplication.translate("HandoverLabels", "Summary"),
        "signers": QCoreApplication.translate("HandoverLabels", "Signers"),
        "page": QCoreApplication.translate("HandoverLabels", "Page {page} of {pages}"),
    }


def column_labels() -> dict[str, str]:
    """A header for every column the handover sheet's and the duty report's sections have.
    A column missing here would print its English key (``reports.tables.column_title``);
    ``tests/ui/reports/test_report_captions.py`` makes both and checks each has its entry."""
    return {
        "column:num": QCoreApplication.translate("HandoverColumns", "No."),
        "column:at": QCoreApplication.translate("HandoverColumns", "Time"),
        "column:category": QCoreApplication.translate("HandoverColumns", "Category"),
        "column:room": QCoreApplication.translate("HandoverColumns", "Room"),
        "column:text": QCoreApplication.translate("HandoverColumns", "Text"),
        "column:author": QCoreApplication.translate("HandoverColumns", "Written by"),
        "column:important": QCoreApplication.translate("HandoverColumns", "Important"),
        "column:due": QCoreApplication.translate("HandoverColumns", "Due"),
        "column:owner": QCoreApplication.translate("HandoverColumns", "Owner"),
        "column:received": QCoreApplication.translate("HandoverColumns", "Received"),
        "column:guest": QCoreApplication.translate("HandoverColumns", "Guest"),
        "column:status": QCoreApplication.translate("HandoverColumns", "Status"),
        "column:promised": QCoreApplication.translate("HandoverColumns", "Promised by"),
        "column:code": QCoreApplication.translate("HandoverColumns", "Key"),
        "column:label": QCoreApplication.translate("HandoverColumns", "Label"),
        "column:holder": QCoreApplication.translate("HandoverColumns", "Holder"),
        "column:since": QCoreApplication.translate("HandoverColumns", "Out since"),
        "column:expected_back": QCoreApplication.translate("HandoverColumns", "Expected back"),
        "column:expected": QCoreApplication.translate("HandoverColumns", "Expected"),
        "column:present": QCoreApplication.translate("HandoverColumns", "Present"),
        "column:missing": QCoreApplication.translate("HandoverColumns", "Missing"),
        "column:unexpected": QCoreApplication.translate("HandoverColumns", "Unexpected"),
        "column:unknown": QCoreApplication.translate("HandoverColumns", "Unknown"),
        "column:item": QCoreApplication.translate("HandoverColumns", "Item"),
        "column:counted": QCoreApplication.translate("HandoverColumns", "Counted"),
        "column:not_counted": QCoreApplication.translate("HandoverColumns", "Not counted: why"),
        "column:ok": QCoreApplication.translate("HandoverColumns", "Done"),
        "column:what": QCoreApplication.translate("HandoverColumns", "What"),
        "column:found": QCoreApplication.translate("HandoverColumns", "Found"),
        "column:note": QCoreApplication.translate("HandoverColumns", "Note"),
        # The duty report's key movements and sealed handovers. The same words the key book and
        # the sheet's own captions use, in their contexts, so they read alike everywhere.
        "column:kind": QCoreApplication.translate("MovementTableModel", "Movement"),
        "column:purpose": QCoreApplication.translate("KeyPage", "Purpose"),
        "column:shift_start": QCoreApplication.translate("HandoverLabels", "Shift start"),
        "column:shift_end": QCoreApplication.translate("HandoverLabels", "Shift end"),
        "column:outgoing": QCoreApplication.translate("HandoverLabels", "Outgoing"),
        "column:incoming": QCoreApplication.translate("HandoverLabels", "Incoming"),
        "column:seal": QCoreApplication.translate("HandoverLabels", "Seal"),
        # The duty report's days reviewed and inspections (supervision).
        "column:countersigned_by": QCoreApplication.translate("HandoverColumns", "Checked by"),
        "column:noted_by": QCoreApplication.translate("HandoverColumns", "Noted by"),
        "column:day": QCoreApplication.translate("HandoverColumns", "Day"),
        "column:reviewed_by": QCoreApplication.translate("HandoverColumns", "Reviewed by"),
        "column:reviewed_at": QCoreApplication.translate("HandoverColumns", "Reviewed at"),
        "column:on_time": QCoreApplication.translate("HandoverColumns", "On time"),
        "column:comment": QCoreApplication.translate("HandoverColumns", "Comment"),
        "column:inspection_kind": QCoreApplication.translate("HandoverColumns", "Kind"),
        "column:clerks": QCoreApplication.translate("HandoverColumns", "Clerks"),
        "column:inspector": QCoreApplication.translate("HandoverColumns", "Inspected by"),
        "column:failed": QCoreApplication.translate("HandoverColumns", "Failed items"),
        "column:acknowledgement": QCoreApplication.translate(
            "HandoverColumns", "Acknowledgement"
        ),
        "column:corrections_open": QCoreApplication.translate(
            "HandoverColumns", "Corrections open"
        ),
    }


def coded_labels() -> dict[str, str]:
    """The reader's names of coded values: log and complaint categories, complaint statuses.
    (The two category sets have no code in common, so one ``category:`` key serves both.)"""
    out = {f"category:{c.value}": category_label(c) for c in Category}
    out.update({f"category:{c.value}": complaint_category_label(c) for c in ComplaintCategory})
    out.update({f"status:{s.value}": complaint_status_label(s) for s in Status})
    out.update({f"role:{r.value}": role_label(r) for r in Role})  # the signers' roles
    out.update({f"kind:{m.value}": movement_label(m) for m in Movement})  # key movements
    out.update({f"inspection_kind:{k.value}": kind_label(k) for k in InspectionKind})
    out.update({f"acknowledgement:{a.value}": ack_label(a) for a in Acknowledgement})
    return out


def duty_summary_labels() -> dict[str, str]:
    """The duty report's first page: its title by the period, the totals per book and the
    sign-off (``reports.duty_report.summary.DUTY_SUMMARY_LABELS`` holds the English defaults)."""
    return {
        "report_title_period": QCoreApplication.translate(
            "DutySummary", "{title} · {period}", "report title: form title and its days"
        ),
        "period_days": QCoreApplication.translate("DutySummary", "{first} – {last}"),
        "summary_heading": QCoreApplication.translate("DutySummary", "Totals"),
        "book:duty_log": QCoreApplication.translate("DutySummary", "Duty log"),
        "book:complaints": QCoreApplication.translate("DutySummary", "Complaints"),
        "book:lostfound": QCoreApplication.translate("DutySummary", "Lost and found"),
        "book:keys": QCoreApplication.translate("DutySummary", "Keys"),
        "book:handovers": QCoreApplication.translate("DutySummary", "Handovers"),
        "entries": QCoreApplication.translate("DutySummary", "Entries"),
        "important": QCoreApplication.translate("DutySummary", "Important"),
        "complaints_opened": QCoreApplication.translate("DutySummary", "Opened"),
        "complaints_settled": QCoreApplication.translate("DutySummary", "Settled"),
        "complaints_overdue": QCoreApplication.translate("DutySummary", "Overdue now"),
        "satisfaction": QCoreApplication.translate("DutySummary", "Guest satisfaction"),
        "satisfaction_value": QCoreApplication.translate(
            "DutySummary", "{average} of 5 ({count} rated)"
        ),
        "no_rating": QCoreApplication.translate("DutySummary", "No rating"),
        "found_in": QCoreApplication.translate("DutySummary", "Found items in"),
        "found_returned": QCoreApplication.translate("DutySummary", "Returned to owners"),
        "found_disposed": QCoreApplication.translate("DutySummary", "Disposed of"),
        "key_movements": QCoreApplication.translate("DutySummary", "Movements"),
        "keys_overdue": QCoreApplication.translate("DutySummary", "Keys overdue now"),
        "handovers_sealed": QCoreApplication.translate("DutySummary", "Sheets sealed"),
        "discrepancies": QCoreApplication.translate("DutySummary", "Discrepancies noted"),
        "sign_off": QCoreApplication.translate("DutySummary", "Reviewed by the supervisor"),
        "sign_name": QCoreApplication.translate("DutySummary", "Name"),
        "sign_date": QCoreApplication.translate("DutySummary", "Date"),
        "sign_signature": QCoreApplication.translate("DutySummary", "Signature"),
    }


def handover_labels() -> dict[str, str]:
    """Every caption of the handover sheet, for ``render_handover_pdf`` and
    ``write_handover_xlsx``, in the language in force and naming it (``LANGUAGE_KEY``). For
    another language than the window's, call it inside ``translators.printing_language``."""
    return {
        **fixed_labels(),
        **column_labels(),
        **coded_labels(),
        **duty_summary_labels(),
        LANGUAGE_KEY: current_language(),  # the dates and numbers follow the words
    }


def state_label(state: HandoverState) -> str:
    return fixed_labels()[f"sheet_state:{state.value}"]


def meaning_label(meaning: Meaning) -> str:
    return fixed_labels()[f"meaning:{meaning.value}"]


def grouped_seal(seal: str) -> str:
    """A seal in groups of eight characters, as a reader copies it from the screen."""
    return " ".join(seal[i : i + 8] for i in range(0, len(seal), 8))
