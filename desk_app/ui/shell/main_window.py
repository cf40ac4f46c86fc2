"""The main window: one dock per book, the lock screen in the middle, the status bar.

A write in one dock is announced once (``entries_changed``; a complaint step also
``complaints_changed``, a lost-and-found movement ``lostfound_changed``, a key movement
``keys_changed``, since each may write a log entry too) and each dock refreshes what concerns it;
no dock reaches into another.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desk_app import __version__
from desk_app.config import Preferences
from desk_app.domain.errors import DeskError
from desk_app.services import changes as changes_service
from desk_app.services import complaints as complaint_service
from desk_app.services import integrity
from desk_app.services import settings as settings_service
from desk_app.services.desk import Actor, Desk
from desk_app.ui.common.errors import error_text, messenger, run_op
from desk_app.ui.common.labels import format_time
from desk_app.ui.complaints.controller import ComplaintHandlers
from desk_app.ui.complaints.dock import ComplaintsPanel
from desk_app.ui.handover.controller import HandoverHandlers
from desk_app.ui.handover.history import HandoverHistoryPanel
from desk_app.ui.keys.controller import KeyHandlers
from desk_app.ui.keys.dock import KeysPanel
from desk_app.ui.log.dock import LogPanel
from desk_app.ui.lostfound.controller import LostFoundHandlers
from desk_app.ui.lostfound.dock import LostFoundPanel
from desk_app.ui.shell.idle_lock import IdleWatcher, LockScreen
from desk_app.ui.shell.menus import build_menus
from desk_app.ui.shell.open_items import OpenItemsPanel
from desk_app.ui.shell.status_bar import DeskStatusBar

REMINDER_MESSAGE_MS = 120_000
POLL_MS = 10_000  # another counter's writes show within this
STATE_KEY = "window_state"
GEOMETRY_KEY = "window_geometry"
# Raised whenever the set of docks changes: a layout saved before a new book existed would
# squeeze the new dock beside the others instead of placing it where it belongs.
LAYOUT_VERSION = 5


class MainWindow(ComplaintHandlers, LostFoundHandlers, KeyHandlers, HandoverHandlers, QMainWindow):
    """The docks, the status bar and the lock. The menus are built in ``main_menus``; each book's
    dialogs are opened by its mixin (``main_complaints``, ``main_lostfound``, ``main_keys``,
    ``main_handover``), the window keeping them as its attributes."""

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

        self.status_bar = DeskStatusBar(desk, actor, self)
        self.setStatusBar(self.status_bar)
        # The items by the names the window's tests and handlers know them by.
        self.anchor_status = self.status_bar.anchor
        self.station_label = self.status_bar.station
        self.person_label = self.status_bar.person
        self.overdue_label = self.status_bar.follow_ups
        self.complaints_overdue_label = self.status_bar.complaints
        self.keys_overdue_label = self.status_bar.keys
        self.lostfound_label = self.status_bar.lostfound

        build_menus(self)

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
        self.log_panel.quick.focus_line()

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

    def _dialog_closed(self, attribute: str) -> None:
        dialog = getattr(self, attribute)
        setattr(self, attribute, None)
        if dialog is not None:
            dialog.deleteLater()

    # Dialogs are imported when first opened: start-up pays only for what it shows.
    def open_entry(self, entry_id: str) -> None:
        from desk_app.ui.log.entry_dialog import EntryDialog

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
        from desk_app.ui.shell.people_dialog import PeopleDialog

        dialog = PeopleDialog(self.desk, self.actor, self)
        dialog.exec()
        if dialog.changed:
            self.log_panel.reload_people()

    def show_settings(self) -> None:
        from desk_app.ui.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.desk, self.actor, self.language, self)
        if dialog.exec():
            settings = run_op(self, lambda: settings_service.get_settings(self.desk))
            if settings is not None:
                self.idle.limit_seconds = settings.idle_lock_minutes * 60
            self.check_reminders()
            if dialog.chosen_language != self.language:
                self.language_requested.emit(dialog.chosen_language)

    def show_integrity(self) -> None:
        from desk_app.ui.shell.integrity_dialog import IntegrityDialog

        IntegrityDialog(self.desk, self.actor, self).exec()

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
        self.anchor_status.refresh(integrity.anchor_now(self.desk))  # the head, at once
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
            self.log_panel.quick.focus_line()

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
        for page in (
            self.complaint_page,
            self.lf_item_page,
            self.lf_report_page,
            self.key_page,
            self.handover_dialog,
        ):
            dialogs.extend(_open_steps(page))
        return dialogs


# What a page may have open over itself: a step's form, a tag to print, a photo, (a report's
# page) a found item's page with its own, or (the handover sheet) a record of the sheet.
_PAGE_CHILDREN = ("step_dialog", "tag_dialog", "photo_viewer", "item_page", "record_page")


def _open_steps(page: QDialog | None) -> list[QDialog]:
    found: list[QDialog] = []
    for name in _PAGE_CHILDREN:
        child = getattr(page, name, None)
        # A closed child may be deleted already while the page still names it.
        if isinstance(child, QDialog) and shiboken6.isValid(child):
            found.append(child)
            found.extend(_open_steps(child))
    return found
