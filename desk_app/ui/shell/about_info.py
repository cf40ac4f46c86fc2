"""What Help → About lists: the versions of what runs, and what the build ships with its licence.

Versions and licences are read from the installed packages' metadata (``importlib.metadata``), so
they name what is really there; a build that left a package's metadata out still lists it, with
the licence known for it here. A licence's text is the package's own licence file when it ships
one; Qt's is the LGPL's, the font's is the one beside it in reports/fonts.
"""

from __future__ import annotations

import importlib
import platform
import re
from importlib import metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion

from desk_app.bundle import package_data, resources_dir
from desk_app.domain.value import Value
from desk_app.identity import DISTRIBUTION

LICENCES_DIR = resources_dir() / "licences"
FONT_LICENCE = package_data("reports", "fonts", "LICENSE-wqy-microhei.txt")

# The versions shown at the top: (label, distribution).
VERSIONED = (
    ("SQLAlchemy", "SQLAlchemy"),
    ("reportlab", "reportlab"),
    ("openpyxl", "openpyxl"),
)

# What each shipped package is licensed under when its metadata does not say (or a frozen build
# left it out), and the module that tells its version then.
KNOWN = {
    "PySide6-Essentials": ("LGPL-3.0-only", "PySide6"),
    "PySide6-Addons": ("LGPL-3.0-only", "PySide6"),
    "shiboken6": ("LGPL-3.0-only", "shiboken6"),
    "SQLAlchemy": ("MIT", "sqlalchemy"),
    "alembic": ("MIT", "alembic"),
    "Mako": ("MIT", "mako"),
    "MarkupSafe": ("BSD-3-Clause", "markupsafe"),
    "openpyxl": ("MIT", "openpyxl"),
    "et_xmlfile": ("MIT", "et_xmlfile"),
    "reportlab": ("BSD-3-Clause", "reportlab"),
    "pillow": ("MIT-CMU", "PIL"),
    "argon2-cffi": ("MIT", "argon2"),
    "argon2-cffi-bindings": ("MIT", "_argon2_cffi_bindings"),
    "cffi": ("MIT-0", "cffi"),
    "pycparser": ("BSD-3-Clause", "pycparser"),
    "platformdirs": ("MIT", "platformdirs"),
    "zstandard": ("BSD-3-Clause", "zstandard"),
    "psycopg": ("LGPL-3.0-only", "psycopg"),
    "psycopg-binary": ("LGPL-3.0-only", "psycopg_binary"),
    "typing_extensions": ("PSF-2.0", "typing_extensions"),
    "charset-normalizer": ("MIT", "charset_normalizer"),
    "tzdata": ("Apache-2.0", "tzdata"),
}
# PySide6's wheels carry no licence file: Qt and PySide6 are used under the LGPL v3 (which is
# the GPL v3 with its additional permissions, so both texts go with it).
LGPL_FILES = ("LGPL-3.0.txt", "GPL-3.0.txt")
_LICENCE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING)[^/]*$", re.IGNORECASE)


class Shipped(Value):
    name: str
    version: str
    licence: str
    texts: tuple[Path, ...] = ()  # the licence's text, where the build has it


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def versions() -> list[tuple[str, str]]:
    """(what, version) for the program's own parts: Python, Qt, PySide6 and the libraries."""
    found = [
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
    ]
    for label, dist in VERSIONED:
        found.append((label, _version(dist)))
    return found


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        known = {_key(name): module for name, (_, module) in KNOWN.items()}.get(_key(dist))
        return _module_version(known) if known else "?"


def _module_version(module: str) -> str:
    """The version a module says of itself; "" when it is not there."""
    try:
        found = importlib.import_module(module)
    except ImportError:
        return ""
    return str(getattr(found, "__version__", "") or "?")


def _requirements(dist: metadata.Distribution) -> list[str]:
    names = []
    for line in dist.requires or []:
        requirement, _, marker = line.partition(";")
        if "extra" in marker:
            continue
        match = re.match(r"\s*([A-Za-z0-9_.\-]+)(\[([^\]]*)\])?", requirement)
        if match:
            names.append(match.group(1))
            # psycopg[binary]: the extra's package is shipped too.
            names += [
                f"{match.group(1)}-{extra.strip()}"
                for extra in (match.group(3) or "").split(",")
                if extra.strip()
            ]
    return names


def _shipped_dists() -> tuple[list[metadata.Distribution], set[str]]:
    """The program's dependencies, and theirs, as installed; and the names known here whose
    metadata is not there (a frozen build keeps only some)."""
    seen: dict[str, metadata.Distribution | None] = {_key(DISTRIBUTION): None}
    try:
        todo = _requirements(metadata.distribution(DISTRIBUTION))
    except metadata.PackageNotFoundError:
        todo = []
    todo += list(KNOWN)
    found = []
    while todo:
        name = todo.pop(0)
        if _key(name) in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            seen[_key(name)] = None
            continue
        seen[_key(name)] = dist
        found.append(dist)
        todo += _requirements(dist)
    missing = {name for name in KNOWN if seen.get(_key(name)) is None}
    return found, missing


def _licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    known = {_key(name): licence for name, (licence, _) in KNOWN.items()}.get(_key(meta["Name"]))
    if known:
        return known
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) <= 40:
        return field
    classifiers = [
        c.rsplit("::", 1)[1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    return ", ".join(classifiers) or "?"


def _licence_texts(dist: metadata.Distribution) -> tuple[Path, ...]:
    paths = []
    for file in dist.files or []:
        text = str(file)
        if _LICENCE_FILE.search(text) and ".dist-info/" in text:
            path = Path(dist.locate_file(file))
            if path.is_file():
                paths.append(path)
    return tuple(paths)


def shipped() -> list[Shipped]:
    """Qt, the font, then every library the program ships, by name."""
    qt_texts = tuple(p for p in (LICENCES_DIR / name for name in LGPL_FILES) if p.is_file())
    font_texts = (FONT_LICENCE,) if FONT_LICENCE.is_file() else ()
    found = [
        Shipped("Qt", qVersion(), "LGPL-3.0-only", qt_texts),
        Shipped("WenQuanYi Micro Hei (PDF font)", "0.2.0-beta", "Apache-2.0", font_texts),
    ]
    libraries = []
    dists, missing = _shipped_dists()
    for dist in dists:
        name = dist.metadata["Name"]
        texts = _licence_texts(dist)
        if not texts and _key(name).startswith(("pyside6", "shiboken6")):
            texts = qt_texts
        libraries.append(Shipped(name, dist.version, _licence_of(dist), texts))
    for name in missing:  # shipped without its metadata: what the module says of itself
        licence, module = KNOWN[name]
        number = _module_version(module)
        if number:
            texts = (
                qt_texts
                if licence == "LGPL-3.0-only" and module in ("PySide6", "shiboken6")
                else ()
            )
            libraries.append(Shipped(name, number, licence, texts))
    return found + sorted(libraries, key=lambda s: s.name.lower())
