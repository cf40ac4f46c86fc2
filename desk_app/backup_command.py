"""``desk-app backup`` and ``desk-app restore``: the command line's halves (the parser's part and
the commands), beside ``cli.py``.

    desk-app --db BOOK backup [--to DIR]      # a compressed, checked backup (store/backup.py)
    desk-app --db BOOK restore BACKUP         # the backup in the book's place
    desk-app restore BACKUP --to FILE         # the backup written out as a new file

``restore`` does what the window's Admin → Backups → Restore… does, through the same service
(:mod:`desk_app.services.restore`): the backup must be the book's (known by the id inside it);
it is decompressed beside the book and checked (zstd's checksum, ``quick_check``, the journal
head and id it holds) — a damaged backup changes nothing —; the book as it is is backed up
first; DutyDesk must be closed everywhere (refused while the book's WAL file is there); the
file is replaced atomically; the anchors and backups the restored book no longer reaches are set
aside with a note in ``backups/restored-<time>/``. No PIN is asked: whoever runs it holds the
book's file. ``--to FILE`` writes the backup out as a new book instead, checked the same way; no
book is backed up or replaced, and no anchor moved (a copy of the book: verify holds it to the
book's anchors).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from desk_app.command_error import CommandError
from desk_app.config import default_database

EXIT_OK = 0


def size_text(n: int) -> str:
    value = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:,.0f} {unit}" if unit == "B" else f"{value:,.1f} {unit}"
        value /= 1024
    return f"{n} B"


def add_backup_parsers(sub) -> None:
    backup = sub.add_parser(
        "backup",
        help="online backup of an SQLite database, compressed and checked",
        description="A consistent copy of the book while it may be in use, compressed "
        "(zstd, .sqlite.zst), read back and checked, then rotated (the manager's policy in "
        "Admin → Backups) and copied to the second backup folder if one is set.",
    )
    backup.add_argument("--to", metavar="DIR", help="folder (default: 'backups' beside the file)")
    backup.set_defaults(func=cmd_backup)

    restore = sub.add_parser(
        "restore",
        help="put a backup in the book's place (after backing the book up), or into a new file",
        description="Decompress BACKUP, check it, back up the book as it is, and put the "
        "backup in its place (the --db book, or the default one). DutyDesk must be closed on "
        "every station. A backup of another database, or a damaged one, is refused and "
        "nothing is changed. With --to FILE the backup is written out as a new file instead.",
    )
    restore.add_argument("backup", metavar="BACKUP", help="a backup file (.sqlite.zst or .sqlite)")
    restore.add_argument(
        "--to", dest="restore_to", metavar="FILE", help="write it out as this new file instead"
    )
    restore.set_defaults(func=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    from desk_app.store.backup import backup_database
    from desk_app.store.database import connect

    db = connect(args.db or default_database(), create=False)
    try:
        result = backup_database(db, Path(args.to).expanduser() if args.to else None)
    finally:
        db.dispose()
    print(f"{result.path}  {size_text(result.size)}")
    for old in result.removed:
        print(f"removed old backup {old}")
    for old, why in result.not_removed:
        print(f"could not remove old backup {old}: {why}", file=sys.stderr)
    if result.second_error:
        print(f"not copied to the second backup folder: {result.second_error}", file=sys.stderr)
    return EXIT_OK


def _backup_at(text: str):
    from desk_app.store.backup import read_backup

    path = Path(text).expanduser()
    if not path.is_file():
        raise CommandError("There is no file {path}.", path=str(path))
    if path.name.endswith(".partial"):
        raise CommandError(
            "{path} is a backup that was never finished (a .partial file): it cannot be "
            "restored. Choose a finished backup.",
            path=str(path),
        )
    info = read_backup(path)
    if info is None:
        raise CommandError("{path} is not a DutyDesk backup.", path=str(path))
    return info


def cmd_restore(args: argparse.Namespace) -> int:
    from desk_app.services.restore import restore_to_new_file

    info = _backup_at(args.backup)
    if args.restore_to:
        target = Path(args.restore_to).expanduser().resolve()
        if target.exists():
            raise CommandError(
                "{path} already exists: give a new file's name (or restore over the book).",
                path=str(target),
            )
        if not target.parent.is_dir():
            raise CommandError("The folder {folder} does not exist.", folder=str(target.parent))
        restore_to_new_file(info, target)
        print(f"restored {info.path.name} (journal row {info.seq:,}) into {target}")
        return EXIT_OK
    return _restore_over_book(args.db or default_database(), info)


def _restore_over_book(book_arg: str, info) -> int:
    from desk_app.domain.errors import StorageError
    from desk_app.services.restore import finish_restore, prepare_restore
    from desk_app.store.backup import is_of
    from desk_app.store.database import open_readonly
    from desk_app.store.sqlite_file import wal_beside

    if "://" in book_arg:
        raise CommandError(
            "{url} is on a PostgreSQL server: restore it there (pg_restore), with every "
            "station closed.",
            url=book_arg,
        )
    book = Path(book_arg).expanduser().resolve()
    if wal_beside(book):
        raise CommandError(
            "DutyDesk still has the book open (its file {wal} is there), or was not closed "
            "properly. Close DutyDesk on every station that uses this book (or open and close "
            "it once), then restore again: nothing was changed.",
            wal=f"{book.name}-wal",
        )
    try:
        db = open_readonly(str(book))
    except StorageError as exc:
        raise CommandError(
            "The book cannot be opened ({error}). Restore the backup into a new file with --to "
            "FILE, check it with 'desk-app --db FILE verify', then put it in the book's place "
            "with DutyDesk closed (README: When verify fails).",
            error=exc.message,
        ) from exc
    try:
        if not is_of(db, info):
            raise CommandError(
                "{path} is a backup of another database (id {theirs}), not of {book} (id "
                "{ours}): nothing was changed.",
                path=str(info.path),
                theirs=info.database_id or "none",
                book=str(db.sqlite_path),
                ours=db.database_id or "none",
            )
        prepared = prepare_restore(db, info)
    finally:
        db.dispose()
    done = finish_restore(prepared, by=_who(), by_id=None, station="desk-app restore")
    print(
        f"restored {info.path.name} over {prepared.book}: the book had reached journal row "
        f"{done.head_before:,} and now ends at row {done.head_after:,}"
    )
    print(f"the book as it was, and what the restored book no longer reaches: {done.evidence}")
    return EXIT_OK


def _who() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "desk-app restore"
