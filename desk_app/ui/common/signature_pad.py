"""The on-screen signature pad: a claimant or a clerk signs with a mouse, a finger or a pen.

Strokes are kept in the pad's own pixels (the "canvas", fixed when the first stroke starts) and
drawn scaled to whatever size the widget has now, so a dialog that is resized mid-signature does
not tear the drawing. The picture handed on is rendered from the strokes, not grabbed from the
screen, so it has no border, hint or focus frame in it and is the same on every platform.
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOption,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.signature import Point, Signature, Stroke, Strokes, stroke_bounds

INK = QColor("#14213d")
PEN_WIDTH = 2.2
BORDER = QColor("#9e9e9e")
FOCUS_BORDER = QColor("#1e63b5")
BASELINE = QColor("#d6d6d6")
HINT = QColor("#9e9e9e")
# Mouse and tablet drivers report sub-pixel jitter; closer points add bytes, not shape.
MIN_STEP = 0.5
# The picture is rendered at twice the pad size so a printed report does not show pixels.
PNG_SCALE = 2
PNG_MARGIN = 8.0

# What undo restores: the strokes and the canvas they were drawn on (None: follow the widget).
_State = tuple[Strokes, tuple[int, int] | None]


class SignaturePad(QWidget):
    """A white surface that records strokes; ``changed`` after each stroke, undo, redo, clear."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: Strokes = ()
        self._canvas: tuple[int, int] | None = None
        self._current: list[Point] | None = None
        self._undo: list[_State] = []
        self._redo: list[_State] = []
        self._read_only = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(320, 120)
        self.setAccessibleName(self.tr("Signature pad"))
        self.setAccessibleDescription(
            self.tr("Sign with the mouse, a finger or a pen. Ctrl+Z undoes the last stroke.")
        )

    # -- state -------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(480, 160)

    def is_empty(self) -> bool:
        return not self._strokes

    def strokes(self) -> Strokes:
        return self._strokes

    def can_undo(self) -> bool:
        return bool(self._undo) and not self._read_only

    def can_redo(self) -> bool:
        return bool(self._redo) and not self._read_only

    def isReadOnly(self) -> bool:
        return self._read_only

    def setReadOnly(self, read_only: bool) -> None:
        """A stored signature is shown, never touched up."""
        self._read_only = read_only
        self._cancel()
        self.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.CrossCursor)
        self.update()

    def clear(self) -> None:
        """Erase everything drawn; undo brings it back. A read-only pad keeps what it shows."""
        if self._read_only:
            return
        self._cancel()
        if not self.is_empty():
            self._commit((), None)

    def undo(self) -> None:
        if not self.can_undo():
            return
        self._redo.append(self._state())
        self._restore(self._undo.pop())

    def redo(self) -> None:
        if not self.can_redo():
            return
        self._undo.append(self._state())
        self._restore(self._redo.pop())

    def set_signature(self, signature: Signature | None) -> None:
        """Show a stored signature; it starts a new history, so undo cannot reach past it."""
        self._current = None
        self._undo.clear()
        self._redo.clear()
        if signature is None or not signature.strokes:
            self._strokes, self._canvas = (), None
        else:
            self._strokes = tuple(tuple(s) for s in signature.strokes)
            self._canvas = (signature.width, signature.height)
        self.update()
        self.changed.emit()

    def signature(self) -> Signature | None:
        """The drawing with its picture; None while nothing is drawn (a stroke underway is not)."""
        if self.is_empty():
            return None
        width, height = self._canvas_size()
        return Signature(
            strokes=self._strokes, width=width, height=height, png=self._render_png(width, height)
        )

    def _state(self) -> _State:
        return self._strokes, self._canvas

    def _commit(self, strokes: Strokes, canvas: tuple[int, int] | None) -> None:
        self._undo.append(self._state())
        self._redo.clear()
        self._strokes, self._canvas = strokes, canvas
        self.update()
        self.changed.emit()

    def _restore(self, state: _State) -> None:
        self._current = None
        self._strokes, self._canvas = state
        self.update()
        self.changed.emit()

    # -- geometry ----------------------------------------------------------------------------

    def _canvas_size(self) -> tuple[int, int]:
        if self._canvas is not None:
            return self._canvas
        return max(1, self.width()), max(1, self.height())

    def _scale_and_offset(self) -> tuple[float, float, float]:
        """Canvas-to-widget mapping: uniform, centred, so a signature never looks stretched."""
        cw, ch = self._canvas_size()
        scale = min(self.width() / cw, self.height() / ch) or 1.0
        return scale, (self.width() - cw * scale) / 2, (self.height() - ch * scale) / 2

    def _to_canvas(self, pos: QPointF) -> Point:
        scale, dx, dy = self._scale_and_offset()
        cw, ch = self._canvas_size()
        # A stroke dragged past the edge stays on the pad instead of leaving the picture.
        x = min(max((pos.x() - dx) / scale, 0.0), float(cw))
        y = min(max((pos.y() - dy) / scale, 0.0), float(ch))
        return x, y

    # -- input -------------------------------------------------------------------------------

    def _begin(self, pos: QPointF) -> None:
        if self._canvas is None:
            self._canvas = self._canvas_size()
        self._current = [self._to_canvas(pos)]
        self.update()

    def _extend(self, pos: QPointF) -> None:
        if self._current is None:
            return
        x, y = self._to_canvas(pos)
        last_x, last_y = self._current[-1]
        if math.hypot(x - last_x, y - last_y) < MIN_STEP:
            return
        self._current.append((x, y))
        self.update()

    def _end(self, pos: QPointF | None = None) -> None:
        if self._current is None:
            return
        if pos is not None:
            self._extend(pos)
        stroke: Stroke = tuple(self._current)
        self._current = None
        # The canvas was fixed when the stroke began; the state undo goes back to is the one
        # before it (canvas None when the pad was empty), so an undone first stroke frees it.
        previous_canvas = self._canvas if self._strokes else None
        canvas = self._canvas
        self._canvas = previous_canvas
        self._commit((*self._strokes, stroke), canvas)

    def _cancel(self) -> None:
        if self._current is None:
            return
        self._current = None
        if not self._strokes:
            self._canvas = None
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._read_only or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._begin(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._current is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
            event.accept()
        else:
            event.ignore()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._current is not None and event.button() == Qt.MouseButton.LeftButton:
            self._end(event.position())
            event.accept()
        else:
            event.ignore()

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepted even when read-only, so Qt does not replay the pen as a mouse as well.
        event.accept()
        if self._read_only:
            return
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            if event.buttons() or event.pressure() > 0:
                self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end(event.position())

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            assert isinstance(event, QTouchEvent)
            self._touch(event)
            return True
        if kind == QEvent.Type.ShortcutOverride and (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
        ):
            # Ctrl+Z on the pad undoes a stroke, not whatever the window binds it to.
            event.accept()
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        event.accept()
        if self._read_only:
            return
        kind = event.type()
        points = event.points()
        if kind == QEvent.Type.TouchCancel:
            self._cancel()
        elif len(points) != 1:
            # Two fingers are a palm or a gesture, not a pen: what they drew is dropped.
            self._cancel()
        elif kind == QEvent.Type.TouchBegin:
            self._begin(points[0].position())
        elif kind == QEvent.Type.TouchUpdate:
            self._extend(points[0].position())
        elif kind == QEvent.Type.TouchEnd:
            self._end(points[0].position())

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.redo()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        scale, dx, dy = self._scale_and_offset()
        cw, ch = self._canvas_size()
        baseline_y = dy + ch * scale * 0.72
        margin = self.width() * 0.05
        painter.setPen(QPen(BASELINE, 1))
        painter.drawLine(QPointF(margin, baseline_y), QPointF(self.width() - margin, baseline_y))
        if self.is_empty() and self._current is None:
            painter.setPen(HINT)
            hint = self.tr("No signature") if self._read_only else self.tr("Sign here")
            text_rect = QRectF(margin, 0, self.width() - 2 * margin, baseline_y - 4)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, hint)
        painter.save()
        painter.translate(dx, dy)
        painter.scale(scale, scale)
        strokes = self._strokes
        if self._current:
            strokes = (*strokes, tuple(self._current))
        draw_strokes(painter, strokes)
        painter.restore()
        border = FOCUS_BORDER if self.hasFocus() and not self._read_only else BORDER
        painter.setPen(QPen(border, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        # Last, so a form's error style sheet (a red border) shows over our own border.
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        painter.end()

    def _render_png(self, width: int, height: int) -> bytes:
        left, top, right, bottom = stroke_bounds(self._strokes) or (0.0, 0.0, 0.0, 0.0)
        crop = QRectF(
            QPointF(left - PNG_MARGIN, top - PNG_MARGIN),
            QPointF(right + PNG_MARGIN, bottom + PNG_MARGIN),
        ).intersected(QRectF(0, 0, width, height))
        size = QSize(
            max(1, math.ceil(crop.width() * PNG_SCALE)),
            max(1, math.ceil(crop.height() * PNG_SCALE)),
        )
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(PNG_SCALE, PNG_SCALE)
        painter.translate(-crop.left(), -crop.top())
        draw_strokes(painter, self._strokes)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())


def draw_strokes(painter: QPainter, strokes: Strokes) -> None:
    """Ink as a smooth curve through the midpoints, so a fast stroke does not look polygonal."""
    pen = QPen(INK, PEN_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    for stroke in strokes:
        if not stroke:
            continue
        if len(stroke) == 1:
            # A tap is a dot (the point over an i), which a zero-length path would not draw.
            x, y = stroke[0]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(INK)
            painter.drawEllipse(QPointF(x, y), PEN_WIDTH / 2, PEN_WIDTH / 2)
            continue
        path = QPainterPath(QPointF(*stroke[0]))
        for (x0, y0), (x1, y1) in zip(stroke[1:-1], stroke[2:], strict=False):
            path.quadTo(QPointF(x0, y0), QPointF((x0 + x1) / 2, (y0 + y1) / 2))
        path.lineTo(QPointF(*stroke[-1]))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)


class SignatureField(QWidget):
    """The pad with Clear, Undo and Redo under it and a caption over it: what dialogs embed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        self.caption.hide()
        self.pad = SignaturePad()
        self.caption.setBuddy(self.pad)
        undo_keys = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        redo_keys = QKeySequence(QKeySequence.StandardKey.Redo).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.clear_button = self._button(self.tr("&Clear"), self.tr("Erase the whole signature"))
        self.undo_button = self._button(
            self.tr("&Undo"), self.tr("Take back the last stroke ({keys})").format(keys=undo_keys)
        )
        self.redo_button = self._button(
            self.tr("&Redo"),
            self.tr("Put back the stroke taken back ({keys})").format(keys=redo_keys),
        )
        self.clear_button.clicked.connect(self.pad.clear)
        self.undo_button.clicked.connect(self.pad.undo)
        self.redo_button.clicked.connect(self.pad.redo)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        for button in (self.undo_button, self.redo_button, self.clear_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.pad, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.pad)
        self.pad.changed.connect(self._on_changed)
        self._update_buttons()

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        # In a dialog, Enter means OK; it must never wipe or undo a signature.
        button.setAutoDefault(False)
        button.setDefault(False)
        return button

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)
        self.caption.setVisible(bool(text))

    def signature(self) -> Signature | None:
        return self.pad.signature()

    def set_signature(self, signature: Signature | None) -> None:
        self.pad.set_signature(signature)

    def is_empty(self) -> bool:
        return self.pad.is_empty()

    def setReadOnly(self, read_only: bool) -> None:
        self.pad.setReadOnly(read_only)
        self._update_buttons()

    def setStyleSheet(self, sheet: str) -> None:
        """A form marks a field in error by its style sheet: the pad's frame turns red, the
        buttons keep their look."""
        self.pad.setStyleSheet(sheet)

    def styleSheet(self) -> str:
        return self.pad.styleSheet()

    def _on_changed(self) -> None:
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        editable = not self.pad.isReadOnly()
        for button in (self.clear_button, self.undo_button, self.redo_button):
            button.setVisible(editable)
        self.clear_button.setEnabled(editable and not self.pad.is_empty())
        self.undo_button.setEnabled(self.pad.can_undo())
        self.redo_button.setEnabled(self.pad.can_redo())
