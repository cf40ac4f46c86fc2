"""The main window: one dock per book, the lock screen in the middle, the status bar.

A write in one dock is announced once (``entries_changed``; a complaint step also
``complaints_changed``, a lost-and-found movement ``lostfound_changed``, a key movement
``keys_changed``, since each may write a log entry too) and each dock refreshes what concerns it;
no dock reaches into another.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desk_app import __version__
from desk_app.config import Preferences
from desk_app.domain.errors import DeskError
from desk_app.domain.roles import Capability, can
from desk_app.services import changes as changes_service
from desk_app.services import complaints as complaint_service
from desk_app.services import keys as keys_service
from desk_app.services import log as log_service
from desk_app.services import lostfound as lf_service
from desk_app.services import settings as settings_service
from desk_app.services.desk import Actor, Desk
from desk_app.ui.complaints_dock import ComplaintsPanel
from desk_app.ui.errors import error_text, messenger, run_op
from desk_app.ui.forms import OVERDUE_STYLE
from desk_app.ui.handover_history import HandoverHistoryPanel
from desk_app.ui.idle_lock import IdleWatcher, LockScreen
from desk_app.ui.keys_dock import KeysPanel
from desk_app.ui.labels import format_time, role_label
from desk_app.ui.log_dock import LogPanel
from desk_app.ui.lostfound_dock import LostFoundPanel
from desk_app.ui.open_items import OpenItemsPanel

REMINDER_MESSAGE_MS = 120_000
POLL_MS = 10_000  # another counter's writes show within this
STATE_KEY = "window_state"
GEOMETRY_KEY = "window_geometry"
# Raised whenever the set of docks changes: a layout saved before a new book existed would
# squeeze the new dock beside the others instead of placing it where it belongs.
LAYOUT_VERSION = 5


class MainWindow(QMainWindow):
    entries_changed = Signal()
    complaints_changed = Signal()
    lostfound_changed = Signal()
    keys_changed = Signal()
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
        # Complaint forms are window-modal (open(), not exec()): hidden while the window is locked.
        self.intake_dialog: QDialog | None = None
        self.complaint_page: QDialog | None = None
        # Lost-and-found forms and pages likewise.
        self.found_dialog: QDialog | None = None
        self.loss_dialog: QDialog | None = None
        self.lf_item_page: QDialog | None = None
        self.lf_report_page: QDialog | None = None
        # Key forms, the board count and a key's page likewise.
        self.key_issue_dialog: QDialog | None = None
        self.key_report_dialog: QDialog | None = None
        self.key_restore_dialog: QDialog | None = None
        self.key_count_dialog: QDialog | None = None
        self.key_page: QDialog | None = None
        # The handover sheet likewise: two clerks may be halfway through signing it.
        self.handover_dialog: QDialog | None = None
        self._page_after_form: tuple[str, str] | None = None
        self._hidden_dialogs: list[QDialog] = []
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("DutyDesk — {station}").format(station=desk.station))

        self.log_panel = LogPanel(desk, actor)
        self.log_dock = self._dock(
            "logDock", self.tr("Duty log"), self.log_panel, Qt.DockWidgetArea.TopDockWidgetArea
        )
        self.complaints_panel = ComplaintsPanel(desk, actor)
        self.complaints_dock = self._dock(
            "complaintsDock",
            self.tr("Complaints"),
            self.complaints_panel,
            Qt.DockWidgetArea.TopDockWidgetArea,
        )
        self.tabifyDockWidget(self.log_dock, self.complaints_dock)
        self.lostfound_panel = LostFoundPanel(desk, actor)
        self.lostfound_dock = self._dock(
            "lostFoundDock",
            self.tr("Lost and found"),
            self.lostfound_panel,
            Qt.DockWidgetArea.TopDockWidgetArea,
        )
        self.tabifyDockWidget(self.complaints_dock, self.lostfound_dock)
        self.keys_panel = KeysPanel(desk, actor)
        self.keys_dock = self._dock(
            "keysDock", self.tr("Keys"), self.keys_panel, Qt.DockWidgetArea.TopDockWidgetArea
        )
        self.tabifyDockWidget(self.lostfound_dock, self.keys_dock)
        self.handover_history = HandoverHistoryPanel(desk, actor)
        self.handover_history_dock = self._dock(
            "handoverHistoryDock",
            self.tr("Handover history"),
            self.handover_history,
            Qt.DockWidgetArea.TopDockWidgetArea,
        )
        self.tabifyDockWidget(self.keys_dock, self.handover_history_dock)
        self.handover_history.open_requested.connect(self.open_handover)
        self.log_dock.raise_()
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
        self.complaints_overdue_label = QLabel()
        self.complaints_overdue_label.setObjectName("statusComplaintsOverdue")
        self.lostfound_label = QLabel()
        self.lostfound_label.setObjectName("statusLostFound")
        self.lostfound_label.hide()
        self.keys_overdue_label = QLabel()
        self.keys_overdue_label.setObjectName("statusKeysOverdue")
        for label in (
            self.station_label,
            self.person_label,
            self.overdue_label,
            self.complaints_overdue_label,
            self.lostfound_label,
            self.keys_overdue_label,
        ):
            label.setContentsMargins(6, 0, 12, 0)
        bar = self.statusBar()
        bar.addWidget(self.station_label)
        bar.addWidget(self.person_label)
        bar.addPermanentWidget(self.overdue_label)
        bar.addPermanentWidget(self.complaints_overdue_label)
        bar.addPermanentWidget(self.keys_overdue_label)
        bar.addPermanentWidget(self.lostfound_label)

        self._build_menus()

        self.log_panel.entry_saved.connect(lambda _e: self._after_write(reload_log=False))
        self.log_panel.open_entry.connect(self.open_entry)
        self.open_items.open_entry.connect(self.open_entry)
        self.open_items.changed.connect(self._after_write)
        self.open_items.open_complaint.connect(self.open_complaint)
        self.complaints_panel.new_requested.connect(self.new_complaint)
        self.complaints_panel.open_complaint.connect(self.open_complaint)
        self.entries_changed.connect(self.open_items.refresh)
        self.entries_changed.connect(self.refresh_status)
        self.complaints_changed.connect(self.complaints_panel.refresh)
        self.complaints_changed.connect(self.check_reminders)
        self.lostfound_panel.register_requested.connect(self.new_found_item)
        self.lostfound_panel.report_requested.connect(self.new_loss_report)
        self.lostfound_panel.open_item.connect(self.open_lf_item)
        self.lostfound_panel.open_report.connect(self.open_lf_report)
        self.lostfound_changed.connect(self.lostfound_panel.refresh)
        self.lostfound_changed.connect(self.refresh_status)
        self.keys_panel.issue_requested.connect(self.issue_key)
        self.keys_panel.report_requested.connect(self.report_key)
        self.keys_panel.restore_requested.connect(self.restore_key)
        self.keys_panel.count_requested.connect(self.count_board)
        self.keys_panel.register_requested.connect(self.show_key_register)
        self.keys_panel.open_key.connect(self.open_key)
        self.keys_panel.returned.connect(self._after_keys_write)
        self.keys_changed.connect(self.keys_panel.refresh)
        self.keys_changed.connect(self.refresh_status)
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

        # Other counters on the same server: what they write shows here within seconds.
        self._seen_seq = run_op(self, lambda: changes_service.journal_head(desk)) or 0
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_MS)
        self._poll_timer.timeout.connect(self.poll_other_stations)
        self._poll_timer.start()

        self._fit_to_screen()
        self._restore_layout()
        self.refresh_status()
        # Once the window is shown: a status-bar message then sets its other labels aside.
        QTimer.singleShot(0, self, self.check_reminders)
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

        complaints_menu = menu.addMenu(self.tr("&Complaints"))
        self.new_complaint_action = self._action(
            self.tr("&New complaint…"), self.new_complaint, "Ctrl+Shift+C", "newComplaintAction"
        )
        complaints_menu.addAction(self.new_complaint_action)
        complaints_menu.addAction(
            self._action(
                self.tr("&Open selected complaint"),
                self._open_selected_complaint,
                name="openComplaintAction",
            )
        )
        complaints_menu.addAction(
            self._action(self.tr("&Search complaints"), self._focus_complaint_search)
        )
        complaints_menu.addSeparator()
        self.complaint_analysis_action = self._action(
            self.tr("Complaint &analysis…"),
            self.show_complaint_analysis,
            name="complaintAnalysisAction",
        )
        self.complaint_analysis_action.setEnabled(
            can(self.actor.role, Capability.ANALYSE_COMPLAINTS)
        )
        complaints_menu.addAction(self.complaint_analysis_action)

        lostfound_menu = menu.addMenu(self.tr("Lost and &found"))
        self.register_item_action = self._action(
            self.tr("&Register found item…"),
            self.new_found_item,
            "Ctrl+Shift+F",
            "registerFoundItemAction",
        )
        lostfound_menu.addAction(self.register_item_action)
        # Ctrl+Shift+L already locks the window.
        self.report_loss_action = self._action(
            self.tr("&Guest reports a loss…"),
            self.new_loss_report,
            "Ctrl+Shift+R",
            "reportLossAction",
        )
        lostfound_menu.addAction(self.report_loss_action)
        lostfound_menu.addAction(
            self._action(
                self.tr("&Open selected found item"),
                self._open_selected_lf_item,
                name="openFoundItemAction",
            )
        )
        lostfound_menu.addAction(
            self._action(
                self.tr("&Find a found item or scan its tag"),
                self._focus_lf_search,
                # T for tag: the scanner then types the number and Enter into the search box.
                "Ctrl+Shift+T",
                "findFoundItemAction",
            )
        )
        lostfound_menu.addAction(
            self._action(self.tr("&Search lost reports"), self._focus_lf_report_search)
        )
        lostfound_menu.addSeparator()
        self.lostfound_settings_action = self._action(
            self.tr("Lost and found se&ttings…"),
            self.show_lostfound_settings,
            name="lostFoundSettingsAction",
        )
        self.lostfound_settings_action.setEnabled(can(self.actor.role, Capability.CHANGE_SETTINGS))
        lostfound_menu.addAction(self.lostfound_settings_action)

        keys_menu = menu.addMenu(self.tr("&Keys"))
        # K for key: the scanner then types the code and Enter into the line.
        self.key_code_action = self._action(
            self.tr("&Issue or return a key (scan or type its code)"),
            self.focus_key_code,
            "Ctrl+Shift+K",
            "keyCodeAction",
        )
        keys_menu.addAction(self.key_code_action)
        keys_menu.addAction(
            self._action(
                self.tr("&Open selected key"), self._open_selected_key, name="openKeyAction"
            )
        )
        keys_menu.addAction(
            self._action(self.tr("Keys &out now"), self._show_keys_out, name="keysOutAction")
        )
        # B for board (Ctrl+Shift+C is a complaint).
        self.count_board_action = self._action(
            self.tr("&Count the board…"), self.count_board, "Ctrl+Shift+B", "countBoardAction"
        )
        keys_menu.addAction(self.count_board_action)
        keys_menu.addSeparator()
        self.key_register_action = self._action(
            self.tr("Key &register…"), self.show_key_register, name="keyRegisterAction"
        )
        self.key_register_action.setEnabled(can(self.actor.role, Capability.CHANGE_SETTINGS))
        keys_menu.addAction(self.key_register_action)

        handover_menu = menu.addMenu(self.tr("&Handover"))
        self.handover_action = self._action(
            self.tr("&Start or resume handover…"),
            self.start_handover,
            "Ctrl+Shift+H",
            "startHandoverAction",
        )
        handover_menu.addAction(self.handover_action)
        handover_menu.addAction(
            self._action(
                self.tr("Handover &history"),
                self._show_handover_history,
                name="handoverHistoryAction",
            )
        )
        handover_menu.addSeparator()
        self.duty_report_action = self._action(
            self.tr("&Duty report…"),
            self.show_duty_report,
            "Ctrl+Shift+D",
            "dutyReportAction",
        )
        self.duty_report_action.setEnabled(can(self.actor.role, Capability.REVIEW_LOG))
        handover_menu.addAction(self.duty_report_action)
        self.handover_settings_action = self._action(
            self.tr("Handover se&ttings…"),
            self.show_handover_settings,
            name="handoverSettingsAction",
        )
        self.handover_settings_action.setEnabled(can(self.actor.role, Capability.CHANGE_SETTINGS))
        handover_menu.addAction(self.handover_settings_action)

        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        view_menu.addAction(self.log_dock.toggleViewAction())
        view_menu.addAction(self.complaints_dock.toggleViewAction())
        view_menu.addAction(self.lostfound_dock.toggleViewAction())
        view_menu.addAction(self.keys_dock.toggleViewAction())
        view_menu.addAction(self.handover_history_dock.toggleViewAction())
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
        admin.addAction(self.lostfound_settings_action)
        admin.addAction(self.key_register_action)

        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About DutyDesk"), self.show_about))

    # -- state ---------------------------------------------------------------------------------
    def _fit_to_screen(self) -> None:
        """1280×800 where there is room; on a counter's 1366×768 screen the status bar (station,
        overdue counts) must not start below its edge."""
        width, height = 1280, 800
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            # Leave room for the title bar and frame the window manager adds.
            width = min(width, room.width() - 16)
            height = min(height, room.height() - 48)
        self.resize(width, height)

    def _restore_layout(self) -> None:
        geometry = self.prefs.get(GEOMETRY_KEY)
        state = self.prefs.get(STATE_KEY)
        restored = bool(state) and self.restoreState(
            QByteArray.fromBase64(state.encode()), LAYOUT_VERSION
        )
        if restored and geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        if not restored:
            self.resizeDocks(
                [self.log_dock, self.open_items_dock], [560, 200], Qt.Orientation.Vertical
            )

    def save_layout(self) -> None:
        if self.locked:
            self._show_docks()
        self.prefs.set(GEOMETRY_KEY, bytes(self.saveGeometry().toBase64()).decode())
        self.prefs.set(STATE_KEY, bytes(self.saveState(LAYOUT_VERSION).toBase64()).decode())

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
        self.overdue_label.setStyleSheet(OVERDUE_STYLE if count else "")
        complaints = run_op(self, lambda: complaint_service.overdue_count(self.desk))
        if complaints is None:
            return
        self.complaints_overdue_label.setText(
            self.tr("Overdue complaints: {count}").format(count=complaints)
        )
        self.complaints_overdue_label.setStyleSheet(OVERDUE_STYLE if complaints else "")
        self.complaints_dock.setWindowTitle(
            self.tr("Complaints ({count} overdue)").format(count=complaints)
            if complaints
            else self.tr("Complaints")
        )
        keys_overdue = run_op(self, lambda: keys_service.overdue_count(self.desk))
        if keys_overdue is None:
            return
        self.keys_overdue_label.setText(self.tr("Keys overdue: {count}").format(count=keys_overdue))
        self.keys_overdue_label.setStyleSheet(OVERDUE_STYLE if keys_overdue else "")
        self.keys_dock.setWindowTitle(
            self.tr("Keys ({count} overdue)").format(count=keys_overdue)
            if keys_overdue
            else self.tr("Keys")
        )
        due = run_op(self, lambda: lf_service.due_count(self.desk))
        pending = run_op(self, lambda: lf_service.awaiting_approval_count(self.desk))
        if due is None or pending is None:
            return
        self.lostfound_label.setText(
            self.tr("Lost and found: {due} due for disposal, {pending} awaiting approval").format(
                due=due, pending=pending
            )
        )
        self.lostfound_label.setStyleSheet(OVERDUE_STYLE if due else "")
        self.lostfound_label.setVisible(bool(due or pending))

    def tick(self) -> None:
        """Time passes: promises fall due without anyone writing anything."""
        self.log_panel.model.mark_overdue()
        self.complaints_panel.model.mark_overdue()
        self.lostfound_panel.time_passed()
        self.keys_panel.time_passed()
        self.handover_history.poll()  # another station may have signed or sealed a sheet
        self.open_items.refresh()
        self.refresh_status()
        self.check_reminders()

    def check_reminders(self) -> None:
        """Promised replies about to expire: a line in the complaints dock and the status bar,
        once per complaint; never a box popping up while the clerk is talking to a guest."""
        if self.locked:
            return  # a guest's name is not shown on the lock screen; unlocking checks again
        due = run_op(self, lambda: complaint_service.due_soon(self.desk, self.actor))
        if due is None:
            return
        fresh = self.complaints_panel.remind(due)
        if not fresh:
            return
        first = fresh[0]
        if len(fresh) == 1:
            text = self.tr(
                "Reminder: a reply to {guest} (complaint #{num}) is promised by {time}."
            ).format(guest=first.guest_name, num=first.num, time=format_time(first.promised_at))
        else:
            text = self.tr(
                "Reminder: {count} promised replies are due soon; the first, to {guest} "
                "(complaint #{num}), by {time}."
            ).format(
                count=len(fresh),
                guest=first.guest_name,
                num=first.num,
                time=format_time(first.promised_at),
            )
        self.statusBar().showMessage(text, REMINDER_MESSAGE_MS)

    def poll_other_stations(self) -> None:
        """Another station wrote: the docks of the books it touched are read again, each view
        keeping its place. A failure is said in the status bar, not in a box every few seconds."""
        if self.locked:
            return  # unlocking reads everything again
        try:
            found = changes_service.changes_since(self.desk, self.actor, self._seen_seq)
        except DeskError as exc:
            self.statusBar().showMessage(error_text(exc), POLL_MS)
            return
        self._seen_seq = found.head
        books = found.books
        if "people" in books:
            self.log_panel.reload_people()
            self.complaints_panel.reload_people()
            self.keys_panel.history_person.reload()
        if books & {"log", "complaints", "lostfound", "keys"}:  # each of them writes the log
            self.log_panel.refresh()
        if "complaints" in books:
            self.complaints_changed.emit()
        if "lostfound" in books:
            self.lostfound_changed.emit()
        if "keys" in books:
            self.keys_changed.emit()
        if "handover" in books:
            self.handover_history.poll()
        if books:
            self.entries_changed.emit()

    def _after_write(self, *_args, reload_log: bool = True) -> None:
        if reload_log:
            self.log_panel.refresh()
            self.complaints_changed.emit()
            self.lostfound_changed.emit()
            self.keys_changed.emit()
        self.entries_changed.emit()

    def _after_complaint_write(self, *_args) -> None:
        """A complaint step wrote the complaint, its history and a log entry."""
        self.log_panel.refresh()
        self.complaints_changed.emit()
        self.entries_changed.emit()

    def _after_lostfound_write(self, *_args) -> None:
        """A lost-and-found movement wrote the book, its journal and a log entry."""
        self.log_panel.refresh()
        self.lostfound_changed.emit()
        self.entries_changed.emit()

    def _after_keys_write(self, *_args) -> None:
        """A key movement wrote the register, its journal and (some of them) a log entry."""
        self.log_panel.refresh()
        self.keys_changed.emit()
        self.entries_changed.emit()

    def _open_selected(self) -> None:
        entry = self.log_panel.selected_entry()
        if entry is not None:
            self.open_entry(entry.id)

    def _open_selected_complaint(self) -> None:
        complaint = self.complaints_panel.selected_complaint()
        if complaint is not None:
            self.open_complaint(complaint.id)

    def _focus_complaint_search(self) -> None:
        self.complaints_dock.show()
        self.complaints_dock.raise_()
        self.complaints_panel.focus_search()

    def _show_lostfound(self) -> None:
        self.lostfound_dock.show()
        self.lostfound_dock.raise_()

    def _open_selected_lf_item(self) -> None:
        item = self.lostfound_panel.selected_item()
        if item is not None:
            self.open_lf_item(item.id)

    def _focus_lf_search(self) -> None:
        self._show_lostfound()
        self.lostfound_panel.focus_item_search()

    def _focus_lf_report_search(self) -> None:
        self._show_lostfound()
        self.lostfound_panel.focus_report_search()

    # Dialogs are imported when first opened: start-up pays only for what it shows.
    def new_complaint(self) -> None:
        """The intake form, window-modal; the docks refresh as soon as it is saved."""
        from desk_app.ui.complaint_intake import IntakeDialog

        if self.locked or self.intake_dialog is not None:
            return
        dialog = IntakeDialog(self.desk, self.actor, self)
        dialog.saved.connect(self._complaint_taken)
        dialog.finished.connect(lambda _r: self._dialog_closed("intake_dialog"))
        self.intake_dialog = dialog
        dialog.open()

    def _complaint_taken(self, view) -> None:
        self._after_complaint_write()
        self.complaints_dock.show()
        self.complaints_dock.raise_()
        self.complaints_panel.select_complaint(view.id)

    def open_complaint(self, complaint_id: str) -> None:
        """A complaint's page, window-modal; each step refreshes the docks behind it."""
        from desk_app.ui.complaint_page import ComplaintDialog

        if self.locked or self.complaint_page is not None:
            return
        page = ComplaintDialog(self.desk, self.actor, complaint_id, self)
        if page.detail is None:
            page.deleteLater()
            return
        page.changed.connect(self._after_complaint_write)
        page.finished.connect(lambda _r: self._dialog_closed("complaint_page"))
        self.complaint_page = page
        page.open()

    # -- lost and found ------------------------------------------------------------------------
    def new_found_item(self) -> None:
        """The found-item form, window-modal; once saved, the item's page (its tag to print and
        the reports it may answer)."""
        from desk_app.ui.lostfound_forms import FoundItemDialog

        if self.locked or self.found_dialog is not None:
            return
        dialog = FoundItemDialog(self.desk, self.actor, self)
        dialog.saved.connect(self._found_item_saved)
        dialog.finished.connect(lambda _r: self._lf_form_closed("found_dialog"))
        self.found_dialog = dialog
        dialog.open()

    def new_loss_report(self) -> None:
        """A guest's report of a lost item; once saved, its page (the found items that may be it)."""
        from desk_app.ui.lostfound_forms import LostReportDialog

        if self.locked or self.loss_dialog is not None:
            return
        dialog = LostReportDialog(self.desk, self.actor, self)
        dialog.saved.connect(self._loss_reported)
        dialog.finished.connect(lambda _r: self._lf_form_closed("loss_dialog"))
        self.loss_dialog = dialog
        dialog.open()

    def _found_item_saved(self, view) -> None:
        self._after_lostfound_write()
        self._show_lostfound()
        self.lostfound_panel.show_item(view.id)
        self._page_after_form = ("item", view.id)

    def _loss_reported(self, view) -> None:
        self._after_lostfound_write()
        self._show_lostfound()
        self.lostfound_panel.show_report(view.id)
        self._page_after_form = ("report", view.id)

    def _lf_form_closed(self, attribute: str) -> None:
        self._dialog_closed(attribute)
        page, self._page_after_form = self._page_after_form, None
        if page is None:
            return
        kind, record_id = page
        if kind == "item":
            self.open_lf_item(record_id)
        else:
            self.open_lf_report(record_id)

    def open_lf_item(self, item_id: str) -> None:
        """A found item's page, window-modal; each movement refreshes the docks behind it."""
        from desk_app.ui.lostfound_page import ItemPage

        if self.locked or self.lf_item_page is not None:
            return
        page = ItemPage(self.desk, self.actor, item_id, self)
        self._open_lf_page(page, "lf_item_page", page.detail is not None)

    def open_lf_report(self, report_id: str) -> None:
        from desk_app.ui.lostfound_page import ReportPage

        if self.locked or self.lf_report_page is not None:
            return
        page = ReportPage(self.desk, self.actor, report_id, self)
        self._open_lf_page(page, "lf_report_page", page.report is not None)

    def _open_lf_page(self, page: QDialog, attribute: str, loaded: bool) -> None:
        if not loaded:  # the error was shown; an empty page would only confuse
            page.deleteLater()
            return
        page.changed.connect(self._after_lostfound_write)
        page.finished.connect(lambda _r: self._dialog_closed(attribute))
        setattr(self, attribute, page)
        page.open()

    def show_lostfound_settings(self) -> None:
        from desk_app.ui.lostfound_settings import LostFoundSettingsDialog

        if self.locked or not can(self.actor.role, Capability.CHANGE_SETTINGS):
            return
        dialog = LostFoundSettingsDialog(self.desk, self.actor, self)
        if dialog.exec():
            self.lostfound_panel.reload_categories()
            self.lostfound_changed.emit()

    # -- keys ----------------------------------------------------------------------------------
    def _show_keys(self) -> None:
        self.keys_dock.show()
        self.keys_dock.raise_()

    def focus_key_code(self) -> None:
        """Ctrl+Shift+K: the key code line, ready for a scan (Enter issues or takes back)."""
        self._show_keys()
        self.keys_panel.focus_code()

    def _show_keys_out(self) -> None:
        self._show_keys()
        self.keys_panel.tabs.setCurrentIndex(KeysPanel.TAB_OUT)

    def _open_selected_key(self) -> None:
        key = self.keys_panel.current_key()
        if key is not None:
            self.open_key(key.id)

    def _open_key_form(self, attribute: str, dialog: QDialog) -> None:
        dialog.saved.connect(self._key_form_saved)
        dialog.finished.connect(lambda _r: self._key_form_closed(attribute))
        setattr(self, attribute, dialog)
        dialog.open()

    def issue_key(self, code: str) -> None:
        """The issue form for a key on the board, window-modal; the code line again after it."""
        from desk_app.ui.key_dialogs import IssueKeyDialog

        if self.locked or self.key_issue_dialog is not None:
            return
        self._open_key_form("key_issue_dialog", IssueKeyDialog(self.desk, self.actor, code, self))

    def report_key(self, code: str) -> None:
        from desk_app.ui.key_dialogs import ReportKeyDialog

        if self.locked or self.key_report_dialog is not None:
            return
        self._open_key_form("key_report_dialog", ReportKeyDialog(self.desk, self.actor, code, self))

    def restore_key(self, code: str) -> None:
        from desk_app.ui.key_dialogs import RestoreKeyDialog

        if self.locked or self.key_restore_dialog is not None:
            return
        self._open_key_form(
            "key_restore_dialog", RestoreKeyDialog(self.desk, self.actor, code, self)
        )

    def _key_form_saved(self, view) -> None:
        self._after_keys_write()
        self.keys_panel.select_key(view.id)
        self.keys_panel.show_saved(view)

    def _key_form_closed(self, attribute: str) -> None:
        self._dialog_closed(attribute)
        if not self.locked:
            self.keys_panel.focus_code()

    def count_board(self) -> None:
        """Ctrl+Shift+B: tick what hangs on the board; the result stays on screen."""
        from desk_app.ui.key_dialogs import BoardCountDialog

        if self.locked or self.key_count_dialog is not None:
            return
        self._show_keys()
        dialog = BoardCountDialog(self.desk, self.actor, self)
        dialog.recorded.connect(self._after_keys_write)
        dialog.finished.connect(lambda _r: self._dialog_closed("key_count_dialog"))
        self.key_count_dialog = dialog
        dialog.open()

    def open_key(self, key_id: str) -> None:
        """A key's page (its loan, its history), window-modal; each movement refreshes the docks."""
        from desk_app.ui.key_dialogs import KeyPage

        if self.locked or self.key_page is not None:
            return
        page = KeyPage(self.desk, self.actor, key_id, self)
        if page.key is None:  # the error was shown; an empty page would only confuse
            page.deleteLater()
            return
        page.changed.connect(self._after_keys_write)
        page.finished.connect(lambda _r: self._dialog_closed("key_page"))
        self.key_page = page
        page.open()

    def show_key_register(self) -> None:
        from desk_app.ui.key_dialogs import KeyRegisterDialog

        if self.locked or not can(self.actor.role, Capability.CHANGE_SETTINGS):
            return
        dialog = KeyRegisterDialog(self.desk, self.actor, self)
        dialog.exec()
        if dialog.changed or dialog.policy is not None:
            self.keys_changed.emit()

    def _dialog_closed(self, attribute: str) -> None:
        dialog = getattr(self, attribute)
        setattr(self, attribute, None)
        if dialog is not None:
            dialog.deleteLater()

    # -- handover ------------------------------------------------------------------------------
    def start_handover(self) -> None:
        """Ctrl+Shift+H: the sheet of the shift in progress, or this station's unsealed draft."""
        from desk_app.services import handover as handover_service

        if self.locked or self.handover_dialog is not None:
            return
        view = run_op(self, lambda: handover_service.start_handover(self.desk, self.actor))
        if view is not None:
            self.handover_history.reload()
            self.open_handover(view.id)

    def open_handover(self, handover_id: str) -> None:
        """A handover sheet, window-modal: a draft to sign, a sealed sheet to print."""
        from desk_app.ui.handover_dialog import HandoverDialog

        if self.locked or self.handover_dialog is not None:
            return
        dialog = HandoverDialog(self.desk, self.actor, handover_id, self)
        if not dialog.loaded:
            dialog.deleteLater()
            return
        dialog.changed.connect(self.handover_history.reload)
        dialog.finished.connect(lambda _r: self._dialog_closed("handover_dialog"))
        self.handover_dialog = dialog
        dialog.open()

    def _show_handover_history(self) -> None:
        self.handover_history_dock.show()
        self.handover_history_dock.raise_()
        self.handover_history.reload()
        self.handover_history.table.setFocus()

    def show_duty_report(self) -> None:
        """The morning review: every book over a few days, to read, print or save."""
        from desk_app.ui.duty_report_dialog import DutyReportDialog

        if self.locked or not can(self.actor.role, Capability.REVIEW_LOG):
            return
        dialog = DutyReportDialog(self.desk, self.actor, self)
        dialog.exec()
        dialog.deleteLater()

    def show_handover_settings(self) -> None:
        """A manager's: the shift pattern, the items counted and the desk checklist."""
        from desk_app.ui.handover_settings import HandoverSettingsDialog

        if self.locked or not can(self.actor.role, Capability.CHANGE_SETTINGS):
            return
        dialog = HandoverSettingsDialog(self.desk, self.actor, self)
        dialog.exec()
        dialog.deleteLater()

    def show_complaint_analysis(self) -> None:
        from desk_app.ui.complaint_analysis_dialog import ComplaintAnalysisDialog

        dialog = ComplaintAnalysisDialog(self.desk, self.actor, self)
        dialog.exec()

    def open_entry(self, entry_id: str) -> None:
        from desk_app.ui.entry_dialog import EntryDialog

        dialog = EntryDialog(self.desk, self.actor, entry_id, self)
        if dialog.detail is None:  # the error was shown; an empty dialog would only confuse
            dialog.deleteLater()
            return
        changed = []
        complaint = []
        item = []
        key = []
        dialog.changed.connect(lambda: changed.append(True))
        dialog.open_complaint.connect(complaint.append)
        dialog.open_item.connect(item.append)
        dialog.open_key.connect(key.append)
        dialog.exec()
        if changed:
            self._after_write()
        if complaint:
            self.open_complaint(complaint[0])
        if item:
            self._show_lostfound()
            self.open_lf_item(item[0])
        if key:
            self._show_keys()
            self.open_key(key[0])

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
            self.check_reminders()
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
        # Every shortcut of the window is off while locked (the menu bar alone is not enough).
        self._enabled_actions = [a for a in self.actions() if a.isEnabled()]
        for action in self._enabled_actions:
            action.setEnabled(False)
        self.statusBar().clearMessage()
        # Open complaint forms are confidential too: hidden, with what was typed, until unlocked.
        self._hidden_dialogs = [d for d in self._open_complaint_dialogs() if d.isVisible()]
        for dialog in reversed(self._hidden_dialogs):
            dialog.hide()
        # Other dialogs are modal: open, they would keep the lock screen from taking the PIN and
        # show what is behind the lock. They are closed (what was typed in them is not saved).
        keep = set(self._open_complaint_dialogs())
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget not in keep:
                widget.reject()
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
        for action in getattr(self, "_enabled_actions", []):
            action.setEnabled(True)
        self._enabled_actions = []
        self.stack.hide()
        self.menuBar().setEnabled(True)
        self._show_docks()
        self.idle.touch()
        self.poll_other_stations()  # what other counters wrote while this one was locked
        self.tick()
        hidden, self._hidden_dialogs = self._hidden_dialogs, []
        for dialog in hidden:
            dialog.show()
        if not hidden:
            self.log_panel.quick.focus_text()

    def _open_complaint_dialogs(self) -> list[QDialog]:
        """The window-modal forms and pages (complaints, lost and found, keys) and their open steps:
        hidden while locked, with what was typed, and shown again after unlocking."""
        dialogs: list[QDialog] = []
        for dialog in (
            self.intake_dialog,
            self.complaint_page,
            self.found_dialog,
            self.loss_dialog,
            self.lf_item_page,
            self.lf_report_page,
            self.key_issue_dialog,
            self.key_report_dialog,
            self.key_restore_dialog,
            self.key_count_dialog,
            self.key_page,
            self.handover_dialog,
        ):
            if dialog is not None:
                dialogs.append(dialog)
        for page in (self.complaint_page, self.lf_item_page, self.lf_report_page, self.key_page):
            dialogs.extend(_open_steps(page))
        return dialogs


# What a page may have open over itself: a step's form, a tag to print, a photo, or (a report's
# page) a found item's page with its own.
_PAGE_CHILDREN = ("step_dialog", "tag_dialog", "photo_viewer", "item_page")


def _open_steps(page: QDialog | None) -> list[QDialog]:
    found: list[QDialog] = []
    for name in _PAGE_CHILDREN:
        child = getattr(page, name, None)
        # A closed child may be deleted already while the page still names it.
        if isinstance(child, QDialog) and shiboken6.isValid(child):
            found.append(child)
            found.extend(_open_steps(child))
    return found
