"""Supervision in the window: its menu (Review a day…, for supervisors and managers; the others
see it greyed) and its pages, one at a time, hidden by the lock with what was typed. No dock: a
supervisor's work here is a page opened for it.

Strings are in the "MainWindow" context the menus are translated in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMenuBar

from desk_app.domain.roles import Capability, can
from desk_app.ui.shell.book import BookController
from desk_app.ui.shell.menus import menu_action

if TYPE_CHECKING:
    from desk_app.ui.shell.main_window import MainWindow


class SupervisionController(BookController):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.review_action = menu_action(
            window,
            QCoreApplication.translate("MainWindow", "&Review a day…"),
            self.open_review,
            "Ctrl+Shift+V",
            "reviewDayAction",
            needs=Capability.REVIEW_LOG,
        )

    def add_menu(self, menu: QMenuBar) -> None:
        self.menu = menu.addMenu(QCoreApplication.translate("MainWindow", "S&upervision"))
        self.menu.setObjectName("supervisionMenu")
        self.menu.addAction(self.review_action)

    @property
    def review_page(self) -> QDialog | None:
        return self.pages.get("review")

    def open_review(self) -> QDialog | None:
        """Supervision → Review a day… (Ctrl+Shift+V)."""
        from desk_app.ui.supervision.review_page import ReviewPage

        if not self._may_open("review") or not can(self.actor.role, Capability.REVIEW_LOG):
            return None
        page = ReviewPage(self.desk, self.actor, self.window)
        self.pages.keep("review", page)
        page.open()
        return page
