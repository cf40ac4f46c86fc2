"""Asking where to save an export: one file dialog for every PDF and workbook the window writes.

The suggested name lands in the user's Documents folder; the suffix is added when the user typed
a name without it (a workbook saved as "report" would not open with a double-click). The writing
goes through :func:`desk_app.ui.common.errors.run_op`, so a folder that cannot be written is a message
box parented to the window, and the reports' atomic writes leave no partial file behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from desk_app.ui.common.errors import run_op


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def ask_save_path(
    parent: QWidget | None, title: str, suggested_name: str, filter_text: str, suffix: str
) -> Path | None:
    """The path the user chose (``suffix`` such as ".xlsx" added if missing), or None."""
    suggested = Path(suggested_name)
    if not suggested.is_absolute():
        suggested = documents_folder() / suggested
    name, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), filter_text)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def save_as(
    parent: QWidget | None,
    title: str,
    suggested_name: str,
    filter_text: str,
    suffix: str,
    write: Callable[[Path], object],
) -> Path | None:
    """Ask where, then ``write(path)``; the path, or None when cancelled or failed (the failure
    is shown to the user)."""
    path = ask_save_path(parent, title, suggested_name, filter_text, suffix)
    if path is None:
        return None

    def run() -> Path:
        write(path)
        return path

    return run_op(parent, run)


def save_workbook_as(
    parent: QWidget | None, suggested_name: str, write: Callable[[Path], object]
) -> Path | None:
    """:func:`save_as` for an Excel workbook."""
    return save_as(
        parent,
        QCoreApplication.translate("SaveAs", "Save as Excel"),
        suggested_name,
        QCoreApplication.translate("SaveAs", "Excel workbooks (*.xlsx)"),
        ".xlsx",
        write,
    )
