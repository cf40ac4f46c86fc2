"""Translated names of lost-and-found values, and the captions of its printouts, in the reader's
language.

The sentences a movement writes into the duty log are not here: they are messages of
``domain.book_lines``, marked for translation in ``ui.common.book_line_texts`` (generated from it).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk_app.domain.lostfound.categories import ItemCategory, RetentionPolicy, sort_categories
from desk_app.domain.lostfound.rules import (
    Decision,
    DisposalMethod,
    FinderKind,
    IdDocument,
    ItemState,
    ReportState,
)
from desk_app.formats import LANGUAGE_KEY
from desk_app.translators import current_language


def builtin_category_label(code: str) -> str | None:
    return {
        "documents": QCoreApplication.translate("Labels", "Documents"),
        "electronics": QCoreApplication.translate("Labels", "Electronics"),
        "valuables": QCoreApplication.translate("Labels", "Money and valuables"),
        "clothing": QCoreApplication.translate("Labels", "Clothing"),
        "keys": QCoreApplication.translate("Labels", "Keys"),
        "other": QCoreApplication.translate("Labels", "Other", "lost-and-found category"),
    }.get(code)


def category_label(category: ItemCategory | str, policy: RetentionPolicy | None = None) -> str:
    """A manager's own name wins (theirs for the reader's language, else the one given); a
    built-in without one shows in the reader's language. The language in force: the window's,
    or a printout's while it is made (``translators.printing_language``)."""
    if isinstance(category, str):
        found = policy.category(category) if policy else None
        if found is None:
            return builtin_category_label(category) or category
        category = found
    own = category.name_in(current_language())
    if own:
        return own
    return builtin_category_label(category.code) or category.code


def category_choices(policy: RetentionPolicy, current: str | None = None) -> list[tuple[str, str]]:
    """(code, label) of the categories in use (and ``current``, even if retired since)."""
    return [
        (c.code, category_label(c))
        for c in sort_categories(policy.categories)
        if c.active or c.code == current
    ]


def item_state_label(state: ItemState) -> str:
    return {
        ItemState.STORED: QCoreApplication.translate("Labels", "Held"),
        ItemState.DISPOSAL_PROPOSED: QCoreApplication.translate("Labels", "Disposal proposed"),
        ItemState.RETURNED: QCoreApplication.translate("Labels", "Returned"),
        ItemState.DISPOSED: QCoreApplication.translate("Labels", "Disposed of"),
    }[state]


def report_state_label(state: ReportState) -> str:
    return {
        ReportState.OPEN: QCoreApplication.translate("Labels", "Open", "lost-item report"),
        ReportState.LINKED: QCoreApplication.translate("Labels", "Possible match"),
        ReportState.CLOSED: QCoreApplication.translate("Labels", "Closed", "lost-item report"),
    }[state]


def finder_kind_label(kind: FinderKind) -> str:
    return {
        FinderKind.STAFF: QCoreApplication.translate("Labels", "Staff"),
        FinderKind.GUEST: QCoreApplication.translate("Labels", "Guest"),
    }[kind]


def disposal_method_label(method: DisposalMethod) -> str:
    return {
        DisposalMethod.RETURNED_TO_OWNER: QCoreApplication.translate("Labels", "Returned to owner"),
        DisposalMethod.DONATED: QCoreApplication.translate("Labels", "Donated"),
        DisposalMethod.DESTROYED: QCoreApplication.translate("Labels", "Destroyed"),
        DisposalMethod.HANDED_TO_POLICE: QCoreApplication.translate("Labels", "Handed to police"),
    }[method]


def decision_label(decision: Decision | None) -> str:
    if decision is None:
        return QCoreApplication.translate("Labels", "Waiting for approval")
    return {
        Decision.APPROVED: QCoreApplication.translate("Labels", "Approved"),
        Decision.REJECTED: QCoreApplication.translate("Labels", "Rejected"),
        Decision.WITHDRAWN: QCoreApplication.translate(
            "Labels", "Withdrawn: the owner took the item"
        ),
    }[decision]


