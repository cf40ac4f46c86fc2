"""The sizes a found item's tag is printed in: what the label printer's setting names and the
tags' PDF (:mod:`desk_app.reports.lostfound.tag_pdf`) lays out. Apart from the PDF code, so that
the window can offer and remember a size without loading reportlab before a tag is printed."""

from __future__ import annotations

from enum import StrEnum


class LabelSize(StrEnum):
    LABEL_62x29 = "62x29"
    LABEL_50x30 = "50x30"
    A4_SHEET = "a4"
