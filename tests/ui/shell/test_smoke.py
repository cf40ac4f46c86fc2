"""``desk-app smoke`` (desk_app/ui/shell/smoke.py): exit 0 only when the person signed in and the
window was shown; a wrong PIN, an unknown person or a book nobody can sign in to are failures
with their reason, never a pass. Started as the program is, in a process of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.services import accounts
from desk_app.services.desk import close_desk, open_desk

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.slow


@pytest.fixture
def book(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite"
    desk = open_desk(str(path), station="Front desk")
    accounts.create_first_manager(desk, name="Мария Петрова", pin="123456", pin_repeat="123456")
    close_desk(desk)
    return path


def smoke(book: Path, tmp_path: Path, *args: str, pin: str | None = "123456"):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DESK_DATA_DIR": str(tmp_path / "data"),
        "DESK_CONFIG_DIR": str(tmp_path / "config"),
    }
    env.pop("SMOKE_PIN", None)
    if pin is not None:
        env["SMOKE_PIN"] = pin
    command = [sys.executable, "-m", "desk_app", "--db", str(book), "smoke", *args]
    return subprocess.run(
        [*command, "--pin-from-env", "SMOKE_PIN", "--timeout", "30"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_signed_in_shown_and_closed(book: Path, tmp_path: Path):
    done = smoke(book, tmp_path, "--person", "мария петрова")  # as listed, any case
    assert done.returncode == 0, done.stdout + done.stderr
    assert "signed-in window shown as Мария Петрова" in done.stdout
    assert "ms after the command began" in done.stdout
    assert "closed, exit 0" in done.stdout


def test_a_wrong_pin_fails(book: Path, tmp_path: Path):
    done = smoke(book, tmp_path, "--person", "Мария Петрова", pin="654321")
    assert done.returncode == 1
    assert "FAILED: sign-in refused" in done.stdout


def test_an_unknown_person_fails(book: Path, tmp_path: Path):
    done = smoke(book, tmp_path, "--person", "Nobody")
    assert done.returncode == 1
    assert "FAILED: nobody named 'Nobody'" in done.stdout


def test_a_book_without_people_fails_at_the_set_up(tmp_path: Path):
    done = smoke(tmp_path / "new.sqlite", tmp_path, "--person", "Anyone")
    assert done.returncode == 1
    assert "FAILED: unexpected dialog SetupDialog" in done.stdout


def test_the_pin_comes_from_the_environment_only(book: Path, tmp_path: Path):
    done = smoke(book, tmp_path, "--person", "Мария Петрова", pin=None)
    assert done.returncode == 2
    assert "SMOKE_PIN holds no PIN" in done.stderr
