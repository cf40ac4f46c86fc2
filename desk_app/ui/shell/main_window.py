"""The main window: one dock per book, the lock screen in the middle, the status bar.

The window composes one controller per book (``ui/<book>/controller.py``: its dock, its menu, its
forms and pages) and knows none of their dialogs. A write anywhere (``write_op``) and what other
stations wrote (the poll) arrive on one road, ``changes_applied(Changes)``: each dock, the open
items and the status bar read again only what concerns them. A record is opened by its kind and
id through ``records`` (:mod:`desk_app.ui.shell.records`).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desk_app.config import Preferences
from desk_app.domain.errors import DeskError
from desk_app.services import changes as changes_service
from desk_app.services import integrity
from desk_app.services import settings as settings_service
from desk_app.services.changes import BOOK_OF_TABLE, Changes
from desk_app.services.desk import Actor, Desk
from desk_app.ui.common.errors import error_text, run_op
from desk_app.ui.complaints.controller import ComplaintsController
from desk_app.ui.handover.controller import HandoverController
from desk_app.ui.handover.waiting import WaitingSheet
from desk_app.ui.keys.controller import KeysController
from desk_app.ui.log.controller import LogController
from desk_app.ui.lostfound.controller import LostFoundController
from desk_app.ui.roster.controller import RosterController
from desk_app.ui.roster.status import DutyStatus
from desk_app.ui.shell.background_backup import BackupStatus
from desk_app.ui.shell.book import BookController
from desk_app.ui.shell.idle_lock import IdleWatcher, LockScreen
from desk_app.ui.shell.menus import build_menus
from desk_app.ui.shell.open_items import OpenItemsPanel
from desk_app.ui.shell.records import COMPLAINT, ENTRY, Records
from desk_app.ui.shell.status_bar import DeskStatusBar
from desk_app.ui.supervision.controller import SupervisionController
from desk_app.ui.supervision.status import ReviewReminder

POLL_MS = 10_000  # another counter's writes show within this
STATE_KEY = "window_state"
GEOMETRY_KEY = "window_geometry"
# Raised whenever the set of docks changes: a layout saved before a new book existed would
# squeeze the new dock beside the others instead of placing it where it belongs.
LAYOUT_VERSION = 6
# The books the status bar counts (follow-ups, complaints and keys overdue, lost and found due).
STATUS_BOOKS = ("log", "complaints", "lostfound", "keys", "settings")


class MainWindow(QMainWindow):
    """The docks, the status bar and the lock; a controller per book."""

    changes_applied = Signal(object)  # Changes: a write here, or what other stations wrote
    language_requested = Signal(str)
    switch_person_requested = Signal()
    # A backup was restored over the book (RestoreDone): the window starts again on it (app.py).
    book_replaced = Signal(object)
    # (BackupRow, the Desk it was opened as): show it in a read-only window (app.py)
    backup_opened = Signal(object, object)
    archive_open_requested = Signal()  # Desk → Open archive…: one chosen, in a window (app.py)
    # The window's own actions (menus.py): the books' are their controllers'.
    lock_action: QAction
    people_action: QAction
    staff_directory_action: QAction
    integrity_action: QAction
    backups_action: QAction

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
        self.ask_before_closing = True
        # The docks as they were when the window locked (which were open, which tab in front).
        self._unlocked_state: QByteArray | None = None
        self._hidden_dialogs: list[QDialog] = []
        self._enabled_actions: list[QAction] = []
        self._watching = False  # the application's events (see ``watch_input``)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("DutyDesk — {station}").format(station=desk.station))
        self.records = Records(self)

        self.log = LogController(self)
        self.complaints = ComplaintsController(self)
        self.lostfound = LostFoundController(self)
        self.keys = KeysController(self)
        self.handover = HandoverController(self)
        self.roster = RosterController(self)
        self.supervision = SupervisionController(self)  # menu and pages, no dock
        self.books: tuple[BookController, ...] = (
            self.log,
            self.complaints,
            self.lostfound,
            self.keys,
            self.handover,
            self.roster,
        )
        for left, right in zip(self.books, self.books[1:], strict=False):
            self.tabifyDockWidget(left.dock, right.dock)
        self.log.dock.raise_()
        # The docks by the names the window's tests and status know them by.
        self.log_panel, self.log_dock = self.log.panel, self.log.dock
        # Complaints, lost and found, keys and the handover history build their panels when
        # first shown (or asked for: the properties below): start-up builds what it shows.
        self.complaints_dock = self.complaints.dock
        self.lostfound_dock = self.lostfound.dock
        self.keys_dock = self.keys.dock
        self.handover_history_dock = self.handover.dock
        self.open_items = OpenItemsPanel(desk, actor)
        self.open_items_dock = self.add_dock(
            "openItemsDock",
            self.tr("Open items"),
            self.open_items,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.open_items.open_entry.connect(lambda entry_id: self.records.open(ENTRY, entry_id))
        self.open_items.open_complaint.connect(
            lambda complaint_id: self.records.open(COMPLAINT, complaint_id)
        )
        self.changes_applied.connect(self.open_items.apply_changes)
        self.changes_applied.connect(self._status_changes)

        self.lock_screen = LockScreen(desk, actor)
        self.stack = QStackedWidget()
        self.stack.addWidget(QWidget())
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)
        self.stack.hide()

        self.status_bar = DeskStatusBar(desk, actor, self)
        self.setStatusBar(self.status_bar)
        # The items by the names the window's tests know them by.
        self.anchor_status = self.status_bar.anchor
        self.station_label = self.status_bar.station
        self.person_label = self.status_bar.person
        self.overdue_label = self.status_bar.follow_ups
        self.complaints_overdue_label = self.status_bar.complaints
        self.keys_overdue_label = self.status_bar.keys
        self.lostfound_label = self.status_bar.lostfound

        build_menus(self)

        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.switch_requested.connect(self.switch_person_requested)

        settings = (
            run_op(self, lambda: settings_service.get_settings(desk)) or settings_service.Settings()
        )
        self.idle = IdleWatcher(settings.idle_lock_minutes * 60, self)
        self.idle.idle.connect(self.lock)

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
        self.duty_status = DutyStatus(self)  # on duty, the roster's reminders, not-arrived banner
        self.review_reminder = ReviewReminder(self)  # days not reviewed, for supervisors
        self.waiting_sheet = WaitingSheet(self)  # a handed-over sheet not yet accepted
        self.backup_status = BackupStatus(self)  # the handover's backup, beside the window
        self.refresh_status()
        self.log_panel.quick.focus_line()

    @property
    def complaints_panel(self):
        return self.complaints.panel

    @property
    def lostfound_panel(self):
        return self.lostfound.panel

    @property
    def keys_panel(self):
        return self.keys.panel

    @property
    def handover_history(self):
        return self.handover.panel

    # -- construction --------------------------------------------------------------------------
    def add_dock(
        self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea
    ) -> QDockWidget:
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

    # -- state ---------------------------------------------------------------------------------
    def _fit_to_screen(self) -> None:
        """The size the window returns to when un-maximised: 1280×800 where there is room; on a
        counter's 1366×768 screen the status bar must not start below its edge."""
        width, height = 1280, 800
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            # Leave room for the title bar and frame the window manager adds.
            width = min(width, room.width() - 16)
            height = min(height, room.height() - 48)
        self.resize(width, height)

    def _restore_layout(self) -> None:
        """The size, place and docks the window had when it was last closed on this computer;
        the first time, the whole screen (a desk's screen is for this program)."""
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
        if not (restored and geometry):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def save_layout(self) -> None:
        # Locked, the docks are hidden: the layout kept is the one the lock will give back.
        state = self._unlocked_state if self.locked else None
        if state is None:
            state = self.saveState(LAYOUT_VERSION)
        self.prefs.set(GEOMETRY_KEY, bytes(self.saveGeometry().toBase64()).decode())
        self.prefs.set(STATE_KEY, bytes(state.toBase64()).decode())

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt name
        # Closed by the user (not replaced by another person's window): a sheet signed by the
        # outgoing clerk and not yet accepted is asked about first.
        if self.ask_before_closing and not self.waiting_sheet.may_close():
            event.ignore()
            return
        self.save_layout()
        app = QApplication.instance()
        app.removeEventFilter(self.idle)
        app.removeEventFilter(self.help_key)
        self._watching = False  # shown again (the same person back), it watches again
        super().closeEvent(event)
        if event.isAccepted():
            # A closed window reads nothing more: its clock, its poll of other stations and its
            # parts' minute reads stop (a window given way to another person's would otherwise
            # go on reading as someone who may since have been deactivated).
            self._stopped_timers = [t for t in self.findChildren(QTimer) if t.isActive()]
            for timer in self._stopped_timers:
                timer.stop()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        for timer in getattr(self, "_stopped_timers", ()):  # shown again after a close
            timer.start()
        self._stopped_timers = []
        if not self._watching:
            QTimer.singleShot(0, self, self.watch_input)

    def watch_input(self) -> None:
        """The idle lock and F1 in dialogs watch every event of the application, from when the
        window is on the screen. A filter in Python makes each object it sees known to Python:
        watching while the window was built and first laid out (some 3,600 events to hundreds of
        new objects) was 35 ms of a half-second start-up, before any key could be pressed."""
        if self._watching or not self.isVisible():
            return
        app = QApplication.instance()
        app.installEventFilter(self.help_key)
        app.installEventFilter(self.idle)  # the last installed sees events first
        self._watching = True
        self.idle.touch()

    # -- actions -------------------------------------------------------------------------------
    def refresh_status(self) -> None:
        counts = self.status_bar.refresh()
        if counts is None:
            return
        complaints, keys_overdue = counts.complaints_overdue, counts.keys_overdue
        self.complaints_dock.setWindowTitle(
            self.tr("Complaints ({count} overdue)").format(count=complaints)
            if complaints
            else self.tr("Complaints")
        )
        self.keys_dock.setWindowTitle(
            self.tr("Keys ({count} overdue)").format(count=keys_overdue)
            if keys_overdue
            else self.tr("Keys")
        )

    def _status_changes(self, changes: Changes) -> None:
        if changes.touches(*STATUS_BOOKS):
            self.refresh_status()

    def tick(self) -> None:
        """Time passes: promises fall due without anyone writing anything."""
        self.log_panel.model.mark_overdue()
        self.complaints.time_passed()
        self.lostfound.time_passed()
        self.keys.time_passed()
        self.handover.poll()  # another station may have signed or sealed a sheet
        self.open_items.refresh()
        self.refresh_status()
        self.complaints.check_reminders()

    def poll_other_stations(self) -> None:
        """Another station wrote: what it changed arrives as a write here does, on
        ``changes_applied``. A failure is said in the status bar, not in a box every few seconds."""
        if self.locked:
            return  # unlocking reads everything again
        try:
            found = changes_service.changes_since(self.desk, self.actor, self._seen_seq)
        except DeskError as exc:
            self.statusBar().showMessage(error_text(exc), POLL_MS)
            return
        self._seen_seq = found.head
        if found:
            self.changes_applied.emit(found)

    def read_everything_again(self) -> None:
        """F5: every book read again, by the same road as a write."""
        head = run_op(self, lambda: changes_service.journal_head(self.desk))
        if head is not None:
            self.changes_applied.emit(Changes(head, frozenset(BOOK_OF_TABLE.values())))

    def show_people(self) -> None:
        from desk_app.ui.shell.people_dialog import PeopleDialog

        dialog = PeopleDialog(self.desk, self.actor, self)
        dialog.exec()
        dialog.deleteLater()

    def show_settings(self) -> None:
        from desk_app.ui.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.desk, self.actor, self.language, self)
        if dialog.exec():
            settings = run_op(self, lambda: settings_service.get_settings(self.desk))
            if settings is not None:
                self.idle.limit_seconds = settings.idle_lock_minutes * 60
            if dialog.chosen_language != self.language:
                self.language_requested.emit(dialog.chosen_language)

    def show_integrity(self) -> None:
        from desk_app.ui.shell.integrity_dialog import IntegrityDialog

        IntegrityDialog(self.desk, self.actor, self).exec()

    def show_about(self) -> None:
        from desk_app.ui.shell.about_dialog import AboutDialog

        dialog = AboutDialog(self.desk, self)
        dialog.exec()
        dialog.deleteLater()

    # -- lock ----------------------------------------------------------------------------------
    def _docks(self) -> list[QDockWidget]:
        return self.findChildren(QDockWidget)

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self.anchor_status.refresh(integrity.anchor_now(self.desk))  # the head, at once
        self._unlocked_state = self.saveState(LAYOUT_VERSION)
        # Every shortcut of the window is off while locked (the menu bar alone is not enough).
        self._enabled_actions = [a for a in self.actions() if a.isEnabled()]
        for action in self._enabled_actions:
            action.setEnabled(False)
        self.statusBar().clearMessage()
        # Open complaint forms are confidential too: hidden, with what was typed, until unlocked.
        self._hidden_dialogs = [d for d in self.open_dialogs() if d.isVisible()]
        for dialog in reversed(self._hidden_dialogs):
            dialog.hide()
        # Other dialogs are modal: open, they would keep the lock screen from taking the PIN and
        # show what is behind the lock. They are closed (what was typed in them is not saved).
        keep = set(self.open_dialogs())
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
        """The docks as they were before the lock: those open, each tab that was in front (the
        lost-and-found book stays in front, not the log); closed ones stay closed."""
        state, self._unlocked_state = self._unlocked_state, None
        if state is None or not self.restoreState(state, LAYOUT_VERSION):
            for dock in self._docks():
                dock.show()

    def unlock(self) -> None:
        self.locked = False
        for action in self._enabled_actions:
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
            self.log_panel.quick.focus_line()

    def open_dialogs(self) -> list[QDialog]:
        """The books' window-modal forms and pages and what is open over them: hidden while
        locked, with what was typed, and shown again after unlocking."""
        return [
            dialog
            for book in (*self.books, self.supervision)
            for dialog in book.open_dialogs()
        ]
