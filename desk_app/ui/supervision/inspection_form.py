"""Supervision → Inspect the desk (seed 004: 检查 / 不定期抽查): the checklist answered item by item
for the clerks on duty, at a time the supervisor gives; a failed item (fail, or 1-2 of 5) opens
its cause, its correction, who makes it and by when (a follow-up in Open items once recorded).
Recording hands the page to the acknowledgement: the inspected clerk types their PIN, or declines
with a remark.

The keyboard: Tab from field to field; an answer is typed (P pass, F fail, N not applicable, or
the score's digit); Ctrl+Return records.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from desk_app.domain.errors import DeskError, ValidationError
from desk_app.domain.roles import Role
from desk_app.domain.supervision.checklist import ChecklistItem, Scoring
from desk_app.domain.supervision.inspection import Answer, InspectionKind, Result
from desk_app.services.desk import Actor, Desk
from desk_app.services.supervision import inspections
from desk_app.services.supervision.inspection_setup import InspectionSetup
from desk_app.ui.common.datetime_field import DateTimeField
from desk_app.ui.common.forms import FormDialog
from desk_app.ui.common.labels import format_datetime
from desk_app.ui.common.write_op import write_op
from desk_app.ui.supervision.labels import item_label, kind_label, result_label

CORRECTION_DUE = timedelta(hours=24)


class ItemRow:
    """One checklist item: its answer and note, and, once failed, its cause and correction."""

    def __init__(
        self, number: int, item: ChecklistItem, people: list[tuple[str, str]], due: datetime
    ) -> None:
        self.item = item
        self.label = QLabel(f"{number}. {item_label(item)}")
        self.label.setWordWrap(True)
        self.answer = QComboBox()
        self.answer.setObjectName(f"answer_{item.code}")
        self.answer.addItem("—", None)
        if item.scoring is Scoring.SCALE:
            for score in (5, 4, 3, 2, 1):
                self.answer.addItem(str(score), score)
        else:
            self.answer.addItem(result_label(Result.PASS), Result.PASS)
            self.answer.addItem(result_label(Result.FAIL), Result.FAIL)
        self.answer.addItem(result_label(Result.NOT_APPLICABLE), Result.NOT_APPLICABLE)
        self.note = QLineEdit()
        self.note.setObjectName(f"note_{item.code}")
        self.failed_box = QWidget()
        self.cause = QLineEdit()
        self.cause.setObjectName(f"cause_{item.code}")
        self.correction = QLineEdit()
        self.correction.setObjectName(f"correction_{item.code}")
        self.owner = QComboBox()
        self.owner.setObjectName(f"owner_{item.code}")
        for person_id, name in people:
            self.owner.addItem(name, person_id)
        self.due = DateTimeField(due, field=f"answer:{item.code}")
        self.due.setObjectName(f"due_{item.code}")
        grid = QGridLayout(self.failed_box)
        grid.setContentsMargins(24, 0, 0, 6)
        # A line each for the cause and the correction (long in Russian), then who and by when.
        for line, (text, widget) in enumerate(
            (
                (QCoreApplication.translate("InspectionForm", "Cause:"), self.cause),
                (QCoreApplication.translate("InspectionForm", "Correction:"), self.correction),
            )
        ):
            grid.addWidget(QLabel(text), line, 0)
            grid.addWidget(widget, line, 1, 1, 3)
        grid.addWidget(QLabel(QCoreApplication.translate("InspectionForm", "Who:")), 2, 0)
        grid.addWidget(self.owner, 2, 1)
        grid.addWidget(QLabel(QCoreApplication.translate("InspectionForm", "By:")), 2, 2)
        grid.addWidget(self.due, 2, 3)
        grid.setColumnStretch(1, 1)
        self.failed_box.hide()
        self.answer.currentIndexChanged.connect(lambda _i: self.failed_box.setVisible(self.failed))

    @property
    def value(self) -> Result | int | None:
        data = self.answer.currentData()  # a StrEnum comes back from Qt as a plain str
        return Result(data) if isinstance(data, str) else data

    @property
    def failed(self) -> bool:
        value = self.value
        return (isinstance(value, int) and value <= 2) or value is Result.FAIL

    def answer_value(self) -> Answer:
        value = self.value
        due = self.due.value() if self.failed else None
        return Answer(
            self.item.code,
            value if isinstance(value, Result) else None,
            value if isinstance(value, int) else None,
            self.note.text(),
            self.cause.text(),
            self.correction.text(),
            self.owner.currentData() if self.failed else None,
            due,
        )


class InspectionForm(FormDialog):
    """The checklist for the clerks on duty; recorded, it goes on to their acknowledgement."""

    def __init__(
        self, desk: Desk, actor: Actor, setup: InspectionSetup, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk, self.actor, self.setup = desk, actor, setup
        self.recorded = None
        self.photo: bytes | None = None
        self.setObjectName("inspectionForm")
        self.setWindowTitle(self.tr("Inspect the desk"))
        now = desk.clock.now().astimezone()
        self.kind = QComboBox()
        self.kind.setObjectName("inspectionKind")
        for kind in InspectionKind:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(
            self.kind.findData(
                InspectionKind.MORNING
                if now.hour * 60 + now.minute < 9 * 60 + 30
                else InspectionKind.SPOT
            )
        )
        self.at = DateTimeField(now.replace(second=0, microsecond=0), field="at")
        self.at.setObjectName("inspectionAt")
        self.sheet = QComboBox()
        self.sheet.setObjectName("inspectionSheet")
        for sheet in setup.sheets:
            self.sheet.addItem(
                self.tr("No. {num}: {outgoing}, shift from {start}").format(
                    num=sheet.num, outgoing=sheet.outgoing, start=format_datetime(sheet.shift_start)
                ),
                sheet.id,
            )
        self.clerks = QListWidget()
        self.clerks.setObjectName("inspectionClerks")
        self.clerks.setMaximumHeight(110)
        for p in setup.people:
            if p.id == actor.id:
                continue  # nobody inspects themselves
            item = QListWidgetItem(p.name)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setCheckState(
                Qt.CheckState.Checked if p.id in setup.on_duty else Qt.CheckState.Unchecked
            )
            self.clerks.addItem(item)
        owners = [(p.id, p.name) for p in setup.people if p.role is not Role.MANAGER] or [
            (p.id, p.name) for p in setup.people
        ]
        due = now.replace(second=0, microsecond=0) + CORRECTION_DUE
        self.rows = [
            ItemRow(n, item, owners, due) for n, item in enumerate(setup.checklist.items, start=1)
        ]
        for row in self.rows:
            first = self._first_checked()
            if first is not None:
                row.owner.setCurrentIndex(max(0, row.owner.findData(first)))
        checklist = QWidget()
        grid = QGridLayout(checklist)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 3)
        grid.addWidget(QLabel(self.tr("Item")), 0, 0)
        grid.addWidget(QLabel(self.tr("Answer")), 0, 1)
        grid.addWidget(QLabel(self.tr("Note")), 0, 2)
        for i, row in enumerate(self.rows):
            grid.addWidget(row.label, 1 + i * 2, 0)
            grid.addWidget(row.answer, 1 + i * 2, 1)
            grid.addWidget(row.note, 1 + i * 2, 2)
            grid.addWidget(row.failed_box, 2 + i * 2, 0, 1, 3)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(checklist)
        scroll.setMinimumHeight(360)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("inspectionComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(self.comment.fontMetrics().lineSpacing() * 3 + 12)
        self.photo_button = QPushButton(self.tr("&Photo…"))
        self.photo_button.setAutoDefault(False)
        self.photo_button.clicked.connect(self.choose_photo)
        self.photo_label = QLabel()
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_button)
        photo_row.addWidget(self.photo_label, 1)
        photo = QWidget()
        photo.setLayout(photo_row)

        self.add_field("kind", self.tr("&Kind:"), self.kind)
        self.add_field("at", self.tr("&When:"), self.at)
        self.add_field("handover", self.tr("&Sheet:"), self.sheet)
        self.add_field("clerks", self.tr("C&lerks inspected:"), self.clerks)
        self.add_field("answers", self.tr("Checklist:"), scroll)
        self.add_field("comment", self.tr("Co&mment:"), self.comment)
        self.add_field("photo", self.tr("Photo:"), photo)
        for row in self.rows:
            self._fields[f"answer:{row.item.code}"] = row.answer
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        record = self.buttons.button(self.buttons.StandardButton.Ok)
        record.setText(self.tr("&Record"))
        record.setToolTip(self.tr("Ctrl+Return"))
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)
        self.resize(1000, 740)
        if self.rows:
            self.rows[0].answer.setFocus()

    def _first_checked(self) -> str | None:
        for i in range(self.clerks.count()):
            item = self.clerks.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                return item.data(Qt.ItemDataRole.UserRole)
        return None

    def _kind_changed(self) -> None:
        handover = self.kind.currentData() == InspectionKind.HANDOVER.value
        self.sheet.setEnabled(handover and self.sheet.count() > 0)
        label = self.form.labelForField(self.sheet)
        for widget in (self.sheet, label):
            if widget is not None:
                widget.setVisible(handover)

    def clerk_ids(self) -> list[str]:
        return [
            self.clerks.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.clerks.count())
            if self.clerks.item(i).checkState() == Qt.CheckState.Checked
        ]

    def choose_photo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("A photo of the desk"), "", self.tr("Pictures (*.jpg *.jpeg *.png)")
        )
        if not path:
            return
        self.photo = Path(path).read_bytes()
        self.photo_label.setText(Path(path).name)

    def submit(self) -> None:
        try:
            at = self.at.value()
            answers = {row.item.code: row.answer_value() for row in self.rows}
        except ValidationError as exc:
            self.show_error(exc)
            return
        kind = InspectionKind(self.kind.currentData())

        def record():
            return inspections.record_inspection(
                self.desk,
                self.actor,
                kind=kind,
                at=at,
                clerk_ids=self.clerk_ids(),
                checklist_version=self.setup.checklist.version,
                answers=answers,
                comment=self.comment.toPlainText(),
                handover_id=self.sheet.currentData() if kind is InspectionKind.HANDOVER else None,
                photo=self.photo,
            )

        self.recorded = write_op(self, record).failure(self.show_error).run()
        if self.recorded is not None:
            self.accept()

    def show_error(self, exc: DeskError) -> bool:
        shown = super().show_error(exc)
        field = exc.field or ""
        for row in self.rows:
            if field == f"answer:{row.item.code}":
                row.failed_box.setVisible(row.failed)
                row.answer.setFocus()
        return shown
