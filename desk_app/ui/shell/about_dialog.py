"""Help → About: which DutyDesk this is, what it runs on, where it keeps the book, and what it
ships under which licence.

For a support call the whole of it copies as plain text (Copy details). A licence's text opens
from its row (Show licence…), read from the file the build ships.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.identity import APP_NAME, version
from desk_app.services.about import Whereabouts, whereabouts
from desk_app.services.desk import Desk
from desk_app.ui.shell.about_info import Shipped, shipped, versions
from desk_app.ui.shell.icon import app_icon


def _value(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class AboutDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About DutyDesk"))
        self.where = whereabouts(desk)
        self.versions = versions()
        self.shipped = shipped()
        layout = QVBoxLayout(self)

        head = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        title = QLabel(
            "<b style='font-size: 16pt'>{name} {version}</b><br>{what}".format(
                name=APP_NAME, version=version(), what=self.tr("The front-desk duty book.")
            )
        )
        title.setObjectName("aboutTitle")
        head.addWidget(title, 1)
        layout.addLayout(head)

        parts = QGroupBox(self.tr("Versions"))
        form = QFormLayout(parts)
        for what, number in self.versions:
            form.addRow(what, _value(number))
        layout.addWidget(parts)

        places = QGroupBox(self.tr("Where the book is kept"))
        form = QFormLayout(places)
        self.database_label = _value(self.where.database)
        self.database_label.setObjectName("aboutDatabase")
        form.addRow(self.tr("Database"), self.database_label)
        for kind, path in self.where.anchors:
            form.addRow(self._anchor_words(kind), _value(path))
        if self.where.backups:
            form.addRow(self.tr("Backups"), _value(self.where.backups))
        form.addRow(self.tr("Log files"), _value(self.where.logs))
        layout.addWidget(places)

        licences = QGroupBox(self.tr("Licences of what is shipped"))
        box = QVBoxLayout(licences)
        self.table = QTableWidget(len(self.shipped), 3)
        self.table.setObjectName("aboutLicences")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Part"), self.tr("Version"), self.tr("Licence")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for row, part in enumerate(self.shipped):
            for column, text in enumerate((part.name, part.version, part.licence)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        box.addWidget(self.table)
        self.licence_button = QPushButton(self.tr("Show licence…"))
        self.licence_button.setObjectName("showLicence")
        self.licence_button.setEnabled(False)
        self.licence_button.clicked.connect(self.show_licence)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.show_licence())
        box.addWidget(self.licence_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(licences, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("copyDetails")
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 720)

    def _anchor_words(self, kind: str) -> str:
        if kind == "beside":
            return self.tr("Anchor beside the database")
        return self.tr("Anchor in this account's data folder")

    def _selected(self) -> Shipped | None:
        rows = self.table.selectionModel().selectedRows()
        return self.shipped[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        part = self._selected()
        self.licence_button.setEnabled(part is not None and bool(part.texts))

    def show_licence(self) -> None:
        part = self._selected()
        if part is None or not part.texts:
            return
        dialog = LicenceDialog(part, self)
        dialog.exec()
        dialog.deleteLater()

    def details(self) -> str:
        """Everything the dialog shows, as plain text for a support call."""
        return details_text(self.versions, self.where, self.shipped, self._anchor_words)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
        self.copy_button.setText(self.tr("Copied"))


def details_text(versions, where: Whereabouts, parts: list[Shipped], anchor_words) -> str:
    lines = [f"{APP_NAME} {version()}", ""]
    lines += [f"{what}: {number}" for what, number in versions]
    lines += ["", f"Database: {where.database}"]
    lines += [f"{anchor_words(kind)}: {path}" for kind, path in where.anchors]
    if where.backups:
        lines.append(f"Backups: {where.backups}")
    lines += [f"Logs: {where.logs}", ""]
    lines += [f"{part.name} {part.version} — {part.licence}" for part in parts]
    return "\n".join(lines) + "\n"


class LicenceDialog(QDialog):
    """A shipped part's licence text, read from the files the build holds."""

    def __init__(self, part: Shipped, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("licenceDialog")
        self.setWindowTitle(self.tr("Licence: {part}").format(part=part.name))
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        texts = []
        for path in part.texts:
            try:
                texts.append(path.read_text(encoding="utf-8", errors="replace"))
            except OSError as exc:
                texts.append(f"{path}: {exc.strerror or exc}")
        self.text.setPlainText("\n\n".join(texts))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(680, 560)
