"""Where the files that travel with the program live: ``resources/`` and the package's own data.

From the source tree (or an editable install) they sit beside the package: ``resources/`` at the
tree's top, the PDF font in ``desk_app/reports/fonts/``. In the self-contained build
(``packaging/dutydesk.spec``: PyInstaller, one folder) the bootloader sets ``sys.frozen`` and
``sys._MEIPASS`` to the folder the bundle's files were laid out in; the spec puts ``resources/``
and ``desk_app/``'s data there under the same names, so one question answers both cases.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def frozen() -> bool:
    """True in the built program (PyInstaller), False from the source tree or a venv."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_root() -> Path:
    """The folder holding ``resources/`` and ``desk_app/``."""
    if frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]  # set by the bootloader
    return _PACKAGE.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def translations_dir() -> Path:
    """The compiled ``.qm`` catalogues and ``book_lines.json``."""
    return resources_dir() / "translations"


def package_data(*parts: str) -> Path:
    """A data file shipped inside the package, e.g. ``package_data("reports", "fonts")``."""
    return bundle_root() / "desk_app" / Path(*parts)
