"""One inspection as recorded: who, when, which kind, the clerks; every item of its own checklist
with the answer and note, a failed one's cause and correction and whether its follow-up is done;
the acknowledgement (or the clerk's remark) and the seal. Printed, or saved as PDF, on one A4
page in the printout's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.reports.supervision.inspection_pdf import render_inspection_pdf
from desk_app.services.supervision.inspection_views import InspectionView
from desk_app.ui.common import pdf_print
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.export_bar import ExportBar
from desk_app.ui.handover.labels import handover_labels
from desk_app.ui.supervision import inspection_words as words


class InspectionDetailDialog(QDialog):
    def __init__(self, view: InspectionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName("inspectionDetail")
        self.setWindowTitle(words.title_text(view))
        head = QLabel(words.head_text(view))
        head.setWordWrap(True)
        head.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(len(view.answers), 5)
        self.table.setObjectName("inspectionAnswers")
        self.table.setHorizontalHeaderLabels(list(words.headings()))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, answer in enumerate(view.answers):
            values = (
                words.item_text(view, row + 1, answer),
                words.answer_text(answer),
                answer.note,
                answer.cause,
                words.correction_text(view, answer) if answer.failed else "",
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
        foot = QLabel(words.ack_text(view))
        foot.setObjectName("inspectionAck")
        foot.setWordWrap(True)
        foot.setTextFormat(Qt.TextFormat.PlainText)
        self.export_bar = ExportBar(self.print_record, self.save_pdf, lambda: None, self.reject)
        self.export_bar.excel_button.hide()  # one record: its page is the PDF
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        comment = words.comment_text(view)
        if comment:
            label = QLabel(comment)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(foot)
        layout.addLayout(self.export_bar)
        self.resize(960, 540)

    def pdf(self) -> bytes | None:
        """The record on one A4 page, in the printout's language."""
        sheet = self.export_bar.labels(lambda: words.inspection_sheet(self.view, handover_labels()))
        return run_op(self, lambda: render_inspection_pdf(sheet))

    def print_record(self) -> None:
        pdf = self.pdf()
        if pdf is not None:
            pdf_print.print_pdf(self, pdf, self.windowTitle())

    def save_pdf(self) -> Path | None:
        pdf = self.pdf()
        if pdf is None:
            return None
        name = self.tr("inspection-{num}.pdf", "a file's suggested name").format(num=self.view.num)
        return pdf_print.save_pdf_as(self, pdf, name)
