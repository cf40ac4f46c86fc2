"""Small reportlab pieces more than one printout uses: a table that only places things (no
padding, so it lines up with the text around it) and a drawn signature scaled into its box."""

from __future__ import annotations

import io

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image, TableStyle


def layout_style(*extra: tuple) -> TableStyle:
    """No padding unless asked: tables used for layout line up with the text around them."""
    return TableStyle(
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            *extra,
        ]
    )


def signature_image(png: bytes, width: float, height: float) -> Image | None:
    """The drawn signature scaled to fit ``width`` x ``height``, its proportions kept."""
    if not png:
        return None
    w, h = ImageReader(io.BytesIO(png)).getSize()
    scale = min(width / w, height / h)
    return Image(io.BytesIO(png), width=w * scale, height=h * scale)
