"""Translated names of the domain's values, in one place for every widget."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from desk_app.domain.log import Category
from desk_app.domain.roles import Role
from desk_app.services.log import FollowUpState


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def category_label(category: Category) -> str:
    return {
        Category.INQUIRY: _t("Inquiry"),
        Category.REQUEST: _t("Request / help"),
        Category.COMPLAINT: _t("Complaint"),
        Category.INCIDENT: _t("Incident / emergency"),
        Category.REPAIR: _t("Repair"),
        Category.SECURITY: _t("Security"),
        Category.CALL: _t("Call"),
        Category.NOTE: _t("Note"),
    }[category]


def role_label(role: Role) -> str:
    return {
        Role.CLERK: _t("Clerk"),
        Role.SUPERVISOR: _t("Supervisor"),
        Role.MANAGER: _t("Manager"),
    }[role]


def follow_up_label(state: FollowUpState) -> str:
    return {
        FollowUpState.NONE: "",
        FollowUpState.OPEN: _t("Open"),
        FollowUpState.OVERDUE: _t("Overdue"),
        FollowUpState.CLOSED: _t("Closed"),
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
