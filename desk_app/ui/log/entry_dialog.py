"""One entry read in full: its links both ways, who has read it, and the Amend and Read actions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.log import CATEGORY_ORDER
from desk_app.services.desk import Actor, Desk
from desk_app.services.log import commands as log_commands
from desk_app.services.log import views as log_views
from desk_app.services.log.views import EntryDetail, EntryView
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.forms import FormDialog
from desk_app.ui.common.labels import format_datetime
from desk_app.ui.common.write_op import write_op
from desk_app.ui.log.labels import category_label, follow_up_label
from desk_app.ui.shell.records import ENTRY
from desk_app.ui.supervision.review_notes import ReviewNotes


class AmendDialog(FormDialog):
    """A correction is written as a new entry; the form starts from the old one's words."""

    def __init__(
        self, desk: Desk, actor: Actor, entry: EntryView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._entry = entry
        self.result_entry: EntryView | None = None
        self.setWindowTitle(self.tr("Amend entry #{num}").format(num=entry.num))
        self.set_intro(
            self.tr(
                "The original entry stays in the book, marked as amended. "
                "Write the corrected entry in full."
            )
        )
        self.category = self.add_field("category", self.tr("Category"), QComboBox())
        for cat in CATEGORY_ORDER:
            self.category.addItem(category_label(cat), cat.value)
        self.category.setCurrentIndex(self.category.findData(entry.category.value))
        self.room = self.add_field("room", self.tr("Room / place"), QLineEdit(entry.room))
        self.party = self.add_field("party", self.tr("Party concerned"), QLineEdit(entry.party))
        self.text = self.add_field("text", self.tr("Text"), QPlainTextEdit(entry.text))
        self.text.setObjectName("amendText")
        self.important = QCheckBox(self.tr("Important"))
        self.important.setChecked(entry.important)
        self.form.addRow("", self.important)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.resize(560, 360)

    def submit(self) -> None:
        write_op(
            self,
            lambda: log_commands.amend_entry(
                self._desk,
                self._actor,
                self._entry.id,
                category=self.category.currentData(),
                text=self.text.toPlainText(),
                room=self.room.text(),
                party=self.party.text(),
                important=self.important.isChecked(),
            ),
        ).success(self._saved).failure(self.show_error).run()

    def _saved(self, entry: EntryView) -> None:
        self.result_entry = entry
        self.accept()


class EntryDialog(QDialog):
    open_complaint = Signal(str)  # complaint id: the window opens its page after this closes
    open_item = Signal(str)  # found item id: likewise, for a lost-and-found movement's entry
    open_key = Signal(str)  # key id: likewise, for a restricted key's loan or a key lost

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        entry_id: str,
        parent: QWidget | None = None,
        *,
        links: bool = True,
    ) -> None:
        """``links``: buttons to the complaint, found item or key the entry is about (which the
        window opens once this closes); off where another page is open under this one."""
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._links = links
        self.setObjectName("entryDialog")
        self.setMinimumWidth(560)
        self._outer = QVBoxLayout(self)
        self._content: QWidget | None = None
        self.detail: EntryDetail | None = None
        self.load(entry_id)

    def load(self, entry_id: str) -> None:
        detail = run_op(self, lambda: log_views.entry_detail(self._desk, self._actor, entry_id))
        if detail is None:
            return
        self.detail = detail
        if self._content is not None:
            self._content.setParent(None)
            self._content.deleteLater()
        self._content = QWidget(self)
        self._outer.addWidget(self._content)
        self._layout = QVBoxLayout(self._content)
        self._layout.setContentsMargins(0, 0, 0, 0)
        e = detail.entry
        self.setWindowTitle(self.tr("Log entry #{num}").format(num=e.num))
        form = QFormLayout()
        form.addRow(self.tr("Time"), QLabel(format_datetime(e.at)))
        form.addRow(self.tr("Category"), QLabel(category_label(e.category)))
        form.addRow(self.tr("Room / place"), QLabel(e.room))
        form.addRow(self.tr("Party concerned"), QLabel(e.party))
        form.addRow(
            self.tr("Recorded by"),
            QLabel(self.tr("{name} at {station}").format(name=e.author_name, station=e.station)),
        )
        text = QLabel(e.text)
        text.setObjectName("entryText")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Text"), text)
        if e.important:
            form.addRow("", QLabel(self.tr("★ Important: everyone on duty must read it.")))
        if e.follow_up_id:
            form.addRow(
                self.tr("Follow-up"),
                QLabel(
                    self.tr("{state}: {owner}, due {due}").format(
                        state=follow_up_label(e.follow_up_state),
                        owner=e.follow_up_owner_name or "",
                        due=format_datetime(e.follow_up_due),
                    )
                ),
            )
        self._layout.addLayout(form)
        for caption, other in (
            (self.tr("Amends entry #{num}: {text}"), detail.amends),
            (self.tr("Amended by entry #{num}: {text}"), detail.amended_by),
            (self.tr("Closes the follow-up of entry #{num}: {text}"), detail.closes),
            (self.tr("Follow-up closed by entry #{num}: {text}"), detail.closed_by),
        ):
            if other is not None:
                row = QHBoxLayout()
                label = QLabel(caption.format(num=other.num, text=other.text))
                label.setWordWrap(True)
                button = QPushButton(self.tr("Open #{num}").format(num=other.num))
                button.clicked.connect(lambda _=False, oid=other.id: self.load(oid))
                row.addWidget(label, 1)
                row.addWidget(button)
                self._layout.addLayout(row)
        read = ", ".join(
            self.tr("{name} ({time})").format(name=r.name, time=format_datetime(r.at))
            for r in detail.read_by
        )
        unread = ", ".join(r.name for r in detail.not_read_by)
        read_label = QLabel(self.tr("Read by: {names}").format(names=read or self.tr("nobody yet")))
        read_label.setObjectName("readBy")
        read_label.setWordWrap(True)
        self._layout.addWidget(read_label)
        unread_label = QLabel(
            self.tr("Not yet read by (on duty since): {names}").format(names=unread or "—")
        )
        unread_label.setObjectName("notReadBy")
        unread_label.setWordWrap(True)
        self._layout.addWidget(unread_label)
        # A supervisor's notes from the daily review: beside the entry, never changing it.
        self.notes = ReviewNotes(self._desk, self._actor, ENTRY, e.id)
        self._layout.addWidget(self.notes)

        # Entries are shown exactly as written: a "<b>" typed by a clerk is text, not markup.
        for label in self._content.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox()
        self.read_button = buttons.addButton(
            self.tr("Mark read"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.read_button.setObjectName("markRead")
        already = (
            any(r.person_id == self._actor.id for r in detail.read_by)
            or e.author_id == self._actor.id
        )
        self.read_button.setEnabled(not already)
        self.read_button.clicked.connect(self.mark_read)
        self.amend_button = buttons.addButton(
            self.tr("Amend…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.amend_button.setObjectName("amend")
        self.amend_button.setEnabled(detail.amended_by is None)
        self.amend_button.setToolTip(
            self.tr("Write a correcting entry; this one stays as written.")
            if detail.amended_by is None
            else self.tr("Already amended: amend the newer entry.")
        )
        self.amend_button.clicked.connect(self.amend)
        if e.complaint_id and self._links:
            complaint_button = buttons.addButton(
                self.tr("Open complaint…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            complaint_button.setObjectName("openComplaint")
            complaint_button.clicked.connect(lambda: self._to_complaint(e.complaint_id))
        if e.lf_item_id and self._links:
            item_button = buttons.addButton(
                self.tr("Open found item…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            item_button.setObjectName("openFoundItem")
            item_button.clicked.connect(lambda: self._to_item(e.lf_item_id))
        if e.key_id and self._links:
            key_button = buttons.addButton(
                self.tr("Open key…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            key_button.setObjectName("openKey")
            key_button.setToolTip(self.tr("The key's page: who has it, and its history"))
            key_button.clicked.connect(lambda: self._to_key(e.key_id))
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        self._layout.addWidget(buttons)

    def _to_complaint(self, complaint_id: str) -> None:
        self.open_complaint.emit(complaint_id)
        self.accept()

    def _to_item(self, item_id: str) -> None:
        self.open_item.emit(item_id)
        self.accept()

    def _to_key(self, key_id: str) -> None:
        self.open_key.emit(key_id)
        self.accept()

    def mark_read(self) -> None:
        assert self.detail is not None
        entry_id = self.detail.entry.id
        write_op(self, lambda: log_commands.mark_read(self._desk, self._actor, entry_id)).success(
            lambda _read: self._written(entry_id)
        ).run()

    def _written(self, entry_id: str) -> None:
        """Read again after a write here (the window tells the docks)."""
        self.load(entry_id)

    def amend(self) -> None:
        assert self.detail is not None
        dialog = AmendDialog(self._desk, self._actor, self.detail.entry, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_entry is not None:
            self._written(dialog.result_entry.id)
