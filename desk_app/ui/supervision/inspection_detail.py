"""One inspection as recorded: who, when, which kind, the clerks; every item of its own checklist
with the answer and note, a failed one's cause and correction and whether its follow-up is done;
the acknowledgement (or the clerk's remark) and the seal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.supervision.inspection import Acknowledgement, Answer
from desk_app.services.supervision.inspection_views import InspectionView
from desk_app.ui.common.labels import format_datetime
from desk_app.ui.supervision.labels import ack_label, item_label, kind_label, result_label


class InspectionDetailDialog(QDialog):
    def __init__(self, view: InspectionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName("inspectionDetail")
        self.setWindowTitle(self.tr("Inspection No. {num}").format(num=view.num))
        head = QLabel(
            self.tr(
                "{kind}, {at}, at {station}. Inspected by {inspector}; clerks: {clerks}."
            ).format(
                kind=kind_label(view.kind),
                at=format_datetime(view.at),
                station=view.station,
                inspector=view.inspector_name,
                clerks=", ".join(view.clerk_names),
            )
        )
        head.setWordWrap(True)
        head.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(len(view.answers), 5)
        self.table.setObjectName("inspectionAnswers")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Answer"),
                self.tr("Note"),
                self.tr("Cause"),
                self.tr("Correction"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        corrections = {c.item_code: c for c in view.corrections}
        for row, answer in enumerate(view.answers):
            item = view.checklist.item(answer.code)
            correction = corrections.get(answer.code)
            follow = ""
            if correction is not None:
                follow = (
                    self.tr("{text} ({owner}, by {due}; done {at})").format(
                        text=answer.correction,
                        owner=correction.owner_name,
                        due=format_datetime(correction.due_at),
                        at=format_datetime(correction.closed_at),
                    )
                    if correction.closed_at
                    else self.tr("{text} ({owner}, by {due}; open)").format(
                        text=answer.correction,
                        owner=correction.owner_name,
                        due=format_datetime(correction.due_at),
                    )
                )
            values = (
                f"{row + 1}. {item_label(item) if item is not None else answer.code}",
                self._answer_text(answer),
                answer.note,
                answer.cause,
                follow,
            )
            for col, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if answer.failed:
                    cell.setForeground(Qt.GlobalColor.red)
                self.table.setItem(row, col, cell)
        self.table.resizeColumnsToContents()
        for col in range(self.table.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 320))
        foot = QLabel(self._ack_text())
        foot.setObjectName("inspectionAck")
        foot.setWordWrap(True)
        foot.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        if view.comment:
            comment = QLabel(self.tr("Comment: {text}").format(text=view.comment))
            comment.setWordWrap(True)
            comment.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(comment)
        layout.addWidget(self.table, 1)
        layout.addWidget(foot)
        layout.addWidget(buttons)
        self.resize(960, 520)

    def _answer_text(self, answer: Answer) -> str:
        if answer.score is not None:
            return self.tr("{score} of 5").format(score=answer.score)
        return result_label(answer.result) if answer.result is not None else ""

    def _ack_text(self) -> str:
        v = self.view
        if v.ack_state is Acknowledgement.PENDING:
            return ack_label(v.ack_state)
        text = self.tr("{state} by {name}, {at}.").format(
            state=ack_label(v.ack_state), name=v.ack_by_name, at=format_datetime(v.ack_at)
        )
        if v.ack_remark:
            text = self.tr("{text} Remark: {remark}").format(text=text, remark=v.ack_remark)
        if v.seal:
            text = self.tr("{text}\nSeal: {seal}").format(text=text, seal=v.seal)
        return text
