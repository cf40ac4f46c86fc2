"""The program's log sentences are marked for translation as the domain words them, and the
catalogue read without Qt gives what Qt's translator gives."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desk_app.catalog import translate
from desk_app.domain.book_lines import CODE_CONTEXT, CODE_SOURCES, LINE_KINDS
from desk_app.translators import install_language

ROOT = Path(__file__).resolve().parents[3]
MARKS = ROOT / "desk_app" / "ui" / "common" / "book_line_texts.py"


def _marked() -> set[tuple[str, str]]:
    tree = ast.parse(MARKS.read_text(encoding="utf-8"))
    return {
        (node.args[0].value, node.args[1].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
    }


def test_every_sentence_and_coded_label_is_marked():
    wanted = {(k.context, k.source) for k in LINE_KINDS.values()}
    wanted |= {(CODE_CONTEXT, s) for family in CODE_SOURCES.values() for s in family.values()}
    assert _marked() == wanted


@pytest.mark.parametrize("language", ["zh_CN", "ru"])
def test_the_catalogue_answers_as_qt_does(qapp, language):
    try:
        install_language(language)
        for context, source in sorted(_marked()):
            assert translate(language, context, source) == QCoreApplication.translate(
                context, source
            ), (context, source)
    finally:
        install_language("en")


def test_the_compiled_catalogue_is_current():
    """``book_lines.json`` is what ``update_translations`` makes of the .ts files now."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.BOOK_LINES_JSON.read_text(encoding="utf-8") == module.render_book_lines_json()
