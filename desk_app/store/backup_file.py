"""A backup as it lies on the disk: the SQLite file compressed with zstd, saying what it is.

``<book>-<time>-<reason>.sqlite.zst`` is two zstd frames:

1. a *skippable* frame (zstd's own kind, which every zstd reader passes over) holding
   ``DUTYDESK-BACKUP`` and a JSON header: the program's mark, the database's id, the journal head
   the backup holds, when and why it was made, the schema revision, the SQLite file's size and
   its format (2: the copy left its indexes out, :mod:`desk_app.store.backup_lean`). Listing and
   rotating backups read these few hundred bytes, never the whole file;
2. one zstd frame of the SQLite file, with its size and zstd's checksum of the content (XXH64),
   so that any damaged byte is found when it is decompressed.

:func:`decompress_to` rebuilds what was left out before anyone reads the file. ``zstd -d`` (the
command-line tool) decompresses it as it is, should DutyDesk not be at hand: every row is there,
and the file says what it lacks, which restoring or opening it with DutyDesk then rebuilds.

Why zstd at level 2 on two threads: on the three-year book's 1,432 MB (README) it gives 403 MB
(28%) for 3.3 s of processor; level 3 gives 378 MB for 4.5 s, level 1 441 MB for 3.0 s, level 6
350 MB for 11.4 s; gzip's fastest 508 MB for 11.0 s, and four times slower to unpack. Level 2
leaves the window (and the 15 s a backup may take) the most room for a few percent more.

A backup is checked as it is written: the SQLite copy passed ``PRAGMA quick_check`` and its
journal head was read before it was compressed; after writing, the file is read back and
decompressed whole, which checks zstd's content checksum and the length, and its header is read
back. Restoring and *Check* decompress it again (:func:`decompress_to`), checking the same.
"""

from __future__ import annotations

import json
import os
import struct
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

import zstandard

from desk_app.domain.errors import StorageError
from desk_app.domain.value import Value
from desk_app.store.backup_lean import NotWhole, make_whole
from desk_app.store.files import create_private_file
from desk_app.store.meta import APP_MARK

SUFFIX = ".sqlite.zst"
PARTIAL = ".partial"  # a file still being written: never listed, never restored
LEVEL = 2
THREADS = 2
CHUNK = 4 << 20
# 1: the SQLite copy whole; 2: without its indexes, rebuilt as it is decompressed.
FORMAT = 2
_SKIPPABLE = 0x184D2A5E  # one of zstd's sixteen skippable-frame magic numbers
_FRAME_HEAD = struct.Struct("<II")
_TAG = b"DUTYDESK-BACKUP\n"
_MAX_HEADER = 64 << 10

# (done, total) in KiB: a progress bar's int holds a file of up to 2 TiB.
Progress = Callable[[int, int], None]


class Header(Value):
    """What a compressed backup says about itself, in its first frame."""

    database_id: str | None
    seq: int
    hash: str
    made_at: str
    reason: str
    size: int  # the SQLite file's bytes
    revision: str | None = None
    app: str = APP_MARK
    format: int = FORMAT

    def frame(self) -> bytes:
        payload = _TAG + json.dumps(asdict(self), sort_keys=True).encode("utf-8")
        return _FRAME_HEAD.pack(_SKIPPABLE, len(payload)) + payload


def header_of(path: Path) -> Header | None:
    """The header of a compressed DutyDesk backup; None for any other file (or one that cannot
    be read)."""
    try:
        with path.open("rb") as fh:
            return _read_header(fh)
    except OSError:
        return None


def _read_header(fh) -> Header | None:
    start = fh.read(_FRAME_HEAD.size)
    if len(start) != _FRAME_HEAD.size:
        return None
    magic, length = _FRAME_HEAD.unpack(start)
    if magic != _SKIPPABLE or not len(_TAG) < length <= _MAX_HEADER:
        return None
    payload = fh.read(length)
    if len(payload) != length or not payload.startswith(_TAG):
        return None
    try:
        fields = json.loads(payload[len(_TAG) :].decode("utf-8"))
        header = Header(**fields)
    except (ValueError, TypeError):
        return None
    if (
        header.app != APP_MARK
        or not isinstance(header.seq, int)
        or not isinstance(header.size, int)
        or not isinstance(header.format, int)
    ):
        return None
    return header