def id_document_label(doc: IdDocument) -> str:
    return {
        IdDocument.PASSPORT: QCoreApplication.translate("Labels", "Passport"),
        IdDocument.NATIONAL_ID: QCoreApplication.translate("Labels", "National identity card"),
        IdDocument.DRIVING_LICENCE: QCoreApplication.translate("Labels", "Driving licence"),
        IdDocument.RESIDENCE_PERMIT: QCoreApplication.translate("Labels", "Residence permit"),
        IdDocument.STAFF_CARD: QCoreApplication.translate("Labels", "Staff card"),
        IdDocument.OTHER: QCoreApplication.translate("Labels", "Other document"),
    }[doc]


_PDF_SOURCES: dict[str, str] = {
    "tag_found": QT_TRANSLATE_NOOP("LostFoundPdf", "Found {time}"),
    "tag_storage": QT_TRANSLATE_NOOP("LostFoundPdf", "Stored: {place}"),
    "valuables_mark": QT_TRANSLATE_NOOP("LostFoundPdf", "VALUABLES"),
    "slip_title": QT_TRANSLATE_NOOP("LostFoundPdf", "Lost property return slip"),
    "item": QT_TRANSLATE_NOOP("LostFoundPdf", "Item"),
    "claimant": QT_TRANSLATE_NOOP("LostFoundPdf", "Claimant"),
    "number": QT_TRANSLATE_NOOP("LostFoundPdf", "Number"),
    "description": QT_TRANSLATE_NOOP("LostFoundPdf", "Description"),
    "category": QT_TRANSLATE_NOOP("LostFoundPdf", "Category"),
    "valuables": QT_TRANSLATE_NOOP("LostFoundPdf", "Valuables"),
    "yes": QT_TRANSLATE_NOOP("LostFoundPdf", "Yes"),
    "no": QT_TRANSLATE_NOOP("LostFoundPdf", "No"),
    "found_at": QT_TRANSLATE_NOOP("LostFoundPdf", "Time found"),
    "found_place": QT_TRANSLATE_NOOP("LostFoundPdf", "Place found"),
    "found_by": QT_TRANSLATE_NOOP("LostFoundPdf", "Found by"),
    "storage_place": QT_TRANSLATE_NOOP("LostFoundPdf", "Storage place"),
    "claimant_name": QT_TRANSLATE_NOOP("LostFoundPdf", "Name"),
    "claimant_contact": QT_TRANSLATE_NOOP("LostFoundPdf", "Contact"),
    "identity": QT_TRANSLATE_NOOP("LostFoundPdf", "Identity checked"),
    "returned_by": QT_TRANSLATE_NOOP("LostFoundPdf", "Returned by"),
    "returned_at": QT_TRANSLATE_NOOP("LostFoundPdf", "Time returned"),
    "declaration": QT_TRANSLATE_NOOP(
        "LostFoundPdf", "I confirm I have received the item described above."
    ),
    "signature": QT_TRANSLATE_NOOP("LostFoundPdf", "Claimant's signature"),
    "handed_over_by": QT_TRANSLATE_NOOP("LostFoundPdf", "Handed over by"),
    "station": QT_TRANSLATE_NOOP("LostFoundPdf", "Station"),
    "reference": QT_TRANSLATE_NOOP("LostFoundPdf", "Reference"),
    "page": QT_TRANSLATE_NOOP("LostFoundPdf", "Page {page} of {pages}"),
}


def pdf_labels() -> dict[str, str]:
    """The captions printed on item tags and the return slip, in the reader's language: the
    keys of ``reports.lostfound.pdf_style.PDF_LABELS`` (a test keeps the two lists equal). Templates
    keep their ``{fields}``."""
    labels = {
        key: QCoreApplication.translate("LostFoundPdf", source)
        for key, source in _PDF_SOURCES.items()
    }
    labels[LANGUAGE_KEY] = current_language()  # the tags' and slips' times follow the words
    return labels
