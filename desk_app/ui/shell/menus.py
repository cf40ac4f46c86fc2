"""The main window's menu bar: a menu per book (log, complaints, lost and found, keys, handover)
besides Desk, View, Admin and Help.

Each function adds its actions to the window (``addAction``, so their shortcuts work wherever the
focus is, and locking switches them all off) and keeps those the window and its tests reach as
attributes of the window (``window.handover_action`` ...).

The strings stay in the "MainWindow" context the translations were made in: written out as
``QCoreApplication.translate("MainWindow", "...")``, since lupdate only reads literal calls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar

from desk_app.domain.roles import Capability, can

if TYPE_CHECKING:
    from desk_app.ui.shell.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    menu = window.menuBar()
    _desk_menu(window, menu)
    _log_menu(window, menu)
    _complaints_menu(window, menu)
    _lostfound_menu(window, menu)
    _keys_menu(window, menu)
    _handover_menu(window, menu)
    _view_menu(window, menu)
    _admin_menu(window, menu)
    _help_menu(window, menu)


def _action(
    window: MainWindow,
    text: str,
    slot,
    shortcut: str | None = None,
    name: str | None = None,
    needs: Capability | None = None,
) -> QAction:
    """``needs``: the capability without which the action is shown but greyed out."""
    action = QAction(text, window)
    if needs is not None:
        action.setEnabled(can(window.actor.role, needs))
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    if name:
        action.setObjectName(name)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def _desk_menu(window: MainWindow, menu: QMenuBar) -> None:
    desk_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Desk"))
    window.lock_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Lock now"),
        window.lock,
        "Ctrl+Shift+L",
        "lockAction",
    )
    desk_menu.addAction(window.lock_action)
    desk_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "Sign in as someone &else…"),
            window.switch_person_requested.emit,
        )
    )
    desk_menu.addSeparator()
    desk_menu.addAction(
        _action(window, QCoreApplication.translate("MainWindow", "&Quit"), window.close, "Ctrl+Q")
    )


def _log_menu(window: MainWindow, menu: QMenuBar) -> None:
    log_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Log"))
    log_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "&New entry"),
            window.log_panel.quick.focus_line,
            "Ctrl+L",
        )
    )
    log_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "&Open selected entry"),
            window._open_selected,
            "Ctrl+O",
        )
    )
    log_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "&Search"),
            window.log_panel._focus_search,
        )
    )
    log_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "&Refresh"),
            window._after_write,
            "F5",
        )
    )
    for action in log_menu.actions():
        if action.shortcut().toString() in ("Ctrl+L",):
            # The quick-entry line already owns Ctrl+L; keep the menu entry as a hint only.
            action.setShortcut(QKeySequence())
            action.setText(QCoreApplication.translate("MainWindow", "&New entry\tCtrl+L"))


def _complaints_menu(window: MainWindow, menu: QMenuBar) -> None:
    complaints_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Complaints"))
    window.new_complaint_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&New complaint…"),
        window.new_complaint,
        "Ctrl+Shift+C",
        "newComplaintAction",
    )
    complaints_menu.addAction(window.new_complaint_action)
    complaints_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "&Open selected complaint"),
            window._open_selected_complaint,
            name="openComplaintAction",
        )
    )
    complaints_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "&Search complaints"),
            window._focus_complaint_search,
        )
    )
    complaints_menu.addSeparator()
    window.complaint_analysis_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Complaint &analysis…"),
        window.show_complaint_analysis,
        name="complaintAnalysisAction",
    )
    window.complaint_analysis_action.setEnabled(
        can(window.actor.role, Capability.ANALYSE_COMPLAINTS)
    )
    complaints_menu.addAction(window.complaint_analysis_action)


def _lostfound_menu(window: MainWindow, menu: QMenuBar) -> None:
    lostfound_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "Lost and &found"))
    window.register_item_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Register found item…"),
        window.new_found_item,
        "Ctrl+Shift+F",
        "registerFoundItemAction",
    )
    lostfound_menu.addAction(window.register_item_action)
    # Ctrl+Shift+L already locks the window.
    window.report_loss_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Guest reports a loss…"),
        window.new_loss_report,
        "Ctrl+Shift+R",
        "reportLossAction",
    )
    lostfound_menu.addAction(window.report_loss_action)
    lostfound_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "&Open selected found item"),
            window._open_selected_lf_item,
            name="openFoundItemAction",
        )
    )
    lostfound_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "&Find a found item or scan its tag"),
            window._focus_lf_search,
            # T for tag: the scanner then types the number and Enter into the search box.
            "Ctrl+Shift+T",
            "findFoundItemAction",
        )
    )
    lostfound_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "&Search lost reports"),
            window._focus_lf_report_search,
        )
    )
    lostfound_menu.addSeparator()
    window.lostfound_settings_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Lost and found se&ttings…"),
        window.show_lostfound_settings,
        name="lostFoundSettingsAction",
        needs=Capability.CHANGE_SETTINGS,
    )
    lostfound_menu.addAction(window.lostfound_settings_action)


def _keys_menu(window: MainWindow, menu: QMenuBar) -> None:
    keys_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Keys"))
    # K for key: the scanner then types the code and Enter into the line.
    window.key_code_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Issue or return a key (scan or type its code)"),
        window.focus_key_code,
        "Ctrl+Shift+K",
        "keyCodeAction",
    )
    keys_menu.addAction(window.key_code_action)
    keys_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "&Open selected key"),
            window._open_selected_key,
            name="openKeyAction",
        )
    )
    keys_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "Keys &out now"),
            window._show_keys_out,
            name="keysOutAction",
        )
    )
    # B for board (Ctrl+Shift+C is a complaint).
    window.count_board_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Count the board…"),
        window.count_board,
        "Ctrl+Shift+B",
        "countBoardAction",
    )
    keys_menu.addAction(window.count_board_action)
    keys_menu.addSeparator()
    window.key_register_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Key &register…"),
        window.show_key_register,
        name="keyRegisterAction",
        needs=Capability.CHANGE_SETTINGS,
    )
    keys_menu.addAction(window.key_register_action)


def _handover_menu(window: MainWindow, menu: QMenuBar) -> None:
    handover_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Handover"))
    window.handover_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Start or resume handover…"),
        window.start_handover,
        "Ctrl+Shift+H",
        "startHandoverAction",
    )
    handover_menu.addAction(window.handover_action)
    handover_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "Handover &history"),
            window._show_handover_history,
            name="handoverHistoryAction",
        )
    )
    handover_menu.addSeparator()
    window.duty_report_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Duty report…"),
        window.show_duty_report,
        "Ctrl+Shift+D",
        "dutyReportAction",
        needs=Capability.REVIEW_LOG,
    )
    handover_menu.addAction(window.duty_report_action)
    window.handover_settings_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Handover se&ttings…"),
        window.show_handover_settings,
        name="handoverSettingsAction",
        needs=Capability.CHANGE_SETTINGS,
    )
    handover_menu.addAction(window.handover_settings_action)


def _view_menu(window: MainWindow, menu: QMenuBar) -> None:
    view_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.setObjectName("viewMenu")
    view_menu.addAction(window.log_dock.toggleViewAction())
    view_menu.addAction(window.complaints_dock.toggleViewAction())
    view_menu.addAction(window.lostfound_dock.toggleViewAction())
    view_menu.addAction(window.keys_dock.toggleViewAction())
    view_menu.addAction(window.handover_history_dock.toggleViewAction())
    view_menu.addAction(window.open_items_dock.toggleViewAction())


def _admin_menu(window: MainWindow, menu: QMenuBar) -> None:
    """People and settings; the lost-and-found settings and the key register, already in their
    books' menus, are here too."""
    admin = menu.addMenu(QCoreApplication.translate("MainWindow", "&Admin"))
    window.people_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&People…"),
        window.show_people,
        name="peopleAction",
        needs=Capability.MANAGE_PEOPLE,
    )
    admin.addAction(window.people_action)
    window.staff_directory_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "S&taff directory…"),
        lambda: _open_staff_directory(window),
        name="staffDirectoryAction",
    )
    admin.addAction(window.staff_directory_action)
    admin.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "&Settings…"),
            window.show_settings,
            name="settingsAction",
        )
    )
    admin.addAction(window.lostfound_settings_action)
    admin.addAction(window.key_register_action)
    admin.addSeparator()
    window.integrity_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Verify the book…"),
        window.show_integrity,
        name="integrityAction",
        needs=Capability.REVIEW_LOG,
    )
    admin.addAction(window.integrity_action)


def _open_staff_directory(window: MainWindow) -> None:
    """Imported when first opened: start-up pays only for what it shows."""
    from desk_app.ui.shell.staff_dialog import open_staff_directory

    if not window.locked:
        open_staff_directory(window)


def _help_menu(window: MainWindow, menu: QMenuBar) -> None:
    help_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "&About DutyDesk"),
            window.show_about,
        )
    )
