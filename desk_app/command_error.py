"""The command line's own error, shared by ``desk_app.cli`` and the tools it runs (``bench``)."""

from __future__ import annotations

from desk_app.domain.errors import DeskError


class CommandError(DeskError):
    """An error only the command line shows (in English): not collected for the window's
    translations, unlike the ``DeskError`` subclasses the services raise."""
