"""The window's start-up imports the non-Qt layers before Qt.

PySide6 hooks ``import``: every module imported after it has its source read and searched for
"PySide6" (shiboken's ``__feature__`` support), some 0.2 ms a module. SQLAlchemy and the services
are a few hundred modules, so the order is worth ~40 ms of start-up (``desk-app bench``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from desk_app.services import accounts

LATE = ("sqlalchemy", "desk_app.services", "desk_app.store", "desk_app.domain", "desk_app.config")


def _modules_after_import(module: str) -> list[str]:
    code = f"import sys, json; import {module}; print(json.dumps(list(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return json.loads(out.stdout)


def test_services_and_store_are_imported_before_qt():
    # sys.modules keeps the order in which modules started loading.
    names = _modules_after_import("desk_app.ui.shell.app")
    first_qt = next(i for i, name in enumerate(names) if name.startswith(("PySide6", "shiboken6")))
    late = [name for name in names[first_qt:] if name.startswith(LATE)]
    assert late == [], f"imported after Qt (import them at the top of desk_app/ui/shell/app.py): {late}"
    assert "desk_app.ui.shell.main_window" in names


def test_the_bare_yardstick_pays_for_nothing_of_ours():
    # The bench's bare Qt window must not import SQLAlchemy or the services on the way: it sits
    # outside desk_app.ui, whose start-up imports them.
    names = _modules_after_import("desk_app.bench.probe")
    assert not [name for name in names if name.startswith(LATE)]
    assert not [name for name in names if name.startswith(("PySide6", "desk_app.ui"))]


# What the first window does not show is not loaded before it is needed (issue 19): printouts
# (reportlab and Pillow, the PDF font), workbooks (openpyxl), charts (QtCharts), printing.
NOT_AT_START = (
    "reportlab",
    "PIL",
    "openpyxl",
    "PySide6.QtCharts",
    "PySide6.QtPrintSupport",
    "PySide6.QtSvg",
    "desk_app.reports.pdf_fonts",
    "desk_app.reports.pdf_pages",
    "alembic",
)
_OPEN_WINDOW = """
import json, sys
from desk_app.ui.shell.app import DeskController
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from desk_app.config import Preferences
from desk_app.services import accounts
from desk_app.services.desk import open_desk
desk = open_desk(sys.argv[1], station="Front desk", create=False)
actor = accounts.sign_in_by_name(desk, name="Мария", pin="123456")
window = DeskController(desk, Preferences(), "en").open_window(actor)
app.processEvents()
window.grab()
print(json.dumps(list(sys.modules)))
"""


def test_the_first_window_loads_no_printing_workbook_or_chart(tmp_path):
    from desk_app.services.desk import Desk
    from desk_app.store.database import connect

    db = connect(str(tmp_path / "desk.sqlite"))
    try:
        accounts.create_first_manager(
            Desk(db=db, station="Front desk"), name="Мария", pin="123456", pin_repeat="123456"
        )
    finally:
        db.dispose()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DESK_CONFIG_DIR": str(tmp_path / "config"),
    }
    out = subprocess.run(
        [sys.executable, "-c", _OPEN_WINDOW, str(tmp_path / "desk.sqlite")],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env=env,
    )
    names = json.loads(out.stdout.splitlines()[-1])
    assert "desk_app.ui.shell.main_window" in names
    loaded = [n for n in names if n.startswith(NOT_AT_START)]
    assert loaded == [], f"loaded before the first window needed them: {loaded}"
