"""UI fixtures: a real window on an SQLite file, a clock the test moves, recorded messages."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desk_app.config import Preferences
from desk_app.domain.clock import FixedClock
from desk_app.services import accounts
from desk_app.services.desk import Actor, Desk, open_desk
from desk_app.services.lostfound import commands as lostfound_commands
from desk_app.ui.common import errors as ui_errors

# Noon of today: tests that spread events over the last days must not depend on the hour they run.
UI_START = datetime.now(UTC).replace(hour=12, minute=0, second=0, microsecond=0)


class Recorder(ui_errors.Messenger):
    """Messages the user would have seen, kept for assertions instead of shown."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.confirm_answer = True

    def error(self, parent, text, details=None) -> None:
        self.errors.append(text)

    def info(self, parent, text) -> None:
        self.infos.append(text)

    def confirm(self, parent, text) -> bool:
        return self.confirm_answer


@pytest.fixture
def messages() -> Iterator[Recorder]:
    recorder = Recorder()
    shown = ui_errors.set_messenger(recorder)
    yield recorder
    ui_errors.set_messenger(shown)


@pytest.fixture
def ui_desk(tmp_path: Path):
    desk = open_desk(str(tmp_path / "ui.sqlite"), station="Front desk 1")
    desk.clock = FixedClock(UI_START)
    yield desk
    desk.db.dispose()


@pytest.fixture
def people(ui_desk: Desk) -> dict[str, Actor]:
    m = accounts.create_first_manager(ui_desk, name="Wang Li", pin="111111", pin_repeat="111111")
    manager = accounts.sign_in(ui_desk, person_id=m.id, pin="111111")
    accounts.add_person(
        ui_desk, manager, name="Иван Петров", role="clerk", pin="2222", pin_repeat="2222"
    )
    clerk = accounts.sign_in_by_name(ui_desk, name="Иван Петров", pin="2222")
    return {"manager": manager, "clerk": clerk}


def add_supervisor(desk: Desk, manager: Actor, name: str, pin: str) -> Actor:
    """A supervisor the manager adds, signed in with their PIN."""
    accounts.add_person(desk, manager, name=name, role="supervisor", pin=pin, pin_repeat=pin)
    return accounts.sign_in_by_name(desk, name=name, pin=pin)


@pytest.fixture
def supervisor(ui_desk: Desk, people: dict[str, Actor]) -> Actor:
    return add_supervisor(ui_desk, people["manager"], "Ольга Смирнова", "333333")


def found_in_the_lobby(
    desk: Desk,
    actor: Actor,
    *,
    hours_ago: int,
    description: str,
    category: str,
    valuables: bool,
    storage_place: str,
    place: str = "Лобби",
    photos: Sequence[bytes] = (),
):
    """An item a guest (Мария Соколова) handed in at the lobby (``place``)."""
    return lostfound_commands.register_item(
        desk,
        actor,
        found_at=desk.clock.now() - timedelta(hours=hours_ago),
        found_place=place,
        finder_kind="guest",
        finder_name="Мария Соколова",
        description=description,
        category=category,
        valuables=valuables,
        storage_place=storage_place,
        photos=list(photos),
    )


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    return Preferences(tmp_path / "prefs.json")


@pytest.fixture
def window(qtbot, ui_desk, people, prefs, messages):
    from desk_app.ui.shell.app import DeskController

    controller = DeskController(ui_desk, prefs, "en")
    win = controller.open_window(people["clerk"])
    qtbot.addWidget(win)
    win.controller = controller
    yield win
    from desk_app.translators import install_language

    install_language("en")
