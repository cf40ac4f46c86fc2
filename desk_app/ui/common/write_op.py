"""Every write the window makes goes through here: one runner that shows what went wrong and
tells the window what changed.

Anki's ``CollectionOp`` is the model: ``write_op(parent, call).success(fn).run()``. The call is a
service function (one unit of work, or several); what they committed is collected
(:func:`desk_app.services.unit_of_work.collect_changes`) and handed once to the main window's
``changes_applied`` signal, which every dock and open page listens to and refreshes only what
concerns it. So a form never says "I changed something" and nobody guesses what to reload.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QDialog, QWidget

from desk_app.domain.errors import DeskError
from desk_app.services.changes import NOTHING, Changes
from desk_app.services.unit_of_work import collect_changes
from desk_app.ui.common.errors import show_error

T = TypeVar("T")


def window_of(widget: QWidget | None) -> QWidget | None:
    """The main window above ``widget``: the first widget up the chain with a ``changes_applied``
    signal; None for a form tested alone."""
    while widget is not None and not hasattr(widget, "changes_applied"):
        widget = widget.parentWidget()
    return widget


def announce(parent: QWidget | None, changes: Changes) -> None:
    """Hand ``changes`` to the main window above ``parent``."""
    window = window_of(parent)
    if changes and window is not None:
        window.changes_applied.emit(changes)


def listen_while_open(page: QDialog, apply: Callable[[Changes], object]) -> None:
    """``apply`` told every Changes the window above ``page`` announces (its own writes and other
    stations'), until the page closes: for a page opened over another page, which no book's
    controller keeps."""
    window = window_of(page.parentWidget())
    if window is not None:
        window.changes_applied.connect(apply)
        page.finished.connect(lambda _result: window.changes_applied.disconnect(apply))


class WriteOp(Generic[T]):
    """One write from the window. ``run`` returns the call's result, or None when it failed
    (the error shown, or handed to ``failure`` to be shown next to a field)."""

    def __init__(self, parent: QWidget | None, call: Callable[[], T]) -> None:
        self._parent = parent
        self._call = call
        self._on_success: Callable[[T], object] | None = None
        self._on_failure: Callable[[DeskError], bool] | None = None
        self.changes: Changes = NOTHING
        self.failed: DeskError | Exception | None = None

    def success(self, fn: Callable[[T], object]) -> WriteOp[T]:
        """``fn(result)`` once the write committed and the window was told."""
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[DeskError], bool]) -> WriteOp[T]:
        """``fn(error)`` for a known error; True when it showed it (beside a field), False to
        let the message box show it."""
        self._on_failure = fn
        return self

    def run(self) -> T | None:
        with collect_changes() as collected:
            try:
                result = self._call()
            except DeskError as exc:
                self.failed = exc
            except Exception as exc:  # noqa: BLE001 - a bug: logged with its traceback, then shown
                logging.getLogger("desk_app").exception("unexpected error in a window action")
                self.failed = exc
        # A failed call may still have committed (a wrong PIN counts towards the lock-out).
        self.changes = collected.changes
        announce(self._parent, self.changes)
        if self.failed is not None:
            if not (
                isinstance(self.failed, DeskError)
                and self._on_failure is not None
                and self._on_failure(self.failed)
            ):
                show_error(self._parent, self.failed)
            return None
        if self._on_success is not None:
            self._on_success(result)
        return result


def write_op(parent: QWidget | None, call: Callable[[], T]) -> WriteOp[T]:
    """``write_op(self, lambda: service.do(desk, actor, ...)).success(...).run()``"""
    return WriteOp(parent, call)
