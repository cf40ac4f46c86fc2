"""Column types shared by every table."""

from __future__ import annotations

import hashlib
import uuid
import zlib
from datetime import UTC, datetime

from sqlalchemy import DateTime, LargeBinary, String, Text
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC in Python, naive UTC in the database (SQLite has no time zones)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def UUIDColumnType() -> String:  # noqa: N802 - reads like a type
    return String(36)


def new_id() -> str:
    return str(uuid.uuid4())


class HexDigest(TypeDecorator[str]):
    """A SHA-256 digest: hex text in Python (and in anchors), 32 raw bytes on disk."""

    impl = LargeBinary(32)
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect) -> bytes | None:
        return None if value is None else bytes.fromhex(value)

    def process_result_value(self, value: bytes | None, dialect) -> str | None:
        return None if value is None else bytes(value).hex()


SEALED_TEXT_FORMAT = b"\x01"  # then zlib; a value of text is a row written before (plain)
UNREADABLE_SEALED_TEXT = "unreadable sealed text, stored bytes sha256:"


def sealed_text_value(stored: str | bytes | memoryview | None) -> str | None:
    """A sealed text as the program reads it, from what the column holds: compressed bytes
    behind the format byte, or the plain text of rows written before (issue 19). Anything else
    is an altered row: ``ValueError``."""
    if stored is None or isinstance(stored, str):
        return stored
    data = bytes(stored)
    if data[:1] != SEALED_TEXT_FORMAT:
        raise ValueError("a sealed text in an unknown format")
    try:
        return zlib.decompress(data[1:]).decode("utf-8")
    except (zlib.error, UnicodeDecodeError) as exc:
        raise ValueError("a sealed text that does not inflate") from exc


class SealedText(TypeDecorator[str]):
    """A sealed handover sheet's content: text in Python, compressed in an SQLite file.

    A three-year book holds some 2,000 sheets of about 38 KB each (every entry of the shift, the
    counts, the signatures' strokes): some 83 MB as text, 23 MB compressed (zlib level 6, about
    a millisecond a sheet; read back in a third of that). The seal is over the text, so nothing
    about it changes; PostgreSQL compresses large values itself (TOAST) and keeps the text."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect) -> str | bytes | None:
        if value is None or dialect.name != "sqlite":
            return value
        return SEALED_TEXT_FORMAT + zlib.compress(value.encode("utf-8"), 6)

    def process_result_value(self, value: str | bytes | None, dialect) -> str | None:
        try:
            return sealed_text_value(value)
        except ValueError:
            # Altered behind the program's back: read as a text no seal or journal row can
            # match, so that verify names the sheet (its record and its seal) instead of
            # stopping on it.
            return UNREADABLE_SEALED_TEXT + hashlib.sha256(bytes(value)).hexdigest()
