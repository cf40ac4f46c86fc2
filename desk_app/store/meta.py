"""``desk_meta``: what a DutyDesk database says about itself, and what it may say.

Its rows are not journaled. They are written by the migrations (the program's mark, the schema
that created the file, the database's own id), by the opening of a book whose search texts were
made with another catalogue of the program's sentences (the digest of the one they are now made
with), in a backup only, by the backup itself (when
and why it was taken and the journal head it holds: the anchor inside every backup), in a book
that archived a year by the archiving (its latest checkpoint, as journaled), and in an
archive by the archiving that made it (whose archive it is, its years, where its chain starts). A backup
cannot journal its own marks — its chain would then no longer be a prefix of the book's — so
``verify`` checks this table against the rules here instead: the required keys with well-formed
values, the backup marks all together or none, and nothing else. An edited mark or id is then
either malformed (found here) or no longer matches the anchors kept outside (found there).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from sqlalchemy import Connection, text

APP_KEY = "app"
APP_MARK = "DutyDesk"
CREATED_BY = "created_by"
DATABASE_ID = "database_id"
# The catalogue the search texts of the program's lines were made with (``catalog.fingerprint``).
SEARCH_CATALOGUE = "search_catalogue"
BACKUP_AT = "backup_made_at"
BACKUP_REASON = "backup_reason"
BACKUP_SEQ = "backup_journal_seq"
BACKUP_HASH = "backup_journal_hash"
REQUIRED = (APP_KEY, CREATED_BY, DATABASE_ID)
BACKUP_MARKS = (BACKUP_AT, BACKUP_REASON, BACKUP_SEQ, BACKUP_HASH)
# A backup's copy: the indexes it left out, as JSON (store.backup_lean); taken out when they are
# made again, before anyone reads the file.
BACKUP_LEFT_OUT = "backup_left_out"
# A book that archived years: its latest archive checkpoint, the payload of its journal row
# (store.archive_base; verify holds it to that row).
ARCHIVE_CHECKPOINT = "archive_checkpoint"
# An archive: the book it was cut from (its database id), the years it holds ("2022" or
# "2022-2023"), and where its chain starts (canonical JSON: the cut before it, see
# store.archive_base). All three or none.
ARCHIVE_OF = "archive_of"
ARCHIVE_YEARS = "archive_years"
ARCHIVE_BASE = "archive_base"
ARCHIVE_MARKS = (ARCHIVE_OF, ARCHIVE_YEARS, ARCHIVE_BASE)
_YEARS = re.compile(r"[0-9]{4}(-[0-9]{4})?")

_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_REVISION = re.compile(r"[0-9]{4}")


def read_all(conn: Connection) -> dict[str, str]:
    return {r[0]: r[1] for r in conn.execute(text("SELECT key, value FROM desk_meta"))}


# The schema revision from which each key is required (the database id came with 0007: a backup
# taken before that upgrade has none).
_REQUIRED_FROM = {APP_KEY: "0001", CREATED_BY: "0001", DATABASE_ID: "0007"}


def meta_problems(
    meta: Mapping[str, str], revisions: Iterable[str], revision: str | None = None
) -> list[tuple[str, str]]:
    """(key, what is wrong) for every rule the rows break, in a database of schema ``revision``
    (the newest when None); empty when they hold."""
    found: list[tuple[str, str]] = []
    for key in REQUIRED:
        if revision is not None and revision < _REQUIRED_FROM[key]:
            continue
        if key not in meta:
            found.append((key, "missing"))
    if meta.get(APP_KEY, APP_MARK) != APP_MARK:
        found.append((APP_KEY, "not DutyDesk's mark"))
    if CREATED_BY in meta and meta[CREATED_BY] not in set(revisions):
        found.append((CREATED_BY, "not a schema revision"))
    if DATABASE_ID in meta and not _HEX32.fullmatch(meta[DATABASE_ID]):
        found.append((DATABASE_ID, "not a database id"))
    marks = [k for k in BACKUP_MARKS if k in meta]
    if marks and len(marks) != len(BACKUP_MARKS):
        found.extend((k, "backup mark without the others") for k in marks)
    elif marks:
        if not meta[BACKUP_SEQ].isdigit():
            found.append((BACKUP_SEQ, "not a journal sequence"))
        if not _HEX64.fullmatch(meta[BACKUP_HASH]):
            found.append((BACKUP_HASH, "not a journal hash"))
    if SEARCH_CATALOGUE in meta and not _HEX64.fullmatch(meta[SEARCH_CATALOGUE]):
        found.append((SEARCH_CATALOGUE, "not a catalogue digest"))
    if ARCHIVE_CHECKPOINT in meta and not meta[ARCHIVE_CHECKPOINT].startswith("{"):
        found.append((ARCHIVE_CHECKPOINT, "not an archive checkpoint"))
    if BACKUP_LEFT_OUT in meta:
        # Only ever in a backup's copy before it is made whole: a file read with it lacks its
        # indexes, and its search finds nothing.
        found.append((BACKUP_LEFT_OUT, "indexes left out by a backup, never rebuilt"))
    found.extend(_archive_problems(meta))
    known = set(REQUIRED) | set(BACKUP_MARKS) | set(ARCHIVE_MARKS)
    for key in sorted(set(meta) - known - {SEARCH_CATALOGUE, ARCHIVE_CHECKPOINT, BACKUP_LEFT_OUT}):
        found.append((key, "not a key DutyDesk writes"))
    return found


def _archive_problems(meta: Mapping[str, str]) -> list[tuple[str, str]]:
    marks = [k for k in ARCHIVE_MARKS if k in meta]
    if marks and len(marks) != len(ARCHIVE_MARKS):
        return [(k, "archive mark without the others") for k in marks]
    if not marks:
        return []
    found = []
    if not _HEX32.fullmatch(meta[ARCHIVE_OF]):
        found.append((ARCHIVE_OF, "not a database id"))
    if not _YEARS.fullmatch(meta[ARCHIVE_YEARS]):
        found.append((ARCHIVE_YEARS, "not a year"))
    if not meta[ARCHIVE_BASE].startswith("{"):
        found.append((ARCHIVE_BASE, "not a chain's start"))
    return found


def is_revision(value: str) -> bool:
    return bool(_REVISION.fullmatch(value))
