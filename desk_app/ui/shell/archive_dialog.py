"""Admin → Archive…: the oldest year past the retention moved into an archive, the manager's.

It says, before anything is done, which year may go (the oldest the book holds, once past the
retention), what happens (a backup first, the twelve monthly duty reports beside the archive,
the archive checked, open items kept, the book's file made smaller) and where the archive goes;
the manager's PIN starts it. It runs beside the window with its progress and the step under
way; the window is read again once the year has left it. A book on a PostgreSQL server is
archived by whoever looks after the server: the dialog says so and offers nothing.

The last step — replacing the book's file by a smaller copy — is done here on the window's own
thread once the rest is done: nothing else of this window may read or write the book while its
file is swapped (``services.archive.make_smaller``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.domain.roles import Capability, can
from desk_app.services import archive as archive_service
from desk_app.ui.common.background_job import BackgroundJob
from desk_app.ui.common.errors import messenger, run_op, show_error
from desk_app.ui.common.forms import FormDialog
from desk_app.ui.common.labels import format_integer
from desk_app.ui.common.print_language import PrintLanguageBox
from desk_app.ui.handover.labels import handover_labels
from desk_app.ui.shell.account_dialogs import pin_field

if TYPE_CHECKING:
    from desk_app.ui.shell.main_window import MainWindow


def _step_text(step: str) -> str:
    texts = {
        "backup": QCoreApplication.translate("Archive", "Backing up the book…"),
        "reports": QCoreApplication.translate("Archive", "Exporting the monthly duty reports…"),
        "archive": QCoreApplication.translate("Archive", "Writing the archive…"),
        "verify": QCoreApplication.translate("Archive", "Checking the archive…"),
        "wait": QCoreApplication.translate("Archive", "Finishing the monthly duty reports…"),
        "remove": QCoreApplication.translate("Archive", "Taking the year out of the book…"),
        "shrink": QCoreApplication.translate("Archive", "Making the book's file smaller…"),
    }
    return texts.get(step, step)


class ArchiveJob(BackgroundJob):
    """The archiving beside the window, saying each step as it begins."""

    stepped = Signal(str)


class ArchiveDialog(FormDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._desk = window.desk
        self._actor = window.actor
        self._job: ArchiveJob | None = None
        self.done_archive: archive_service.ArchiveDone | None = None
        self.setObjectName("archiveDialog")
        self.setWindowTitle(self.tr("Archive a year"))
        self.info = run_op(self, lambda: archive_service.archive_info(self._desk, self._actor))
        self.year = self.info.next_year if self.info is not None else None
        self.folder = QLineEdit(str(self.info.folder) if self.info and self.info.folder else "")
        self.folder.setObjectName("archiveFolder")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        holder = QWidget()
        holder.setLayout(row)
        self.language = PrintLanguageBox()
        self.pin = pin_field("archivePin")
        self.step = QLabel()
        self.step.setObjectName("archiveStep")
        self.progress = QProgressBar()
        self.progress.setObjectName("archiveProgress")
        self.progress.setRange(0, 1000)
        self.set_intro(self._intro())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Archive"))
        if self.year is None:
            ok.setEnabled(False)
        else:
            self.add_field("folder", self.tr("Archive folder"), holder)
            self.add_field("language", self.tr("Reports in"), self.language)
            self.add_field("pin", self.tr("Your PIN"), self.pin)
            self.form.addRow(self.step)
            self.form.addRow(self.progress)
            self.step.hide()
            self.progress.hide()
            self.pin.setFocus()
        self.resize(600, 0)

    def _intro(self) -> str:
        info = self.info
        if info is None:
            return ""
        if info.on_server:
            return self.tr(
                "This book is on a PostgreSQL server. Its years are archived on the server by "
                "whoever looks after it, with every station closed, not from one station."
            )
        kept = self.tr("Records are kept {years} years (Admin → Settings).").format(
            years=format_integer(info.retention_years)
        )
        if self.year is None:
            return "\n\n".join(
                [
                    kept,
                    self.tr(
                        "No year can be archived yet: the oldest year in the book is {year}."
                    ).format(year=info.oldest_year)
                    if info.oldest_year is not None
                    else self.tr("The book holds nothing to archive."),
                ]
            )
        return "\n\n".join(
            [
                kept,
                self.tr(
                    "{year} is the oldest year in the book and past the retention: it can be "
                    "archived now. Years go one at a time, oldest first."
                ).format(year=self.year),
                self.tr(
                    "The book is backed up first. The twelve monthly duty reports of {year} are "
                    "saved as PDF beside the archive; the archive is written and checked; only "
                    "then does {year} leave the book, and its file is made smaller. Open "
                    "follow-ups, complaints, requests and key loans stay in the book whatever "
                    "their age. Desk → Open archive… reads an archive later."
                ).format(year=self.year),
                self.tr(
                    "It takes a few minutes on a busy book. DutyDesk should be closed on the other "
                    "stations, or the file cannot be made smaller."
                ),
            ]
        )

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Archive folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def submit(self) -> None:
        if self.year is None or (self._job is not None and self._job.isRunning()):
            return
        pin = self.pin.text()
        self.pin.clear()
        labels = self.language.labels(handover_labels)
        folder = Path(self.folder.text().strip()) if self.folder.text().strip() else None
        year, desk, actor = self.year, self._desk, self._actor

        def job(progress):
            return archive_service.archive_year(
                desk,
                actor,
                year,
                labels=labels,
                folder=folder,
                pin=pin,
                progress=progress,
                say=lambda step: self._job.stepped.emit(step),
                shrink=False,  # on this thread, once done (see the module's docstring)
            )

        self.buttons.setEnabled(False)
        self.error.hide()
        self.step.show()
        self.progress.show()
        self.progress.setValue(0)
        self._job = ArchiveJob(job, self)
        self._job.stepped.connect(lambda step: self.step.setText(_step_text(step)))
        self._job.progressed.connect(self._progressed)
        self._job.finished_with.connect(self._archived)
        self._job.failed.connect(self._failed)
        self._job.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(1000 * min(done, total) // max(total, 1))

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.step.hide()
        self.progress.hide()
        if isinstance(exc, DeskError):
            self.show_error(exc)
        else:
            show_error(self, exc)

    def _archived(self, done: archive_service.ArchiveDone) -> None:
        self.step.setText(_step_text("shrink"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = archive_service.make_smaller(self._desk, done)
        finally:
            QApplication.restoreOverrideCursor()
        self.done_archive = done
        self.accept()

    def wait_for_job(self, ms: int = 120_000) -> None:
        """Until the archiving has ended and said so (tests)."""
        if self._job is not None:
            self._job.wait_done(ms)

    def reject(self) -> None:
        if self._job is not None and self._job.isRunning():
            return  # it cannot be stopped halfway: it ends whole, or fails and undoes itself
        super().reject()


def done_text(done: archive_service.ArchiveDone) -> str:
    size = (
        QCoreApplication.translate(
            "Archive", "The book's file went from {before} MB to {after} MB."
        ).format(
            before=format_integer(done.size_before // (1 << 20)),
            after=format_integer(done.size_after // (1 << 20)),
        )
        if done.shrunk
        else QCoreApplication.translate(
            "Archive",
            "The book's file could not be made smaller now (DutyDesk is open on another "
            "station); it is made smaller at the next archiving.",
        )
    )
    return "\n\n".join(
        [
            QCoreApplication.translate(
                "Archive",
                "{year} is archived in {path}: {records} records left the book; {open} open "
                "items of {year} stay in it. The twelve monthly duty reports are beside the "
                "archive.",
            ).format(
                year=done.year,
                path=done.archive,
                records=format_integer(done.records_removed),
                open=format_integer(done.open_kept),
            ),
            size,
            QCoreApplication.translate(
                "Archive", "The book as it was is in the backup {path}."
            ).format(path=done.backup.name),
        ]
    )


def open_archive_dialog(window: MainWindow) -> None:
    """Admin → Archive…; once a year is archived every dock reads the book again."""
    if window.locked or not can(window.actor.role, Capability.ARCHIVE):
        return
    dialog = ArchiveDialog(window)
    dialog.exec()
    done = dialog.done_archive
    dialog.deleteLater()
    if done is not None:
        window.read_everything_again()
        messenger.info(window, done_text(done))
