"""Lost and found: a found item's page and a guest's report's page.

An item's page shows the item in full (its photos, the reports that may be its owner's, the
reports linked to it, its return or its disposal) and one button per movement its state and the
reader's role allow. Each movement is a small form (window-modal, errors beside the field they
name); the page reloads after it. A movement names the version the page showed: when another
station acted first it is refused, the user is told, and the page shows the record as it now is.

Tags and return slips are printed from here; the PDFs come from ``reports.lostfound_pdf`` with
their words in the reader's language, and go to ``ui.pdf_print`` for preview, printing or saving.

The movements' forms are in ``ui.lostfound_steps``, the tags and slips in ``ui.lostfound_print``,
the photos in ``ui.lostfound_photos``; none of them knows the pages. The labels, tables and
match cards the pages are built from are in ``ui.lostfound_widgets``. The two pages are in
``ui.lostfound_item_page`` and ``ui.lostfound_report_page``, the base they share in
``ui.lostfound_page_base``; this module names them for the window and the tests.
"""

from desk_app.ui.lostfound_item_page import ItemPage
from desk_app.ui.lostfound_report_page import ReportPage

__all__ = ["ItemPage", "ReportPage"]
