"""Every visible string is translated, and no translation loses a placeholder."""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import desk_app.ui.common.error_texts as error_texts
from desk_app.translators import TRANSLATIONS_DIR

ROOT = Path(__file__).resolve().parents[3]
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _load_updater():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _marked() -> dict[str, tuple[str, ...]]:
    """Each book's module of marked templates (ui/common/error_texts/<book>.py)."""
    return {
        info.name: importlib.import_module(f"{error_texts.__name__}.{info.name}").ERROR_TEXTS
        for info in pkgutil.iter_modules(error_texts.__path__)
    }


def test_error_templates_are_all_marked_for_translation():
    marked = _marked()
    assert {t for texts in marked.values() for t in texts} == set(
        _load_updater().error_templates()
    )
    # Filed by book: the roster's own under roster, what belongs to no book under desk.
    assert {k: sorted(v) for k, v in marked.items()} == _load_updater().error_templates_by_book()


@pytest.mark.parametrize("language", ["zh_CN", "ru"])
def test_catalogue_is_complete_and_keeps_placeholders(language):
    ts = TRANSLATIONS_DIR / f"desk_app_{language}.ts"
    root = ET.parse(ts).getroot()
    problems = []
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = translation.text or ""
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text:
                problems.append(f"{name}: untranslated {source!r}")
                continue
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"{name}: placeholders differ in {source!r} -> {text!r}")
    assert count > 100
    assert problems == []
    assert (TRANSLATIONS_DIR / f"desk_app_{language}.qm").stat().st_mtime >= ts.stat().st_mtime - 1
