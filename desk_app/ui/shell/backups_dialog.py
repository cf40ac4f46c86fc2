"""Admin → Backups…: this book's backups with when and why each was made, its size, the journal
head it holds, whether the book still holds that head, and — once checked — whether it is whole;
a backup made now; one opened read-only beside the window; one restored over the book; the
second folder every backup is copied to.

Supervisors and managers open it (a supervisor checks, backs up and looks something up in an old
backup); restoring and the second folder are the manager's, greyed for others. A PostgreSQL book
shows why there is nothing here: its backups are made and restored on the server.

Checking a backup is verify on the file — seconds on a big book —, so it runs only on the row
asked for, beside the window (a thread) with a progress bar; its verdict is kept for the session.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desk_app.domain.roles import Capability, can
from desk_app.services import backups as backups_service
from desk_app.services import restore as restore_service
from desk_app.services.backups import BackupRow, BackupsView, Verdict
from desk_app.ui.common.background_job import BackgroundJob
from desk_app.ui.common.errors import run_op, show_error
from desk_app.ui.common.forms import ERROR_STYLE
from desk_app.ui.common.labels import format_date, format_datetime, format_integer
from desk_app.ui.shell.rotation_box import RotationBox
from desk_app.ui.shell.second_folder import SecondFolderBox

if TYPE_CHECKING:
    from desk_app.services.desk import Desk
    from desk_app.ui.shell.main_window import MainWindow

OK_STYLE = "color: #2e7d32;"
COLUMNS = 6


def reason_label(reason: str) -> str:
    """Why a backup was made, in the reader's words (as stored in the backup's marks)."""
    words = {
        "daily": QCoreApplication.translate("Backups", "Daily"),
        "handover": QCoreApplication.translate("Backups", "Handover sealed"),
        "manual": QCoreApplication.translate("Backups", "Made by hand"),
        "before-upgrade": QCoreApplication.translate("Backups", "Before an upgrade"),
        "before-restore": QCoreApplication.translate("Backups", "Before a restore"),
        "before-archive": QCoreApplication.translate("Backups", "Before archiving a year"),
    }
    return words.get(reason, reason)


def made_text(made: datetime) -> str:
    """When a backup was made, to the second: two made in the same minute (a handover sealed,
    then a backup by hand) must not look the same."""
    local = made.astimezone()
    return f"{format_date(local)} {local:%H:%M:%S}"


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class BackupsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._desk: Desk = window.desk
        self._actor = window.actor
        self._job: BackgroundJob | None = None
        self._closed = False  # closed (or the desk locked): a job's result is shown to nobody
        self.view: BackupsView | None = None
        self.restored: restore_service.RestoreDone | None = None
        self.manager = can(self._actor.role, Capability.CHANGE_SETTINGS)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.intro = QLabel(
            self.tr(
                "Backups are made every day at closing, at every sealed handover and before an "
                "upgrade, into the backups folder beside the book. A backup is this book's by "
                "what is inside it; one that holds entries the book no longer has is kept."
            )
        )
        self.intro.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("backupsFolder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Made"),
                self.tr("Why"),
                self.tr("Size"),
                self.tr("Journal head"),
                self.tr("In this book"),
                self.tr("Checked"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.verify_selected())

        self.verify_button = QPushButton(self.tr("&Check"))
        self.verify_button.setObjectName("backupVerify")
        self.verify_button.setToolTip(
            self.tr("Check the backup whole, as Verify the book does (seconds on a big book)")
        )
        self.verify_button.clicked.connect(self.verify_selected)
        self.open_button = QPushButton(self.tr("&Open read-only…"))
        self.open_button.setObjectName("backupOpen")
        self.open_button.setToolTip(
            self.tr("The book as it was then, in a window of its own where nothing can be written")
        )
        self.open_button.clicked.connect(self.open_selected)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setObjectName("backupRestore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.back_up_now)
        row = QHBoxLayout()
        for button in (self.verify_button, self.open_button, self.restore_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.backup_button)
        self.progress = QProgressBar()
        self.progress.setObjectName("backupProgress")
        self.progress.hide()
        self.notice = QLabel()
        self.notice.setObjectName("backupsNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.history = QLabel()
        self.history.setObjectName("backupsRestores")
        self.history.setWordWrap(True)
        self.history.hide()

        self.second_box = SecondFolderBox(self._desk, self._actor, self.manager, self.reload)
        self.rotation_box = RotationBox(self._desk, self._actor, self.manager, self.reload)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.notice)
        layout.addWidget(self.history)
        layout.addWidget(self.second_box)
        layout.addWidget(self.rotation_box)
        layout.addWidget(close)
        self.resize(900, 600)
        self.reload()

    # -- the list --------------------------------------------------------------------------------
    def reload(self) -> None:
        view = run_op(self, lambda: backups_service.list_backups(self._desk, self._actor))
        if view is None:
            return
        self.view = view
        if view.on_server:
            self._show_server()
            return
        self.folder_label.setText(self.tr("Folder: {folder}").format(folder=view.folder))
        selected = self.selected()
        self.table.setRowCount(len(view.rows))
        for index, backup in enumerate(view.rows):
            self._fill_row(index, backup)
            if selected is not None and backup.path == selected.path:
                self.table.selectRow(index)
        self.second_box.show_view(view)
        self.rotation_box.show_policy(view.policy)
        self._fill_history()
        self._selection_changed()

    def _fill_row(self, index: int, backup: BackupRow) -> None:
        made = made_text(backup.made_at) if backup.made_at else self.tr("unknown")
        if backup.set_aside:
            chain = self.tr("No — set aside at a restore")
        elif backup.in_chain:
            chain = self.tr("Yes")
        else:
            chain = self.tr("No — holds entries the book no longer has")
        cells = [
            made,
            reason_label(backup.reason),
            size_text(backup.size),
            self.tr("row {seq} · {hash}").format(
                seq=format_integer(backup.seq), hash=backup.hash[:12]
            ),
            chain,
            self.verdict_text(backup.verdict),
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            if column == 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(index, column, item)
        self.table.item(index, 0).setToolTip(str(backup.path))
        self.table.item(index, 2).setToolTip(
            self.tr("Compressed (zstd)")
            if backup.compressed
            else self.tr("Not compressed (made by an earlier version)")
        )
        self.table.item(index, 3).setToolTip(backup.hash)
        if backup.verdict is not None:
            self.table.item(index, 5).setForeground(
                Qt.GlobalColor.darkGreen if backup.verdict.ok else Qt.GlobalColor.red
            )

    def verdict_text(self, verdict: Verdict | None) -> str:
        if verdict is None:
            return self.tr("not yet")
        if verdict.ok:
            return self.tr("whole")
        return self.tr("{count} problems").format(count=verdict.problems)

    def _fill_history(self) -> None:
        notes = restore_service.restores(self._desk)
        if not notes:
            self.history.hide()
            return
        last = notes[-1]
        self.history.setText(
            self.tr(
                "Restored on {when} by {who} from the backup of {made}: the book had reached "
                "journal row {before}, the restored book ended at row {after}. The book as it "
                "was, its anchors and the newer backups are kept in {folder}."
            ).format(
                when=_iso_text(last.restored_at),
                who=last.by,
                made=_iso_text(last.backup_made_at),
                before=format_integer(last.head_before),
                after=format_integer(last.head_after),
                folder=last.folder,
            )
        )
        self.history.show()

    def _show_server(self) -> None:
        self.folder_label.setText(
            self.tr(
                "This book is on a PostgreSQL server. Its backups are made, kept and restored "
                "on the server (pg_dump, pg_restore) by whoever looks after it: restoring a "
                "server database is the database administrator's job, with every station "
                "closed, not this window's."
            )
        )
        self.folder_label.setStyleSheet("font-weight: bold;")
        for widget in (
            self.table,
            self.verify_button,
            self.open_button,
            self.restore_button,
            self.backup_button,
            self.second_box,
            self.rotation_box,
        ):
            widget.setEnabled(False)
        self.second_box.hide()
        self.rotation_box.hide()

    def selected(self) -> BackupRow | None:
        if self.view is None:
            return None
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        path = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.view.rows if str(r.path) == path), None)

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        running = self._job is not None and self._job.isRunning()
        on_server = self.view is not None and self.view.on_server
        self.verify_button.setEnabled(chosen and not running)
        self.open_button.setEnabled(chosen and not running)
        self.restore_button.setEnabled(chosen and not running and self.manager and not on_server)
        self.restore_button.setToolTip(
            self.tr("Put this backup in the book's place (a manager's, with the PIN)")
            if self.manager
            else self.tr("Only a manager can restore a backup.")
        )
        self.backup_button.setEnabled(not running and not on_server)

    def _say(self, text: str, ok: bool = True) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.notice.show()

    # -- checking one ----------------------------------------------------------------------------
    def verify_selected(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        path = backup.path
        self._run_job(
            lambda progress: backups_service.verify_backup(self._desk, self._actor, path, progress),
            self._verified,
        )

    def _run_job(
        self, job: Callable[[Callable[[int, int], None]], Any], done: Callable[[Any], None]
    ) -> None:
        """``job`` beside the window, with the progress bar; ``done`` given its result. One at a
        time: the buttons are greyed while it runs."""
        if self._job is not None and self._job.isRunning():
            return
        self.progress.setRange(0, 0)
        self.progress.show()
        self.notice.hide()
        self._job = BackgroundJob(job, self)
        self._job.progressed.connect(self._progressed)
        self._job.finished_with.connect(done)
        self._job.failed.connect(lambda exc: show_error(self, exc))
        self._job.finished.connect(self._check_ended)
        self._job.start()
        self._selection_changed()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _verified(self, verdict: Verdict) -> None:
        if verdict.ok:
            self._say(
                self.tr("The backup is whole: {rows} journal rows match.").format(
                    rows=format_integer(verdict.journal_rows)
                )
            )
        else:
            self._say(
                self.tr(
                    "The backup has {count} problems. Open it read-only and use Admin → Verify "
                    "the book there to see them."
                ).format(count=verdict.problems),
                ok=False,
            )

    def _check_ended(self) -> None:
        self.progress.hide()
        self.reload()

    def wait_for_check(self, ms: int = 60_000) -> None:
        """Until the running check has ended and said so (tests)."""
        if self._job is not None:
            self._job.wait_done(ms)

    def done(self, result: int) -> None:  # noqa: D401 - Qt name
        """Closing stops a running check at its next step (the lock screen waits for it)."""
        self._closed = True
        if self._job is not None:
            self._job.stop_soon()
        super().done(result)

    # -- the other actions ---------------------------------------------------------------------
    def back_up_now(self) -> None:
        """Beside the window, with the progress bar (a big book takes seconds)."""
        self._run_job(
            lambda progress: backups_service.back_up_now(self._desk, self._actor, progress),
            self._made,
        )

    def _made(self, made: backups_service.BackupMade) -> None:
        if made.second_error:
            self._say(
                self.tr(
                    "Backup made: {path}. It could not be copied to the second folder: {error}"
                ).format(path=made.path.name, error=made.second_error),
                ok=False,
            )
        else:
            self._say(self.tr("Backup made: {path}").format(path=made.path.name))

    def open_selected(self) -> None:
        """Decompressed beside the window, with the progress bar (three years: some 13 s, most
        of it rebuilding its indexes); then the window opens it beside itself (app.py), a
        window of the main window's kind."""
        backup = self.selected()
        if backup is None:
            return
        path = backup.path
        self._run_job(
            lambda progress: backups_service.open_backup(self._desk, self._actor, path, progress),
            lambda desk: self._opened(backup, desk),
        )

    def _opened(self, backup: BackupRow, desk) -> None:
        if self._closed:
            desk.db.dispose()  # the dialog closed (the desk locked) meanwhile: nobody to show
        else:
            self._window.backup_opened.emit(backup, desk)

    def restore_selected(self) -> None:
        from desk_app.ui.shell.restore_dialog import RestoreDialog

        backup = self.selected()
        if backup is None or not self.manager:
            return
        dialog = RestoreDialog(self._desk, self._actor, backup, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.done_restore is not None:
            self.restored = dialog.done_restore
            self.accept()
        dialog.deleteLater()


def _iso_text(iso: str) -> str:
    try:
        return format_datetime(datetime.fromisoformat(iso)) if iso else "?"
    except ValueError:
        return iso


def open_backups(window: MainWindow) -> None:
    """Admin → Backups…; after a restore the window starts again on the restored book."""
    if window.locked or not can(window.actor.role, Capability.REVIEW_LOG):
        return
    dialog = BackupsDialog(window)
    dialog.exec()
    restored = dialog.restored
    dialog.deleteLater()
    if restored is not None:
        window.book_replaced.emit(restored)


def restored_text(done: restore_service.RestoreDone) -> str:
    """What the window says once it has started again on the restored book."""
    return QCoreApplication.translate(
        "Backups",
        "The book was restored from the backup made {made}: it had reached journal row "
        "{before} and now ends at row {after}. The book as it was before, its anchors and the "
        "newer backups are kept in {folder}. Verify the book holds the restored book to its "
        "own anchors from now on.",
    ).format(
        made=_iso_text(done.backup_made_at),
        before=format_integer(done.head_before),
        after=format_integer(done.head_after),
        folder=done.evidence,
    )
