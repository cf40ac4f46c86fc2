"""What the lost-and-found printouts share: the captions and their English defaults
(:data:`PDF_LABELS`), times as printed, one line of text cut to a width with "…", the QR code of
an item's number and the check that the number is fit for one.

It is its own module so that the tags (:mod:`desk_app.reports.lostfound.tag_pdf`) and the return
slip (:mod:`desk_app.reports.lostfound.slip_pdf`) word, cut and encode alike without importing one
another. The helpers keep their leading underscore: they are private to those modules.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, tzinfo
from types import MappingProxyType

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.pdfbase.pdfmetrics import stringWidth

from desk_app.formats import format_datetime, language_of
from desk_app.reports.pdf_fonts import pdf_text

PDF_LABELS: Mapping[str, str] = MappingProxyType(
    {
        # tags
        "tag_found": "Found {time}",
        "tag_storage": "Stored: {place}",
        "valuables_mark": "VALUABLES",
        # return slip
        "slip_title": "Lost property return slip",
        "item": "Item",
        "claimant": "Claimant",
        "number": "Number",
        "description": "Description",
        "category": "Category",
        "valuables": "Valuables",
        "yes": "Yes",
        "no": "No",
        "found_at": "Time found",
        "found_place": "Place found",
        "found_by": "Found by",
        "storage_place": "Storage place",
        "claimant_name": "Name",
        "claimant_contact": "Contact",
        "identity": "Identity checked",
        "returned_by": "Returned by",
        "returned_at": "Time returned",
        "declaration": "I confirm I have received the item described above.",
        "signature": "Claimant's signature",
        "handed_over_by": "Handed over by",
        "station": "Station",
        "reference": "Reference",
        "page": "Page {page} of {pages}",
    }
)
"""Every caption the PDFs print: key -> English default (translate the values)."""

PDF_LABEL_KEYS: tuple[str, ...] = tuple(PDF_LABELS)

ELLIPSIS = "…"


# --- words and times ---------------------------------------------------------------------------


def _label(labels: Mapping[str, str] | None, key: str, **fields: str) -> str:
    """The caption for ``key`` in the reader's language, its ``{fields}`` filled in."""
    default = PDF_LABELS[key]
    text = (labels or {}).get(key) or default
    if fields:
        try:
            text = text.format(**fields)
        except (KeyError, IndexError, ValueError):
            text = default.format(**fields)  # a translation lost a placeholder
    return pdf_text(text)


def _time(moment: datetime, tz: tzinfo | None, labels: Mapping[str, str] | None = None) -> str:
    """``moment`` on the desk's clock in the printout's language (``labels``' language)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive time {moment!r}: times must carry their zone")
    return format_datetime(moment, language_of(labels), tz)


def _one_line(text: str) -> str:
    return pdf_text(" ".join(text.split()))


# --- one line of text in a width ---------------------------------------------------------------


def _width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


def _with_ellipsis(text: str, font: str, size: float, width: float) -> str:
    """As much of ``text`` as fits ``width`` followed by "…"."""
    keep = text
    while keep and _width(keep.rstrip() + ELLIPSIS, font, size) > width:
        keep = keep[:-1]
    return keep.rstrip() + ELLIPSIS


def _cut(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line: whole when it fits, else as much as fits followed by "…"."""
    if _width(text, font, size) <= width:
        return text
    return _with_ellipsis(text, font, size, width)


# --- QR code -----------------------------------------------------------------------------------

QR_LEVEL = "M"  # 15 % of the code may be scratched or creased
QR_QUIET_MODULES = 4  # the standard quiet zone, kept inside the drawing


def _qr_drawing(value: str, size: float) -> Drawing:
    """A ``size`` x ``size`` drawing of the QR code of ``value``, quiet zone included."""
    widget = QrCodeWidget(
        value,
        barLevel=QR_LEVEL,
        barBorder=QR_QUIET_MODULES,
        barWidth=size,
        barHeight=size,
    )
    drawing = Drawing(size, size)
    drawing.add(widget)
    return drawing


def _check_number(number: str) -> str:
    if not number or not number.isascii() or not number.isprintable():
        raise ValueError(f"an item number is printable ASCII, not {number!r}")
    return number
