"""Translated names of the domain's values, in one place for every widget."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from desk_app.domain.log import Category
from desk_app.domain.roles import Role
from desk_app.services.log import FollowUpState


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


def role_label(role: Role) -> str:
    return {
        Role.CLERK: QCoreApplication.translate("Labels", "Clerk"),
        Role.SUPERVISOR: QCoreApplication.translate("Labels", "Supervisor"),
        Role.MANAGER: QCoreApplication.translate("Labels", "Manager"),
    }[role]


def follow_up_label(state: FollowUpState) -> str:
    return {
        FollowUpState.NONE: "",
        FollowUpState.OPEN: QCoreApplication.translate("Labels", "Open"),
        FollowUpState.OVERDUE: QCoreApplication.translate("Labels", "Overdue"),
        FollowUpState.CLOSED: QCoreApplication.translate("Labels", "Closed"),
    }[state]


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000))


def format_datetime(value: datetime | None) -> str:
    """Local time in the chosen language's short format."""
    if value is None:
        return ""
    return QLocale().toString(to_qdatetime(value), QLocale.FormatType.ShortFormat)


LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("zh_CN", "简体中文"),
    ("ru", "Русский"),
)
