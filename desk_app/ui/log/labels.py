"""Translated names of the duty log's values: an entry's category and its follow-up state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.domain.log import Category
from desk_app.services.log.views import FollowUpState


def category_label(category: Category) -> str:
    return {
        Category.INQUIRY: QCoreApplication.translate("Labels", "Inquiry"),
        Category.REQUEST: QCoreApplication.translate("Labels", "Request / help"),
        Category.COMPLAINT: QCoreApplication.translate("Labels", "Complaint"),
        Category.INCIDENT: QCoreApplication.translate("Labels", "Incident / emergency"),
        Category.REPAIR: QCoreApplication.translate("Labels", "Repair"),
        Category.SECURITY: QCoreApplication.translate("Labels", "Security"),
        Category.CALL: QCoreApplication.translate("Labels", "Call"),
        Category.NOTE: QCoreApplication.translate("Labels", "Note"),
    }[category]


def follow_up_label(state: FollowUpState) -> str:
    return {
        FollowUpState.NONE: "",
        FollowUpState.OPEN: QCoreApplication.translate("Labels", "Open"),
        FollowUpState.OVERDUE: QCoreApplication.translate("Labels", "Overdue"),
        FollowUpState.CLOSED: QCoreApplication.translate("Labels", "Closed"),
    }[state]
