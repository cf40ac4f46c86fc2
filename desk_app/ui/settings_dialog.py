"""Settings: this workstation's language, and (for a manager) the desk-wide idle lock time."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QWidget

from desk_app.domain.people import IDLE_LOCK_MAX_MINUTES, IDLE_LOCK_MIN_MINUTES
from desk_app.domain.roles import Capability, can
from desk_app.services import settings as settings_service
from desk_app.services.desk import Actor, Desk
from desk_app.ui.errors import run_op
from desk_app.ui.forms import FormDialog
from desk_app.ui.labels import LANGUAGES


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
        manager = can(actor.role, Capability.CHANGE_SETTINGS)
        self.idle.setEnabled(manager)
        if not manager:
            self.form.addRow("", QLabel(self.tr("Only a manager can change the idle lock time.")))
        self.chosen_language = language

    def submit(self) -> None:
        if self.idle.isEnabled() and self.idle.value() != self._idle_before:
            saved = run_op(
                self,
                lambda: settings_service.set_idle_lock_minutes(
                    self._desk, self._actor, self.idle.value()
                ),
                on_error=self.show_error,
            )
            if saved is None:
                return
        self.chosen_language = self.language.currentData()
        self.accept()
