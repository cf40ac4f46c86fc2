"""Typing as a person would, including scripts that QTest.keyClicks cannot type; acting in a
modal dialog that ``exec()`` opened (the test waits inside it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget, text: str) -> None:
    """Type any text; non-ASCII characters go one by one (keyClicks aborts on them)."""
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )


def when_modal(kind: type, act: Callable[[QWidget], None]) -> QTimer:
    """Run ``act`` on the modal dialog of type ``kind`` once it is open. Keep the returned timer
    alive until then: it looks every 10 ms (a single shot may fire before the dialog opens)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            timer.stop()
            act(dialog)

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(10)
    return timer


def shown(qtbot, widget: QWidget) -> QWidget:
    """``widget`` shown on screen (kept by qtbot for closing), once it is exposed."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
