"""The main window's key forms and pages: issue, loss, restore, the board count, a key's page,
the register.

``KeyHandlers`` is mixed into ``MainWindow``, whose desk, actor, keys panel and dock, ``locked``
state, ``_after_keys_write`` and ``_dialog_closed`` it uses; the window keeps the open dialogs as
``key_issue_dialog``, ``key_report_dialog``, ``key_restore_dialog``, ``key_count_dialog`` and
``key_page`` (hidden while it is locked).

Nothing here is shown as text: a mixin's ``self.tr()`` would look its strings up in the mixin's
own context, not in "MainWindow"'s. Dialogs are imported when first opened: start-up pays only for
what it shows.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from desk_app.domain.roles import Capability, can
from desk_app.ui.keys.dock import KeysPanel


class KeyHandlers:
    """The key book's dialogs, opened from its menu, its dock and log entries."""

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
        from desk_app.ui.keys.issue_dialog import IssueKeyDialog

        if self.locked or self.key_issue_dialog is not None:
            return
        self._open_key_form("key_issue_dialog", IssueKeyDialog(self.desk, self.actor, code, self))

    def report_key(self, code: str) -> None:
        from desk_app.ui.keys.loss_dialogs import ReportKeyDialog

        if self.locked or self.key_report_dialog is not None:
            return
        self._open_key_form("key_report_dialog", ReportKeyDialog(self.desk, self.actor, code, self))

    def restore_key(self, code: str) -> None:
        from desk_app.ui.keys.loss_dialogs import RestoreKeyDialog

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
        from desk_app.ui.keys.count_dialog import BoardCountDialog

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
        from desk_app.ui.keys.page import KeyPage

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
        from desk_app.ui.keys.register_dialog import KeyRegisterDialog

        if self.locked or not can(self.actor.role, Capability.CHANGE_SETTINGS):
            return
        dialog = KeyRegisterDialog(self.desk, self.actor, self)
        dialog.exec()
        if dialog.changed or dialog.policy is not None:
            self.keys_changed.emit()
