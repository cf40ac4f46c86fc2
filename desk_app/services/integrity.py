"""Is the book whole? Checking it (all of it, or against one printed sheet) and keeping its
anchors outside the database up to date at the moments that matter.

Checking reads only; a supervisor or manager asks for it (the command line needs no sign-in:
whoever runs it holds the file). The anchors are the store's (store.anchor); here they are
written at once where the window locks and a sheet is sealed, and their state is read for the
window's status bar: an anchor the chain no longer reaches means entries are gone.
"""

from __future__ import annotations

from collections.abc import Callable

from desk_app.domain.integrity import SheetCheck, VerifyReport
from desk_app.domain.roles import Capability
from desk_app.domain.seal_text import parse_printed_seal
from desk_app.domain.value import Value
from desk_app.services.desk import Actor, Desk, require

Progress = Callable[[int, int], None]


class AnchorState(Value):
    """What the window says about the anchors: all well, an anchor the chain no longer
    reaches (``refused``: longer, other-chain, other-database or damaged), or one that could
    not be written (``error``)."""

    refused: str | None = None
    refused_seq: int | None = None
    refused_at: str | None = None
    place: str | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.refused is None and self.error is None


def anchor_state(desk: Desk) -> AnchorState:
    keeper = desk.db.anchors
    if keeper is None:
        return AnchorState()
    problem, error = keeper.problem, keeper.error
    return AnchorState(
        refused=problem.reason if problem else None,
        refused_seq=problem.anchor.seq if problem and problem.anchor else None,
        refused_at=problem.anchor.at if problem and problem.anchor else None,
        place=str(problem.place.path) if problem else None,
        error=(error.strerror or str(error)) if error else None,
    )


def anchor_now(desk: Desk) -> AnchorState:
    """Anchor the head at once (the window locks, a sheet was sealed); what it found."""
    keeper = desk.db.anchors
    if keeper is not None:
        keeper.flush_now()
    return anchor_state(desk)


def check_book(desk: Desk, actor: Actor, progress: Progress | None = None) -> VerifyReport:
    """verify, for a supervisor or manager at the window."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.REVIEW_LOG)
    from desk_app.store.verify import verify  # imported when first asked (start-up: issue 19)

    return verify(desk.db, progress)


def check_printed_sheet(
    desk: Desk, actor: Actor, text: str, progress: Progress | None = None
) -> SheetCheck:
    """The book against a printed sheet's seal (its QR code's text or the typed digits)."""
    printed = parse_printed_seal(text)
    with desk.db.read() as conn:
        require(conn, actor, Capability.REVIEW_LOG)
    from desk_app.store.verify_sheet import check_sheet

    return check_sheet(desk.db, printed, progress)
