"""What a refactor must not change, written to a folder so that two trees can be compared.

    python packaging/reference_outputs.py OUT            # a new demo book (fixed clock) and all
    python packaging/reference_outputs.py OUT --book B   # the printouts of an existing book only

``OUT/dump.txt`` is the demo book with what is random by design made neutral (ids numbered in
the order the journal first names them, PIN hashes, digests and seals blanked); the printouts
(handover sheet, duty report, tags, return slip, in each language) are made in reportlab's
invariant mode, so the same book gives the same bytes. Compare two runs with ``diff -r``: the
dump of a demo made by each tree, the printouts of one book printed by each tree.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
LANGUAGES = ("en", "zh_CN", "ru")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_DIGEST = re.compile(r"\b[0-9a-f]{64}\b|\b[0-9a-f]{32}\b")
_PIN_HASH = re.compile(r"\$argon2[^\"']*")


def _first(*names: str):
    """The first of ``module:attr`` that exists: the same script serves the tree before and
    after a module moved."""
    for name in names:
        module, _, attr = name.partition(":")
        try:
            return getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError):
            continue
    raise ImportError(f"none of {names}")


def make_demo(book: Path) -> None:
    from desk_app.domain.clock import FixedClock
    from desk_app.services.desk import open_desk

    seed_demo = _first("desk_app.demo.seed:seed_demo", "desk_app.demo:seed_demo")
    desk = open_desk(str(book), station="Front desk 1")
    desk.clock = FixedClock(NOW)
    try:
        seed_demo(desk, years=0.05)
    finally:
        desk.db.dispose()


def _journal_text():
    """How this tree reads a stored journal payload (compressed since issue 19), so that two
    trees' dumps compare the payloads' text, not their stored bytes."""
    try:
        return _first("desk_app.store.journal_codec:payload_text")
    except ImportError:  # a tree from before: every payload is its text
        return lambda _entity, _entity_id, stored: stored


def _rows(conn: sqlite3.Connection, table: str):
    rows = conn.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - names from sqlite_master
    if table != "journal":
        return rows
    columns = [d[0] for d in rows.description]
    entity, entity_id, payload = (columns.index(n) for n in ("entity", "entity_id", "payload"))
    text = _journal_text()

    def decoded(row):
        row = list(row)
        row[payload] = text(row[entity], row[entity_id], row[payload])
        return tuple(row)

    return map(decoded, rows)


def dump(book: Path, out: Path) -> None:
    conn = sqlite3.connect(book)
    names: dict[str, str] = {}

    def neutral(value):
        if isinstance(value, bytes):
            return f"<{len(value)} bytes>"
        if isinstance(value, str):
            value = _PIN_HASH.sub("<pin hash>", value)
            value = _UUID.sub(lambda m: names.setdefault(m.group(0), f"<id {len(names)}>"), value)
            return _DIGEST.sub("<digest>", value)
        return value

    text = _journal_text()
    for entity, entity_id, payload in conn.execute(
        "SELECT entity, entity_id, payload FROM journal ORDER BY seq"
    ):
        neutral(entity_id + " " + text(entity, entity_id, payload))
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    with out.open("w", encoding="utf-8") as f:
        for table in sorted(t for t in tables if not t.startswith(("sqlite_", "alembic"))):
            if "_fts" in table:
                continue
            rows = sorted(repr(tuple(neutral(v) for v in row)) for row in _rows(conn, table))
            f.write(f"## {table} ({len(rows)})\n")
            f.writelines(row + "\n" for row in rows)
    conn.close()


def printouts(book: Path, out: Path) -> None:
    """In a process of its own: reportlab reads its invariant mode when first imported."""
    env = dict(os.environ, RL_invariant="1", QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [sys.executable, __file__, str(out), "--book", str(book), "--print"], env=env, check=True
    )


def print_all(book: Path, out: Path) -> None:
    """The exports as ``desk-app export`` makes them, at the demo's own "now" (a report says
    when it was printed)."""
    from desk_app.domain.clock import SystemClock

    SystemClock.now = lambda self: NOW  # type: ignore[method-assign]
    main = _first("desk_app.cli:main")
    day = NOW.date().isoformat()
    for lang in LANGUAGES:
        for args in (
            ["export", "handover", "--latest", "--pdf", str(out / f"handover-{lang}.pdf")],
            ["export", "report", "--from", day, "--to", day, "--pdf", str(out / f"report-{lang}.pdf")],
        ):
            if main(["--db", str(book), *args, "--lang", lang]) != 0:
                raise SystemExit(f"export failed: {args}")
    labels(book, out)


def labels(book: Path, out: Path) -> None:
    """Tags and a return slip, made as the window makes them (its helpers, its labels)."""
    from PySide6.QtWidgets import QApplication

    from desk_app.services import accounts
    from desk_app.services.desk import open_desk

    QApplication.instance() or QApplication([])
    render_tags = _first(
        "desk_app.reports.lostfound.tag_pdf:render_tags",
        "desk_app.reports.lostfound_tag_pdf:render_tags",
        "desk_app.reports.lostfound_pdf:render_tags",
    )
    label_size = _first(
        "desk_app.reports.lostfound.tag_pdf:LabelSize", "desk_app.reports.lostfound_tag_pdf:LabelSize"
    )
    item_tag = _first("desk_app.ui.lostfound.printing:item_tag", "desk_app.ui.lostfound_print:item_tag")
    render_slip = _first(
        "desk_app.ui.lostfound.printing:render_slip", "desk_app.ui.lostfound_print:render_slip"
    )
    pdf_labels = _first(
        "desk_app.ui.lostfound.labels:pdf_labels", "desk_app.ui.lostfound_labels:pdf_labels"
    )
    in_print_language = _first(
        "desk_app.ui.common.print_language:in_print_language",
        "desk_app.ui.print_language:in_print_language",
    )
    try:
        views = importlib.import_module("desk_app.services.lostfound_views")
    except ModuleNotFoundError:
        views = importlib.import_module("desk_app.services.lostfound.views")
    if not hasattr(views, "list_items"):
        views = importlib.import_module("desk_app.services.lostfound.views")
    details = views
    if not hasattr(details, "item_detail"):
        details = importlib.import_module("desk_app.services.lostfound.detail")
    desk = open_desk(str(book), create=False)
    try:
        actor = accounts.sign_in_by_name(desk, name=_manager_name(book), pin="111111")
        policy = views.get_policy(desk)
        page = views.list_items(desk, actor)
        items = list(getattr(page, "rows", page))[:6]
        returned = None
        for item in items:
            detail = details.item_detail(desk, actor, item.id)
            if detail.returned is not None:
                returned = detail
        if returned is None:
            for row in list(getattr(views.list_items(desk, actor, limit=500), "rows", [])):
                detail = details.item_detail(desk, actor, row.id)
                if detail.returned is not None:
                    returned = detail
                    break
        for lang in LANGUAGES:
            tags, words = in_print_language(
                lang, lambda: ([item_tag(i, policy) for i in items], pdf_labels())
            )
            for size in label_size:
                (out / f"tags-{size.value}-{lang}.pdf").write_bytes(
                    render_tags(tags, size, labels=words)
                )
            if returned is not None:
                (out / f"slip-{lang}.pdf").write_bytes(render_slip(returned, policy, lang))
    finally:
        desk.db.dispose()


def _manager_name(book: Path) -> str:
    conn = sqlite3.connect(book)
    try:
        return conn.execute("SELECT name FROM person WHERE role='manager' ORDER BY name").fetchone()[0]
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--book", type=Path)
    parser.add_argument("--print", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.print:
        print_all(args.book, args.out)
        return
    book = args.book
    if book is None:
        book = args.out / "book.sqlite"
        if book.exists():
            book.unlink()
        make_demo(book)
        dump(book, args.out / "dump.txt")
        shutil.copy(book, args.out / "book-copy.sqlite")
        book = args.out / "book-copy.sqlite"
    printouts(book, args.out)


if __name__ == "__main__":
    main()
