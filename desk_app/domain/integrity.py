"""What checking the bound book finds, as plain values: an anchor kept outside the database, each
problem ``verify`` names, the report, and the check of one printed sheet's seal.

The store computes them (``store/verify*.py``, ``store/anchor.py``); the window and the command line
only read them, so they live below both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from desk_app.domain.value import Value


class Anchor(Value):
    seq: int
    hash: str
    at: str
    database_id: str | None = None  # None: an anchor written before databases had an id
    database: str | None = None  # the path or address it binds

    def as_json(self) -> bytes:
        return json.dumps(self.__dict__, ensure_ascii=False, indent=1).encode("utf-8")


PROBLEM_TEXTS = {
    "edited": "row changed behind the program's back",
    "inserted": "row inserted behind the program's back (not in the journal)",
    "deleted": "row deleted behind the program's back",
    "journal-edited": "journal row altered (hash does not match)",
    "journal-missing": "journal row missing (gap in the sequence)",
    "tail-missing": "journal ends before the anchor kept outside the database: its tail was removed",
    "anchor-mismatch": "journal row differs from the anchor kept outside the database",
    "anchor-foreign": "the anchor belongs to another database (the file was replaced?)",
    "anchor-missing": "the journal has rows but no anchor was found anywhere",
    "anchor-unreadable": "the anchor file is damaged or unreadable",
    "backup-ahead": "a backup of this database holds entries its journal no longer has",
    "seal-broken": "sealed handover sheet does not match its seal",
    "inspection-seal-broken": "acknowledged inspection does not match its seal",
    "meta": "the database's own marks (desk_meta) were changed behind the program's back",
    "archive-not-archive": "the file is not a DutyDesk archive",
    "archive-foreign": "the archive was cut from another book",
    "archive-unknown": "the book has no archive checkpoint for this archive",
    "archive-head-differs": "the archive does not end at the cut the book's checkpoint names",
    "archive-file-changed": "the archive file is not the one written (its digest differs)",
    "archive-base-differs": "the archive does not start where the archive before it ended",
    "archive-years-differ": "the archive's years are not those its checkpoint names",
    "report-missing": "a monthly duty report exported with the archive is not beside it",
    "report-changed": "a monthly duty report exported with the archive was changed",
}


class Problem(Value):
    table: str
    id: str
    # edited, inserted, deleted, journal-edited, journal-missing, tail-missing, anchor-mismatch,
    # anchor-foreign, anchor-missing, anchor-unreadable, backup-ahead, seal-broken,
    # inspection-seal-broken, meta
    what: str
    detail: str = ""  # the anchor or backup file it was found against, a meta key's fault

    def describe(self) -> str:
        text = f"{self.table} {self.id}: {PROBLEM_TEXTS.get(self.what, self.what)}"
        return f"{text} [{self.detail}]" if self.detail else text


class AnchorSeen(Value):
    """An anchor ``verify`` found, where, and whether it binds the database checked (written
    for it) or only tells how far the book it was copied from had got."""

    source: str  # a path, or "backup-marks" for the anchor inside a backup
    anchor: Anchor
    binding: bool


@dataclass
class VerifyReport:
    journal_rows: int = 0
    records: int = 0
    problems: list[Problem] = field(default_factory=list)
    anchor_seq: int | None = None  # the highest anchor the chain was held to
    anchors: list[AnchorSeen] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class SheetCheck:
    seal: str
    number: int | None = None  # the sheet's number in the book (or as printed, if not found)
    sheet_id: str | None = None
    journal_seq: int | None = None
    journal_hash: str | None = None
    sealed_seq: int | None = None  # the journal row that sealed the sheet
    chain_rows: int = 0  # rows walked
    # not-found, number-differs, seal-broken, signature-differs, journal-broken, head-missing,
    # head-differs,
    # sealing-row-missing, sealing-row-differs
    findings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.sheet_id is not None and not self.findings
