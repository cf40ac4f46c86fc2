"""One small form per movement of a found item or a guest's report: return to the owner,
propose a disposal, approve or reject it, close a report.

Each form is window-modal, with its errors beside the field they name; the page reloads after it.
A movement names the version the page showed: when another station acted first it is refused,
the user is told, and the page shows the record as it now is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import ConflictError, DeskError, NotFound
from desk_app.domain.lostfound.rules import DisposalMethod, IdDocument, ReportState
from desk_app.services.desk import Actor, Desk
from desk_app.services.lostfound import commands as lostfound_commands
from desk_app.services.lostfound.detail import DisposalView, ItemDetail
from desk_app.services.lostfound.views import ItemView, ReportView
from desk_app.ui.common import errors as ui_errors
from desk_app.ui.common.errors import error_text
from desk_app.ui.common.forms import ERROR_STYLE, FIELD_ERROR_STYLE, FormDialog
from desk_app.ui.common.labels import format_date as labels_format_date
from desk_app.ui.common.labels import format_datetime
from desk_app.ui.common.signature_pad import SignatureField
from desk_app.ui.common.write_op import write_op
from desk_app.ui.lostfound.item_sections import matches_warning
from desk_app.ui.lostfound.labels import disposal_method_label, id_document_label


def format_date(value) -> str:
    """A local date in the language in force (``desk_app.formats``, as the printouts)."""
    return labels_format_date(value)


def lf_error_text(exc: DeskError) -> str:
    return error_text(exc)


class PageForm(FormDialog):
    """A movement's form: the error is shown beside the field it names, under the form when it
    names none; a conflict is told and the page reloads."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self.result_value: Any = None
        self.conflict = False
        self.field_errors: dict[str, QLabel] = {}
        self.setWindowModality(Qt.WindowModality.WindowModal)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.submit)

    def add_field(self, key: str, label: str, widget: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.form.addRow(label, box)
        self._fields[key] = widget
        self.field_errors[key] = error
        return widget

    def clear_errors(self) -> None:
        self.error.hide()
        for key, widget in self._fields.items():
            widget.setStyleSheet("")
            self.field_errors[key].hide()

    def show_error(self, exc: DeskError) -> bool:
        self.clear_errors()
        target = self._fields.get(exc.field or "")
        if target is None:
            self.error.setText(lf_error_text(exc))
            self.error.show()
            return True
        label = self.field_errors[exc.field or ""]
        label.setText(lf_error_text(exc))
        label.show()
        target.setStyleSheet(FIELD_ERROR_STYLE)
        target.setFocus()
        return True

    def _error(self, exc: DeskError) -> bool:
        if isinstance(exc, ConflictError | NotFound):
            # Told in a message; the page then shows the record as it now is.
            self.conflict = True
            ui_errors.messenger.error(self, lf_error_text(exc))
            return True
        return self.show_error(exc)

    def call(self) -> Any:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def submit(self) -> None:
        done = write_op(self, self.call).success(self._done).failure(self._error).run()
        if done is None and self.conflict:
            self.reject()

    def _done(self, result: Any) -> None:
        self.result_value = result
        self.accept()


def note_field(placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName("lfNote")
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
    return edit


class ReturnDialog(PageForm):
    """The owner takes the item: who they are, the document checked, their signature."""

    def __init__(
        self, desk: Desk, actor: Actor, detail: ItemDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(desk, actor, parent)
        self.detail = detail
        item = detail.item
        self.setObjectName("lfReturnDialog")
        self.setWindowTitle(self.tr("Return {number} to its owner").format(number=item.number))
        self.set_intro(
            self.tr("{number}: {description}").format(
                number=item.number, description=" ".join(item.description.split())
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Return"))
        self.report: QComboBox | None = None
        linked = [r for r in detail.reports if r.state is ReportState.LINKED]
        self._auto = ("", "")
        if linked:
            self.report = self.add_field("report", self.tr("Guest's report"), QComboBox())
            self.report.setObjectName("returnReport")
            for r in linked:
                self.report.addItem(
                    self.tr("{guest}, report #{num}").format(guest=r.guest_name, num=r.num), r.id
                )
            self.report.addItem(self.tr("None: someone else claims it"), None)
        self.name = self.add_field("claimant_name", self.tr("Claimant's name"), QLineEdit())
        self.name.setObjectName("returnName")
        self.contact = self.add_field("claimant_contact", self.tr("Contact"), QLineEdit())
        self.contact.setObjectName("returnContact")
        self.contact.setPlaceholderText(self.tr("Phone or e-mail"))
        self.document = self.add_field("id_document", self.tr("Identity document"), QComboBox())
        self.document.setObjectName("returnDocument")
        self.document.addItem(self.tr("— choose the document checked —"), None)
        for doc in IdDocument:
            self.document.addItem(id_document_label(doc), doc.value)
        self.last_four = self.add_field(
            "id_last_four", self.tr("Last four characters"), QLineEdit()
        )
        self.last_four.setObjectName("returnLastFour")
        self.last_four.setPlaceholderText(self.tr("e.g. 4821"))
        self.last_four.setToolTip(
            self.tr("Only the last four characters of the document number are kept.")
        )
        self.last_four.setMaximumWidth(self.fontMetrics().horizontalAdvance("W") * 8 + 16)
        self.checked = self.add_field(
            "identity_checked", "", QCheckBox(self.tr("I have checked the identity document"))
        )
        self.checked.setObjectName("returnChecked")
        self.signature = self.add_field(
            "signature", self.tr("Claimant's signature"), SignatureField()
        )
        self.signature.setObjectName("returnSignature")
        self.signature.setMinimumSize(420, 190)
        self.name.textChanged.connect(self._caption)
        if self.report is not None:
            self.report.currentIndexChanged.connect(self._fill_from_report)
            self._fill_from_report()
        self._caption()
        self.resize(600, 560)

    def _linked(self) -> ReportView | None:
        report_id = self.report.currentData() if self.report is not None else None
        return next((r for r in self.detail.reports if r.id == report_id), None)

    def _fill_from_report(self) -> None:
        """The guest of the chosen report, unless the clerk has typed someone else."""
        report = self._linked()
        name, contact = (report.guest_name, report.contact) if report else ("", "")
        if self.name.text() in ("", self._auto[0]):
            self.name.setText(name)
        if self.contact.text() in ("", self._auto[1]):
            self.contact.setText(contact)
        self._auto = (name, contact)

    def _caption(self) -> None:
        name = self.name.text().strip()
        self.signature.set_caption(
            self.tr("Signed by {name} on receiving the item").format(name=name) if name else ""
        )

    def call(self) -> ItemDetail:
        report = self._linked()
        return lostfound_commands.return_item(
            self._desk,
            self._actor,
            self.detail.item.id,
            claimant_name=self.name.text(),
            claimant_contact=self.contact.text(),
            id_document=self.document.currentData(),
            id_last_four=self.last_four.text(),
            identity_checked=self.checked.isChecked(),
            signature=self.signature.signature(),
            report_id=report.id if report else None,
            expected_version=self.detail.item.version,
        )


class ProposeDisposalDialog(PageForm):
    """A clerk proposes what to do with an item kept past its retention."""

    def __init__(self, desk: Desk, actor: Actor, item: ItemView, parent=None) -> None:
        super().__init__(desk, actor, parent)
        self.item = item
        self.setObjectName("lfProposeDialog")
        self.setWindowTitle(self.tr("Propose disposal of {number}").format(number=item.number))
        self.set_intro(
            self.tr(
                "Kept since {found}; its retention ended on {date}. A supervisor or a manager "
                "approves the disposal before the item leaves the store."
            ).format(found=format_date(item.found_at), date=format_date(item.dispose_after))
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Propose"))
        self.method = self.add_field("method", self.tr("Dispose of it by"), QComboBox())
        self.method.setObjectName("disposalMethod")
        self.method.addItem(self.tr("— choose —"), None)
        for method in DisposalMethod:
            self.method.addItem(disposal_method_label(method), method.value)
        self.note = self.add_field(
            "note",
            self.tr("Note"),
            note_field(self.tr("Where it goes, to whom, any reference number")),
        )
        self.resize(520, 300)

    def call(self) -> ItemDetail:
        return lostfound_commands.propose_disposal(
            self._desk,
            self._actor,
            self.item.id,
            self.method.currentData() or "",
            self.note.toPlainText(),
            expected_version=self.item.version,
        )


class DecideDisposalDialog(PageForm):
    """A supervisor approves (the item is disposed of) or rejects (it stays) a proposal."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        item: ItemView,
        proposal: DisposalView,
        approve: bool,
        parent=None,
        matches: int = 0,
    ) -> None:
        super().__init__(desk, actor, parent)
        self.item = item
        self.approve = approve
        self.setObjectName("lfApproveDialog" if approve else "lfRejectDialog")
        title = (
            self.tr("Approve disposal of {number}")
            if approve
            else self.tr("Reject disposal of {number}")
        )
        self.setWindowTitle(title.format(number=item.number))
        self.set_intro(
            self.tr("{name} proposed on {time}: {method}. {note}").format(
                name=proposal.proposed_by_name,
                time=format_datetime(proposal.proposed_at),
                method=disposal_method_label(proposal.method),
                note=proposal.note,
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Approve") if approve else self.tr("Reject")
        )
        self.note = self.add_field(
            "note",
            self.tr("Note") if approve else self.tr("Reason"),
            note_field(self.tr("Optional") if approve else self.tr("Why the item is to be kept")),
        )
        if approve and matches:  # open reports may be this item: said before it goes
            self.layout().insertWidget(1, matches_warning(matches))
        # Ready for the note at once: what is typed as the form shows goes into it.
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(520, 260)

    def call(self) -> ItemDetail:
        return lostfound_commands.decide_disposal(
            self._desk,
            self._actor,
            self.item.id,
            approve=self.approve,
            note=self.note.toPlainText(),
            expected_version=self.item.version,
        )


class CloseReportDialog(PageForm):
    """The guest no longer looks for the item: say why."""

    def __init__(self, desk: Desk, actor: Actor, report: ReportView, parent=None) -> None:
        super().__init__(desk, actor, parent)
        self.report = report
        self.setObjectName("lfCloseReportDialog")
        self.setWindowTitle(
            self.tr("Close report #{num}: {guest}").format(num=report.num, guest=report.guest_name)
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Close report"))
        self.note = self.add_field(
            "note",
            self.tr("Reason"),
            note_field(self.tr("e.g. the guest found it themselves; the guest gave up")),
        )
        self.resize(520, 220)

    def call(self) -> ReportView:
        return lostfound_commands.close_report(
            self._desk,
            self._actor,
            self.report.id,
            self.note.toPlainText(),
            expected_version=self.report.version,
        )
