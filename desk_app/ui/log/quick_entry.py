"""The quick-entry line: everything a clerk needs mid-conversation, from the keyboard.

Ctrl+L comes to the room field (the first one typed in), Alt+1 … Alt+8 choose the category without
leaving the line, Tab moves through room, party and text, Enter saves and comes back to the room for
the next entry. Important (Ctrl+I), Follow-up (Ctrl+J) and Save are reached by their keys, not by
Tab: a space typed after Tab must never tick a box. An error is shown under the line, next to the
field it is about, and the typed text stays.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.domain.log import CATEGORY_ORDER
from desk_app.services import accounts
from desk_app.services.desk import Actor, Desk
from desk_app.services.log import commands as log_commands
from desk_app.services.log.views import EntryView
from desk_app.ui.common.datetime_field import DateTimeField
from desk_app.ui.common.errors import error_text, run_op
from desk_app.ui.common.forms import ERROR_STYLE, FIELD_ERROR_STYLE
from desk_app.ui.common.write_op import write_op
from desk_app.ui.log.labels import category_label


class QuickEntry(QWidget):
    saved = Signal(object)  # EntryView

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self.writing = False  # a save under way (see ``submit``)
        self.setObjectName("quickEntry")

        self.category = QComboBox()
        self.category.setObjectName("quickCategory")
        for i, cat in enumerate(CATEGORY_ORDER, start=1):
            self.category.addItem(
                self.tr("{n} {label}").format(n=i, label=category_label(cat)), cat.value
            )
        self.category.setToolTip(self.tr("Category: Alt+1 … Alt+8"))
        self.room = QLineEdit()
        self.room.setObjectName("quickRoom")
        self.room.setPlaceholderText(self.tr("Room / place"))
        self.room.setToolTip(self.tr("Ctrl+L comes back here"))
        self.room.setMaximumWidth(140)
        self.party = QLineEdit()
        self.party.setObjectName("quickParty")
        self.party.setPlaceholderText(self.tr("Party concerned"))
        self.party.setMaximumWidth(200)
        self.text = QLineEdit()
        self.text.setObjectName("quickText")
        self.text.setPlaceholderText(self.tr("What happened? Enter saves"))
        self.important = QCheckBox(self.tr("Important"))
        self.important.setObjectName("quickImportant")
        self.important.setToolTip(self.tr("Ctrl+I: the next shift must read it"))
        self.follow_up = QCheckBox(self.tr("Follow-up"))
        self.follow_up.setObjectName("quickFollowUp")
        self.follow_up.setToolTip(self.tr("Ctrl+J: someone must act on it by a given time"))
        self.owner = QComboBox()
        self.owner.setObjectName("quickOwner")
        self.due = DateTimeField(field="follow_up_due")
        self.due.setObjectName("quickDue")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("quickSave")
        self.save_button.setToolTip(self.tr("Enter in the line saves too"))
        # Off the Tab chain: reached by their keys (or the mouse), so Tab after the text never
        # lands on a box that the next space would tick.
        for widget in (self.important, self.follow_up, self.save_button):
            widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.error = QLabel()
        self.error.setObjectName("quickError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.addWidget(self.category, 0, 0)
        grid.addWidget(self.room, 0, 1)
        grid.addWidget(self.party, 0, 2)
        grid.addWidget(self.text, 0, 3)
        grid.addWidget(self.save_button, 0, 4)
        grid.addWidget(self.important, 1, 0)
        grid.addWidget(self.follow_up, 1, 1)
        grid.addWidget(self.owner, 1, 2)
        grid.addWidget(self.due, 1, 3)
        grid.addWidget(self.error, 2, 0, 1, 5)
        grid.setColumnStretch(3, 1)

        self.follow_up.toggled.connect(self._follow_up_toggled)
        self._follow_up_toggled(False)
        self._reset_due()
        for line in (self.room, self.party, self.text):
            line.returnPressed.connect(self.submit)
            line.textEdited.connect(self._clear_error)
        self.save_button.clicked.connect(self.submit)
        for i in range(len(CATEGORY_ORDER)):
            shortcut = QShortcut(
                QKeySequence(f"Alt+{i + 1}"), self, context=Qt.ShortcutContext.WindowShortcut
            )
            shortcut.activated.connect(lambda i=i: self._choose_category(i))
        QShortcut(
            QKeySequence("Ctrl+L"), self, context=Qt.ShortcutContext.WindowShortcut
        ).activated.connect(self.focus_line)
        QShortcut(
            QKeySequence("Ctrl+I"), self, context=Qt.ShortcutContext.WindowShortcut
        ).activated.connect(self.important.toggle)
        # Not Ctrl+U: a line edit under X11 takes it (delete the line) before the window does.
        QShortcut(
            QKeySequence("Ctrl+J"), self, context=Qt.ShortcutContext.WindowShortcut
        ).activated.connect(self.follow_up.toggle)
        # category → room → party → text, then (a follow-up ticked) its owner and due time.
        self.setTabOrder(self.category, self.room)
        self.setTabOrder(self.room, self.party)
        self.setTabOrder(self.party, self.text)
        self.setTabOrder(self.text, self.owner)
        self.setTabOrder(self.owner, self.due)
        self.reload_people()

    def reload_people(self) -> None:
        people = run_op(self, lambda: accounts.list_people(self._desk)) or []
        chosen = self.owner.currentData() if self.follow_up.isChecked() else None
        self.owner.clear()
        for p in people:
            self.owner.addItem(p.name, p.id)
        # The owner being chosen for a follow-up stays (people read again mid-entry).
        index = self.owner.findData(chosen) if chosen else -1
        self.owner.setCurrentIndex(
            index if index >= 0 else max(0, self.owner.findData(self._actor.id))
        )

    def _choose_category(self, i: int) -> None:
        """Alt+n mid-line keeps the field being typed in; from elsewhere it comes to the line."""
        self.category.setCurrentIndex(i)
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.focus_line()

    def focus_line(self) -> None:
        """Ctrl+L: back to the quick-entry line, at its first typed field (the room)."""
        self.room.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.room.selectAll()

    def _follow_up_toggled(self, on: bool) -> None:
        self.owner.setEnabled(on)
        self.due.setEnabled(on)
        if on:
            self._reset_due()

    def _reset_due(self) -> None:
        due = self._desk.clock.now() + timedelta(hours=2)
        self.due.setDateTime(due)

    def _clear_error(self) -> None:
        self.error.hide()
        for w in (self.text, self.room, self.party, self.due, self.owner, self.category):
            w.setStyleSheet("")

    def _show_error(self, exc: DeskError) -> bool:
        self.error.setText(error_text(exc))
        self.error.show()
        target = {
            "text": self.text,
            "room": self.room,
            "party": self.party,
            "follow_up_due": self.due,
            "follow_up_owner": self.owner,
            "category": self.category,
        }.get(exc.field or "")
        if target is not None:
            target.setStyleSheet(FIELD_ERROR_STYLE)
            target.setFocus()
        return True

    def submit(self) -> EntryView | None:
        self._clear_error()
        follow_up = self.follow_up.isChecked()
        owner = self.owner.currentData() if follow_up else None
        # While the line writes, the dock knows the Changes coming back are its own: it shows
        # the saved entry itself, at once, without reading the book again.
        self.writing = True
        try:
            entry = (
                write_op(
                    self,
                    lambda: log_commands.record_entry(
                        self._desk,
                        self._actor,
                        category=self.category.currentData(),
                        text=self.text.text(),
                        room=self.room.text(),
                        party=self.party.text(),
                        important=self.important.isChecked(),
                        follow_up_owner_id=owner,
                        # Read inside: a due time that cannot be read is shown beside the field.
                        follow_up_due=self.due.value() if follow_up else None,
                    ),
                )
                .failure(self._show_error)
                .run()
            )
        finally:
            self.writing = False
        if entry is None:
            return None
        self.text.clear()
        self.room.clear()
        self.party.clear()
        self.important.setChecked(False)
        self.follow_up.setChecked(False)
        self.room.setFocus()  # ready for the next entry, where Ctrl+L would land
        self.saved.emit(entry)
        return entry
