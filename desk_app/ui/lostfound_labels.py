"""Translated names of lost-and-found values, and the log's sentences in the reader's language.

The duty-log sentences a movement writes are the domain's templates (``LOG_TEMPLATES``); they are
marked here with ``QT_TRANSLATE_NOOP`` so lupdate collects them, and ``log_phrases()`` gives the
services the translated set. A test keeps the two lists equal.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.domain.lostfound import (
    Decision,
    DisposalMethod,
    FinderKind,
    IdDocument,
    ItemCategory,
    ItemState,
    ReportState,
    RetentionPolicy,
    sort_categories,
)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, read by lupdate
    return text


_LOG_SOURCES: dict[str, str] = {
    "found": QT_TRANSLATE_NOOP(
        "LostFoundLog", "Found item {number} registered: {description}. Stored at: {storage}."
    ),
    "photo": QT_TRANSLATE_NOOP("LostFoundLog", "Photo added to found item {number}."),
    "report": QT_TRANSLATE_NOOP(
        "LostFoundLog", "Guest {guest} reports a lost item: {description}."
    ),
    "link": QT_TRANSLATE_NOOP(
        "LostFoundLog", "Found item {number} may be what {guest} lost; the guest is to be told."
    ),
    "unlink": QT_TRANSLATE_NOOP("LostFoundLog", "Found item {number} is not what {guest} lost."),
    "close_report": QT_TRANSLATE_NOOP(
        "LostFoundLog", "Report of {guest}'s lost item closed: {note}"
    ),
    "return": QT_TRANSLATE_NOOP(
        "LostFoundLog", "Found item {number} returned to {claimant} ({document} ···{tail})."
    ),
    "propose": QT_TRANSLATE_NOOP(
        "LostFoundLog", "Disposal of found item {number} proposed: {method}. {note}"
    ),
    "approve": QT_TRANSLATE_NOOP(
        "LostFoundLog", "Disposal of found item {number} approved: {method}. {note}"
    ),
    "reject": QT_TRANSLATE_NOOP("LostFoundLog", "Disposal of found item {number} rejected. {note}"),
}
LOG_SOURCES = _LOG_SOURCES


def _t(text: str, disambiguation: str | None = None) -> str:
    return QCoreApplication.translate("Labels", text, disambiguation)


def builtin_category_label(code: str) -> str | None:
    return {
        "documents": _t("Documents"),
        "electronics": _t("Electronics"),
        "valuables": _t("Money and valuables"),
        "clothing": _t("Clothing"),
        "keys": _t("Keys"),
        "other": _t("Other", "lost-and-found category"),
    }.get(code)


def category_label(category: ItemCategory | str, policy: RetentionPolicy | None = None) -> str:
    """A manager's own name wins; a built-in without one shows in the reader's language."""
    if isinstance(category, str):
        found = policy.category(category) if policy else None
        if found is None:
            return builtin_category_label(category) or category
        category = found
    if category.name:
        return category.name
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
        ItemState.STORED: _t("Held"),
        ItemState.DISPOSAL_PROPOSED: _t("Disposal proposed"),
        ItemState.RETURNED: _t("Returned"),
        ItemState.DISPOSED: _t("Disposed of"),
    }[state]


def report_state_label(state: ReportState) -> str:
    return {
        ReportState.OPEN: _t("Open", "lost-item report"),
        ReportState.LINKED: _t("Possible match"),
        ReportState.CLOSED: _t("Closed", "lost-item report"),
    }[state]


def finder_kind_label(kind: FinderKind) -> str:
    return {FinderKind.STAFF: _t("Staff"), FinderKind.GUEST: _t("Guest")}[kind]


def disposal_method_label(method: DisposalMethod) -> str:
    return {
        DisposalMethod.RETURNED_TO_OWNER: _t("Returned to owner"),
        DisposalMethod.DONATED: _t("Donated"),
        DisposalMethod.DESTROYED: _t("Destroyed"),
        DisposalMethod.HANDED_TO_POLICE: _t("Handed to police"),
    }[method]


def decision_label(decision: Decision | None) -> str:
    if decision is None:
        return _t("Waiting for approval")
    return {
        Decision.APPROVED: _t("Approved"),
        Decision.REJECTED: _t("Rejected"),
        Decision.WITHDRAWN: _t("Withdrawn: the owner took the item"),
    }[decision]


def id_document_label(doc: IdDocument) -> str:
    return {
        IdDocument.PASSPORT: _t("Passport"),
        IdDocument.NATIONAL_ID: _t("National identity card"),
        IdDocument.DRIVING_LICENCE: _t("Driving licence"),
        IdDocument.RESIDENCE_PERMIT: _t("Residence permit"),
        IdDocument.STAFF_CARD: _t("Staff card"),
        IdDocument.OTHER: _t("Other document"),
    }[doc]


def log_phrases() -> dict[str, str]:
    """What the services write into the duty log, in the reader's language."""
    phrases = {
        kind: QCoreApplication.translate("LostFoundLog", source)
        for kind, source in _LOG_SOURCES.items()
    }
    for m in DisposalMethod:
        phrases[f"method:{m.value}"] = disposal_method_label(m)
    for d in IdDocument:
        phrases[f"document:{d.value}"] = id_document_label(d)
    return phrases
