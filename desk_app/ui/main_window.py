"""The main window: one dock per book, the lock screen in the middle, the status bar.

A write in one dock is announced once (``entries_changed``) and each dock refreshes what
concerns it; no dock reaches into another.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desk_app import __version__
from desk_app.config import Preferences
from desk_app.domain.roles import Capability, can
from desk_app.services import log as log_service
from desk_app.services import settings as settings_service
from desk_app.services.desk import Actor, Desk
from desk_app.ui.errors import messenger, run_op
from desk_app.ui.idle_lock import IdleWatcher, LockScreen
from desk_app.ui.labels import role_label
from desk_app.ui.log_dock import LogPanel
from desk_app.ui.open_items import OpenItemsPanel

STATE_KEY = "window_state"
GEOMETRY_KEY = "window_geometry"


class MainWindow(QMainWindow):
    entries_changed = Signal()
    language_requested = Signal(str)
    switch_person_requested = Signal()

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        prefs: Preferences,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.prefs = prefs
        self.language = language
        self.locked = False
        self._dock_visibility: dict[str, bool] = {}
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("DutyDesk — {station}").format(station=desk.station))

        self.log_panel = LogPanel(desk, actor)
        self.log_dock = self._dock(
            "logDock", self.tr("Duty log"), self.log_panel, Qt.DockWidgetArea.TopDockWidgetArea
        )
        self.open_items = OpenItemsPanel(desk, actor)
        self.open_items_dock = self._dock(
            "openItemsDock",
            self.tr("Open items"),
            self.open_items,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )

        self.lock_screen = LockScreen(desk, actor)
        self.stack = QStackedWidget()
        self.stack.addWidget(QWidget())
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)
        self.stack.hide()

        self.station_label = QLabel(self.tr("Station: {station}").format(station=desk.station))
        self.person_label = QLabel(
            self.tr("{name} ({role})").format(name=actor.name, role=role_label(actor.role))
        )
        self.person_label.setObjectName("statusPerson")
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("statusOverdue")
        for label in (self.station_label, self.person_label, self.overdue_label):
            label.setContentsMargins(6, 0, 12, 0)
        bar = self.statusBar()
        bar.addWidget(self.station_label)
        bar.addWidget(self.person_label)
        bar.addPermanentWidget(self.overdue_label)

        self._build_menus()

        self.log_panel.entry_saved.connect(lambda _e: self._after_write(reload_log=False))
        self.log_panel.open_entry.connect(self.open_entry)
        self.open_items.open_entry.connect(self.open_entry)
        self.open_items.changed.connect(self._after_write)
        self.entries_changed.connect(self.open_items.refresh)
        self.entries_changed.connect(self.refresh_status)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.switch_requested.connect(self.switch_person_requested)

        settings = (
            run_op(self, lambda: settings_service.get_settings(desk)) or settings_service.Settings()
        )
        self.idle = IdleWatcher(settings.idle_lock_minutes * 60, self)
        self.idle.idle.connect(self.lock)
        QApplication.instance().installEventFilter(self.idle)

        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(30_000)
        self._clock_timer.timeout.connect(self.tick)
        self._clock_timer.start()

        self.resize(1280, 800)
        self._restore_layout()
        self.refresh_status()
        self.log_panel.quick.focus_text()

    # -- construction --------------------------------------------------------------------------
    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        return dock

    def _action(
        self, text: str, slot, shortcut: str | None = None, name: str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        menu = self.menuBar()
        desk_menu = menu.addMenu(self.tr("&Desk"))
        self.lock_action = self._action(
            self.tr("&Lock now"), self.lock, "Ctrl+Shift+L", "lockAction"
        )
        desk_menu.addAction(self.lock_action)
        desk_menu.addAction(
            self._action(self.tr("Sign in as someone &else…"), self.switch_person_requested.emit)
        )
        desk_menu.addSeparator()
        desk_menu.addAction(self._action(self.tr("&Quit"), self.close, "Ctrl+Q"))

        log_menu = menu.addMenu(self.tr("&Log"))
        log_menu.addAction(
            self._action(self.tr("&New entry"), self.log_panel.quick.focus_text, "Ctrl+L")
        )
        log_menu.addAction(
            self._action(self.tr("&Open selected entry"), self._open_selected, "Ctrl+O")
        )
        log_menu.addAction(self._action(self.tr("&Search"), self.log_panel._focus_search))
        log_menu.addAction(self._action(self.tr("&Refresh"), self._after_write, "F5"))
        for action in log_menu.actions():
            if action.shortcut().toString() in ("Ctrl+L",):
                # The quick-entry line already owns Ctrl+L; keep the menu entry as a hint only.
                action.setShortcut(QKeySequence())
                action.setText(self.tr("&New entry\tCtrl+L"))

        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(self.log_dock.toggleViewAction())
        view_menu.addAction(self.open_items_dock.toggleViewAction())

        admin = menu.addMenu(self.tr("&Admin"))
        self.people_action = self._action(
            self.tr("&People…"), self.show_people, name="peopleAction"
        )
        self.people_action.setEnabled(can(self.actor.role, Capability.MANAGE_PEOPLE))
        admin.addAction(self.people_action)
        admin.addAction(
            self._action(self.tr("&Settings…"), self.show_settings, name="settingsAction")
        )

        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About DutyDesk"), self.show_about))

    # -- state ---------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.prefs.get(GEOMETRY_KEY)
        state = self.prefs.get(STATE_KEY)
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode()))
        else:
            self.resizeDocks(
                [self.log_dock, self.open_items_dock], [560, 200], Qt.Orientation.Vertical
            )

    def save_layout(self) -> None:
        if self.locked:
            self._show_docks()
        self.prefs.set(GEOMETRY_KEY, bytes(self.saveGeometry().toBase64()).decode())
        self.prefs.set(STATE_KEY, bytes(self.saveState().toBase64()).decode())

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt name
        self.save_layout()
        QApplication.instance().removeEventFilter(self.idle)
        super().closeEvent(event)

    # -- actions -------------------------------------------------------------------------------
    def refresh_status(self) -> None:
        count = run_op(self, lambda: log_service.overdue_count(self.desk))
        if count is None:
            return
        self.overdue_label.setText(self.tr("Overdue follow-ups: {count}").format(count=count))
        self.overdue_label.setStyleSheet("color: #c62828; font-weight: bold;" if count else "")

    def tick(self) -> None:
        """Time passes: promises fall due without anyone writing anything."""
        self.log_panel.model.mark_overdue()
        self.open_items.refresh()
        self.refresh_status()

    def _after_write(self, *_args, reload_log: bool = True) -> None:
        if reload_log:
            self.log_panel.refresh()
        self.entries_changed.emit()

    def _open_selected(self) -> None:
        entry = self.log_panel.selected_entry()
        if entry is not None:
            self.open_entry(entry.id)

    # Dialogs are imported when first opened: start-up pays only for what it shows.
    def open_entry(self, entry_id: str) -> None:
        from desk_app.ui.entry_dialog import EntryDialog

        dialog = EntryDialog(self.desk, self.actor, entry_id, self)
        changed = []
        dialog.changed.connect(lambda: changed.append(True))
        dialog.exec()
        if changed:
            self._after_write()

    def show_people(self) -> None:
        from desk_app.ui.people_dialog import PeopleDialog

        dialog = PeopleDialog(self.desk, self.actor, self)
        dialog.exec()
        if dialog.changed:
            self.log_panel.reload_people()

    def show_settings(self) -> None:
        from desk_app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.desk, self.actor, self.language, self)
        if dialog.exec():
            settings = run_op(self, lambda: settings_service.get_settings(self.desk))
            if settings is not None:
                self.idle.limit_seconds = settings.idle_lock_minutes * 60
            if dialog.chosen_language != self.language:
                self.language_requested.emit(dialog.chosen_language)

    def show_about(self) -> None:
        messenger.info(
            self,
            self.tr("DutyDesk {version}\nThe front-desk duty book.\nDatabase: {url}").format(
                version=__version__, url=self.desk.db.url
            ),
        )

    # -- lock ----------------------------------------------------------------------------------
    def _docks(self) -> list[QDockWidget]:
        return self.findChildren(QDockWidget)

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self._dock_visibility = {d.objectName(): d.isVisible() for d in self._docks()}
        for dock in self._docks():
            dock.hide()
        self.menuBar().setEnabled(False)
        self.stack.show()
        self.stack.setCurrentWidget(self.lock_screen)
        self.lock_screen.pin.setFocus()

    def _show_docks(self) -> None:
        for dock in self._docks():
            if self._dock_visibility.get(dock.objectName(), True):
                dock.show()

    def unlock(self) -> None:
        self.locked = False
        self.stack.hide()
        self.menuBar().setEnabled(True)
        self._show_docks()
        self.idle.touch()
        self.tick()
        self.log_panel.quick.focus_text()
