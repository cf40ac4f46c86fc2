"""Installing a language with QtCore alone: our .qm, Qt's own strings, and the default QLocale.

The window installs its language here; a printout borrows another one for as long as its words are
computed (:func:`printing_language`), then the window's comes back. The command line uses the same
machinery with a bare ``QCoreApplication``, so ``desk-app export --lang ru`` prints the words the
window would print in Russian. QtCore only: no widget, so reports and the CLI can use it.
"""

from __future__ import annotations

import atexit
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desk_app.bundle import translations_dir
from desk_app.catalog import set_reader_language
from desk_app.formats import LANGUAGES, normalize_language
from desk_app.qt_translations import MnemonicFallback, load_qt_catalogue

TRANSLATIONS_DIR = translations_dir()  # beside the tree, or inside the built bundle
SUPPORTED = LANGUAGES

LANGUAGE_PREF = "language"
"""The window's language in the workstation's preferences (``config.Preferences``)."""
PRINT_LANGUAGE_PREF = "print_language"
"""The language printouts were last made in, when chosen apart from the window's."""

_installed: list[QTranslator] = []
_current = "en"


def _load(language: str) -> list[QTranslator]:
    if language == "en":
        return []
    loaded = []
    ours = QTranslator()
    if ours.load(f"desk_app_{language}", str(TRANSLATIONS_DIR)):
        loaded.append(ours)
    qt_own = load_qt_catalogue(language)
    if qt_own is not None:  # Qt's dialogs; their mnemonic labels too ("&Look in:")
        loaded += [qt_own, MnemonicFallback(qt_own)]
    return loaded


def _swap(app: QCoreApplication, old: list[QTranslator], new: list[QTranslator]) -> None:
    for translator in old:
        app.removeTranslator(translator)
    for translator in new:
        app.installTranslator(translator)


def install_language(language: str) -> str:
    """Switch the application to ``language``; returns the language actually installed."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QCoreApplication")
    language = language if language in SUPPORTED else "en"
    new = _load(language)
    _swap(app, _installed, new)
    _installed[:] = new
    _current = language
    QLocale.setDefault(QLocale(language))
    set_reader_language(language)  # the program's own log lines, read in the window's language
    return language


def _uninstall_at_exit() -> None:
    """Take the translators out while Python still stands. PySide's own clean-up at exit
    destroys the application's objects in no fixed order; a translator destroyed while installed
    makes Qt re-translate (a LanguageChange), calling :class:`MnemonicFallback`'s Python
    ``translate`` on a half-finalised interpreter: a segmentation fault on one exit in three
    (seen by the smoke start, packaging/build.sh). Registered after QtCore's import, so it runs
    before PySide's clean-up (atexit runs the last registered first)."""
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()


atexit.register(_uninstall_at_exit)


def current_language() -> str:
    """The language whose words and formats are in force (the window's, or a printout's while
    one is being made)."""
    return _current


@contextmanager
def printing_language(language: str | None) -> Iterator[str]:
    """Within the block, ``QCoreApplication.translate`` and ``QLocale()`` answer in
    ``language`` (None: the one in force); after it, the previous language is back, whatever
    happened inside. Yields the language used.

    Where there is no application (the command line) a ``QCoreApplication`` is made for the
    block, translators need one, and shut down after it, so that a window made later in the same
    process can still make its ``QApplication``.
    """
    global _current
    language = normalize_language(language) if language else _current
    if language == _current:
        yield language
        return
    app = QCoreApplication.instance()
    made = app is None
    if made:
        app = QCoreApplication([])
    previous, previous_locale, previous_language = list(_installed), QLocale(), _current
    borrowed = _load(language)
    _swap(app, previous, borrowed)
    _installed[:] = borrowed
    _current = language
    QLocale.setDefault(QLocale(language))
    try:
        yield language
    finally:
        _swap(app, borrowed, previous)
        _installed[:] = previous
        _current = previous_language
        QLocale.setDefault(previous_locale)
        if made:
            app.shutdown()


def system_language() -> str:
    return normalize_language(QLocale.system().name())


def remembered_print_language(prefs) -> str:
    """The language printouts are made in unless one is chosen: the one last chosen for a
    printout, else the window's, else English. ``prefs``: a ``config.Preferences``."""
    chosen = prefs.get(PRINT_LANGUAGE_PREF) or prefs.get(LANGUAGE_PREF)
    return chosen if chosen in SUPPORTED else "en"
