"""Signing on screen: mouse, pen and finger draw; undo, redo and clear; the picture handed on."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QImage,
    QInputDevice,
    QKeySequence,
    QMouseEvent,
    QPointingDevice,
    QTabletEvent,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desk_app.domain.errors import ValidationError
from desk_app.domain.signature import (
    PNG_MAGIC,
    strokes_from_json,
    strokes_to_json,
    validate_signature,
)
from desk_app.ui.common.signature_pad import SignatureField, SignaturePad

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.MouseButton.NoButton


def wave(x0: float = 40, y0: float = 80, n: int = 40) -> list[QPointF]:
    return [QPointF(x0 + i * 6, y0 + 30 * math.sin(i / 4)) for i in range(n)]


def mouse(widget, kind: QEvent.Type, pos: QPointF, button, buttons) -> None:
    # Built by hand: QTest.mouseMove does not carry the pressed button on every Qt version.
    event = QMouseEvent(
        kind, pos, QPointF(widget.mapToGlobal(pos)), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def draw(pad: SignaturePad, points: list[QPointF]) -> None:
    mouse(pad, QEvent.Type.MouseButtonPress, points[0], LEFT, LEFT)
    for p in points[1:]:
        mouse(pad, QEvent.Type.MouseMove, p, NONE, LEFT)
    mouse(pad, QEvent.Type.MouseButtonRelease, points[-1], LEFT, NONE)


def dark_pixels(png: bytes) -> int:
    image = QImage.fromData(png, "PNG")
    assert not image.isNull()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if QImage.pixelColor(image, x, y).lightness() < 100
    )


@pytest.fixture
def field(qtbot) -> SignatureField:
    widget = SignatureField()
    qtbot.addWidget(widget)
    widget.resize(480, 210)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def pad(field) -> SignaturePad:
    return field.pad


def test_an_empty_pad_has_no_signature_and_nothing_to_undo(field, pad):
    assert pad.is_empty() and pad.signature() is None and field.signature() is None
    assert not field.undo_button.isEnabled()
    assert not field.redo_button.isEnabled()
    assert not field.clear_button.isEnabled()
    with pytest.raises(ValidationError, match="signature is required"):
        validate_signature(field.signature())


def test_a_mouse_stroke_is_recorded_and_signals(qtbot, field, pad):
    with qtbot.waitSignal(field.changed):
        draw(pad, wave())
    assert len(pad.strokes()) == 1
    assert len(pad.strokes()[0]) == 40
    x, y = pad.strokes()[0][0]
    assert (x, y) == pytest.approx((40.0, 80.0))
    assert field.undo_button.isEnabled() and field.clear_button.isEnabled()
    assert not field.redo_button.isEnabled()


def test_the_signature_is_a_valid_png_with_ink(field, pad):
    draw(pad, wave())
    draw(pad, wave(y0=110, n=20))
    sig = field.signature()
    assert validate_signature(sig) is sig
    assert (sig.width, sig.height) == (pad.width(), pad.height())
    assert len(sig.strokes) == 2
    assert sig.png.startswith(PNG_MAGIC)
    image = QImage.fromData(sig.png, "PNG")
    # Rendered at twice the size, cropped to the ink: about 2 × (234 + 16) wide.
    assert 450 <= image.width() <= 540
    assert dark_pixels(sig.png) > 50
    assert image.pixelColor(0, 0).name() == "#ffffff"


def test_undo_redo_and_clear(qtbot, field, pad):
    draw(pad, wave())
    draw(pad, wave(y0=110))
    field.undo_button.click()
    assert len(pad.strokes()) == 1
    assert field.redo_button.isEnabled()
    field.redo_button.click()
    assert len(pad.strokes()) == 2
    assert not field.redo_button.isEnabled()

    with qtbot.waitSignal(field.changed):
        field.clear_button.click()
    assert pad.is_empty() and field.signature() is None
    assert not field.clear_button.isEnabled()
    # Clearing is a step like any other: undo brings the whole signature back.
    assert field.undo_button.isEnabled()
    pad.undo()
    assert len(pad.strokes()) == 2

    pad.undo()
    pad.undo()
    assert pad.is_empty() and not pad.can_undo()
    assert not field.undo_button.isEnabled()
    # A new stroke drops what could have been redone.
    draw(pad, wave())
    assert not pad.can_redo() and not field.redo_button.isEnabled()


def test_ctrl_z_on_the_pad_undoes_and_redo_keys_redo(field, pad):
    draw(pad, wave())
    draw(pad, wave(y0=110))
    pad.setFocus()
    QTest.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(pad.strokes()) == 1
    redo = QKeySequence(QKeySequence.StandardKey.Redo)[0]
    QTest.keyClick(pad, redo.key(), redo.keyboardModifiers())
    assert len(pad.strokes()) == 2


def test_buttons_are_reachable_from_the_keyboard_and_do_not_steal_enter(field, pad):
    draw(pad, wave())
    for button in (field.undo_button, field.redo_button, field.clear_button):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert not button.autoDefault()
        assert button.text().startswith("&")
    field.clear_button.setFocus()
    QTest.keyClick(field.clear_button, Qt.Key.Key_Space)
    assert pad.is_empty()


def test_a_tap_is_a_dot_but_not_yet_a_signature(field, pad):
    draw(pad, [QPointF(100, 100)])
    assert pad.strokes() == (((100.0, 100.0),),)
    sig = pad.signature()
    assert sig is not None and dark_pixels(sig.png) > 0
    with pytest.raises(ValidationError, match="too small"):
        validate_signature(sig)


def test_right_button_and_plain_moves_do_not_draw(field, pad):
    mouse(
        pad,
        QEvent.Type.MouseButtonPress,
        QPointF(50, 50),
        Qt.MouseButton.RightButton,
        Qt.MouseButton.RightButton,
    )
    mouse(pad, QEvent.Type.MouseMove, QPointF(80, 80), NONE, Qt.MouseButton.RightButton)
    mouse(pad, QEvent.Type.MouseButtonRelease, QPointF(80, 80), Qt.MouseButton.RightButton, NONE)
    mouse(pad, QEvent.Type.MouseMove, QPointF(90, 90), NONE, NONE)
    assert pad.is_empty()


def test_a_stroke_past_the_edge_stays_on_the_pad(field, pad):
    draw(pad, [QPointF(400, 80), QPointF(470, 80), QPointF(900, -50)])
    x, y = pad.strokes()[0][-1]
    assert (x, y) == (pad.width(), 0.0)


def test_read_only_ignores_every_input_and_hides_the_buttons(qtbot, field, pad):
    draw(pad, wave())
    stored = pad.signature()
    field.setReadOnly(True)
    assert field.undo_button.isHidden() and field.clear_button.isHidden()
    draw(pad, wave(y0=110))
    QTest.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    pad.undo()
    pad.clear()
    assert pad.strokes() == stored.strokes
    field.setReadOnly(False)
    assert not field.undo_button.isHidden() and field.undo_button.isEnabled()


def test_a_stored_signature_is_shown_again(qtbot, field, pad):
    draw(pad, wave())
    stored = pad.signature()
    strokes, width, height = strokes_from_json(strokes_to_json(stored))

    other = SignatureField()
    qtbot.addWidget(other)
    other.resize(300, 200)  # another dialog, another size: drawn scaled, kept in its own pixels
    other.setReadOnly(True)
    other.set_signature(type(stored)(strokes=strokes, width=width, height=height, png=stored.png))
    assert other.pad.strokes() == strokes
    again = other.signature()
    assert (again.width, again.height) == (stored.width, stored.height)
    assert dark_pixels(again.png) > 50
    assert not other.pad.can_undo()
    image = other.pad.grab().toImage()
    assert any(
        image.pixelColor(x, y).lightness() < 100
        for y in range(10, image.height() - 10)
        for x in range(10, image.width() - 10, 3)
    )


def test_a_pen_draws_once_without_a_mouse_echo(qtbot, field, pad):
    pen = QPointingDevice(
        "test pen",
        1001,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        3,
    )

    def tablet(kind, pos, pressure, buttons):
        event = QTabletEvent(
            kind,
            pen,
            pos,
            QPointF(pad.mapToGlobal(pos)),
            pressure,
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            Qt.KeyboardModifier.NoModifier,
            LEFT,
            buttons,
        )
        QApplication.sendEvent(pad, event)
        assert event.isAccepted()

    points = wave(n=15)
    tablet(QEvent.Type.TabletPress, points[0], 0.5, LEFT)
    for p in points[1:]:
        tablet(QEvent.Type.TabletMove, p, 0.5, LEFT)
    tablet(QEvent.Type.TabletRelease, points[-1], 0.0, NONE)
    tablet(QEvent.Type.TabletMove, QPointF(300, 30), 0.0, NONE)  # hovering after lifting
    qtbot.wait(10)
    assert len(pad.strokes()) == 1 and len(pad.strokes()[0]) == 15


def test_one_finger_draws_two_fingers_do_not(qtbot, field, pad):
    screen = QTest.createTouchDevice()
    points = [p.toPoint() for p in wave(n=12)]
    QTest.touchEvent(pad, screen).press(0, points[0], pad).commit()
    for p in points[1:]:
        QTest.touchEvent(pad, screen).move(0, p, pad).commit()
    QTest.touchEvent(pad, screen).release(0, points[-1], pad).commit()
    qtbot.waitUntil(lambda: len(pad.strokes()) == 1)
    assert len(pad.strokes()[0]) >= 10

    QTest.touchEvent(pad, screen).press(0, QPoint(50, 50), pad).commit()
    QTest.touchEvent(pad, screen).move(0, QPoint(90, 60), pad).press(
        1, QPoint(200, 60), pad
    ).commit()
    QTest.touchEvent(pad, screen).release(0, QPoint(95, 60), pad).release(
        1, QPoint(200, 60), pad
    ).commit()
    qtbot.wait(10)
    assert len(pad.strokes()) == 1


def test_caption_and_error_style_go_where_they_belong(field, pad):
    assert field.caption.isHidden()
    field.set_caption("Claimant: 张伟")
    assert not field.caption.isHidden() and field.caption.text() == "Claimant: 张伟"
    field.set_caption("")
    assert field.caption.isHidden()
    field.setStyleSheet("border: 1px solid #c62828;")
    assert pad.styleSheet() and not field.clear_button.styleSheet()
    field.setStyleSheet("")
    assert field.focusProxy() is pad


def test_hint_is_painted_only_while_empty(field, pad):
    empty = pad.grab().toImage()
    draw(pad, wave())
    pad.clear()
    assert pad.grab().toImage() == empty
