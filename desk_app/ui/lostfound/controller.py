"""The main window's lost-and-found forms and pages: a found item, a guest's loss report, the
settings.

``LostFoundHandlers`` is mixed into ``MainWindow``, whose desk, actor, lost-and-found panel and dock,
``locked`` state, ``_after_lostfound_write`` and ``_dialog_closed`` it uses; the window keeps the open
dialogs as ``found_dialog``, ``loss_dialog``, ``lf_item_page`` and ``lf_report_page`` (hidden while
it is locked) and the page to open once a form has closed as ``_page_after_form``.

Nothing here is shown as text: a mixin's ``self.tr()`` would look its strings up in the mixin's
own context, not in "MainWindow"'s. Dialogs are imported when first opened: start-up pays only for
what it shows.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from desk_app.domain.roles import Capability, can


class LostFoundHandlers:
    """The lost-and-found book's dialogs, opened from its menu, its dock and log entries."""

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

    def new_found_item(self) -> None:
        """The found-item form, window-modal; once saved, the item's page (its tag to print and
        the reports it may answer)."""
        from desk_app.ui.lostfound.forms import FoundItemDialog

        if self.locked or self.found_dialog is not None:
            return
        dialog = FoundItemDialog(self.desk, self.actor, self)
        dialog.saved.connect(self._found_item_saved)
        dialog.finished.connect(lambda _r: self._lf_form_closed("found_dialog"))
        self.found_dialog = dialog
        dialog.open()

    def new_loss_report(self) -> None:
        """A guest's report of a lost item; once saved, its page (the found items that may be it)."""
        from desk_app.ui.lostfound.forms import LostReportDialog

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
        from desk_app.ui.lostfound.item_page import ItemPage

        if self.locked or self.lf_item_page is not None:
            return
        page = ItemPage(self.desk, self.actor, item_id, self)
        self._open_lf_page(page, "lf_item_page", page.detail is not None)

    def open_lf_report(self, report_id: str) -> None:
        from desk_app.ui.lostfound.report_page import ReportPage

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
        from desk_app.ui.lostfound.settings import LostFoundSettingsDialog

        if self.locked or not can(self.actor.role, Capability.CHANGE_SETTINGS):
            return
        dialog = LostFoundSettingsDialog(self.desk, self.actor, self)
        if dialog.exec():
            self.lostfound_panel.reload_categories()
            self.lostfound_changed.emit()
