"""Qt's own words (the file dialog, the print dialogs, standard buttons) in the reader's language.

The PySide6 wheel ships Qt's catalogues in ``QLibraryInfo``'s translations folder:
``qtbase_<lang>.qm`` holds the widgets' and the print dialogs' strings (``qt_<lang>.qm`` is only
a 100-byte list of the module catalogues to load, ``qtbase`` among them). Loading ``qtbase`` is
not enough, though: Qt 6's file and print dialogs gained keyboard mnemonics ("&Look in:",
"Files of &type:", "Page &Set:", "Pages &per sheet:") that the shipped catalogues still know only
without the ampersand ("Look in:" -> "查找范围："), so those labels stayed English in Chinese and
Russian. :class:`MnemonicFallback` answers such a string from the same catalogue: it looks up
the text without its "&" and puts a mnemonic back into the translation, the way Qt's own
translators write them ("文件名称(&N)：" in Chinese, "&Имя файла:" in Russian). Strings whose
class Qt renamed since the catalogue was made are looked up under the old name as well (the file
dialog's "Folder" and "Drive", now asked for by ``QAbstractFileIconProvider``, are still under
``QFileDialog`` in the catalogue).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

_MNEMONIC = re.compile(r"&(\w)")
# Qt classes whose strings the shipped catalogues still keep under an older class's name.
_OLD_CONTEXTS = {"QAbstractFileIconProvider": "QFileDialog"}
_TRAILING = re.compile(r"([:：…]|\.\.\.)\s*$")


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def load_qt_catalogue(language: str) -> QTranslator | None:
    """Qt's widget strings for ``language`` (e.g. ``qtbase_zh_CN.qm``), or None if not shipped."""
    translator = QTranslator()
    if translator.load(QLocale(language), "qtbase", "_", qt_translations_dir()):
        return translator
    return None


def with_mnemonic(translation: str, letter: str) -> str:
    """``translation`` with a keyboard mnemonic: on ``letter`` where the translation has it
    (a Latin word kept in it), before its first letter in a cased script (Cyrillic), else the
    Chinese way, "(&L)" before the closing colon."""
    at = translation.lower().find(letter.lower())
    if at >= 0 and translation[at].isalpha():
        return translation[:at] + "&" + translation[at:]
    first = next((i for i, ch in enumerate(translation) if ch.isalpha()), -1)
    if first >= 0 and translation[first].lower() != translation[first].upper():
        return translation[:first] + "&" + translation[first:]
    tail = _TRAILING.search(translation)
    cut = tail.start() if tail else len(translation)
    return f"{translation[:cut]}(&{letter.upper()}){translation[cut:]}"


class MnemonicFallback(QTranslator):
    """Answers a Qt string that ``catalogue`` knows only without its mnemonic, or only under
    the older name of its class.

    It answers only a string the catalogue lacks whose plain text the catalogue has, in the same
    context (a Qt class's: our own contexts are not in it) or the class's old one, so where it is
    installed among the other translators does not matter. It returns None (not "") for anything else: an empty
    string would end Qt's search and blank the text.
    """

    def __init__(self, catalogue: QTranslator) -> None:
        super().__init__()
        self._catalogue = catalogue

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def translate(  # noqa: D102 - Qt's virtual
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if not source:
            return None
        if self._catalogue.translate(context, source, disambiguation, n):
            return None  # the catalogue has it as it is (Qt's own mnemonic, if any, stands)
        old_context = _OLD_CONTEXTS.get(context)
        if old_context is not None:
            return self._catalogue.translate(old_context, source, disambiguation, n) or None
        if "&" not in source or "&&" in source:
            return None
        found = _MNEMONIC.search(source)
        if found is None:
            return None
        plain = source.replace("&", "", 1)
        text = self._catalogue.translate(context, plain, disambiguation, n)
        if not text or text == plain:
            return None
        return with_mnemonic(text, found.group(1))
