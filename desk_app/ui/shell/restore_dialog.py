"""Restore…: what putting a backup in the book's place will do, said before it is done, and the
manager's PIN to do it.

It says which journal rows the book will no longer hold, that the book as it is now is backed up
first, where that backup and the anchors the restored book no longer reaches will be kept, and
that the window starts again on the restored book. A wrong PIN is said beside the field and
counts towards the lock-out, as everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from desk_app.services import restore as restore_service
from desk_app.services.backups import BackupRow
from desk_app.services.changes import journal_head
from desk_app.services.desk import Actor, Desk
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.forms import FormDialog
from desk_app.ui.common.labels import format_datetime, format_integer
from desk_app.ui.common.write_op import write_op
from desk_app.ui.shell.account_dialogs import pin_field
from desk_app.ui.shell.background_backup import wait_for_backups


class RestoreDialog(FormDialog):
    def __init__(
        self, desk: Desk, actor: Actor, backup: BackupRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._backup = backup
        self.done_restore: restore_service.RestoreDone | None = None
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        head = run_op(self, lambda: journal_head(desk)) or 0
        made = format_datetime(backup.made_at) if backup.made_at else self.tr("unknown")
        lost = (
            self.tr(
                "The book has reached journal row {head}: what was written after row {seq} "
                "will no longer be in it."
            ).format(head=format_integer(head), seq=format_integer(backup.seq))
            if head > backup.seq
            else self.tr("The backup holds entries the book does not hold now.")
        )
        checked = (
            self.tr("It has not been checked in this session: Check it first if in doubt.")
            if backup.verdict is None
            else self.tr("It was checked whole.")
            if backup.verdict.ok
            else self.tr("It was checked and has problems: think twice.")
        )
        self.set_intro(
            "\n\n".join(
                [
                    self.tr(
                        "The book will be replaced by the backup made {made} (journal row {seq})."
                    ).format(made=made, seq=format_integer(backup.seq)),
                    lost,
                    checked,
                    self.tr(
                        "The book as it is now is backed up first. That backup, and the anchors "
                        "and newer backups the restored book no longer reaches, are kept "
                        "together in a folder beside the backups, as evidence of what was. "
                        "DutyDesk must be closed on every other station. The window then "
                        "starts again on the restored book."
                    ),
                ]
            )
        )
        self.pin = self.add_field("pin", self.tr("Your PIN"), pin_field("restorePin"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        self.resize(560, 0)
        self.pin.setFocus()

    def submit(self) -> None:
        pin = self.pin.text()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            wait_for_backups(self._desk)  # a handover's backup still being made: it ends first
            done = (
                write_op(
                    self,
                    lambda: restore_service.restore_backup(
                        self._desk, self._actor, self._backup.path, pin
                    ),
                )
                .failure(self.show_error)
                .run()
            )
        finally:
            QApplication.restoreOverrideCursor()
        self.pin.clear()
        if done is not None:
            self.done_restore = done
            self.accept()
