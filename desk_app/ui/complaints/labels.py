"""Translated names of a complaint's values: channel, severity, category, status and steps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.domain.complaints import Action, Channel, ComplaintCategory, Severity, Status


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


def category_value_label(value: str) -> str:
    """A category stored as text: its name, or the text itself when it is none of ours."""
    try:
        return complaint_category_label(ComplaintCategory(value))
    except ValueError:
        return value


def coded_value_labels() -> dict[str, str]:
    """``{"status:closed": "Closed", "key:noise": "Noise", ...}``: the workbooks' words for coded
    values (``reports.complaints_xlsx``)."""
    labels: dict[str, str] = {}
    for category in ComplaintCategory:
        name = complaint_category_label(category)
        labels[f"key:{category.value}"] = labels[f"category:{category.value}"] = name
    for prefix, enum, label in (
        ("channel", Channel, channel_label),
        ("severity", Severity, severity_label),
        ("status", Status, complaint_status_label),
    ):
        labels.update({f"{prefix}:{member.value}": label(member) for member in enum})
    return labels
