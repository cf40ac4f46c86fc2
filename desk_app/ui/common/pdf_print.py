"""Printing and saving a PDF from the window: one code path for every printout.

Reports make PDF bytes (``desk_app.reports``); this module shows them in Qt's print preview and
prints them. Qt's own PDF engine (QtPdf) renders each page into an image at the printer's
resolution, drawn over the whole sheet of a printer set to the PDF's own page size, margins
none: what is printed is what the PDF shows, whatever the printer. The preview's print button
opens the system's print dialog.

Qt's convention is followed for the page: a page wider than tall is its portrait size turned
landscape (a 62 x 29 mm label is 29 x 62 mm, landscape). A printer that refuses a size still gets
the page, scaled to fit its paper with its proportions kept.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEventLoop,
    QIODevice,
    QMarginsF,
    QObject,
    QRectF,
    QSize,
    QSizeF,
    QTimer,
)
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from desk_app.reports.files import atomic_write_bytes
from desk_app.ui.common.save_as import save_as

# Resolution caps: a label printer prints at 300-600 dpi; an A4 page as a 16-megapixel image is
# ~400 dpi, plenty for a laser printer, and keeps a preview of several pages in memory bounds.
MAX_PRINT_DPI = 600
MAX_PAGE_PIXELS = 16_000_000
PREVIEW_DPI = 200
_LOAD_TIMEOUT_MS = 10_000


def load_pdf_document(pdf: bytes, parent: QObject | None = None) -> QPdfDocument:
    """The PDF in ``pdf``, ready to render. ``ValueError`` when it is not a readable PDF."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)  # lives as long as the document
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() == QPdfDocument.Status.Loading:
        loop = QEventLoop()
        document.statusChanged.connect(lambda _status: loop.quit())
        QTimer.singleShot(_LOAD_TIMEOUT_MS, loop.quit)
        loop.exec()
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        error = document.error()
        document.deleteLater()
        raise ValueError(f"not a readable PDF ({error.name})")
    return document


def _pixel_size(document: QPdfDocument, page: int, dpi: float) -> QSize:
    points = document.pagePointSize(page)
    return QSize(
        max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72))
    )


def render_page(document: QPdfDocument, page: int, dpi: float) -> QImage:
    """Page ``page`` at ``dpi`` on white (QtPdf leaves the paper transparent)."""
    size = _pixel_size(document, page, dpi)
    rendered = document.render(page, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def render_pdf_pages(pdf: bytes, dpi: int) -> list[QImage]:
    """Every page of ``pdf`` as an image at ``dpi`` (white paper)."""
    document = load_pdf_document(pdf)
    try:
        return [render_page(document, page, dpi) for page in range(document.pageCount())]
    finally:
        document.deleteLater()


def page_layout_for(points: QSizeF) -> QPageLayout:
    """A layout of exactly ``points`` (a PDF page's size), no margins."""
    w, h = points.width(), points.height()
    landscape = w > h
    size = QPageSize(QSizeF(h, w) if landscape else QSizeF(w, h), QPageSize.Unit.Point)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def _fit(target: QRectF, size: QSizeF) -> QRectF:
    """``size`` scaled to fit ``target``, proportions kept, centred."""
    if size.width() <= 0 or size.height() <= 0:
        return target
    scale = min(target.width() / size.width(), target.height() / size.height())
    w, h = size.width() * scale, size.height() * scale
    return QRectF(
        target.x() + (target.width() - w) / 2, target.y() + (target.height() - h) / 2, w, h
    )


class PdfPrintJob(QObject):
    """One PDF to preview and print; :meth:`paint` is the preview's ``paintRequested`` slot."""

    def __init__(self, pdf: bytes, title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.document = load_pdf_document(pdf, self)

    def page_count(self) -> int:
        return self.document.pageCount()

    def page_layout(self, page: int) -> QPageLayout:
        return page_layout_for(self.document.pagePointSize(page))

    def prepare(self, printer: QPrinter, page: int = 0) -> None:
        """Set ``printer`` to the size of ``page``, the whole sheet, no margins."""
        printer.setDocName(self.title)
        printer.setFullPage(True)
        layout = self.page_layout(page)
        if not printer.pageLayout().isEquivalentTo(layout):
            printer.setPageLayout(layout)
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)

    def _dpi(self, printer: QPrinter, painter: QPainter, page: int) -> float:
        engine = painter.paintEngine()
        if engine is not None and engine.type() == QPaintEngine.Type.Picture:
            return PREVIEW_DPI  # the preview records pictures: screen resolution is enough
        dpi = float(min(printer.resolution(), MAX_PRINT_DPI))
        points = self.document.pagePointSize(page)
        pixels = points.width() * points.height() * (dpi / 72) ** 2
        if pixels > MAX_PAGE_PIXELS:
            dpi *= (MAX_PAGE_PIXELS / pixels) ** 0.5
        return dpi

    def paint(self, printer: QPrinter) -> bool:
        """Draw every page on ``printer`` (a page each). False when the printer cannot start."""
        self.prepare(printer, 0)
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            for page in range(self.page_count()):
                if page:
                    layout = self.page_layout(page)
                    if not printer.pageLayout().isEquivalentTo(layout):
                        printer.setPageLayout(layout)
                    printer.newPage()
                paper = printer.paperRect(QPrinter.Unit.DevicePixel)
                target = QRectF(0, 0, paper.width(), paper.height())
                image = self.document.render(
                    page, _pixel_size(self.document, page, self._dpi(printer, painter, page))
                )
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
                painter.drawImage(_fit(target, QSizeF(image.size())), image)
        finally:
            painter.end()
        return True


def make_print_preview(parent: QWidget | None, pdf: bytes, title: str) -> QPrintPreviewDialog:
    """The print preview of ``pdf`` (not shown yet). Its printer and job live with it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    job = PdfPrintJob(pdf, title, dialog)
    job.prepare(printer)
    dialog.setWindowTitle(
        QCoreApplication.translate("PdfPrint", "Print preview — {title}").format(title=title)
    )
    dialog.paintRequested.connect(job.paint)
    # The dialog does not own its printer: keep it (and the job) with the dialog.
    dialog._desk_printer = printer  # type: ignore[attr-defined]
    dialog._desk_job = job  # type: ignore[attr-defined]
    return dialog


def print_pdf(parent: QWidget | None, pdf: bytes, title: str) -> bool:
    """Show ``pdf`` in the print preview; True when the user printed it."""
    dialog = make_print_preview(parent, pdf, title)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def print_pdf_now(
    parent: QWidget | None, pdf: bytes, title: str, *, printer_name: str = ""
) -> bool:
    """Straight to the system's print dialog, no preview (a tag printed for the hundredth time),
    at ``printer_name`` if given (the station's label printer); True when it was printed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if printer_name:
        printer.setPrinterName(printer_name)
    job = PdfPrintJob(pdf, title)
    job.prepare(printer)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("PdfPrint", "Print — {title}").format(title=title)
    )
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return job.paint(printer)
    finally:
        dialog.deleteLater()
        job.deleteLater()


def save_pdf_as(parent: QWidget | None, pdf: bytes, suggested_name: str) -> Path | None:
    """Ask where to save ``pdf`` and write it there; the path, or None when cancelled or failed
    (the failure is shown to the user)."""
    return save_as(
        parent,
        QCoreApplication.translate("PdfPrint", "Save PDF"),
        suggested_name,
        QCoreApplication.translate("PdfPrint", "PDF documents (*.pdf)"),
        ".pdf",
        lambda path: atomic_write_bytes(path, pdf),
    )
