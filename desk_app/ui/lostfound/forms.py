"""Registering a found item and taking a guest's report of a lost one, from the keyboard.

Tab goes through the fields, the combos answer typed letters, Ctrl+Enter saves. An error shows
beside its field and nothing typed is lost. The window opens the new item's page (its tag label
and the reports it may answer) or the new report's page (the found items that may be it) once the
form is saved.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.domain.lostfound.rules import MAX_PHOTO_BYTES, FinderKind, validate_photo
from desk_app.services import accounts
from desk_app.services.desk import Actor, Desk
from desk_app.services.lostfound import commands as lostfound_commands
from desk_app.services.lostfound import views as lostfound_views
from desk_app.services.lostfound.views import ItemView, ReportView
from desk_app.ui.common.datetime_field import DateTimeField
from desk_app.ui.common.errors import error_text, run_op
from desk_app.ui.common.forms import FIELD_ERROR_STYLE, FormDialog
from desk_app.ui.common.write_op import write_op
from desk_app.ui.lostfound.labels import category_choices, finder_kind_label

DEFAULT_CATEGORY = "other"
THUMBNAIL = 72
MORNING = time(6)
IMAGE_SUFFIXES = ("*.jpg", "*.jpeg", "*.png", "*.gif", "*.bmp", "*.webp")


def _from_edit(edit: DateTimeField) -> datetime:
    """The moment typed (``ValidationError`` beside the field if it cannot be read)."""
    value = edit.value()
    assert value is not None  # a required field is never empty
    return value


def this_morning(now: datetime) -> datetime:
    """Six in the morning of the guest's day: today's, or yesterday's before six."""
    local = now.astimezone()
    morning = datetime.combine(local.date(), MORNING).astimezone()
    if morning > local:
        morning = datetime.combine(local.date() - timedelta(days=1), MORNING).astimezone()
    return morning


def _datetime_edit(value: datetime, name: str, field: str) -> DateTimeField:
    edit = DateTimeField(value, field=field)
    edit.setObjectName(name)
    return edit


