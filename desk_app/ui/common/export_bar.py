"""The row under a printable sheet or report: Print…, Save as PDF…, Save as Excel…, the
printout's language, Close.

One row for every dialog that prints and exports, so the buttons, their accelerators and their
order are the same wherever a clerk or a supervisor meets them. The language chooser
(:class:`~desk_app.ui.common.print_language.PrintLanguageBox`) says what language the PDF and the
workbook are made in; the dialog computes its printout's words with :meth:`ExportBar.labels`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from desk_app.ui.common.print_language import PrintLanguageBox

T = TypeVar("T")


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
        self.language_box = PrintLanguageBox()
        self.language_label = QLabel(self.tr("Printout language:"))
        self.language_label.setBuddy(self.language_box)
        self.addSpacing(12)
        self.addWidget(self.language_label)
        self.addWidget(self.language_box)
        self.addStretch(1)
        self.addWidget(self.close_button)

    def language(self) -> str:
        """The language the printout is made in."""
        return self.language_box.language()

    def labels(self, build: Callable[[], T]) -> T:
        """What ``build`` returns (the printout's labels), computed in the chosen language."""
        return self.language_box.labels(build)

    def set_ready(self, printable: bool, exportable: bool) -> None:
        """What there is to print or save: a report not yet made has neither; a draft sheet
        prints (marked draft) but is not exported to Excel."""
        self.print_button.setEnabled(printable)
        self.pdf_button.setEnabled(printable)
        self.excel_button.setEnabled(exportable)
