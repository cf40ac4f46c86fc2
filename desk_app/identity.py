"""What the program calls itself: its name and version, and the creator written into every PDF.

The version is the installed package's (``importlib.metadata``), so About, ``--version`` and a
printout's metadata name the build that made them; a tree not installed falls back to
``desk_app.__version__``.
"""

from __future__ import annotations

from functools import cache
from importlib import metadata

from desk_app import __version__

APP_NAME = "DutyDesk"
DISTRIBUTION = "desk-app"


@cache
def version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return __version__


def pdf_creator() -> str:
    """A PDF's Creator field: ``DutyDesk 0.1.0``."""
    return f"{APP_NAME} {version()}"
