"""The window's start-up imports the non-Qt layers before Qt.

PySide6 hooks ``import``: every module imported after it has its source read and searched for
"PySide6" (shiboken's ``__feature__`` support), some 0.2 ms a module. SQLAlchemy and the services
are a few hundred modules, so the order is worth ~40 ms of start-up (``desk-app bench``).
"""

from __future__ import annotations

import json
import subprocess
import sys

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
