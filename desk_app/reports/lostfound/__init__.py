"""Lost-and-found printouts as PDF (reportlab): item tags and the return slip.

Plain dataclasses in, PDF bytes out; no Qt. Text is set in the embedded ``DeskSans`` font
(:mod:`desk_app.reports.pdf_fonts`), so Chinese, Russian and English print alike on any reader.

Tags (:func:`render_tags`) come in three sizes (``label_size.LabelSize``): one tag per page for a label
printer (62 x 29 mm, 50 x 30 mm; the page is exactly the label), or an A4 sheet of 3 x 8 stickers
of 70 x 37 mm filled in order, further pages when there are more. A tag carries the item's number
as a QR code (the payload is exactly the number) and as large text, the time found, the
category, the storage place, a VALUABLES mark for valuables, and as much of the description as
fits (cut with "…"). A return slip (:func:`render_return_slip`) is one A4 form: the item, the
claimant, the declaration, the claimant's drawn signature, the clerk, station and reference.

The caller passes the words: ``labels`` maps the keys of :data:`PDF_LABELS` to the reader's
language; a missing key prints the English default shown there. Keys whose default has
``{placeholders}`` are templates: a translation must keep them (when it does not, the English
default is used). The keys:

- tags: ``tag_found`` ("Found {time}"), ``tag_storage`` ("Stored: {place}"), ``valuables_mark``
  ("VALUABLES", also on the slip);
- slip: ``slip_title``, ``item``, ``claimant``, ``number``, ``description``, ``category``,
  ``valuables``, ``yes``, ``no``, ``found_at``, ``found_place``, ``found_by``,
  ``storage_place``, ``claimant_name``, ``claimant_contact``, ``identity``, ``returned_by``,
  ``returned_at``, ``declaration``, ``signature``, ``handed_over_by``, ``station``,
  ``reference``, ``page`` ("Page {page} of {pages}").

The printout's language is ``labels["language"]`` (English when missing): times, which must be
aware, print in its format (``desk_app.formats``: "6 Dec 2026 19:49", "2026-12-06 19:49",
"06.12.2026 19:49") in ``tz`` (default: this computer's local zone). Identity is printed as the document's type and its last four characters only
("Passport ···1234").

The parts: the tags are drawn in :mod:`desk_app.reports.lostfound.tag_pdf`, the return slip
in :mod:`desk_app.reports.lostfound.slip_pdf`, and what both use (the captions, times, cutting a
line with "…", the QR code) is in :mod:`desk_app.reports.lostfound.pdf_style`.
"""
