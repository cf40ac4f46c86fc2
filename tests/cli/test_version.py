"""``desk-app --version`` names the installed package's version (importlib.metadata), the one
pyproject.toml gives: the built program carries that metadata too (packaging/dutydesk.spec)."""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from desk_app.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_version_is_the_package_s(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    expected = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert metadata.version("desk-app") == expected
    assert capsys.readouterr().out.strip() == f"desk-app {expected}"
