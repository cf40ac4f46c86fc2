"""The Backups window's second folder: where every backup is copied too, the newest copy there,
and (for a manager) choosing another or none.

A disk that fails takes the book and the backups folder beside it together; a second folder on
another disk, a USB stick or a network share keeps a copy of each backup apart from them. It is
a setting of the book (every station's backups are copied there), so only a manager sets it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.services import backups as backups_service
from desk_app.services.backups import BackupsView
from desk_app.services.desk import Actor, Desk
from desk_app.ui.common.errors import error_text
from desk_app.ui.common.forms import ERROR_STYLE, FIELD_ERROR_STYLE
from desk_app.ui.common.labels import format_datetime
from desk_app.ui.common.write_op import write_op


class SecondFolderBox(QGroupBox):
    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        manager: bool,
        changed: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._manager = manager
        self._changed = changed
        self.setTitle(self.tr("Second backup folder"))
        self.setObjectName("secondFolderBox")
        intro = QLabel(
            self.tr(
                "Each backup is copied there too: another disk, a USB stick or a network "
                "folder. A disk that fails takes the book and the folder beside it together."
            )
        )
        intro.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setObjectName("secondFolder")
        self.field.setReadOnly(True)
        self.field.setPlaceholderText(self.tr("none"))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setObjectName("secondFolderChoose")
        self.choose_button.clicked.connect(self.choose)
        self.choose_button.setEnabled(manager)
        self.clear_button = QPushButton(self.tr("No second folder"))
        self.clear_button.setObjectName("secondFolderClear")
        self.clear_button.clicked.connect(lambda: self.set_folder(""))
        self.state = QLabel()
        self.state.setObjectName("secondFolderState")
        self.state.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("secondFolderError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.state)
        layout.addWidget(self.error)

    def show_view(self, view: BackupsView) -> None:
        self.field.setText(str(view.second_folder) if view.second_folder else "")
        self.clear_button.setEnabled(self._manager and view.second_folder is not None)
        if view.second_folder is None:
            self.state.setText(self.tr("Backups are kept beside the book only."))
        elif view.second_newest is None:
            self.state.setText(self.tr("No copy there yet: the next backup makes one."))
        else:
            self.state.setText(
                self.tr("Newest copy there: {when}").format(
                    when=format_datetime(view.second_newest)
                )
            )

    def choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Second backup folder"), self.field.text() or str(Path.home())
        )
        if folder:
            self.set_folder(folder)

    def set_folder(self, folder: str) -> None:
        """Saved as the book's setting; a refusal (no such folder, the book's own) beside it."""
        self.error.hide()
        self.field.setStyleSheet("")
        op = write_op(
            self, lambda: backups_service.set_second_folder(self._desk, self._actor, folder)
        ).failure(self._failed)
        op.run()
        if op.failed is None:
            self._changed()

    def _failed(self, exc: DeskError) -> bool:
        self.error.setText(error_text(exc))
        self.error.show()
        self.field.setStyleSheet(FIELD_ERROR_STYLE)
        return True
