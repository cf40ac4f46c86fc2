"""Settings: this workstation's language, and (for a manager) the desk-wide settings: the idle
lock time, the authority limit for settling complaints, the complaint reminder lead time, the
daily review's time and how many years records are kept before they may be archived."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QTimeEdit, QWidget

from desk_app.domain.archive import (
    DEFAULT_RETENTION_YEARS,
    MAX_RETENTION_YEARS,
    MIN_RETENTION_YEARS,
)
from desk_app.domain.people import IDLE_LOCK_MAX_MINUTES, IDLE_LOCK_MIN_MINUTES
from desk_app.domain.roles import Capability, can
from desk_app.services import archive as archive_service
from desk_app.services import settings as settings_service
from desk_app.services.desk import Actor, Desk
from desk_app.services.supervision import policy as review_policy
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.forms import FormDialog
from desk_app.ui.common.labels import LANGUAGES
from desk_app.ui.common.write_op import write_op

REMINDER_MAX_MINUTES = 24 * 60


def _plain_amount(value: Decimal) -> str:
    """500 rather than 500.00; 99.5 stays 99.50."""
    return str(int(value)) if value == value.to_integral_value() else f"{value:.2f}"


class SettingsDialog(FormDialog):
    def __init__(
        self, desk: Desk, actor: Actor, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self.setWindowTitle(self.tr("Settings"))
        self.language = self.add_field("language", self.tr("Language"), QComboBox())
        self.language.setObjectName("settingsLanguage")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        current = (
            run_op(self, lambda: settings_service.get_settings(desk)) or settings_service.Settings()
        )
        self._idle_before = current.idle_lock_minutes
        self.idle = self.add_field("idle_minutes", self.tr("Lock after idle (minutes)"), QSpinBox())
        self.idle.setObjectName("settingsIdle")
        self.idle.setRange(IDLE_LOCK_MIN_MINUTES, IDLE_LOCK_MAX_MINUTES)
        self.idle.setValue(current.idle_lock_minutes)
        self._limit_before = _plain_amount(current.authority_limit)
        self.limit = self.add_field(
            "authority_limit",
            self.tr("Compensation a clerk may settle alone"),
            QLineEdit(self._limit_before),
        )
        self.limit.setObjectName("settingsAuthorityLimit")
        self.limit.setToolTip(
            self.tr("Above this amount, or for a high-severity complaint, a supervisor settles.")
        )
        self._reminder_before = current.complaint_reminder_minutes
        self.reminder = self.add_field(
            "reminder_minutes",
            self.tr("Remind before a promised reply (minutes)"),
            QSpinBox(),
        )
        self.reminder.setObjectName("settingsReminder")
        self.reminder.setRange(1, REMINDER_MAX_MINUTES)
        self.reminder.setValue(current.complaint_reminder_minutes)
        # The daily review (每日查阅): yesterday's is due, and reminded of, from this time.
        self._review_before = run_op(self, lambda: review_policy.get_review_time(desk))
        self.review_time = self.add_field(
            "review_time", self.tr("Yesterday's review due at"), QTimeEdit()
        )
        self.review_time.setObjectName("settingsReviewTime")
        self.review_time.setDisplayFormat("HH:mm")
        if self._review_before is not None:
            self.review_time.setTime(QTime(self._review_before.hour, self._review_before.minute))
        # Records are kept this long before a manager may archive them (保存期三年: never less).
        self._retention_before = (
            run_op(self, lambda: archive_service.archive_info(desk, None).retention_years)
            or DEFAULT_RETENTION_YEARS
        )
        self.retention = self.add_field(
            "retention_years", self.tr("Keep records before archiving (years)"), QSpinBox()
        )
        self.retention.setObjectName("settingsRetention")
        self.retention.setRange(MIN_RETENTION_YEARS, MAX_RETENTION_YEARS)
        self.retention.setValue(self._retention_before)
        manager = can(actor.role, Capability.CHANGE_SETTINGS)
        for w in (self.idle, self.limit, self.reminder, self.review_time, self.retention):
            w.setEnabled(manager)
        if not manager:
            self.form.addRow(
                "", QLabel(self.tr("Only a manager can change the desk-wide settings."))
            )
        self.chosen_language = language

    def _save(self, call) -> bool:
        op = write_op(self, call).failure(self.show_error)
        op.run()
        return op.failed is None

    def submit(self) -> None:
        if self.idle.isEnabled():
            if self.idle.value() != self._idle_before and not self._save(
                lambda: settings_service.set_idle_lock_minutes(
                    self._desk, self._actor, self.idle.value()
                )
            ):
                return
            self._idle_before = self.idle.value()
            if self.limit.text().strip() != self._limit_before and not self._save(
                lambda: settings_service.set_authority_limit(
                    self._desk, self._actor, self.limit.text()
                )
            ):
                return
            self._limit_before = self.limit.text().strip()
            if self.reminder.value() != self._reminder_before and not self._save(
                lambda: settings_service.set_reminder_minutes(
                    self._desk, self._actor, self.reminder.value()
                )
            ):
                return
            self._reminder_before = self.reminder.value()
            chosen = self.review_time.time().toPython()
            if chosen != self._review_before and not self._save(
                lambda: review_policy.set_review_time(self._desk, self._actor, chosen)
            ):
                return
            self._review_before = chosen
            if self.retention.value() != self._retention_before and not self._save(
                lambda: archive_service.set_retention(
                    self._desk, self._actor, self.retention.value()
                )
            ):
                return
            self._retention_before = self.retention.value()
        self.chosen_language = self.language.currentData()
        self.accept()
