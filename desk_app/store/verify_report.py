"""What ``verify`` found: each problem by table, row and kind, and what the chain was held to."""

from __future__ import annotations

from dataclasses import dataclass, field

from desk_app.store.anchor import Anchor

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
    "meta": "the database's own marks (desk_meta) were changed behind the program's back",
}


@dataclass(frozen=True)
class Problem:
    table: str
    id: str
    # edited, inserted, deleted, journal-edited, journal-missing, tail-missing, anchor-mismatch,
    # anchor-foreign, anchor-missing, anchor-unreadable, backup-ahead, seal-broken, meta
    what: str
    detail: str = ""  # the anchor or backup file it was found against, a meta key's fault

    def describe(self) -> str:
        text = f"{self.table} {self.id}: {PROBLEM_TEXTS.get(self.what, self.what)}"
        return f"{text} [{self.detail}]" if self.detail else text


@dataclass(frozen=True)
class AnchorSeen:
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
