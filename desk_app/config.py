"""Where DutyDesk keeps its files on this computer, and the per-user preferences.

Preferences that belong to a workstation, not to the shared database (language, this station's
name for each database, window layout), live in one small JSON file in the user's config folder.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "DutyDesk"


def data_dir() -> Path:
    override = os.environ.get("DESK_DATA_DIR")
    return (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )


def config_dir() -> Path:
    override = os.environ.get("DESK_CONFIG_DIR")
    return (
        Path(override)
        if override
        else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    )


def default_database() -> str:
    return os.environ.get("DESK_DB_URL") or str(data_dir() / "dutydesk.sqlite")


def demo_database() -> str:
    return str(data_dir() / "demo.sqlite")


class Preferences:
    """A JSON file of small values, written atomically so a crash never leaves half a file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "preferences.json"
        self._values: dict[str, Any] = {}
        self._read()

    def _read(self) -> None:
        if self.path.exists():
            try:
                self._values = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                # A damaged preferences file costs the user a layout, not their work: start fresh.
                self._values = {}

    def get(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def set(self, key: str, value: Any) -> None:
        """Keep ``key``; what another holder of the file wrote meanwhile is kept too (the window
        and a printout's language chooser each hold one)."""
        self._read()
        self._values[key] = value
        self.save()

    def station_for(self, db_url: str) -> str | None:
        return self._values.get("stations", {}).get(db_url)

    def set_station_for(self, db_url: str, name: str) -> None:
        stations = dict(self._values.get("stations", {}))
        stations[db_url] = name
        self.set("stations", stations)

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".prefs-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(self._values, fh, ensure_ascii=False, indent=1)
        os.replace(tmp, self.path)
