"""What the self-contained build carries: the rules ``packaging/dutydesk.spec`` applies to what
PyInstaller collected, kept apart from the spec so that tests can hold them (for Windows' file
names too) without building.

Qt is kept lean: only the Python modules the program imports are analysed (the others are
excluded by name, so nothing pulls them in), only the plugins it can use are kept, and only Qt's
own Chinese and Russian catalogues. On Linux the desktop's own libraries (X11/xcb, xkbcommon,
fontconfig, freetype, GLib, D-Bus, OpenGL, CUPS, libstdc++) are left out of the folder: they must
match the machine's display server, drivers and fonts, and the .deb names them as Depends
(packaging/deb.py finds them with dpkg-shlibdeps).
"""

from __future__ import annotations

import re
from pathlib import Path

QT_MODULES_USED = frozenset(
    {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtCharts", "QtPdf", "QtSvg"}
)

# plugin folder -> the plugins kept (file name without "lib" and extension); a folder not named
# here is dropped whole (Wayland, EGLFS, the virtual keyboard, multimedia, SQL drivers, ...).
PLUGINS_KEPT = {
    # xcb: an X11 or XWayland desktop; windows: Windows; offscreen: the smoke start in CI.
    "platforms": {"qxcb", "qwindows", "qoffscreen", "qminimal"},
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    # Typing Chinese: the ibus input method and the compose key (Windows has its IME built in).
    "platforminputcontexts": {
        "ibusplatforminputcontextplugin",
        "composeplatforminputcontextplugin",
    },
    # The desktop's file dialogs through its portal (the GTK theme would bring GTK along).
    "platformthemes": {"qxdgdesktopportal"},
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle"},
    # Photos (JPEG, GIF, WebP), the icon (SVG, ICO).
    "imageformats": {"qjpeg", "qgif", "qwebp", "qsvg", "qico"},
    "iconengines": {"qsvgicon"},
    # Printing: CUPS on Linux; Windows' print engine (a plugin in some Qt builds).
    "printsupport": {"cupsprintersupport", "windowsprintersupport"},
}
QT_LANGUAGES = ("zh_CN", "ru")

# Qt's own libraries kept: the modules above and what they link (Network for QtPdf, OpenGL for
# QtCharts, DBus, the xcb platform's XcbQpa).
QT_LIBS_KEPT = frozenset(
    {m.removeprefix("Qt") for m in QT_MODULES_USED}
    | {"Network", "DBus", "OpenGL", "OpenGLWidgets", "XcbQpa"}
)
QT_LIB = re.compile(r"(?:lib)?Qt6(\w+?)(?:\.so.*|\.dll)$")

# Linux: of the libraries found in the system's folders, only Python's own travel (its standard
# modules link them: the same SQLite and OpenSSL wherever the .deb goes).
PYTHON_SYSTEM_LIBS = re.compile(
    r"lib(ssl|crypto|sqlite3|ffi|z|uuid|lzma|bz2|mpdec|expat|readline|tinfo|ncursesw)\.so"
)
SYSTEM_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")

# Python packages the program never imports that an analysis could still reach.
EXCLUDED_PACKAGES = (
    "tkinter",
    "_tkinter",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "test",
    "ensurepip",
    "venv",
    "pytest",
    "_pytest",
    "hypothesis",
    "pytestqt",
    "xdist",
    "pypdfium2",
    "zxingcpp",
    "pypdf",
    "PyInstaller",
    "setuptools",
    "pip",
    "numpy",
    "IPython",
    "PIL.ImageQt",
    "PIL.ImageTk",
)


def excluded_qt_modules(pyside_dir: Path) -> list[str]:
    """``PySide6.QtX`` for every module the wheel has that the program does not use."""
    names = {
        p.name.split(".")[0]
        for p in pyside_dir.iterdir()
        if p.name.startswith("Qt") and "." in p.name and p.suffix in (".so", ".pyd", ".pyi")
    }
    return sorted(f"PySide6.{name}" for name in names - QT_MODULES_USED)


def kept(dest: str, source: str, *, linux: bool) -> bool:
    """Whether a collected file stays: ``dest`` its place in the bundle, ``source`` where it was
    found, ``linux`` whether the build is Linux's."""
    parts = dest.replace("\\", "/").split("/")
    name = parts[-1]
    if "PySide6" in parts and "plugins" in parts and len(parts) > parts.index("plugins") + 2:
        folder = parts[parts.index("plugins") + 1]
        return name.split(".")[0].removeprefix("lib") in PLUGINS_KEPT.get(folder, set())
    if "PySide6" in parts and "translations" in parts and name.endswith(".qm"):
        catalogue = name.startswith(("qt_", "qtbase_")) and not name.startswith("qt_help_")
        return catalogue and any(name.endswith(f"_{lang}.qm") for lang in QT_LANGUAGES)
    qt_lib = QT_LIB.match(name)
    if qt_lib:  # in PySide6/, or the link to it beside the program
        return qt_lib.group(1) in QT_LIBS_KEPT
    if linux and source.startswith(SYSTEM_DIRS):
        return bool(PYTHON_SYSTEM_LIBS.match(name))
    return True
