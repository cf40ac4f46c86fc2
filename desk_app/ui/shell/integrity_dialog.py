"""Admin → Verify the book: the whole book checked, or the book against a printed sheet.

What ``desk-app verify`` does, for a supervisor or manager at the window: the journal's chain
recomputed, every record compared with it, the chain held to every anchor kept outside the
database; and, given a printed handover sheet's seal (scanned from its QR code or typed from the
paper), whether the journal head that sheet printed is still in the chain. Nothing is written.
The whole check takes seconds on a three-year book, so it runs beside the window (a thread),
with a progress bar; the sheet's check walks the chain to the sheet's moment the same way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.domain.integrity import Problem, SheetCheck, VerifyReport
from desk_app.services import integrity
from desk_app.services.desk import Actor, Desk
from desk_app.ui.common.background_job import BackgroundJob
from desk_app.ui.common.errors import error_text, show_error
from desk_app.ui.common.forms import ERROR_STYLE, FIELD_ERROR_STYLE, error_label
from desk_app.ui.common.labels import format_integer

OK_STYLE = "color: #2e7d32; font-weight: bold;"
BAD_STYLE = ERROR_STYLE + " font-weight: bold;"


class IntegrityDialog(QDialog):
    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("integrityDialog")
        self.setWindowTitle(self.tr("Verify the book"))
        self._desk = desk
        self._actor = actor
        self._job: BackgroundJob | None = None
        self.report: VerifyReport | None = None
        self.sheet_result: SheetCheck | None = None

        intro = QLabel(
            self.tr(
                "DutyDesk recomputes the journal's chain, compares every record with it and "
                "holds it to every anchor kept outside the database: beside the file, in this "
                "computer's data folder and inside each backup. Nothing is changed."
            )
        )
        intro.setWordWrap(True)
        intro.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.check_button = QPushButton(self.tr("Check the whole book"))
        self.check_button.setObjectName("checkBookButton")
        self.check_button.clicked.connect(self.check_book)
        self.progress = QProgressBar()
        self.progress.setObjectName("checkProgress")
        self.progress.hide()
        self.verdict = QLabel()
        self.verdict.setObjectName("bookVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.hide()
        self.problems = QListWidget()
        self.problems.setObjectName("bookProblems")
        self.problems.setWordWrap(True)  # an anchor's path is long; it wraps, never clipped
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setSpacing(2)
        self.problems.hide()

        sheet_box = QGroupBox(self.tr("A printed handover sheet"))
        sheet_intro = QLabel(
            self.tr(
                "Scan the seal's QR code into the field, or type the seal's 64 characters as "
                "printed: DutyDesk says whether the book still holds that sheet and the journal "
                "as it was when the sheet was sealed."
            )
        )
        sheet_intro.setWordWrap(True)
        sheet_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.seal_field = QLineEdit()
        self.seal_field.setObjectName("sealField")
        self.seal_field.setPlaceholderText(self.tr("DUTYDESK-SEAL:… or the seal's characters"))
        self.seal_field.returnPressed.connect(self.check_sheet)
        self.seal_field.textEdited.connect(self._clear_sheet_error)
        self.sheet_button = QPushButton(self.tr("Check the sheet"))
        self.sheet_button.setObjectName("checkSheetButton")
        self.sheet_button.clicked.connect(self.check_sheet)
        self.sheet_error = error_label()
        self.sheet_error.setObjectName("sealError")
        self.sheet_verdict = QLabel()
        self.sheet_verdict.setObjectName("sheetVerdict")
        self.sheet_verdict.setWordWrap(True)
        self.sheet_verdict.hide()
        row = QHBoxLayout()
        row.addWidget(self.seal_field, 1)
        row.addWidget(self.sheet_button)
        sheet_layout = QVBoxLayout(sheet_box)
        sheet_layout.addWidget(sheet_intro)
        sheet_layout.addLayout(row)
        sheet_layout.addWidget(self.sheet_error)
        sheet_layout.addWidget(self.sheet_verdict)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.check_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.verdict)
        layout.addWidget(self.problems, 1)
        layout.addStretch(0)  # the room the list takes once there are problems to list
        layout.addWidget(sheet_box)
        layout.addWidget(close)
        self.resize(820, 560)

    # -- running a check beside the window ------------------------------------------------------
    def _start(self, job, done) -> None:
        if self._job is not None and self._job.isRunning():
            return  # one check at a time (Enter in the seal field while the book is checked)
        self.check_button.setEnabled(False)
        self.sheet_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._job = BackgroundJob(job, self)
        self._job.progressed.connect(self._progressed)
        self._job.finished_with.connect(done)
        self._job.failed.connect(self._failed)
        self._job.finished.connect(self._ended)
        self._job.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DeskError) and exc.field == "sheet":
            self._sheet_error(exc)
        else:
            show_error(self, exc)

    def _ended(self) -> None:
        self.progress.hide()
        self.check_button.setEnabled(True)
        self.sheet_button.setEnabled(True)

    def wait_for_check(self, ms: int = 60_000) -> None:
        """Until the running check has ended and said so (tests)."""
        if self._job is not None:
            self._job.wait_done(ms)

    def done(self, result: int) -> None:  # noqa: D401 - Qt name
        """Closing (or the window locking) stops a running check at its next step."""
        if self._job is not None:
            self._job.stop_soon()
        super().done(result)

    # -- the whole book ------------------------------------------------------------------------
    def check_book(self) -> None:
        self.verdict.hide()
        self.problems.hide()
        self._start(
            lambda progress: integrity.check_book(self._desk, self._actor, progress),
            self._show_report,
        )

    def _show_report(self, report: VerifyReport) -> None:
        self.report = report
        held = sum(1 for a in report.anchors if a.binding)
        if report.ok:
            self.verdict.setText(
                self.tr(
                    "The book is whole: {rows} journal rows and {records} records match, held "
                    "to {anchors} anchors."
                ).format(
                    rows=format_integer(report.journal_rows),
                    records=format_integer(report.records),
                    anchors=held,
                )
            )
            self.verdict.setStyleSheet(OK_STYLE)
            self.problems.hide()
        else:
            self.verdict.setText(
                self.tr(
                    "Problems found: {count}. Do not write in the book; keep this list and tell "
                    "the manager."
                ).format(count=len(report.problems))
            )
            self.verdict.setStyleSheet(BAD_STYLE)
            self.problems.clear()
            for problem in report.problems:
                item = QListWidgetItem(self.problem_text(problem))
                item.setToolTip(item.text())
                self.problems.addItem(item)
            self.problems.show()
        self.verdict.show()

    def problem_text(self, problem: Problem) -> str:
        texts = {
            "edited": self.tr("{table} {id}: changed behind the program's back"),
            "inserted": self.tr("{table} {id}: added behind the program's back"),
            "deleted": self.tr("{table} {id}: deleted behind the program's back"),
            "journal-edited": self.tr("Journal row {id}: altered"),
            "journal-missing": self.tr("Journal row {id}: missing"),
            "tail-missing": self.tr(
                "The end of the journal is missing ({id}): the book had reached it, says the "
                "anchor in {detail}"
            ),
            "anchor-mismatch": self.tr("Journal row {id}: differs from the anchor in {detail}"),
            "anchor-foreign": self.tr("The anchor in {detail} belongs to another database"),
            "anchor-missing": self.tr(
                "The journal has rows but no anchor was found (looked in {detail})"
            ),
            "anchor-unreadable": self.tr("The anchor file is damaged: {detail}"),
            "seal-broken": self.tr("Handover sheet {id}: no longer matches its seal"),
            "inspection-seal-broken": self.tr("Inspection {id}: no longer matches its seal"),
            "meta": self.tr("The database's own mark {id} was changed ({detail})"),
        }
        template = texts.get(problem.what)
        if template is None:
            return problem.describe()
        ident, detail = problem.id, problem.detail
        if problem.what == "meta":
            detail = self.meta_fault_text(detail)
        if problem.what == "tail-missing":
            first, _, last = problem.id.partition("..")
            ident = (
                self.tr("row {first}").format(first=first)
                if last in ("", first)
                else self.tr("rows {first}–{last}").format(first=first, last=last)
            )
        return template.format(table=problem.table, id=ident, detail=detail)

    def meta_fault_text(self, fault: str) -> str:
        texts = {
            "missing": self.tr("missing"),
            "not DutyDesk's mark": self.tr("not DutyDesk's mark"),
            "not a schema revision": self.tr("not a schema version"),
            "not a database id": self.tr("not a database id"),
            "backup mark without the others": self.tr("a backup's mark without the others"),
            "not a journal sequence": self.tr("not a journal row number"),
            "not a journal hash": self.tr("not a journal hash"),
            "not a key DutyDesk writes": self.tr("not a mark DutyDesk writes"),
        }
        return texts.get(fault, fault)

    # -- one printed sheet ---------------------------------------------------------------------
    def check_sheet(self) -> None:
        self._clear_sheet_error()
        self.sheet_verdict.hide()
        text = self.seal_field.text()
        self._start(
            lambda progress: integrity.check_printed_sheet(self._desk, self._actor, text, progress),
            self._show_sheet,
        )

    def _show_sheet(self, result: SheetCheck) -> None:
        self.sheet_result = result
        if result.ok:
            self.sheet_verdict.setText(
                self.tr(
                    "Sheet no. {number} is in the book as it was sealed, and the journal still "
                    "holds its head: row {seq}, hash {hash}."
                ).format(number=result.number, seq=result.journal_seq, hash=result.journal_hash)
            )
            self.sheet_verdict.setStyleSheet(OK_STYLE)
        else:
            lines = [self.finding_text(f) for f in result.findings]
            heading = (
                self.tr("The book does not match sheet no. {number}:").format(number=result.number)
                if result.number is not None
                else self.tr("The book does not match this sheet:")
            )
            self.sheet_verdict.setText("\n".join([heading, *lines]))
            self.sheet_verdict.setStyleSheet(BAD_STYLE)
        self.sheet_verdict.show()

    def finding_text(self, finding: str) -> str:
        texts = {
            "not-found": self.tr("no sealed sheet with this seal is in this book"),
            "number-differs": self.tr("the sheet with this seal has another number"),
            "seal-broken": self.tr("the sheet was changed after it was sealed"),
            "signature-differs": self.tr(
                "a signature kept with the sheet is not the one it was sealed with"
            ),
            "journal-broken": self.tr("the journal is broken before the sheet's moment"),
            "head-missing": self.tr(
                "the journal no longer reaches the sheet's moment: entries were removed"
            ),
            "head-differs": self.tr("the journal at the sheet's moment differs from the sheet"),
            "sealing-row-missing": self.tr("the journal row that sealed the sheet is gone"),
            "sealing-row-differs": self.tr(
                "the journal row that sealed the sheet differs from the sheet"
            ),
        }
        return "• " + texts.get(finding, finding)

    def _sheet_error(self, exc: DeskError) -> None:
        self.sheet_error.setText(error_text(exc))
        self.sheet_error.show()
        self.seal_field.setStyleSheet(FIELD_ERROR_STYLE)
        self.seal_field.setFocus()

    def _clear_sheet_error(self, *_args) -> None:
        self.sheet_error.hide()
        self.seal_field.setStyleSheet("")
