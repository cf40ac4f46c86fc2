"""Supervision → Review a day: one local day of every station, as the duty report shows it (the
summary, then the log with important entries and amendments marked, complaints, lost and found,
keys, the sheets sealed and their discrepancies), read from the keyboard: Enter opens a row's
record and marks the row read by the supervisor (an entry in the log's own marks, the others in
the review's), Ctrl+N writes a note on it, and the day is marked reviewed with a comment
(Ctrl+Return). Above: whether and by whom the day was reviewed, and how many of its rows the
supervisor has read; a row read is ticked and greyed, so one left half read shows where to go on.
Beside: the notes written on its rows.

It opens on the oldest day still to review (else yesterday); the days not reviewed are listed
to pick from.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.changes import Changes
from desk_app.services.desk import Actor, Desk
from desk_app.services.log import commands as log_commands
from desk_app.services.supervision import review
from desk_app.services.supervision.review_read import READ_KINDS, mark_row_read
from desk_app.ui.common.date_field import DateField
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.forms import OVERDUE_STYLE
from desk_app.ui.common.labels import format_date, format_datetime
from desk_app.ui.common.section_rows import OPENS, open_record_over, opens_records
from desk_app.ui.common.write_op import write_op
from desk_app.ui.handover.labels import handover_labels
from desk_app.ui.reports.report_tabs import clear_tabs, fill_report_tabs
from desk_app.ui.shell.records import ENTRY, Records
from desk_app.ui.supervision.review_forms import MarkReviewedDialog, NoteDialog

DONE_STYLE = "color: #1e7b34; font-weight: bold"
READ_COLOR = QColor("#8a8a8a")  # a row read: greyed, as an amended entry in the log
READ_MARK = "✓"


class ReviewPage(QDialog):
    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.actor = desk, actor
        self.labels = handover_labels()
        self.day_review: review.DayReview | None = None
        self.read: set[tuple[str, object]] = set()  # (kind, number or code) of the rows read
        self.record_page: QDialog | None = None
        self.form: QDialog | None = None
        self.setObjectName("reviewPage")
        self.setWindowTitle(self.tr("Review a day"))
        self.resize(1280, 720)

        pending = run_op(self, lambda: review.days_not_reviewed(desk, actor)) or []
        today = desk.clock.now().astimezone().date()
        first = pending[-1] if pending else today - timedelta(days=1)
        self.day_field = DateField(first)
        self.day_field.setObjectName("reviewDay")
        self.day_field.dateChanged.connect(lambda _d: self.load())
        day_label = QLabel(self.tr("&Day:"))
        day_label.setBuddy(self.day_field)
        self.pending = QListWidget()
        self.pending.setObjectName("reviewPending")
        self.pending.setMaximumHeight(90)
        self.pending.itemActivated.connect(
            lambda item: self.day_field.setDate(item.data(Qt.ItemDataRole.UserRole))
        )
        self.state = QLabel()
        self.state.setObjectName("reviewState")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QLabel()
        self.progress.setObjectName("reviewProgress")
        self.progress.setTextFormat(Qt.TextFormat.PlainText)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("reviewSections")
        self.notes = QListWidget()
        self.notes.setObjectName("reviewNotes")
        self.notes.setWordWrap(True)
        notes_box = QWidget()
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(QLabel(self.tr("Notes on the day's rows")))
        notes_layout.addWidget(self.notes, 1)
        split = QSplitter()
        split.addWidget(self.tabs)
        split.addWidget(notes_box)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)

        self.note_button = QPushButton(self.tr("&Note on the row…"))
        self.note_button.setObjectName("reviewNoteButton")
        self.note_button.setToolTip(self.tr("Ctrl+N"))
        self.note_button.clicked.connect(self.note_on_row)
        self.done_button = QPushButton(self.tr("&Mark the day reviewed…"))
        self.done_button.setObjectName("reviewDoneButton")
        self.done_button.setToolTip(self.tr("Ctrl+Return"))
        self.done_button.clicked.connect(self.mark_reviewed)
        for button in (self.note_button, self.done_button):
            button.setAutoDefault(False)
        QShortcut(QKeySequence("Ctrl+N"), self, self.note_on_row)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.mark_reviewed)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(day_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.day_field, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.state, 1)
        top.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignTop)
        pending_row = QHBoxLayout()
        self.pending_label = QLabel(self.tr("Not reviewed yet:"))
        pending_row.addWidget(self.pending_label, 0, Qt.AlignmentFlag.AlignTop)
        pending_row.addWidget(self.pending, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note_button)
        bottom.addWidget(self.done_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(pending_row)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self._show_pending(pending)
        self.load()

    # -- reading --------------------------------------------------------------------------------

    @property
    def day(self) -> date:
        return self.day_field.date().toPython()

    def _show_pending(self, days: list[date]) -> None:
        self.pending.clear()
        for day in days:
            item = QListWidgetItem(format_date(day))
            item.setData(Qt.ItemDataRole.UserRole, QDate(day))
            self.pending.addItem(item)
        self.pending.setVisible(bool(days))
        self.pending_label.setVisible(bool(days))

    def load(self) -> review.DayReview | None:
        found = run_op(self, lambda: review.review_day(self.desk, self.actor, self.day))
        self.day_review = found
        if found is None:
            clear_tabs(self.tabs)
            self.notes.clear()
            self.state.setText("")
            self.progress.setText("")
            return None
        # The same tab and row after a note or the day marked (the supervisor reads on).
        tab = self.tabs.currentIndex()
        table = self.tabs.currentWidget()
        row = table.currentRow() if isinstance(table, QTableWidget) else -1
        fill_report_tabs(self.tabs, found.report, self.labels, self.open_record)
        self.read = set(found.read)
        self._show_read()
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
            table = self.tabs.currentWidget()
            if isinstance(table, QTableWidget) and 0 <= row < table.rowCount():
                table.setCurrentCell(row, 0)
        self._show_state(found)
        self.notes.clear()
        for note in found.notes:
            self.notes.addItem(
                self.tr("{at} · {by} · {record}: {text}").format(
                    at=format_datetime(note.at),
                    by=note.by,
                    record=self._record_text(note.record_kind),
                    text=note.text,
                )
            )
        return found

    def _record_text(self, kind: str) -> str:
        names = {
            "entry": self.tr("log entry"),
            "complaint": self.tr("complaint"),
            "key": self.tr("key"),
            "handover": self.tr("handover sheet"),
            "lf_item": self.tr("found item"),
            "lf_report": self.tr("lost item report"),
        }
        return names.get(kind, kind)

    def _show_read(self) -> None:
        """Tick and grey the rows read (a flagged row stays red: it still matters) and count
        them, over every tab whose rows open a record."""
        found = self.day_review
        if found is None:
            return
        grey = QBrush(READ_COLOR)
        rows = read = 0
        for index, section in enumerate(found.report.sections):
            table = self.tabs.widget(index + 1)  # the summary is first
            if not opens_records(section) or not isinstance(table, QTableWidget):
                continue
            kind, column = OPENS[section.key]
            ref_column = section.columns.index(column)
            marked = False
            for r, row in enumerate(section.rows):
                done = (kind, row[ref_column]) in self.read
                rows += 1
                read += done
                marked = marked or done
                table.setVerticalHeaderItem(r, QTableWidgetItem(READ_MARK if done else ""))
                if done and r not in section.flagged:
                    for c in range(table.columnCount()):
                        item = table.item(r, c)
                        if item is not None:
                            item.setForeground(grey)
            table.verticalHeader().setVisible(marked)
        self.progress.setText(
            self.tr("Rows read: {read} of {rows}").format(read=read, rows=rows) if rows else ""
        )

    def _show_state(self, found: review.DayReview) -> None:
        state = found.state
        if state is None:
            self.state.setText(
                self.tr("{day}: not reviewed yet.").format(day=format_date(found.day))
            )
            self.state.setStyleSheet(OVERDUE_STYLE)
        else:
            text = (
                self.tr("{day}: reviewed by {name}, {at} (on time).")
                if state.on_time
                else self.tr("{day}: reviewed by {name}, {at} (late).")
            ).format(
                day=format_date(found.day),
                name=state.reviewed_by,
                at=format_datetime(state.reviewed_at),
            )
            if state.comment:
                text = self.tr("{state} Comment: {comment}").format(
                    state=text, comment=state.comment
                )
            self.state.setText(text)
            self.state.setStyleSheet(DONE_STYLE)
        self.done_button.setEnabled(state is None)

    # -- the rows -------------------------------------------------------------------------------

    def _current_row(self) -> tuple[str, object, str] | None:
        """(kind, number or code, the row's words) of the row selected in the tab in front."""
        if self.day_review is None:
            return None
        index = self.tabs.currentIndex() - 1  # the summary is first
        sections = self.day_review.report.sections
        table = self.tabs.currentWidget()
        if not 0 <= index < len(sections) or not isinstance(table, QTableWidget):
            return None
        section = sections[index]
        opens = OPENS.get(section.key)
        row = table.currentRow()
        if opens is None or opens[1] not in section.columns or not 0 <= row < len(section.rows):
            return None
        kind, column = opens
        ref = section.rows[row][section.columns.index(column)]
        return kind, ref, str(ref)

    def _record_id(self, kind: str, ref: object) -> str | None:
        records = Records.of(self)
        known = records.kind(kind) if records is not None else None
        if known is None or known.id_of is None:
            return None
        find = known.id_of
        return run_op(self, lambda: find(self.desk, self.actor, ref))

    def open_record(self, kind: str, ref: object) -> None:
        """The row's record over the review, the row marked read by the reviewer."""
        if self.record_page is not None:
            return
        self._mark_read(kind, ref)
        self.record_page = open_record_over(
            self, self.desk, self.actor, kind, ref, self._record_closed
        )

    def _mark_read(self, kind: str, ref: object) -> None:
        """An entry in the log's marks (its readers see who read it), any other row in the
        review's; nothing written for a row already read."""
        found = self.day_review
        if found is None or (kind, ref) in self.read:
            return
        if kind != ENTRY and kind not in READ_KINDS:
            return
        record_id = self._record_id(kind, ref)
        if record_id is None:
            return
        desk, actor, day = self.desk, self.actor, found.day
        if kind == ENTRY:
            write = write_op(self, lambda: log_commands.mark_read(desk, actor, record_id))
        else:
            write = write_op(self, lambda: mark_row_read(desk, actor, day, kind, record_id))
        write.success(lambda _done: self._row_read(kind, ref)).run()

    def _row_read(self, kind: str, ref: object) -> None:
        self.read.add((kind, ref))
        self._show_read()

    def _record_closed(self, _written: Changes) -> None:
        self.record_page = None

    def note_on_row(self) -> QDialog | None:
        current = self._current_row()
        if current is None or self.form is not None:
            return None
        kind, ref, text = current
        record_id = self._record_id(kind, ref)
        if record_id is None:
            return None
        what = self.tr("{record} {ref}").format(record=self._record_text(kind), ref=text)
        dialog = NoteDialog(self.desk, self.actor, self.day, (kind, record_id), what, self)
        return self._open_form(dialog)

    def mark_reviewed(self) -> QDialog | None:
        found = self.day_review
        if found is None or found.state is not None or self.form is not None:
            return None
        dialog = MarkReviewedDialog(self.desk, self.actor, found.day, len(found.notes), self)
        return self._open_form(dialog)

    def _open_form(self, dialog: QDialog) -> QDialog:
        self.form = dialog

        def finished(result: int) -> None:
            self.form = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self._show_pending(
                    run_op(self, lambda: review.days_not_reviewed(self.desk, self.actor)) or []
                )
                self.load()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog
