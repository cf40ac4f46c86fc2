"""Installing a language: our .qm, Qt's own strings for standard dialogs, and the locale."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
SUPPORTED = ("en", "zh_CN", "ru")

_installed: list[QTranslator] = []


def install_language(language: str) -> str:
    """Switch the application to ``language``; returns the language actually installed."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in SUPPORTED:
        language = "en"
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return language
    ours = QTranslator()
    if ours.load(f"desk_app_{language}", str(TRANSLATIONS_DIR)):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_own = QTranslator()
    if qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return language


def system_language() -> str:
    name = QLocale.system().name()
    if name.startswith("zh"):
        return "zh_CN"
    if name.startswith("ru"):
        return "ru"
    return "en"
