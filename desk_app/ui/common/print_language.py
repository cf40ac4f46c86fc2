"""The language a printout is made in, chosen beside its Print and Save buttons.

A property may print its sheets in Chinese while the manager reads the window in English: the
chooser starts at the language last chosen for a printout on this workstation (kept in the
preferences), else at the window's. Choosing the window's language again forgets the choice, so a
later change of the window's language carries the printouts with it.

The printout's words are computed with :meth:`PrintLanguageBox.labels` (its translators
installed for the while, ``desk_app.translators.printing_language``); the preview and the file
dialogs stay in the window's language.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QComboBox, QWidget

from desk_app.config import Preferences
from desk_app.translators import (
    PRINT_LANGUAGE_PREF,
    SUPPORTED,
    current_language,
    printing_language,
)
from desk_app.ui.common.labels import LANGUAGES

T = TypeVar("T")


def print_language() -> str:
    """The language printouts are made in unless chosen otherwise: the one last chosen on this
    workstation, else the window's."""
    chosen = Preferences().get(PRINT_LANGUAGE_PREF)
    return chosen if chosen in SUPPORTED else current_language()


def remember_print_language(language: str) -> None:
    """Keep ``language`` for the next printouts; the window's own language is not kept (the
    printouts then follow the window)."""
    prefs = Preferences()
    wanted = None if language == current_language() else language
    if prefs.get(PRINT_LANGUAGE_PREF) != wanted:
        prefs.set(PRINT_LANGUAGE_PREF, wanted)


def in_print_language(language: str, build: Callable[[], T]) -> T:
    """What ``build`` returns, computed in ``language`` (its words, dates and numbers)."""
    with printing_language(language):
        return build()


class PrintLanguageBox(QComboBox):
    """Each language by its own name; starts at :func:`print_language`; a choice is kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printLanguage")
        self.setToolTip(
            self.tr(
                "The language the printout is made in: its words, dates and numbers. The window "
                "keeps its own language."
            )
        )
        for code, name in LANGUAGES:
            self.addItem(name, code)
        self.setCurrentIndex(max(0, self.findData(print_language())))
        self.currentIndexChanged.connect(lambda _i: remember_print_language(self.language()))

    def language(self) -> str:
        return self.currentData() or current_language()

    def labels(self, build: Callable[[], T]) -> T:
        """What ``build`` returns (a printout's labels), computed in the chosen language."""
        return in_print_language(self.language(), build)
