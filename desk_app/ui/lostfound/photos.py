"""A found item's photos: the strip of thumbnails on its page, one photo shown larger, and the
photos read once for both.

Kept apart from the page so the sizes a photo is shown at are in one place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

THUMB_SIZE = 96
PHOTO_VIEW_SIZE = QSize(800, 600)


def photo_strip(count: int) -> QListWidget:
    """An empty strip of thumbnails, one row tall for up to three photos, two rows for more
    (the rest scroll inside it)."""
    strip = QListWidget()
    strip.setObjectName("itemPhotos")
    strip.setViewMode(QListView.ViewMode.IconMode)
    strip.setIconSize(QSize(THUMB_SIZE, THUMB_SIZE))
    strip.setGridSize(QSize(THUMB_SIZE + 12, THUMB_SIZE + 12))
    strip.setMovement(QListView.Movement.Static)
    strip.setResizeMode(QListView.ResizeMode.Adjust)
    strip.setWrapping(True)
    strip.setUniformItemSizes(True)
    strip.setMinimumWidth(3 * (THUMB_SIZE + 12) + 24)
    rows = 1 if count <= 3 else 2
    strip.setFixedHeight(rows * (THUMB_SIZE + 12) + 2 * strip.frameWidth() + 4)
    return strip


def thumbnail(pixmap: QPixmap) -> QPixmap:
    """The photo scaled down to fit a thumbnail; a photo that cannot be shown stays empty."""
    if pixmap.isNull():
        return pixmap
    return pixmap.scaled(
        THUMB_SIZE,
        THUMB_SIZE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


class PhotoCache:
    """A found item's photos, each read once at full size (``read(photo_id)``: its bytes, or
    None when it could not be read) and shown from memory after, the page read again or not."""

    def __init__(self, read: Callable[[str], bytes | None]) -> None:
        self._read = read
        self._pixmaps: dict[str, QPixmap] = {}

    def pixmap(self, photo_id: str) -> QPixmap:
        pixmap = self._pixmaps.get(photo_id)
        if pixmap is None:
            data = self._read(photo_id)
            pixmap = QPixmap()
            if data:
                pixmap.loadFromData(data)
            self._pixmaps[photo_id] = pixmap
        return pixmap

    def thumbnail(self, photo_id: str) -> QPixmap:
        return thumbnail(self.pixmap(photo_id))


class PhotoViewer(QDialog):
    """One photo, larger."""

    def __init__(self, pixmap: QPixmap, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lfPhotoViewer")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        self.image = QLabel()
        self.image.setObjectName("photoImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if pixmap.isNull():
            self.image.setText(self.tr("This photo cannot be shown."))
        else:
            limit = PHOTO_VIEW_SIZE
            screen = self.screen()
            if screen is not None:
                avail = screen.availableGeometry().size() * 0.8
                limit = limit.boundedTo(avail)
            if pixmap.width() > limit.width() or pixmap.height() > limit.height():
                pixmap = pixmap.scaled(
                    limit,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            self.image.setPixmap(pixmap)
        layout.addWidget(self.image, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
