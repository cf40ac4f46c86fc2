"""Guards against a Qt binding that leaks references to None (PySide6 6.12.0 on Python 3.11).

Such a build dies with ``none_dealloc`` after some 100,000 calls to methods that return nothing;
this makes a few hundred thousand of them, so an upgrade that brings the bug back fails here.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_many_void_calls_do_not_leak_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(300_000):
        label.setText("x" if i % 2 else "y")
    after = sys.getrefcount(None)
    # Immortal or not, the count must not grow with the number of calls.
    assert after - before < 1000
