"""Every PDF names the program and its version as its Creator (Help → About's version)."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from desk_app.identity import pdf_creator, version
from desk_app.reports.pdf_pages import DeskCanvas, numbered_canvas


def _creator(data: bytes) -> str:
    return PdfReader(io.BytesIO(data)).metadata["/Creator"]


def test_a_canvas_names_the_program_and_its_version():
    buffer = io.BytesIO()
    canvas = DeskCanvas(buffer)
    canvas.drawString(100, 100, "x")
    canvas.setCreator("someone else")
    canvas.save()
    assert _creator(buffer.getvalue()) == f"DutyDesk {version()}" == pdf_creator()


def test_a_document_template_does_not_override_it():
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer)  # its creator defaults to "(unspecified)"
    doc.build(
        [Paragraph("x", getSampleStyleSheet()["Normal"])],
        canvasmaker=numbered_canvas(lambda canvas, page, pages: None),
    )
    assert _creator(buffer.getvalue()) == pdf_creator()
