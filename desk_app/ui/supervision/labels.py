"""Supervision's words in the reader's language: the checklist's default items (seed 004), the
kinds of inspection, the answers and the acknowledgement."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.domain.supervision.checklist import ChecklistItem
from desk_app.domain.supervision.inspection import Acknowledgement, InspectionKind, Result


def default_item_label(code: str) -> str:
    """Seed 004's items: 仪容仪表行为规范, 值班记录, 前台环境, 服务意识及服务技能, 交接班情况,
    客户信息处理情况, 客户诉求、意见处理情况, 待跟进事项处理情况, 有偿服务、便民服务情况, 其它临时性事项."""
    labels = {
        "appearance": QCoreApplication.translate(
            "Supervision", "Appearance, grooming and conduct", "checklist item"
        ),
        "duty_log": QCoreApplication.translate("Supervision", "The duty log", "checklist item"),
        "environment": QCoreApplication.translate(
            "Supervision", "The front desk area", "checklist item"
        ),
        "service": QCoreApplication.translate(
            "Supervision", "Service attitude and skills", "checklist item"
        ),
        "handover": QCoreApplication.translate(
            "Supervision", "The shift handover", "checklist item"
        ),
        "guest_information": QCoreApplication.translate(
            "Supervision", "Handling of guests' information", "checklist item"
        ),
        "requests_and_complaints": QCoreApplication.translate(
            "Supervision", "Guests' requests, complaints and opinions", "checklist item"
        ),
        "follow_ups": QCoreApplication.translate(
            "Supervision", "Open items followed up", "checklist item"
        ),
        "paid_services": QCoreApplication.translate(
            "Supervision", "Paid and courtesy services", "checklist item"
        ),
        "other": QCoreApplication.translate(
            "Supervision", "Other matters of the day", "checklist item"
        ),
    }
    return labels.get(code, code)


def item_label(item: ChecklistItem) -> str:
    """The manager's words, or the default item's in the reader's language."""
    return item.text or default_item_label(item.code)


def kind_label(kind: InspectionKind) -> str:
    if kind is InspectionKind.MORNING:
        return QCoreApplication.translate("Supervision", "Morning check (before 09:30)")
    if kind is InspectionKind.HANDOVER:
        return QCoreApplication.translate("Supervision", "Handover check")
    return QCoreApplication.translate("Supervision", "Spot check")


def result_label(result: Result) -> str:
    if result is Result.PASS:
        return QCoreApplication.translate("Supervision", "Pass")
    if result is Result.FAIL:
        return QCoreApplication.translate("Supervision", "Fail")
    return QCoreApplication.translate("Supervision", "Not applicable")


def ack_label(state: Acknowledgement) -> str:
    if state is Acknowledgement.ACKNOWLEDGED:
        return QCoreApplication.translate("Supervision", "Acknowledged")
    if state is Acknowledgement.DECLINED:
        return QCoreApplication.translate("Supervision", "Declined")
    return QCoreApplication.translate("Supervision", "Waiting for the clerk")
