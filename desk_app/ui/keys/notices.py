"""What the keys dock says in a line: the last count of the board, and what a movement saved by a
form left on the board.

Its words are in the dock's translation context ("KeysPanel"), where they were first translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.domain.keys import KeyState
from desk_app.services.keys.views import CountView, KeyView
from desk_app.ui.common.labels import format_datetime


def last_count_text(count: CountView | None) -> str:
    """The board's last count: all present, or what did not match."""
    if count is None:
        return QCoreApplication.translate("KeysPanel", "The board has not been counted yet.")
    if count.matches:
        return QCoreApplication.translate(
            "KeysPanel", "Last count: {time} by {name}, all {present} keys present."
        ).format(time=format_datetime(count.at), name=count.actor_name, present=count.present)
    return QCoreApplication.translate(
        "KeysPanel",
        "Last count: {time} by {name}: missing {missing}; on the board though out "
        "{unexpected}; unknown {unknown}.",
    ).format(
        time=format_datetime(count.at),
        name=count.actor_name,
        missing=", ".join(count.missing) or "—",
        unexpected=", ".join(count.unexpected) or "—",
        unknown=", ".join(count.unknown) or "—",
    )


def saved_text(view: KeyView) -> str:
    """A form saved a movement of ``view``: what now holds."""
    if view.state is KeyState.OUT:
        return QCoreApplication.translate(
            "KeysPanel", "{code} ({label}) issued to {holder}, back by {time}."
        ).format(
            code=view.code,
            label=view.label,
            holder=view.holder_name or "—",
            time=format_datetime(view.expected_back),
        )
    if view.state is KeyState.OFF:
        return QCoreApplication.translate(
            "KeysPanel", "{code} ({label}) is off the board; the duty log has it."
        ).format(code=view.code, label=view.label)
    return QCoreApplication.translate(
        "KeysPanel", "{code} ({label}) is back on hook {hook}."
    ).format(code=view.code, label=view.label, hook=view.hook)
