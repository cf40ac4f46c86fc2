"""Installing a language for the window: the machinery lives in ``desk_app.translators`` (QtCore
only, shared with the printouts and the command line); these names stay for the window's code."""

from __future__ import annotations

from desk_app.translators import (
    SUPPORTED,
    TRANSLATIONS_DIR,
    current_language,
    install_language,
    printing_language,
    system_language,
)

__all__ = [
    "SUPPORTED",
    "TRANSLATIONS_DIR",
    "current_language",
    "install_language",
    "printing_language",
    "system_language",
]
