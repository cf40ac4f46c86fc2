"""Where the bundled files are found: beside the tree, and inside the built program, where the
PyInstaller bootloader sets ``sys.frozen`` and ``sys._MEIPASS`` (faked here on a copy of the
tree's files laid out as ``packaging/dutydesk.spec`` lays them out)."""

from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path

import pytest

from desk_app import bundle

TREE = Path(__file__).resolve().parents[2]


def test_from_the_tree_the_files_are_beside_the_package():
    assert not bundle.frozen()
    assert bundle.resources_dir() == TREE / "resources"
    assert (bundle.translations_dir() / "desk_app_zh_CN.qm").is_file()
    assert (bundle.package_data("reports", "fonts") / "wqy-microhei.ttc").is_file()


@pytest.fixture
def fake_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder laid out as the spec lays the bundle out, and the bootloader's two marks."""
    root = tmp_path / "_internal"
    shutil.copytree(TREE / "resources" / "translations", root / "resources" / "translations")
    fonts = TREE / "desk_app" / "reports" / "fonts"
    shutil.copytree(fonts, root / "desk_app" / "reports" / "fonts")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(root), raising=False)
    return root


def test_frozen_the_files_are_inside_the_bundle(fake_bundle: Path):
    assert bundle.frozen()
    assert bundle.bundle_root() == fake_bundle
    assert bundle.translations_dir() == fake_bundle / "resources" / "translations"
    assert bundle.package_data("reports", "fonts", "x.ttc") == (
        fake_bundle / "desk_app" / "reports" / "fonts" / "x.ttc"
    )


def test_frozen_the_catalogue_and_the_pdf_font_are_read_from_the_bundle(
    fake_bundle: Path, monkeypatch: pytest.MonkeyPatch
):
    """The modules that read them take their folders from :mod:`desk_app.bundle` when loaded, as
    they are loaded in the built program: reloaded here under the fake marks."""
    import desk_app.catalog
    import desk_app.reports.pdf_fonts

    try:
        catalog = importlib.reload(desk_app.catalog)
        fonts = importlib.reload(desk_app.reports.pdf_fonts)
        translations = fake_bundle / "resources" / "translations"
        assert catalog.CATALOGUE.parent == translations
        assert catalog.CATALOGUE.is_file()
        assert fonts.FONT_PATH.parent == fake_bundle / "desk_app" / "reports" / "fonts"
        assert fonts.FONT_PATH.is_file()
        assert fonts.LICENSE_PATH.is_file()
    finally:
        monkeypatch.undo()
        importlib.reload(desk_app.catalog)
        importlib.reload(desk_app.reports.pdf_fonts)
    assert desk_app.catalog.CATALOGUE.is_relative_to(TREE)


def test_the_frozen_marks_alone_are_not_enough(monkeypatch: pytest.MonkeyPatch):
    """``sys.frozen`` without ``_MEIPASS`` (another freezer) keeps the tree's layout."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert not bundle.frozen()
    assert bundle.resources_dir() == TREE / "resources"
