"""Printing PDFs from the window: pages rendered by QtPdf, drawn on a printer of the PDF's own
page size (a PDF file printer here, never a real one), saving through the file dialog."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PySide6.QtGui import QImage, QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog

from desk_app.reports.lostfound.label_size import LabelSize
from desk_app.reports.lostfound.tag_pdf import ItemTag, render_tags
from desk_app.ui.common import pdf_print

MM = 72 / 25.4

TAGS = [
    ItemTag(
        number=f"LF-2026-{n:05d}",
        found_at=datetime(2026, 3, 14, 9, 30, tzinfo=UTC),
        category="电子产品",
        storage_place="Шкаф Б",
        valuables=n % 2 == 0,
        description="黑色手机 Чёрный телефон",
    )
    for n in (42, 43)
]


def _dark_fraction(image: QImage) -> float:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    dark = total = 0
    for y in range(0, gray.height(), 2):
        for x in range(0, gray.width(), 2):
            total += 1
            dark += gray.pixelColor(x, y).value() < 100
    return dark / total


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.mark.parametrize(
    ("size", "mm"), [(LabelSize.LABEL_62x29, (62, 29)), (LabelSize.LABEL_50x30, (50, 30))]
)
def test_render_pdf_pages(qtbot, size, mm):
    images = pdf_print.render_pdf_pages(render_tags(TAGS, size), dpi=150)
    assert len(images) == len(TAGS)
    for image in images:
        assert image.width() == pytest.approx(mm[0] / 25.4 * 150, abs=1)
        assert image.width() / image.height() == pytest.approx(mm[0] / mm[1], rel=0.01)
        assert 0.03 < _dark_fraction(image) < 0.6  # ink on white paper, not a blank or black page
        assert image.pixelColor(0, 0).name() == "#ffffff"


def test_a_page_renders_a_readable_qr_code(qtbot, tmp_path: Path):
    image = pdf_print.render_pdf_pages(render_tags(TAGS[:1], LabelSize.LABEL_50x30), dpi=300)[0]
    path = tmp_path / "page.png"
    assert image.save(str(path))
    from PIL import Image

    assert [r.text for r in zxingcpp.read_barcodes(Image.open(path))] == ["LF-2026-00042"]


def test_not_a_pdf_is_refused(qtbot):
    with pytest.raises(ValueError):
        pdf_print.render_pdf_pages(b"this is not a PDF", dpi=72)


def test_page_layout_is_the_pdfs_own_size():
    from PySide6.QtCore import QSizeF

    label = pdf_print.page_layout_for(QSizeF(62 * MM, 29 * MM))
    assert label.orientation() == QPageLayout.Orientation.Landscape
    full = label.fullRectPoints()
    assert (full.width(), full.height()) == pytest.approx((62 * MM, 29 * MM), abs=1)
    assert label.margins().isNull()
    a4 = pdf_print.page_layout_for(QSizeF(595.28, 841.89))
    assert a4.orientation() == QPageLayout.Orientation.Portrait
    assert a4.pageSize().id().name == "A4"


@pytest.mark.parametrize("size", [LabelSize.LABEL_62x29, LabelSize.A4_SHEET])
def test_preview_paints_every_page_on_a_printer_of_the_pdfs_size(qtbot, tmp_path: Path, size):
    pdf = render_tags(TAGS, size)
    dialog = pdf_print.make_print_preview(None, pdf, "Tags LF-2026-00042")
    qtbot.addWidget(dialog)
    assert isinstance(dialog, QPrintPreviewDialog)
    assert "LF-2026-00042" in dialog.windowTitle()
    out = tmp_path / "printed.pdf"
    printer = _pdf_printer(out)
    # What the preview's print button does after the system dialog: paint on the chosen printer.
    dialog.paintRequested.emit(printer)
    assert out.is_file() and out.stat().st_size > 1000
    printed = pdfium.PdfDocument(str(out))
    source = pdfium.PdfDocument(pdf)
    assert len(printed) == len(source)
    for i in range(len(printed)):
        w, h = printed[i].get_size()
        sw, sh = source[i].get_size()
        # Qt keeps page sizes in whole points.
        assert (w, h) == pytest.approx((sw, sh), abs=1)
    first = printed[0].render(scale=300 / 72).to_pil()
    assert "LF-2026-00042" in [r.text for r in zxingcpp.read_barcodes(first)]


def test_the_preview_shows_the_pages(qtbot):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    dialog = pdf_print.make_print_preview(None, render_tags(TAGS, LabelSize.LABEL_62x29), "Tags")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.findChild(QPrintPreviewWidget).pageCount() == 2)
    dialog.close()


def test_save_pdf_as(qtbot, tmp_path: Path, messages, monkeypatch: pytest.MonkeyPatch):
    pdf = render_tags(TAGS[:1], LabelSize.LABEL_62x29)
    asked = {}

    def choose(parent, caption, suggested, filters):
        asked.update(caption=caption, suggested=suggested, filters=filters)
        return str(tmp_path / "tag LF-2026-00042"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    saved = pdf_print.save_pdf_as(None, pdf, "LF-2026-00042.pdf")
    assert saved == tmp_path / "tag LF-2026-00042.pdf"
    assert saved.read_bytes() == pdf
    assert asked["suggested"].endswith("LF-2026-00042.pdf")
    assert "*.pdf" in asked["filters"]
    assert messages.errors == []

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert pdf_print.save_pdf_as(None, pdf, "x.pdf") is None

    missing = tmp_path / "no such folder" / "x.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(missing), ""))
    assert pdf_print.save_pdf_as(None, pdf, "x.pdf") is None
    assert len(messages.errors) == 1 and "no such folder" in messages.errors[0]
    assert not missing.parent.exists()
