"""Lost and found on paper: an item's tag and the return slip its owner signs.

The service's records are turned into the report's dataclasses here; the PDFs come from
``reports.lostfound`` with their words in the reader's language, and go to ``ui.common.pdf_print``
for preview, printing or saving.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.lostfound.categories import RetentionPolicy
from desk_app.reports.lostfound.label_size import LabelSize
from desk_app.reports.lostfound.slip_pdf import ReturnSlip, render_return_slip
from desk_app.reports.lostfound.tag_pdf import ItemTag, render_tags
from desk_app.services.lostfound.detail import ItemDetail
from desk_app.services.lostfound.views import ItemView
from desk_app.ui.common import pdf_print
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.print_language import PrintLanguageBox, in_print_language, print_language
from desk_app.ui.lostfound.label_printer import chosen_label_printer
from desk_app.ui.lostfound.labels import (
    category_label,
    finder_kind_label,
    id_document_label,
    pdf_labels,
)


def found_by_text(item: ItemView) -> str:
    if not item.finder_name:
        return finder_kind_label(item.finder_kind)
    return QCoreApplication.translate("LostFoundPage", "{name} ({kind})").format(
        name=item.finder_name, kind=finder_kind_label(item.finder_kind)
    )


def item_tag(item: ItemView, policy: RetentionPolicy | None) -> ItemTag:
    return ItemTag(
        number=item.number,
        found_at=item.found_at,
        category=category_label(item.category, policy),
        storage_place=item.storage_place,
        valuables=item.valuables,
        description=item.description,
    )


def return_slip(detail: ItemDetail, policy: RetentionPolicy | None) -> ReturnSlip:
    item, ret = detail.item, detail.returned
    if ret is None:
        raise ValueError("the item was not returned")
    return ReturnSlip(
        station=ret.station,
        number=item.number,
        description=item.description,
        category=category_label(item.category, policy),
        valuables=item.valuables,
        found_at=item.found_at,
        found_place=item.found_place,
        found_by=found_by_text(item),
        storage_place=item.storage_place,
        claimant_name=ret.claimant_name,
        claimant_contact=ret.claimant_contact,
        id_document=id_document_label(ret.id_document),
        id_last_four=ret.id_last_four,
        returned_by=ret.returned_by_name,
        returned_at=ret.returned_at,
        signature_png=ret.signature_png,
        reference=ret.id,
    )


def render_slip(
    detail: ItemDetail, policy: RetentionPolicy | None, language: str | None = None
) -> bytes:
    """The return slip of a returned item, as a PDF in ``language`` (None: the printouts'
    language, ``print_language.print_language``): its captions, category, document and times."""
    slip, labels = in_print_language(
        language or print_language(), lambda: (return_slip(detail, policy), pdf_labels())
    )
    return render_return_slip(slip, labels)


class TagPrintDialog(QDialog):
    """Choose the label size, then preview, print or save the tag as a PDF.

    The dialog is as big as its content and no bigger (a fixed size): a window manager then
    draws no resize handle, which under the buttons looked like an empty strip."""

    # The size of the last tag printed this session; before one, this station's label printer
    # (ui/lostfound/label_printer.py), else 62 × 29 mm.
    last_size: LabelSize | None = None

    def __init__(
        self, item: ItemView, policy: RetentionPolicy | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.policy = policy
        self.setObjectName("lfTagDialog")
        self.setWindowTitle(self.tr("Print tag {number}").format(number=item.number))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.addWidget(QLabel(self.tr("Label size")))
        self.group = QButtonGroup(self)
        self.size_buttons: dict[LabelSize, QRadioButton] = {}
        for size, text in (
            (LabelSize.LABEL_62x29, self.tr("Label printer, 62 × 29 mm")),
            (LabelSize.LABEL_50x30, self.tr("Label printer, 50 × 30 mm")),
            (LabelSize.A4_SHEET, self.tr("A4 sheet of stickers, 3 × 8 (70 × 37 mm)")),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"tagSize_{size.value}")
            self.group.addButton(button)
            self.size_buttons[size] = button
            layout.addWidget(button)
        skip_row = QHBoxLayout()
        skip_row.setContentsMargins(24, 0, 0, 0)
        self.skip = QSpinBox()
        self.skip.setObjectName("tagSkip")
        self.skip.setRange(0, 23)
        skip_label = QLabel(self.tr("Stickers already used on the sheet"))
        skip_label.setBuddy(self.skip)
        skip_row.addWidget(skip_label)
        skip_row.addWidget(self.skip)
        skip_row.addStretch(1)
        layout.addLayout(skip_row)
        language_row = QHBoxLayout()
        self.language = PrintLanguageBox()
        language_label = QLabel(self.tr("Printout language:"))
        language_label.setBuddy(self.language)
        language_row.addWidget(language_label)
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        layout.addLayout(language_row)
        self._station = chosen_label_printer()
        first = self.last_size or (self._station.size if self._station else LabelSize.LABEL_62x29)
        self.size_buttons[first].setChecked(True)
        self.group.buttonToggled.connect(self._size_changed)
        self._size_changed()
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setObjectName("tagPrint")
        self.preview_button = buttons.addButton(
            self.tr("Preview…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.preview_button.setObjectName("tagPreview")
        self.preview_button.setToolTip(self.tr("See the tag as it will print; print from there"))
        self.save_button = buttons.addButton(
            self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setObjectName("tagSave")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
        self.print_button.clicked.connect(self.print_tag)
        self.preview_button.clicked.connect(self.preview_tag)
        self.save_button.clicked.connect(self.save_tag)
        self.print_button.setDefault(True)
        layout.addWidget(buttons)

    def label_size(self) -> LabelSize:
        for size, button in self.size_buttons.items():
            if button.isChecked():
                return size
        return LabelSize.LABEL_62x29

    def _size_changed(self, *_args) -> None:
        self.skip.setEnabled(self.label_size() is LabelSize.A4_SHEET)

    def pdf(self) -> bytes:
        size = self.label_size()
        tag, labels = self.language.labels(lambda: (item_tag(self.item, self.policy), pdf_labels()))
        return render_tags(
            [tag],
            size,
            labels=labels,
            skip=self.skip.value() if size is LabelSize.A4_SHEET else 0,
        )

    def _remember(self) -> None:
        TagPrintDialog.last_size = self.label_size()

    def _title(self) -> str:
        return self.tr("Tag {number}").format(number=self.item.number)

    def print_tag(self) -> None:
        """Print: the system's print dialog at once, at this station's label printer if one
        was chosen."""
        name = self._station.printer if self._station else ""
        self._hand_to(
            partial(pdf_print.print_pdf_now, printer_name=name) if name else pdf_print.print_pdf_now
        )

    def preview_tag(self) -> None:
        """Preview: the tag in Qt's print preview, whose own button prints it."""
        self._hand_to(pdf_print.print_pdf)

    def _hand_to(self, show: Callable[[QWidget, bytes, str], object]) -> None:
        """Make the tag and give it to ``show`` (a print or preview dialog) parented to the
        page: this chooser closes behind it."""
        data = run_op(self, self.pdf)
        if data is None:
            return
        self._remember()
        parent = self.parentWidget() or self
        self.accept()
        show(parent, data, self._title())

    def save_tag(self) -> None:
        data = run_op(self, self.pdf)
        if data is None:
            return
        self._remember()
        name = self.tr("{number} tag").format(number=self.item.number)
        if pdf_print.save_pdf_as(self, data, f"{name}.pdf"):
            self.accept()
