"""Where this desk keeps its things, for Help → About (and a support call): the database's
address with any password hidden, the places its anchors are written, its backups folder and the
program's log folder. Reads nothing from the database itself."""

from __future__ import annotations

from sqlalchemy.engine import make_url

from desk_app.domain.value import Value
from desk_app.logfile import log_dir
from desk_app.services.desk import Desk
from desk_app.store.anchor import places
from desk_app.store.backup import default_backup_dir


class Whereabouts(Value):
    database: str  # a file's path, or a server's URL with its password as ***
    anchors: tuple[tuple[str, str], ...]  # (kind: "beside" | "data-folder", path)
    backups: str | None  # None with a server: its backups are the server's affair
    logs: str


def database_address(url: str) -> str:
    sa_url = make_url(url)
    if sa_url.get_backend_name() == "sqlite" and sa_url.database:
        return sa_url.database
    return sa_url.render_as_string(hide_password=True)


def whereabouts(desk: Desk) -> Whereabouts:
    db = desk.db
    return Whereabouts(
        database=database_address(db.url),
        anchors=tuple((place.kind, str(place.path)) for place in places(db)),
        backups=str(default_backup_dir(db)) if db.sqlite_path is not None else None,
        logs=str(log_dir()),
    )