def is_compressed(path: Path) -> bool:
    return header_of(path) is not None


def compress(raw: Path, partial: Path, header: Header, progress: Progress | None = None) -> None:
    """``raw`` (the checked SQLite copy) compressed into ``partial``, flushed to the disk."""
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    compressor = zstandard.ZstdCompressor(
        level=LEVEL, threads=THREADS, write_checksum=True, write_content_size=True
    )
    with raw.open("rb") as source, partial.open("wb") as target:
        target.write(header.frame())
        with compressor.stream_writer(target, size=header.size, closefd=False) as writer:
            done = 0
            while chunk := source.read(CHUNK):
                writer.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done >> 10, header.size >> 10)
        target.flush()
        os.fsync(target.fileno())


def damaged(path: Path, detail: str) -> StorageError:
    return StorageError(
        "The backup {path} is damaged ({detail}): it cannot be used.", path=str(path), detail=detail
    )


def _stream(path: Path, sink: Callable[[bytes], object], progress: Progress | None) -> Header:
    """Decompress ``path`` into ``sink``, chunk by chunk; its header. zstd checks the content's
    checksum at the frame's end; the length is checked here."""
    try:
        with path.open("rb") as fh:
            header = _read_header(fh)
            if header is None:
                raise damaged(path, "no DutyDesk header")
            done = 0
            # decompressobj says when the frame has ended (its checksum read and right): a file
            # cut short after the last byte of content but before the checksum is damaged too.
            decompressor = zstandard.ZstdDecompressor().decompressobj(write_size=CHUNK)
            while not decompressor.eof and (chunk := fh.read(CHUNK)):
                out = decompressor.decompress(chunk)
                if out:
                    sink(out)
                    done += len(out)
                    if progress is not None:
                        progress(min(done, header.size) >> 10, header.size >> 10)
            if not decompressor.eof:
                raise damaged(path, "cut short")
    except zstandard.ZstdError as exc:
        raise damaged(path, str(exc)) from exc
    if done != header.size:
        raise damaged(path, f"{done} bytes instead of {header.size}")
    return header


def check(path: Path, expected: Header, progress: Progress | None = None) -> None:
    """Read back whole: the header as written, the content decompressing with its checksum and
    length right. StorageError (damaged) otherwise."""
    found = _stream(path, lambda _chunk: None, progress)
    if found != expected:
        raise damaged(path, "its header is not the one written")


def decompress_to(path: Path, target: Path, progress: Progress | None = None) -> Header:
    """The SQLite file of the backup at ``path`` written to ``target`` (made owner-only, its
    indexes rebuilt, flushed to the disk); its header. ``target`` is removed if this fails."""
    target.unlink(missing_ok=True)
    create_private_file(target)
    journal = target.with_name(target.name + "-journal")
    journal.unlink(missing_ok=True)  # never played into this file (see backup_lean.make_whole)
    header = header_of(path)
    share = REBUILD_SHARE if header is not None and header.format >= 2 else 0.0
    try:
        with target.open("wb") as out:
            header = _stream(path, out.write, _scaled(progress, 0.0, 1.0 - share))
            out.flush()
            os.fsync(out.fileno())
        made_whole(path, target, _scaled(progress, 1.0 - share, 1.0))
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return header


# The rebuild's share of a decompression's progress (three years: some 4.5 s of decompressing,
# then some 8.5 of rebuilding).
REBUILD_SHARE = 0.65


def _scaled(progress: Progress | None, start: float, end: float) -> Progress | None:
    """``progress`` given ``done`` of ``total`` as the part from ``start`` to ``end`` of a bar
    of 1,000."""
    if progress is None:
        return None
    report = progress

    def part(done: int, total: int) -> None:
        fraction = done / total if total else 1.0
        report(round(1000 * (start + (end - start) * fraction)), 1000)

    return part


def made_whole(backup: Path, target: Path, progress: Progress | None = None) -> None:
    """``target``, the SQLite file of ``backup`` written out, given back what the backup left
    out (nothing for a backup that left nothing out); a damaged backup when that fails."""
    try:
        make_whole(target, progress)
    except NotWhole as exc:
        raise damaged(backup, f"its indexes could not be rebuilt: {exc}") from exc
