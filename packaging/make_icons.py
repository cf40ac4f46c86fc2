"""Render the application icon from its SVG source into the sizes each platform needs.

    .venv/bin/python packaging/make_icons.py

Reads resources/icons/dutydesk.svg and writes resources/icons/dutydesk-{16,24,32,48,64,128,256}.png
(the window, the taskbar, the .deb's hicolor theme) and resources/icons/dutydesk.ico (every size in
one file: the Windows executable and installer). The SVG is drawn by QtSvg offscreen, so no
display is needed; the ICO is written by Pillow. Run it again after editing the SVG and commit the
results.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "dutydesk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(size: int) -> bytes:
    """The SVG drawn at size × size pixels, transparent around it, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = {}
    for size in SIZES:
        data = render_png(size)
        image = Image.open(io.BytesIO(data)).convert("RGBA")
        image.save(ICONS / f"dutydesk-{size}.png", optimize=True)
        images[size] = image
        print(f"dutydesk-{size}.png")
    largest = images[max(SIZES)]
    largest.save(
        ICONS / "dutydesk.ico",
        format="ICO",
        sizes=[(s, s) for s in SIZES],
        append_images=[images[s] for s in SIZES if s != max(SIZES)],
    )
    print("dutydesk.ico")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
