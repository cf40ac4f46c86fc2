"""The Debian package's layout and its control file (packaging/deb.py), staged from a stand-in
for the built folder: the real build and its install on a clean Debian are packaging/build.sh
--ci's (CI runs it after the tests)."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import deb  # noqa: E402


@pytest.fixture
def staged(tmp_path: Path) -> Path:
    folder = tmp_path / "dutydesk"
    (folder / "_internal").mkdir(parents=True)
    (folder / "desk-app").write_bytes(b"\x7fELF stand-in")
    (folder / "desk-app").chmod(0o700)
    (folder / "_internal" / "data.txt").write_text("x")
    (folder / "_internal" / "data.txt").chmod(0o600)
    root = tmp_path / "root"
    deb.stage(folder, root)
    return root


def _entry(root: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive: Name[zh_CN]
    parser.read(root / "usr/share/applications/dutydesk.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_program_is_under_opt_and_on_the_path(staged: Path):
    assert (staged / "opt/dutydesk/desk-app").is_file()
    link = staged / "usr/bin/desk-app"
    assert link.is_symlink() and str(link.readlink()) == "/opt/dutydesk/desk-app"
    # Root's once installed, readable and runnable by every account.
    assert (staged / "opt/dutydesk/desk-app").stat().st_mode & 0o777 == 0o755
    assert (staged / "opt/dutydesk/_internal/data.txt").stat().st_mode & 0o777 == 0o644
    assert (staged / "usr/share/doc/dutydesk/copyright").is_file()


def test_the_menu_entry_speaks_three_languages(staged: Path):
    entry = _entry(staged)
    assert entry["Exec"] == "desk-app" and entry["Icon"] == "dutydesk"
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    for key in ("Name", "GenericName", "Comment"):
        assert entry[key] and entry[f"{key}[zh_CN]"] and entry[f"{key}[ru]"]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in entry["Comment[zh_CN]"])
    assert any("а" <= ch.lower() <= "я" for ch in entry["Comment[ru]"])


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_the_menu_entry_is_valid(staged: Path):
    done = subprocess.run(
        ["desktop-file-validate", str(staged / "usr/share/applications/dutydesk.desktop")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


def test_the_icons_are_in_the_hicolor_theme(staged: Path):
    hicolor = staged / "usr/share/icons/hicolor"
    for size in deb.ICON_SIZES:
        image = QImage(str(hicolor / f"{size}x{size}/apps/dutydesk.png"))
        assert (image.width(), image.height()) == (size, size)
    assert (
        (hicolor / "scalable/apps/dutydesk.svg")
        .read_text(encoding="utf-8")
        .lstrip()
        .startswith(("<svg", "<?xml"))
    )


@pytest.mark.skipif(not shutil.which("dpkg"), reason="Debian only")
def test_the_control_file():
    control = deb.control(["libc6 (>= 2.36)", "libgl1"], 161_000)
    fields = dict(
        line.split(": ", 1) for line in control.splitlines() if line and not line.startswith(" ")
    )
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert fields["Package"] == "dutydesk" and fields["Version"] == version
    architecture = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert fields["Architecture"] == architecture
    assert fields["Maintainer"] and fields["Installed-Size"] == "161000"
    assert fields["Depends"] == "libc6 (>= 2.36), libgl1"
    assert fields["Description"].startswith("front-desk duty log")
    assert control.endswith("\n")


def test_what_the_window_needs_beyond_what_is_linked_is_named():
    """Fonts for Chinese and Cyrillic, fontconfig, and the xcb cursor library Qt looks for."""
    extra = " ".join(deb.EXTRA_DEPENDS)
    for package in ("fonts-wqy-microhei", "fonts-dejavu-core", "fontconfig", "libxcb-cursor0"):
        assert package in extra


def test_a_package_is_named_once_in_depends():
    found = ["libc6 (>= 2.36)", "libdbus-1-3 (>= 1.9.14)", "libxcb-cursor0 (>= 0.0.99)"]
    merged = deb.merged_depends(found, deb.EXTRA_DEPENDS)
    names = [d.split()[0] for d in merged]
    assert len(names) == len(set(names))
    assert "libdbus-1-3 (>= 1.9.14)" in merged and "fontconfig" in merged
