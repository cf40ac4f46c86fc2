"""Every visible string is translated, and no translation loses a placeholder."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desk_app.translators import TRANSLATIONS_DIR
from desk_app.ui.common.error_texts import ERROR_TEXTS

ROOT = Path(__file__).resolve().parents[3]
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _load_updater():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_error_templates_are_all_marked_for_translation():
    assert set(ERROR_TEXTS) == set(_load_updater().error_templates())


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