class _LostFoundForm(FormDialog):
    """What both forms share: the category combo, Ctrl+Enter, and errors beside a field that
    the service names differently from the widget."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._policy = run_op(self, lambda: lostfound_views.get_policy(desk))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.submit)

    def _category_combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        if self._policy is not None:
            for code, label in category_choices(self._policy):
                combo.addItem(label, code)
        combo.setCurrentIndex(max(0, combo.findData(DEFAULT_CATEGORY)))
        return combo

    def _description_edit(self, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(placeholder)
        edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        return edit

    def show_field_message(self, key: str, text: str) -> None:
        """A message beside a field that is not a DeskError (a file that cannot be read)."""
        self.error.setText(text)
        self.error.show()
        for w in self._fields.values():
            w.setStyleSheet("")
        target = self._fields.get(key)
        if target is not None:
            target.setStyleSheet(FIELD_ERROR_STYLE)
            target.setFocus()

    def clear_error(self) -> None:
        self.error.hide()
        for w in self._fields.values():
            w.setStyleSheet("")


class FoundItemDialog(_LostFoundForm):
    """A found item into the book: when, where, who found it, what it is, where it is kept."""

    saved = Signal(object)  # ItemView

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.result_item: ItemView | None = None
        self._photos: list[bytes] = []
        self.setObjectName("foundItemDialog")
        self.setWindowTitle(self.tr("Register found item"))
        now = desk.clock.now()

        self.found_at = self.add_field(
            "found_at", self.tr("Found"), _datetime_edit(now, "foundAt", "found_at")
        )
        self.found_place = self.add_field("found_place", self.tr("Found where"), QLineEdit())
        self.found_place.setObjectName("foundPlace")
        self.found_place.setPlaceholderText(self.tr("Room, lobby, restaurant…"))

        # Found by: a member of staff (from the accounts) or a guest (a name).
        self.finder_kind = QComboBox()
        self.finder_kind.setObjectName("finderKind")
        for kind in (FinderKind.STAFF, FinderKind.GUEST):
            self.finder_kind.addItem(finder_kind_label(kind), kind.value)
        self.finder_staff = QComboBox()
        self.finder_staff.setObjectName("finderStaff")
        for p in run_op(self, lambda: accounts.list_people(desk)) or []:
            self.finder_staff.addItem(p.name, p.id)
        self.finder_staff.setCurrentIndex(max(0, self.finder_staff.findData(actor.id)))
        self.finder_guest = QLineEdit()
        self.finder_guest.setObjectName("finderGuest")
        self.finder_guest.setPlaceholderText(self.tr("The guest's name"))
        self.finder_stack = QStackedWidget()
        self.finder_stack.addWidget(self.finder_staff)
        self.finder_stack.addWidget(self.finder_guest)
        self.finder_stack.setSizePolicy(self.finder_guest.sizePolicy())
        finder_row = QWidget()
        finder_layout = QHBoxLayout(finder_row)
        finder_layout.setContentsMargins(0, 0, 0, 0)
        finder_layout.addWidget(self.finder_kind)
        finder_layout.addWidget(self.finder_stack, 1)
        self.form.addRow(self.tr("Found by"), finder_row)
        self._fields["finder"] = self.finder_staff
        self.finder_kind.currentIndexChanged.connect(self._finder_kind_changed)

        self.description = self.add_field(
            "description",
            self.tr("Description"),
            self._description_edit(
                "itemDescription",
                self.tr("What is it? Colour, brand, contents, marks. Ctrl+Enter saves."),
            ),
        )
        self.category = self.add_field(
            "category", self.tr("Category"), self._category_combo("itemCategoryChoice")
        )
        days = self._policy.valuables_days if self._policy is not None else 0
        self.valuables = QCheckBox(
            self.tr("Money or valuables (kept at least {days} days)").format(days=days)
        )
        self.valuables.setObjectName("itemValuables")
        self.form.addRow("", self.valuables)
        self._fields["valuables"] = self.valuables
        self.category.currentIndexChanged.connect(self._category_changed)
        self.storage_place = self.add_field("storage_place", self.tr("Stored at"), QLineEdit())
        self.storage_place.setObjectName("storagePlace")
        self.storage_place.setPlaceholderText(self.tr("Shelf, locker, safe"))

        # Photos: thumbnails; Delete or the button removes the selected one.
        self.photo_list = QListWidget()
        self.photo_list.setObjectName("itemPhotos")
        self.photo_list.setViewMode(QListView.ViewMode.IconMode)
        self.photo_list.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.photo_list.setMovement(QListView.Movement.Static)
        self.photo_list.setFlow(QListView.Flow.LeftToRight)
        self.photo_list.setWrapping(False)
        self.photo_list.setFixedHeight(THUMBNAIL + 2 * self.fontMetrics().height() + 16)
        self.photo_list.setAccessibleName(self.tr("Photos"))
        self.photo_list.installEventFilter(self)
        self.add_photos_button = QPushButton(self.tr("Add photos…"))
        self.add_photos_button.setObjectName("addPhotos")
        self.add_photos_button.setAutoDefault(False)
        self.add_photos_button.clicked.connect(self.choose_photos)
        self.remove_photo_button = QPushButton(self.tr("Remove photo"))
        self.remove_photo_button.setObjectName("removePhoto")
        self.remove_photo_button.setAutoDefault(False)
        self.remove_photo_button.setToolTip(self.tr("Remove the selected photo (Delete)"))
        self.remove_photo_button.clicked.connect(self.remove_selected_photo)
        self.remove_photo_button.setEnabled(False)
        self.photo_list.itemSelectionChanged.connect(self._photo_selection_changed)
        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(self.add_photos_button)
        photo_buttons.addWidget(self.remove_photo_button)
        photo_buttons.addStretch(1)
        photo_box = QWidget()
        photo_layout = QHBoxLayout(photo_box)
        photo_layout.setContentsMargins(0, 0, 0, 0)
        photo_layout.addWidget(self.photo_list, 1, Qt.AlignmentFlag.AlignTop)
        photo_layout.addLayout(photo_buttons)
        self.form.addRow(self.tr("Photos"), photo_box)
        self._fields["photo"] = self.photo_list

        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register item"))
        self.resize(660, 560)
        self.found_place.setFocus()

    # -- finder and category -------------------------------------------------------------------
    def _finder_kind_changed(self) -> None:
        guest = self.finder_kind.currentData() == FinderKind.GUEST.value
        editor = self.finder_guest if guest else self.finder_staff
        self.finder_stack.setCurrentWidget(editor)
        self._fields["finder"] = editor

    def _category_changed(self) -> None:
        if self.category.currentData() == "valuables":
            self.valuables.setChecked(True)

    # -- photos --------------------------------------------------------------------------------
    def choose_photos(self) -> None:
        patterns = " ".join(IMAGE_SUFFIXES)
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos of the item"),
            "",
            self.tr("Pictures ({patterns})").format(patterns=patterns),
        )
        if paths:
            self.add_photo_files(paths)

    def add_photo_files(self, paths: list[str]) -> int:
        """Add the pictures among ``paths``; the first refused file is named beside the photos.
        Returns how many were added."""
        added = 0
        for path in paths:
            name = Path(path).name
            try:
                with open(path, "rb") as f:
                    # One byte past the limit is enough to refuse a file as too large.
                    data = f.read(MAX_PHOTO_BYTES + 1)
            except OSError as exc:
                self.show_field_message(
                    "photo",
                    self.tr("{file} cannot be read: {reason}").format(
                        file=name, reason=exc.strerror or str(exc)
                    ),
                )
                return added
            try:
                validate_photo(data, len(self._photos))
            except DeskError as exc:
                self.show_field_message(
                    "photo",
                    self.tr("{file}: {error}").format(file=name, error=error_text(exc)),
                )
                return added
            self._add_photo(name, data)
            added += 1
        if added:
            self.clear_error()
        return added

    def _add_photo(self, name: str, data: bytes) -> None:
        pixmap = QPixmap()
        if pixmap.loadFromData(data):
            icon = QIcon(
                pixmap.scaled(
                    THUMBNAIL,
                    THUMBNAIL,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:  # a format this Qt cannot draw (WebP without its plugin): still kept
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        item = QListWidgetItem(icon, name)
        item.setToolTip(name)
        self.photo_list.addItem(item)
        self._photos.append(data)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if (
            watched is self.photo_list
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.remove_selected_photo()
            return True
        return super().eventFilter(watched, event)

    def remove_selected_photo(self) -> None:
        row = self.photo_list.currentRow()
        if 0 <= row < len(self._photos):
            self.photo_list.takeItem(row)
            del self._photos[row]

    def _photo_selection_changed(self) -> None:
        self.remove_photo_button.setEnabled(bool(self.photo_list.selectedItems()))

    @property
    def photos(self) -> list[bytes]:
        return list(self._photos)

    # -- saving --------------------------------------------------------------------------------
    def submit(self) -> None:
        kind = self.finder_kind.currentData()
        staff = kind == FinderKind.STAFF.value
        write_op(
            self,
            lambda: lostfound_commands.register_item(
                self._desk,
                self._actor,
                found_at=_from_edit(self.found_at),
                found_place=self.found_place.text(),
                finder_kind=kind,
                finder_id=self.finder_staff.currentData() if staff else None,
                finder_name="" if staff else self.finder_guest.text(),
                description=self.description.toPlainText(),
                category=self.category.currentData() or "",
                valuables=self.valuables.isChecked(),
                storage_place=self.storage_place.text(),
                photos=self.photos,
            ),
        ).success(self._saved).failure(self.show_error).run()

    def _saved(self, view: ItemView) -> None:
        self.result_item = view
        self.saved.emit(view)
        self.accept()


class LostReportDialog(_LostFoundForm):
    """A guest's report of something lost: who, how to reach them, when and where, what."""

    saved = Signal(object)  # ReportView

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.result_report: ReportView | None = None
        self.setObjectName("lostReportDialog")
        self.setWindowTitle(self.tr("Guest reports a loss"))
        now = desk.clock.now()

        self.guest = self.add_field("guest_name", self.tr("Guest name"), QLineEdit())
        self.guest.setObjectName("reportGuest")
        self.room = self.add_field("room", self.tr("Room / unit"), QLineEdit())
        self.room.setObjectName("reportRoom")
        self.contact = self.add_field("contact", self.tr("Contact"), QLineEdit())
        self.contact.setObjectName("reportContact")
        self.contact.setPlaceholderText(self.tr("Phone, e-mail or messenger"))
        self.lost_from = self.add_field(
            "lost_from",
            self.tr("Lost from"),
            _datetime_edit(this_morning(now), "lostFrom", "lost_from"),
        )
        self.lost_until = self.add_field(
            "lost_until", self.tr("Lost until"), _datetime_edit(now, "lostUntil", "lost_until")
        )
        self.lost_place = self.add_field("lost_place", self.tr("Lost where"), QLineEdit())
        self.lost_place.setObjectName("reportPlace")
        self.lost_place.setPlaceholderText(self.tr("Room, lobby, taxi… if the guest knows"))
        self.description = self.add_field(
            "description",
            self.tr("Description"),
            self._description_edit(
                "reportDescription",
                self.tr("What was lost? Colour, brand, contents, marks. Ctrl+Enter saves."),
            ),
        )
        self.category = self.add_field(
            "category", self.tr("Category"), self._category_combo("reportCategoryChoice")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save report"))
        self.resize(620, 520)
        self.guest.setFocus()

    def submit(self) -> None:
        write_op(
            self,
            lambda: lostfound_commands.report_lost(
                self._desk,
                self._actor,
                guest_name=self.guest.text(),
                contact=self.contact.text(),
                room=self.room.text(),
                lost_from=_from_edit(self.lost_from),
                lost_until=_from_edit(self.lost_until),
                lost_place=self.lost_place.text(),
                description=self.description.toPlainText(),
                category=self.category.currentData() or "",
            ),
        ).success(self._saved).failure(self.show_error).run()

    def _saved(self, view: ReportView) -> None:
        self.result_report = view
        self.saved.emit(view)
        self.accept()
