"""Telling the user what went wrong, in their language, in one overridable place.

A DeskError's template is translated in context "errors" and then filled with its fields. Bugs
(anything else) are not hidden: they go to the same place with the details to copy, and are
re-raised to the excepthook by the caller only where it cannot continue.
"""

from __future__ import annotations

import contextlib
import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desk_app.domain.errors import DeskError


def error_text(exc: DeskError) -> str:
    template = QCoreApplication.translate("errors", exc.template)
    params = dict(exc.params)
    # Values that name a domain state are shown in the user's language, not as stored.
    from desk_app.domain.complaints import Status
    from desk_app.domain.lostfound.rules import ItemState
    from desk_app.domain.roles import Role
    from desk_app.ui.common.labels import role_label
    from desk_app.ui.complaints.labels import complaint_status_label, complaint_step_label
    from desk_app.ui.lostfound.labels import item_state_label

    for key, label in (
        ("role", lambda v: role_label(Role(v))),
        ("status", lambda v: complaint_status_label(Status(v))),
        ("action", complaint_step_label),
        ("state", lambda v: item_state_label(ItemState(v))),
    ):
        if key in params:
            with contextlib.suppress(ValueError, KeyError):
                params[key] = label(params[key])
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation that mangled a placeholder must not hide the error itself.
        return exc.message


class Messenger:
    """Every message box goes through here; a test sets a recorder in its place, once, with
    ``set_messenger``."""

    def error(self, parent: QWidget | None, text: str, details: str | None = None) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("errors", "DutyDesk"),
            text,
            parent=parent,
        )
        if details:
            box.setDetailedText(details)
        box.exec()

    def info(self, parent: QWidget | None, text: str) -> None:
        QMessageBox.information(parent, QCoreApplication.translate("errors", "DutyDesk"), text)

    def confirm(self, parent: QWidget | None, text: str) -> bool:
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("errors", "DutyDesk"), text
        )
        return answer == QMessageBox.StandardButton.Yes


class _MessengerInForce(Messenger):
    """``messenger``: hands each message to the messenger set now (``set_messenger``), so a module
    that imported it at start-up still reaches the one a test set afterwards."""

    def error(self, parent: QWidget | None, text: str, details: str | None = None) -> None:
        _in_force[0].error(parent, text, details)

    def info(self, parent: QWidget | None, text: str) -> None:
        _in_force[0].info(parent, text)

    def confirm(self, parent: QWidget | None, text: str) -> bool:
        return _in_force[0].confirm(parent, text)


_in_force: list[Messenger] = [Messenger()]
messenger: Messenger = _MessengerInForce()


def set_messenger(new: Messenger) -> Messenger:
    """Every message from now on goes to ``new`` (a test's recorder); returns the one it
    replaces, to be set back."""
    old, _in_force[0] = _in_force[0], new
    return old


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, DeskError):
        messenger.error(parent, error_text(exc))
    else:
        details = "".join(traceback.format_exception(exc))
        messenger.error(
            parent,
            QCoreApplication.translate(
                "errors",
                "Something went wrong inside DutyDesk. Nothing was saved by this action. Details:",
            )
            + "\n"
            + f"{type(exc).__name__}: {exc}",
            details,
        )


def run_op(
    parent: QWidget | None,
    op: Callable[[], Any],
    on_error: Callable[[DeskError], bool] | None = None,
) -> Any:
    """Run a service call; show its error (or let ``on_error`` show it next to a field).

    Returns the call's result, or None when it failed.
    """
    try:
        return op()
    except DeskError as exc:
        if on_error is None or not on_error(exc):
            show_error(parent, exc)
        return None
    except Exception as exc:  # noqa: BLE001 - a bug: logged with its traceback, then shown
        logging.getLogger("desk_app").exception("unexpected error in a window action")
        show_error(parent, exc)
        return None
