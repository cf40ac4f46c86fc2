"""Shared fixtures: a fresh database per test (SQLite file, and PostgreSQL when configured),
a desk on a fixed clock, and signed-in people of each role.

PostgreSQL runs only when ``DESK_TEST_PG_URL`` names a server we may create databases on, e.g.
``postgresql+psycopg://postgres@127.0.0.1:5432/test``. Each test gets its own database with a
unique name, dropped afterwards (the server is shared with other runs).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uuid  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from desk_app.domain.clock import FixedClock  # noqa: E402
from desk_app.services import accounts  # noqa: E402
from desk_app.services.desk import Actor, Desk  # noqa: E402
from desk_app.store.database import connect  # noqa: E402
from desk_app.store.handle import Database  # noqa: E402

PG_ENV = "DESK_TEST_PG_URL"
STATION = "Test desk"
START = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)

MANAGER_PIN = "123456"
CLERK_PIN = "2468"
SUPERVISOR_PIN = "135791"


@pytest.fixture(autouse=True, scope="session")
def _private_session_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The same for fixtures shared by a module or the session (a demo book made once), which
    are set up before any test's own folders."""
    home = tmp_path_factory.mktemp("desk-session-home")
    patch = pytest.MonkeyPatch()
    patch.setenv("DESK_DATA_DIR", str(home / "data"))
    patch.setenv("DESK_CONFIG_DIR", str(home / "config"))
    patch.delenv("DESK_DB_URL", raising=False)
    yield
    patch.undo()


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Nothing a test does may touch the user's real data or config folders. A patch of its own,
    so that a test calling ``monkeypatch.undo()`` on its own patches keeps these."""
    home = tmp_path_factory.mktemp("desk-home")
    patch = pytest.MonkeyPatch()
    patch.setenv("DESK_DATA_DIR", str(home / "data"))
    patch.setenv("DESK_CONFIG_DIR", str(home / "config"))
    patch.delenv("DESK_DB_URL", raising=False)
    yield
    patch.undo()


def pg_admin_url() -> str | None:
    return os.environ.get(PG_ENV) or None


@pytest.fixture
def pg_database() -> Iterator[str]:
    """A new, empty PostgreSQL database with a unique name; its URL. Dropped afterwards."""
    base = pg_admin_url()
    if not base:
        pytest.skip(f"{PG_ENV} is not set")
    admin = create_engine(base, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    name = f"desk_test_{uuid.uuid4().hex}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": name},
            )
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db_url(request: pytest.FixtureRequest) -> str:
    """A place for a fresh database: an SQLite file in tmp_path, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("pg_database")


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = connect(db_url)
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """An SQLite file for tests about the file itself (tampering, backups, crashes).

    A module overrides ``db_url`` with this to run the shared fixtures on SQLite only.
    """
    return "sqlite:///" + str(tmp_path / "desk.sqlite")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def desk(db: Database, clock: FixedClock) -> Desk:
    return Desk(db=db, station=STATION, clock=clock)


def make_manager(desk: Desk) -> Actor:
    created = accounts.create_first_manager(
        desk, name="Мария Manager", pin=MANAGER_PIN, pin_repeat=MANAGER_PIN
    )
    return accounts.sign_in(desk, person_id=created.id, pin=MANAGER_PIN)


def make_person(desk: Desk, manager: Actor, name: str, role: str, pin: str) -> Actor:
    created = accounts.add_person(desk, manager, name=name, role=role, pin=pin, pin_repeat=pin)
    return accounts.sign_in(desk, person_id=created.id, pin=pin)


@pytest.fixture
def manager(desk: Desk) -> Actor:
    return make_manager(desk)


@pytest.fixture
def clerk(desk: Desk, manager: Actor) -> Actor:
    return make_person(desk, manager, "王芳", "clerk", CLERK_PIN)


@pytest.fixture
def supervisor(desk: Desk, manager: Actor) -> Actor:
    return make_person(desk, manager, "Ivan Supervisor", "supervisor", SUPERVISOR_PIN)


@pytest.fixture
def pins() -> dict[str, str]:
    """The PIN of each person the fixtures create, by role."""
    return {"manager": MANAGER_PIN, "clerk": CLERK_PIN, "supervisor": SUPERVISOR_PIN}
