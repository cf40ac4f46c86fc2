"""How a journal row's payload is kept on disk, and read back: every reader goes through here.

The chain hashes the payload's text, canonical JSON (:mod:`desk_app.domain.chain`), and nothing
else: how that text is kept changes no hash and none of ``verify``'s findings. On disk it is in
one of two forms, told apart by the first byte:

- *plain*: the text itself. Every row written before the format byte (issue 19) stays so: a TEXT
  value on SQLite, its UTF-8 bytes on PostgreSQL (migration 0013 made the column ``bytea``).
  Canonical JSON of a record starts with ``{``, which no format byte is.
- :data:`DEFLATE_1`: that byte, then the UTF-8 text compressed with raw deflate and a preset
  dictionary: the v1 dictionary of the row's table (:mod:`desk_app.store.journal_dictionary`)
  followed by the row's record id, which every payload repeats. Rows written in this format
  also journal a sealed sheet's content and its signatures' strokes as digests
  (:data:`desk_app.store.records.DIGESTED`); ``verify`` holds plain rows of those tables to the
  same digests.

Only the row's table and record id go into the dictionary, never its time or actor (which
payloads repeat too, some 37 MB at three years): ``verify`` names a record by those two alone,
so an altered time or actor stays what it was, one altered journal row, and does not make the
record it journals look altered as well.

A dictionary never changes once rows were written with it: a new dictionary needs a new format
byte, and this module keeps reading every format it ever wrote. Deflate can compress one text in
many ways, so two stored forms may hold the same payload; the chain proves what a row says, which
is what every reader sees.
"""

from __future__ import annotations

import zlib

from desk_app.store.journal_dictionary import dictionary_v1

DEFLATE_1 = 1
_DEFLATE_1 = b"\x01"
# What the writer uses: the format fixes only the dictionary and raw deflate (a reader's 32 KB
# window reads any smaller one). Level 6, a 16 KB window and memory level 5 make log entries as
# small as level 9 with a 32 KB window does (141 bytes on average from 390) at the least cost per
# row (some 20 µs here, most of it reading the dictionary in).
LEVEL = 6
WINDOW_BITS = 14
MEMORY_LEVEL = 5
# No payload the program writes comes near this; a forged row that inflates past it is treated
# as unreadable, not held in memory.
MAX_PAYLOAD_BYTES = 64 * 1024 * 1024


class UnreadablePayload(ValueError):
    """A stored payload in no format this program knows, or one that does not inflate whole."""


def _preset(entity: str, entity_id: str) -> bytes:
    # The record id last: the nearest bytes cost the least to refer to.
    return dictionary_v1(entity) + entity_id.encode("utf-8")


def encode(entity: str, entity_id: str, payload: str) -> bytes:
    """The stored form of a new row's payload."""
    deflate = zlib.compressobj(
        LEVEL, zlib.DEFLATED, -WINDOW_BITS, MEMORY_LEVEL, zdict=_preset(entity, entity_id)
    )
    return _DEFLATE_1 + deflate.compress(payload.encode("utf-8")) + deflate.flush()


def is_plain(stored: str | bytes | memoryview) -> bool:
    """Written before the format byte: the text as it was, digests of sealed content not yet."""
    return type(stored) is str or bytes(stored[:1]) == b"{"


def payload_bytes(entity: str, entity_id: str, stored: str | bytes | memoryview) -> bytes:
    """The payload's text as UTF-8, what the chain hashes. Raises :class:`UnreadablePayload`."""
    if type(stored) is str:
        return stored.encode("utf-8")
    first = stored[:1]
    if first == _DEFLATE_1:
        inflate = zlib.decompressobj(-15, zdict=_preset(entity, entity_id))
        try:
            text = inflate.decompress(memoryview(stored)[1:], MAX_PAYLOAD_BYTES)
        except zlib.error as exc:
            raise UnreadablePayload(f"journal payload does not inflate: {exc}") from exc
        if not inflate.eof or inflate.unused_data or inflate.unconsumed_tail:
            raise UnreadablePayload("journal payload does not inflate whole")
        return text
    if bytes(first) == b"{":
        return bytes(stored)
    raise UnreadablePayload(f"journal payload in an unknown format ({bytes(first)!r})")


def payload_text(entity: str, entity_id: str, stored: str | bytes | memoryview) -> str:
    """The payload's canonical JSON text, whatever form it is stored in (a row's ``entity``,
    ``entity_id`` and ``payload`` as read)."""
    if type(stored) is str:
        return stored
    try:
        return payload_bytes(entity, entity_id, stored).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnreadablePayload(f"journal payload is not UTF-8: {exc}") from exc
