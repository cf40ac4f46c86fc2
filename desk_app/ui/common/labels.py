"""Translated names every book shares (a person's role, the languages), and dates, times and
amounts in the language in force. A book's own values are named in its folder's `labels`."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDateTime

from desk_app import formats
from desk_app.domain.roles import Role
from desk_app.translators import current_language


def role_label(role: Role) -> str:
    return {
        Role.CLERK: QCoreApplication.translate("Labels", "Clerk"),
        Role.SUPERVISOR: QCoreApplication.translate("Labels", "Supervisor"),
        Role.MANAGER: QCoreApplication.translate("Labels", "Manager"),
    }[role]


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
