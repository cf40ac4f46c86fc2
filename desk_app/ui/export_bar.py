"""The row under a printable sheet or report: Print…, Save as PDF…, Save as Excel…, Close.

One row for every dialog that prints and exports, so the buttons, their accelerators and their
order are the same wherever a clerk or a supervisor meets them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton


class ExportBar(QHBoxLayout):
    def __init__(
        self,
        print_: Callable[[], object],
        save_pdf: Callable[[], object],
        save_excel: Callable[[], object],
        close: Callable[[], object],
    ) -> None:
        super().__init__()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.excel_button = QPushButton(self.tr("Save as &Excel…"))
        self.close_button = QPushButton(self.tr("Close"))
        for button, action in (
            (self.print_button, print_),
            (self.pdf_button, save_pdf),
            (self.excel_button, save_excel),
            (self.close_button, close),
        ):
            button.setAutoDefault(False)  # Enter belongs to the fields above
            button.clicked.connect(lambda _checked=False, act=action: act())
        self.addWidget(self.print_button)
        self.addWidget(self.pdf_button)
        self.addWidget(self.excel_button)
        self.addStretch(1)
        self.addWidget(self.close_button)

    def set_ready(self, printable: bool, exportable: bool) -> None:
        """What there is to print or save: a report not yet made has neither; a draft sheet
        prints (marked draft) but is not exported to Excel."""
        self.print_button.setEnabled(printable)
        self.pdf_button.setEnabled(printable)
        self.excel_button.setEnabled(exportable)
