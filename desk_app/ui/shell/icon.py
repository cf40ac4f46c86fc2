"""The application's icon (resources/icons, made by packaging/make_icons.py from its SVG): every
rendered size in one QIcon, so the title bar, the taskbar and the switcher each take theirs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from desk_app.bundle import resources_dir

ICONS_DIR = resources_dir() / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_path(size: int) -> Path:
    return ICONS_DIR / f"dutydesk-{size}.png"


def app_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        path = icon_path(size)
        if path.is_file():
            icon.addFile(str(path))
    return icon
