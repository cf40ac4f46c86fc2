"""Translated names of the domain's values, in one place for every widget."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDateTime

from desk_app import formats
from desk_app.domain.complaints import Action, Channel, ComplaintCategory, Severity, Status
from desk_app.domain.log import Category
from desk_app.domain.roles import Role
from desk_app.services.log import FollowUpState
from desk_app.translators import current_language


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


def channel_label(channel: Channel) -> str:
    return {
        Channel.PHONE: QCoreApplication.translate("Labels", "Phone"),
        Channel.WALK_IN: QCoreApplication.translate("Labels", "Walk-in"),
        Channel.EMAIL: QCoreApplication.translate("Labels", "E-mail"),
        Channel.ONLINE: QCoreApplication.translate("Labels", "Online"),
        Channel.OTHER: QCoreApplication.translate("Labels", "Other", "complaint channel"),
    }[channel]


def severity_label(severity: Severity) -> str:
    return {
        Severity.LOW: QCoreApplication.translate("Labels", "Low"),
        Severity.MEDIUM: QCoreApplication.translate("Labels", "Medium"),
        Severity.HIGH: QCoreApplication.translate("Labels", "High"),
    }[severity]


def complaint_category_label(category: ComplaintCategory) -> str:
    return {
        ComplaintCategory.NOISE: QCoreApplication.translate("Labels", "Noise"),
        ComplaintCategory.CLEANLINESS: QCoreApplication.translate("Labels", "Cleanliness"),
        ComplaintCategory.MAINTENANCE: QCoreApplication.translate("Labels", "Maintenance"),
        ComplaintCategory.SERVICE: QCoreApplication.translate("Labels", "Service"),
        ComplaintCategory.BILLING: QCoreApplication.translate("Labels", "Billing"),
        ComplaintCategory.FOOD: QCoreApplication.translate("Labels", "Food and drink"),
        ComplaintCategory.SAFETY: QCoreApplication.translate("Labels", "Safety"),
        ComplaintCategory.OTHER: QCoreApplication.translate(
            "Labels", "Other", "complaint category"
        ),
    }[category]


def complaint_status_label(status: Status) -> str:
    return {
        Status.RECEIVED: QCoreApplication.translate("Labels", "Received"),
        Status.ACKNOWLEDGED: QCoreApplication.translate("Labels", "Acknowledged"),
        Status.ASSIGNED: QCoreApplication.translate("Labels", "Assigned"),
        Status.ESCALATED: QCoreApplication.translate("Labels", "Escalated"),
        Status.REPLIED: QCoreApplication.translate("Labels", "Replied"),
        Status.RESOLVED: QCoreApplication.translate("Labels", "Resolved"),
        Status.FOLLOWED_UP: QCoreApplication.translate("Labels", "Follow-up call made"),
        Status.CLOSED: QCoreApplication.translate("Labels", "Closed"),
    }[status]


def complaint_step_label(step: str) -> str:
    """A step in a complaint's history (the intake, then one of the actions)."""
    labels = {
        "intake": QCoreApplication.translate("Labels", "Taken in"),
        Action.ACKNOWLEDGE.value: QCoreApplication.translate("Labels", "Acknowledge"),
        Action.ASSIGN.value: QCoreApplication.translate("Labels", "Assign"),
        Action.ESCALATE.value: QCoreApplication.translate("Labels", "Escalate"),
        Action.REPLY.value: QCoreApplication.translate("Labels", "Reply to the guest"),
        Action.RESOLVE.value: QCoreApplication.translate("Labels", "Resolve"),
        Action.FOLLOW_UP.value: QCoreApplication.translate("Labels", "Follow-up call"),
        Action.CLOSE.value: QCoreApplication.translate("Labels", "Close"),
        Action.REOPEN.value: QCoreApplication.translate("Labels", "Reopen"),
    }
    return labels.get(step, step)


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000))


def format_datetime(value: datetime | None) -> str:
    """Local time in the language in force ("6 Dec 2026 19:49", "2026-12-06 19:49",
    "06.12.2026 19:49"): the patterns of ``desk_app.formats``, the same as the printouts'."""
    return formats.format_datetime(value, current_language())


def format_date(value: datetime | date | None) -> str:
    """A local day in the language in force ("6 Dec 2026", "2026-12-06", "06.12.2026")."""
    return formats.format_date(value, current_language())


def format_time(value: datetime | None) -> str:
    """Local time of day, 24-hour in every language ("19:49")."""
    return formats.format_time(value, current_language())


def format_money(value: Decimal | None) -> str:
    """An amount with two decimals and the language's separators (no currency sign)."""
    return formats.format_money(value, current_language())


def format_integer(value: int | None) -> str:
    """A count with the language's digit groups ("12,345", "12 345")."""
    return formats.format_integer(value, current_language())


LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("zh_CN", "简体中文"),
    ("ru", "Русский"),
)
