"""Every font every printout names is embedded in the file (read back with pypdf).

A font a PDF names but does not carry is drawn from the reader's own fonts (or refused by a PDF/A
check or a print shop): reportlab names Helvetica where the program chose nothing (the canvas's
initial font, a table cell's default, a QR drawing's default). The test walks each page's font
resources, the forms they draw included, over every kind of printout in ``desk_app.reports``.
"""

from __future__ import annotations

import importlib
import inspect
import io
import pkgutil
from collections.abc import Callable

import pypdf
import pytest
from pypdf.generic import DictionaryObject

import desk_app.reports
from desk_app.reports.duty_report.pdf import render_duty_report_pdf
from desk_app.reports.handover.pdf import render_handover_pdf
from desk_app.reports.lostfound.label_size import LabelSize
from desk_app.reports.lostfound.slip_pdf import render_return_slip
from desk_app.reports.lostfound.tag_pdf import render_tags
from desk_app.reports.roster.pdf import render_roster_pdf
from desk_app.reports.roster.person_pdf import render_person_pdf
from desk_app.reports.supervision.inspection_pdf import render_inspection_pdf
from desk_app.reports.supervision.inspections_pdf import render_inspections_pdf
from tests.reports.test_handover_pdf import BEIJING, draft_sheet, sample_report, sample_sheet
from tests.reports.test_inspection_analysis_prints import analysis as inspection_analysis
from tests.reports.test_inspection_pdf import sheet as inspection_sheet
from tests.reports.test_lostfound_pdf import TAGS, _slip
from tests.reports.test_roster_pdf import sample_sheet as roster_sheet

_EMBEDDED = ("/FontFile", "/FontFile2", "/FontFile3")

PRINTOUTS: dict[str, Callable[[], bytes]] = {
    "handover sealed": lambda: render_handover_pdf(sample_sheet(), tz=BEIJING),
    "handover draft": lambda: render_handover_pdf(draft_sheet(), tz=BEIJING),
    "duty report": lambda: render_duty_report_pdf(sample_report(), tz=BEIJING),
    "return slip": lambda: render_return_slip(_slip(), tz=BEIJING),
    "roster month": lambda: render_roster_pdf(roster_sheet(), tz=BEIJING),
    "roster person": lambda: render_person_pdf(roster_sheet(), "王芳", tz=BEIJING),
    "inspection": lambda: render_inspection_pdf(inspection_sheet()),
    "inspections of a month": lambda: render_inspections_pdf(
        inspection_analysis(), [inspection_sheet()]
    ),
    **{
        f"tags {size.value}": (lambda size=size: render_tags(TAGS, size, tz=BEIJING))
        for size in LabelSize
    },
}

# The renderers the printouts above call: a new ``render_*`` in reports/ must join the list.
COVERED = {
    "render_handover_pdf",
    "render_duty_report_pdf",
    "render_return_slip",
    "render_tags",
    "render_roster_pdf",
    "render_person_pdf",
    "render_inspection_pdf",
    "render_inspections_pdf",
}


def _fonts(resources, seen: set[int]) -> list[DictionaryObject]:
    """The font dictionaries ``resources`` names, and those of the forms it draws."""
    if resources is None:
        return []
    resources = resources.get_object()
    fonts = [f.get_object() for f in (resources.get("/Font") or {}).values()]
    for xobject in (resources.get("/XObject") or {}).values():
        ref = getattr(xobject, "idnum", None)
        if ref in seen:
            continue
        seen.add(ref)
        form = xobject.get_object()
        if form.get("/Subtype") == "/Form":
            fonts += _fonts(form.get("/Resources"), seen)
    return fonts


def _not_embedded(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    named, missing = 0, []
    for page in reader.pages:
        for font in _fonts(page.get("/Resources"), set()):
            named += 1
            if font.get("/Subtype") == "/Type3":  # glyphs drawn in the file itself
                continue
            described = font
            if font.get("/Subtype") == "/Type0":
                described = font["/DescendantFonts"][0].get_object()
            descriptor = described.get("/FontDescriptor")
            if descriptor is None or not any(k in descriptor.get_object() for k in _EMBEDDED):
                missing.append(str(font.get("/BaseFont")))
    assert named, "no fonts found: the check would pass on anything"
    return missing


@pytest.mark.parametrize("kind", sorted(PRINTOUTS))
def test_every_font_of_every_printout_is_embedded(kind: str):
    pdf = PRINTOUTS[kind]()
    assert _not_embedded(pdf) == []


def test_the_check_sees_an_unembedded_font():
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(100, 100, "Helvetica")
    canvas.save()
    assert _not_embedded(buffer.getvalue()) == ["/Helvetica"]


def test_every_pdf_renderer_in_reports_is_covered():
    renderers = set()
    for module in pkgutil.walk_packages(desk_app.reports.__path__, "desk_app.reports."):
        mod = importlib.import_module(module.name)
        for name, func in inspect.getmembers(mod, inspect.isfunction):
            if name.startswith("render_") and func.__module__ == mod.__name__:
                renderers.add(name)
    assert renderers == COVERED
