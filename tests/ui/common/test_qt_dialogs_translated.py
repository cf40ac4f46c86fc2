"""Qt's own dialogs speak the reader's language: the file dialog ("Look in:", "Files of type:")
and the print dialogs, whose mnemonic labels Qt's shipped catalogues know only without "&"."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QWidget

from desk_app.qt_translations import load_qt_catalogue, with_mnemonic
from desk_app.translators import install_language

LATIN = re.compile(r"[A-Za-z]{2,}")
PDF = re.compile(r"\bPDF\b")


@pytest.fixture(params=["zh_CN", "ru"])
def language(request):
    install_language(request.param)
    yield request.param
    install_language("en")


def _english(dialog: QWidget) -> list[str]:
    words = [w.text() for w in dialog.findChildren(QLabel)]
    words += [w.text() for w in dialog.findChildren(QAbstractButton)]
    words += [w.toolTip() for w in dialog.findChildren(QWidget)]
    words += [a.text() for w in dialog.findChildren(QWidget) for a in w.actions()]
    return sorted({w for w in words if LATIN.search(PDF.sub("", w))})


def test_qt_ships_its_catalogues_for_our_languages():
    for language in ("zh_CN", "ru"):
        assert load_qt_catalogue(language) is not None


def test_the_file_dialog_is_in_the_readers_language(qtbot, language):
    dialog = QFileDialog(None, "", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {w.objectName(): w.text() for w in dialog.findChildren(QLabel) if w.text()}
    assert labels["lookInLabel"] == {"zh_CN": "查找范围(&L)：", "ru": "&Перейти к:"}[language]
    assert labels["fileTypeLabel"] == {"zh_CN": "文件类型(&T)：", "ru": "&Типы файлов:"}[language]
    assert _english(dialog) == []
    # The type of a folder in its list: asked under Qt 6's class, kept under the old one.
    folder = QCoreApplication.translate("QAbstractFileIconProvider", "Folder")
    assert folder == {"zh_CN": "文件夹", "ru": "Папка"}[language]


def test_the_print_dialogs_are_in_the_readers_language(qtbot, language):
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    for dialog in (QPrintDialog(printer), QPrintPreviewDialog(printer)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert _english(dialog) == []


def test_a_mnemonic_is_put_back_as_each_language_writes_it():
    assert with_mnemonic("查找范围：", "L") == "查找范围(&L)："
    assert with_mnemonic("页面组", "S") == "页面组(&S)"
    assert with_mnemonic("Перейти к:", "L") == "&Перейти к:"
    assert with_mnemonic("PDF 文件：", "f") == "PD&F 文件："  # a Latin word kept
