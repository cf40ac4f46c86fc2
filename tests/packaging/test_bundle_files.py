"""What the self-contained build keeps (packaging/bundle_files.py), for Linux's and Windows' file
names, and that its list of Qt modules is the program's: a new ``from PySide6.QtX import`` in
desk_app fails here until the build keeps QtX too."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_files  # noqa: E402
import entry  # noqa: E402

PYSIDE = "/venv/lib/python3.11/site-packages/PySide6"


def _qt_modules_imported() -> set[str]:
    found = set()
    for path in (ROOT / "desk_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                found.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6.")}
    return found


def test_the_qt_modules_kept_are_those_the_program_imports():
    imported = _qt_modules_imported()
    assert imported <= bundle_files.QT_MODULES_USED, imported - bundle_files.QT_MODULES_USED
    # QtSvg is imported by nobody: the SVG icon's plugins load it.
    assert bundle_files.QT_MODULES_USED - imported <= {"QtSvg"}


def test_the_heavy_qt_modules_are_excluded():
    excluded = set(bundle_files.excluded_qt_modules(Path(PySide6.__file__).parent))
    for heavy in ("QtWebEngineCore", "Qt3DCore", "QtQuick", "QtQml", "QtMultimedia", "QtNetwork"):
        if (Path(PySide6.__file__).parent / f"{heavy}.pyi").exists():
            assert f"PySide6.{heavy}" in excluded
    assert not {f"PySide6.{m}" for m in bundle_files.QT_MODULES_USED} & excluded


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libQt6Charts.so.6", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", False),
        ("libQt6Qml.so.6", False),  # the link beside the program
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qt_ru.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_help_zh_CN.qm", False),
        ("PySide6/Qt/translations/qtmultimedia_ru.qm", False),
    ],
)
def test_linux_qt_files(dest: str, kept: bool):
    assert bundle_files.kept(dest, f"{PYSIDE}/{dest}", linux=True) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6\\plugins\\imageformats\\qjpeg.dll", True),
        ("PySide6\\plugins\\printsupport\\windowsprintersupport.dll", True),
        ("PySide6\\Qt6Core.dll", True),
        ("PySide6\\Qt6PrintSupport.dll", True),
        ("PySide6\\Qt6Quick.dll", False),
        ("PySide6\\Qt6WebEngineCore.dll", False),
        ("PySide6\\translations\\qtbase_zh_CN.qm", True),
        ("python311.dll", True),
        ("VCRUNTIME140.dll", True),
    ],
)
def test_windows_qt_files(dest: str, kept: bool):
    source = "C:\\Python311\\Lib\\site-packages\\" + dest
    assert bundle_files.kept(dest, source, linux=False) is kept


@pytest.mark.parametrize(
    ("name", "source", "kept"),
    [
        # Python's own: the same SQLite and OpenSSL wherever the package goes.
        ("libsqlite3.so.0", "/lib/x86_64-linux-gnu/libsqlite3.so.0", True),
        ("libssl.so.3", "/usr/lib/x86_64-linux-gnu/libssl.so.3", True),
        ("libpython3.11.so.1.0", "/root/.pyenv/versions/3.11.7/lib/libpython3.11.so.1.0", True),
        # The desktop's: the machine's own, as Depends.
        ("libfontconfig.so.1", "/lib/x86_64-linux-gnu/libfontconfig.so.1", False),
        ("libxkbcommon-x11.so.0", "/lib/x86_64-linux-gnu/libxkbcommon-x11.so.0", False),
        ("libgtk-3.so.0", "/lib/x86_64-linux-gnu/libgtk-3.so.0", False),
        ("libstdc++.so.6", "/lib/x86_64-linux-gnu/libstdc++.so.6", False),
        ("libcups.so.2", "/usr/lib/x86_64-linux-gnu/libcups.so.2", False),
        # A wheel's own copies travel with it.
        ("pillow.libs/libxcb-9065bb12.so.1.1.0", "/venv/site-packages/pillow.libs/libxcb.so", True),
    ],
)
def test_linux_system_libraries(name: str, source: str, kept: bool):
    assert bundle_files.kept(name, source, linux=True) is kept


def test_the_built_program_answers_python_s_dash_m_for_its_own_modules_only():
    """verify's second process and bench's window probe are started as ``sys.executable -m``."""
    program = "/opt/dutydesk/desk-app"
    assert entry._helper_module([program, "-m", "desk_app.store.verify", "out"]) == (
        "desk_app.store.verify"
    )
    assert entry._helper_module([program, "-m", "json.tool"]) is None
    assert entry._helper_module([program, "--db", "x", "verify"]) is None
    assert entry._helper_module([program, "-m"]) is None
    callers = {
        "desk_app/store/verify.py": "desk_app.store.verify",
        "desk_app/bench/window.py": "desk_app.bench.probe",
    }
    for path, module in callers.items():
        assert f'[sys.executable, "-m", "{module}"' in (ROOT / path).read_text(encoding="utf-8")
