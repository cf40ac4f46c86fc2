"""The shift handover sheet on screen: review, count, sign twice, then print or export.

A draft shows every book's part of the shift read-only (flagged rows red), the counts, the desk
checklist, the discrepancies and the remarks to fill in, and two signature blocks: the outgoing
clerk hands over (drawn signature and PIN), then the incoming clerk accepts, which seals the
sheet. A sealed sheet opens read-only with its seal, to print or save as Excel. Below the seal,
what supervisors added (handover checks, countersignatures, review notes)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.handover import counts as counting
from desk_app.domain.handover.rules import HandoverSheet, HandoverState, Meaning
from desk_app.reports.handover.pdf import render_handover_pdf
from desk_app.reports.handover.xlsx import write_handover_xlsx
from desk_app.services import accounts
from desk_app.services.changes import Changes
from desk_app.services.desk import Actor, Desk
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover import sheet as handover_sheet
from desk_app.services.handover import views as handover_views
from desk_app.translators import current_language
from desk_app.ui.common import pdf_print
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.export_bar import ExportBar
from desk_app.ui.common.fitted import GrowingTextEdit
from desk_app.ui.common.forms import clear_field_error, error_label
from desk_app.ui.common.labels import format_datetime
from desk_app.ui.common.save_as import save_workbook_as
from desk_app.ui.common.section_rows import open_record_over
from desk_app.ui.common.write_op import listen_while_open, write_op
from desk_app.ui.handover.counts import CountsBox
from desk_app.ui.handover.discrepancies import DiscrepanciesBox
from desk_app.ui.handover.labels import grouped_seal, handover_labels, meaning_label, state_label
from desk_app.ui.handover.messages import SheetMessages
from desk_app.ui.handover.sections import show_sections
from desk_app.ui.handover.signature_block import SignatureBlock
from desk_app.ui.handover.takeover import TakeoverBox

T = TypeVar("T")


class HandoverDialog(SheetMessages, QDialog):
    """A handover sheet: a draft to fill in and sign, or a sealed sheet to print and export."""

    def __init__(
        self, desk: Desk, actor: Actor, handover_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # A record of the sheet opened on its own page (an entry, a complaint, a key): the
        # window's lock hides it with the sheet and shows it again.
        self.record_page: QDialog | None = None
        self.writing = False
        self._seen: Changes | None = None  # the last Changes read: told twice, read once
        self.section_tables: dict[str, QTableWidget] = {}
        self.desk = desk
        self.actor = actor
        self.handover_id = handover_id
        self.labels = handover_labels()
        self.view: handover_views.HandoverView | None = None
        self.sheet: HandoverSheet | None = None
        self.policy = handover_views.get_policy(desk)
        self.setObjectName("handoverDialog")
        self.setWindowTitle(self.tr("Shift handover"))
        self.resize(900, 760)

        self.title = QLabel()
        self.title.setObjectName("handoverTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.state_label = QLabel()
        self.shift_label = QLabel()
        self.outgoing_label = QLabel()
        for label in (self.state_label, self.shift_label, self.outgoing_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.incoming = QComboBox()
        self.incoming.setObjectName("incomingCombo")
        self.incoming_error = error_label()
        self.incoming.currentIndexChanged.connect(
            lambda _i: clear_field_error(self.incoming, self.incoming_error)
        )
        self.takeover = TakeoverBox()  # whom the roster names; why another takes over
        self.takeover.follow(self.incoming)
        header = QFormLayout()
        header.addRow(self.title)
        header.addRow(self.tr("State:"), self.state_label)
        header.addRow(self.tr("Shift:"), self.shift_label)
        header.addRow(self.tr("Outgoing:"), self.outgoing_label)
        header.addRow(self.tr("Incoming:"), self.incoming)
        header.addRow(self.incoming_error)
        header.addRow(self.takeover)

        # The body scrolls: sections, then the clerks' fields, then the signatures.
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        self.sections_box = QVBoxLayout()
        self.body_layout.addLayout(self.sections_box)

        # One compact row per item: a number typed is the count; "Not counted" asks why.
        # Items are kept under the name given; each shows the reader's name for it.
        language = current_language()
        shown = {
            i: self.policy.local_name(i).in_language(language)
            for i in self.policy.count_items + self.policy.checklist
        }
        self.counts_box = CountsBox(
            self.labels["section:counts"], self.policy.count_items, self.labels, shown
        )
        self.counts_error = self.counts_box.error
        self.counts = {item: row.box for item, row in self.counts_box.rows.items()}

        self.checklist_box = QGroupBox(self.labels["section:checklist"])
        check_layout = QVBoxLayout(self.checklist_box)
        self.checks: dict[str, QCheckBox] = {}
        for item in self.policy.checklist:
            box = QCheckBox(shown[item])
            check_layout.addWidget(box)
            self.checks[item] = box

        self.discrepancies_box = DiscrepanciesBox(self.labels["section:discrepancies"], self.labels)
        self.discrepancies = self.discrepancies_box.table
        self.discrepancies_error = self.discrepancies_box.error
        self.add_discrepancy = self.discrepancies_box.add

        self.remarks_box = QGroupBox(self.labels["section:remarks"])
        remarks_layout = QVBoxLayout(self.remarks_box)
        self.remarks = GrowingTextEdit()
        self.remarks.setObjectName("remarks")
        self.remarks_error = error_label()
        remarks_layout.addWidget(self.remarks)
        remarks_layout.addWidget(self.remarks_error)

        self.save_button = QPushButton(self.tr("&Save draft"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_draft)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)

        # Headed "Outgoing clerk's signature" (交班人签名) until signed: _show_signers.
        self.outgoing_block = SignatureBlock(
            self.labels["to_sign:handed_over"], self.tr("&Hand over")
        )
        self.incoming_block = SignatureBlock(
            self.labels["to_sign:accepted"],
            self.tr("Accept and s&eal"),
            self.tr("I have &read the shift's important entries (in red in the log above)."),
        )
        self.outgoing_block.sign_button.clicked.connect(self.hand_over)
        self.incoming_block.sign_button.clicked.connect(self.accept_and_seal)
        signatures = QHBoxLayout()  # side by side, the same width: neither is squeezed
        signatures.addWidget(self.outgoing_block, 1)
        signatures.addWidget(self.incoming_block, 1)

        self.seal_label = QLabel()
        self.seal_label.setObjectName("sealLabel")
        self.seal_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.seal_label.setWordWrap(True)
        self.seal_label.hide()

        for part in (
            self.counts_box,
            self.checklist_box,
            self.discrepancies_box,
            self.remarks_box,
        ):
            self.body_layout.addWidget(part)
        self.body_layout.addLayout(save_row)
        self.body_layout.addLayout(signatures)
        self.body_layout.addWidget(self.seal_label)
        self.after_box = QVBoxLayout()  # what supervisors added: checks, countersigns, notes
        self.body_layout.addLayout(self.after_box)
        self.body_layout.addStretch(1)

        self.error = error_label()
        self.error.setObjectName("formError")
        self.export_bar = ExportBar(self.print_sheet, self.save_pdf, self.save_excel, self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(self.export_bar)

        self._field_errors: dict[str, tuple[QWidget | None, QLabel]] = {
            "counts": (self.counts_box, self.counts_error),
            "discrepancies": (self.discrepancies, self.discrepancies_error),
            "remarks": (self.remarks, self.remarks_error),
            "incoming": (self.incoming, self.incoming_error),
            "takeover_reason": (self.takeover.reason, self.takeover.error),
            "unread": (self.incoming_block.statement, self.incoming_block.statement_error),
            "state": (None, self.error),
        }
        self.loaded = self.reload(fill=True)
        # Its writes and other stations' reach the open sheet.
        listen_while_open(self, self.apply_changes)

    # -- loading -----------------------------------------------------------------------------

    def reload(self, *, fill: bool = False) -> bool:
        """Read the sheet again (compiled live while a draft); ``fill`` puts the stored draft
        into the fields."""
        found = run_op(
            self,
            lambda: (
                handover_views.get_handover(self.desk, self.actor, self.handover_id),
                handover_sheet.sheet(self.desk, self.actor, self.handover_id),
            ),
        )
        if found is None:
            return False
        self.view, self.sheet = found
        view, sheet = self.view, self.sheet
        sealed = view.state is HandoverState.SEALED
        self.title.setText(self.tr("Shift handover no. {number}").format(number=view.num))
        self.state_label.setText(state_label(view.state))
        self.shift_label.setText(
            self.tr("{start} – {end}").format(
                start=format_datetime(view.shift_start), end=format_datetime(view.shift_end)
            )
        )
        self.outgoing_label.setText(view.outgoing_name)
        self._fill_incoming(view)
        self.takeover.set_view(view)
        self.section_tables = show_sections(
            self.sections_box, sheet, sealed, self.labels, self.open_record, self.after_box
        )
        self.counts_box.set_expected(counting.counted_on(sheet.section("counts"), "expected"))
        if fill:
            self._fill_draft(view.draft)
        editable = not sealed
        for part in (self.counts_box, self.checklist_box, self.discrepancies_box, self.remarks_box):
            part.setVisible(editable)
        self.save_button.setVisible(editable)
        # Who takes over may still be chosen after the outgoing clerk signed (they may have
        # signed first and left the sheet for whoever comes).
        self.incoming.setEnabled(editable)
        self._show_signers(sheet)
        out_signed = view.state is not HandoverState.DRAFT
        self.incoming_block.set_waiting(not out_signed and not sealed)
        self.export_bar.set_ready(True, sealed)  # a draft prints with DRAFT across each page
        if sealed and view.seal:
            self.seal_label.setText(
                self.tr("Seal (SHA-256), sealed at {at}:\n{seal}").format(
                    at=format_datetime(view.sealed_at), seal=grouped_seal(view.seal)
                )
            )
            self.seal_label.show()
        return True

    def _fill_incoming(self, view: handover_views.HandoverView) -> None:
        """Active people other than the outgoing clerk; once signed, who was chosen stays."""
        current = self.incoming.currentData() or view.incoming_id
        self.incoming.blockSignals(True)
        self.incoming.clear()
        self.incoming.addItem(self.tr("(choose who takes over)"), None)
        if view.state is HandoverState.SEALED:
            people = [(view.incoming_id, view.incoming_name or "")]
        else:
            people = [
                (p.id, p.name) for p in accounts.list_people(self.desk) if p.id != view.outgoing_id
            ]
        for person_id, name in people:
            self.incoming.addItem(name, person_id)
        self.incoming.setCurrentIndex(max(self.incoming.findData(current), 0))
        self.incoming.blockSignals(False)

    def open_record(self, kind: str, ref: object) -> None:
        """A log entry, a complaint or a key of the sheet, on its own page over the sheet."""
        if self.record_page is not None:
            return
        # Where the reader was, to put them back on the same row when the sheet is read again.
        place = next(
            ((key, t.currentRow()) for key, t in self.section_tables.items() if t.hasFocus()), None
        )
        self.record_page = open_record_over(
            self,
            self.desk,
            self.actor,
            kind,
            ref,
            lambda written: self._record_closed(written, place),
        )

    def _record_closed(self, written: Changes, place: tuple[str, int] | None) -> None:
        self.record_page = None
        if written:
            self._reload_live(place)

    def apply_changes(self, changes: Changes) -> None:
        """What another dock or station wrote, on a draft at once (its own writes and a record
        opened over it read it again when done); Changes already read are not read twice."""
        if self.writing or self.record_page is not None or changes is self._seen:
            return
        self._seen = changes
        if changes.touches("log", "complaints", "lostfound", "keys", "handover", "supervision"):
            place = next(
                ((key, t.currentRow()) for key, t in self.section_tables.items() if t.hasFocus()),
                None,
            )
            self._reload_live(place, changes.touches("supervision", "handover"))

    def _reload_live(self, place: tuple[str, int] | None, added: bool = False) -> None:
        """Until sealed the sheet is compiled live (the incoming clerk accepts what it then says):
        an amendment, a complaint's step or a key taken back shows at once, the reader left on
        the row they were on. Sealed, only what supervisors add below the seal changes."""
        if self.view is None or (self.view.state is HandoverState.SEALED and not added):
            return
        if not self.reload():
            return
        table = self.section_tables.get(place[0]) if place else None
        if table is not None and table.rowCount():
            table.setCurrentCell(min(place[1], table.rowCount() - 1), 0)
            table.setFocus()

    def _fill_draft(self, draft: handover_views.Draft) -> None:
        self.counts_box.fill(draft.counts, draft.not_counted)
        for item, box in self.checks.items():
            box.setChecked(draft.checklist.get(item, False))
        self.discrepancies_box.fill(draft.discrepancies)
        self.remarks.setPlainText(draft.remarks)
        self.takeover.reason.setText(draft.takeover_reason)

    def _show_signers(self, sheet: HandoverSheet) -> None:
        for signer in sheet.signers:
            outgoing = signer.meaning is Meaning.HANDED_OVER
            block = self.outgoing_block if outgoing else self.incoming_block
            done = self.tr("Outgoing clerk: handed over"), self.tr("Incoming clerk: accepted")
            block.setTitle(done[0] if outgoing else done[1])
            block.set_signed(
                self.tr("{meaning}: {name}, {at}").format(
                    meaning=meaning_label(signer.meaning),
                    name=signer.name,
                    at=format_datetime(signer.at),
                )
            )
            block.show_picture(signer.png)

    # -- the clerks' fields ------------------------------------------------------------------

    def draft(self) -> handover_views.Draft:
        """What the clerks typed (``ValidationError`` for a count that is not a number)."""
        counts, not_counted = self.counts_box.values()
        return handover_views.Draft(
            counts=counts,
            checklist={item: box.isChecked() for item, box in self.checks.items()},
            discrepancies=self.discrepancies_box.values(),
            remarks=self.remarks.toPlainText(),
            not_counted=not_counted,
            takeover_reason=self.takeover.value(),
        )

    # -- actions -----------------------------------------------------------------------------

    def save_draft(self) -> bool:
        """The "Save draft" button: the draft is kept and the sheet read again."""
        if not self._save():
            return False
        self.reload()
        return True

    def _save(self, block: SignatureBlock | None = None) -> bool:
        """Keep the draft as typed; nothing on the page moves (signing comes next)."""
        if self.view is None or self.view.state is HandoverState.SEALED:
            return False
        self._clear_errors()
        incoming_id = self.incoming.currentData()
        view = self._write(
            lambda: handover_commands.save_draft(
                self.desk, self.actor, self.handover_id, self.draft(), incoming_id=incoming_id
            ),
            block,
        )
        return view is not None

    def _write(self, call: Callable[[], T], block: SignatureBlock | None) -> T | None:
        """A write of the sheet through the window's one runner; refused, said beside the field
        at fault (in ``block`` when signing)."""
        self.writing = True  # the sheet reads itself again after its own writes
        try:
            return write_op(self, call).failure(lambda exc: self._show_error(exc, block)).run()
        finally:
            self.writing = False

    def _signer(self, person_id: str | None, block: SignatureBlock) -> Actor | None:
        """Who signs in ``block``: the window's person, or someone else who proves who they are
        with the PIN typed there (services act only for a person signed in or confirmed). A
        wrong PIN is counted once, here, and shown beside the field; the sheet is not signed."""
        if person_id is None:
            return None
        if person_id == self.actor.id:
            return self.actor
        pin = block.pin.text()
        return self._write(
            lambda: accounts.confirm_person(self.desk, person_id=person_id, pin=pin), block
        )

    def hand_over(self) -> None:
        """The outgoing clerk signs: the draft is saved first, so the signature covers it."""
        block = self.outgoing_block
        if not self._save(block):
            return
        assert self.view is not None
        signer = self._signer(self.view.outgoing_id, block)
        if signer is None:
            return
        self._sign(block, signer, Meaning.HANDED_OVER)

    def accept_and_seal(self) -> None:
        """The incoming clerk signs and the sheet is sealed. Refused, everything typed stays
        (the PIN too), the refusal is said beside the button and the field at fault is shown."""
        block = self.incoming_block
        if self.incoming.currentData() is None:
            self._clear_errors()
            self._show_text("incoming", self.tr("Choose who takes over the shift."), block=block)
            return
        if not self._save(block):
            return
        signer = self._signer(self.incoming.currentData(), block)
        if signer is None:
            return
        self._sign(block, signer, Meaning.ACCEPTED)

    def _sign(self, block: SignatureBlock, signer: Actor, meaning: Meaning) -> None:
        signature = block.signature.signature()
        pin = block.pin.text()
        read_important = block.stated()
        view = self._write(
            lambda: handover_commands.sign_handover(
                self.desk,
                signer,
                self.handover_id,
                meaning=meaning.value,
                pin=pin,
                signature=signature,
                read_important=read_important,
            ),
            block,
        )
        if view is None:
            return
        block.pin.clear()
        self.reload()

    # -- printing ----------------------------------------------------------------------------

    def _file_name(self, suffix: str) -> str:
        assert self.sheet is not None
        base = self.tr("handover-{number}").format(number=self.sheet.number)
        return f"{base}.{suffix}"

    def pdf(self) -> bytes | None:
        if self.sheet is None:
            return None
        sheet, labels = self.sheet, self.export_bar.labels(handover_labels)  # its language
        return run_op(self, lambda: render_handover_pdf(sheet, labels))

    def print_sheet(self) -> None:
        pdf = self.pdf()
        if pdf is not None:
            title = self.tr("Shift handover no. {number}").format(number=self.sheet.number)
            pdf_print.print_pdf(self, pdf, title)

    def save_pdf(self) -> Path | None:
        pdf = self.pdf()
        return None if pdf is None else pdf_print.save_pdf_as(self, pdf, self._file_name("pdf"))

    def save_excel(self) -> Path | None:
        if self.sheet is None or self.sheet.state is not HandoverState.SEALED:
            return None
        sheet, labels = self.sheet, self.export_bar.labels(handover_labels)  # its language
        return save_workbook_as(
            self,
            self._file_name("xlsx"),
            lambda path: write_handover_xlsx(path, sheet, labels),
        )
