"""This station's label printer: the printer a found item's tag goes to, and the label size.

A printer belongs to the computer at the counter, not to the book every station shares, so the
choice is kept in this station's preferences. The tag's print dialog starts at the size chosen
here and its system print dialog at the printer chosen here; a clerk may still pick another for
one tag. First steps (Help → First steps…) ticks its line once a choice was saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.config import Preferences
from desk_app.domain.value import Value
from desk_app.reports.lostfound.label_size import LabelSize

LABEL_PRINTER_PREF = "label_printer"


class LabelPrinter(Value):
    printer: str  # the system's name for it; "" to choose in the print dialog each time
    size: LabelSize


def chosen_label_printer(prefs: Preferences | None = None) -> LabelPrinter | None:
    """The choice saved on this station, or None if none was made (or it no longer reads)."""
    value = (prefs or Preferences()).get(LABEL_PRINTER_PREF)
    if not isinstance(value, dict):
        return None
    try:
        return LabelPrinter(str(value.get("printer", "")), LabelSize(value.get("size")))
    except ValueError:
        return None


def save_label_printer(choice: LabelPrinter, prefs: Preferences | None = None) -> None:
    (prefs or Preferences()).set(
        LABEL_PRINTER_PREF, {"printer": choice.printer, "size": choice.size.value}
    )


class LabelPrinterDialog(QDialog):
    """Choose the printer and the label size; OK keeps them for this station."""

    def __init__(self, parent: QWidget | None = None, prefs: Preferences | None = None) -> None:
        from PySide6.QtPrintSupport import QPrinterInfo  # loaded when a printer is chosen

        super().__init__(parent)
        self._prefs = prefs
        self.setObjectName("labelPrinterDialog")
        self.setWindowTitle(self.tr("Label printer"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        current = chosen_label_printer(prefs)
        intro = QLabel(
            self.tr(
                "The printer this station prints found items' tags on, and its labels. Kept on "
                "this computer: each station chooses its own."
            )
        )
        intro.setWordWrap(True)
        self.printer = QComboBox()
        self.printer.setObjectName("labelPrinterName")
        self.printer.addItem(self.tr("Choose in the print dialog each time"), "")
        for name in QPrinterInfo.availablePrinterNames():
            self.printer.addItem(name, name)
        if current is not None and current.printer:
            if self.printer.findData(current.printer) < 0:  # not connected now: kept anyway
                self.printer.addItem(current.printer, current.printer)
            self.printer.setCurrentIndex(self.printer.findData(current.printer))
        self.group = QButtonGroup(self)
        self.size_buttons: dict[LabelSize, QRadioButton] = {}
        sizes = QVBoxLayout()
        for size, text in (
            (LabelSize.LABEL_62x29, self.tr("Label printer, 62 × 29 mm")),
            (LabelSize.LABEL_50x30, self.tr("Label printer, 50 × 30 mm")),
            (LabelSize.A4_SHEET, self.tr("A4 sheet of stickers, 3 × 8 (70 × 37 mm)")),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"labelSize_{size.value}")
            self.group.addButton(button)
            self.size_buttons[size] = button
            sizes.addWidget(button)
        self.size_buttons[current.size if current else LabelSize.LABEL_62x29].setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Printer:"), self.printer)
        form.addRow(self.tr("Labels:"), sizes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        intro.setMinimumWidth(420)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> LabelPrinter:
        size = next(s for s, b in self.size_buttons.items() if b.isChecked())
        return LabelPrinter(self.printer.currentData() or "", size)

    def accept(self) -> None:
        save_label_printer(self.choice(), self._prefs)
        super().accept()


def open_label_printer(parent: QWidget | None, prefs: Preferences | None = None) -> bool:
    """The dialog, modal; True when a choice was saved."""
    dialog = LabelPrinterDialog(parent, prefs)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
