"""Start-up without the cyclic garbage collector walking what start-up makes.

Importing the program and building its window make a few hundred thousand objects that live as
long as the process or the window. While they are being made, the collector walks them again and
again (each time enough new objects pile up), some 40 ms of a half-second start here: it is
paused for those two steps. After the imports what they made is frozen (``gc.freeze``): modules,
classes and functions never become garbage, so no later collection walks them. A window is not
frozen: a new one replaces it when the language or the person changes, and the old one must be
collectable.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def paused(*, freeze: bool = False) -> Iterator[None]:
    """No collection inside; with ``freeze``, what exists at the end is never walked again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if enabled:
            gc.enable()


def pausing(build: Callable[P, R]) -> Callable[P, R]:
    """``build`` runs with the collector paused (not frozen)."""

    @functools.wraps(build)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with paused():
            return build(*args, **kwargs)

    return run
