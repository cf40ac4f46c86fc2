"""``Value``: the base of a frozen dataclass whose methods are made with its first instance.

Python 3.11 makes a dataclass's ``__init__``, ``__repr__``, ``__eq__``, ``__hash__``,
``__setattr__`` and ``__delattr__`` by compiling source text, about half a millisecond a class.
The window's modules define some 120 of them and start-up builds fewer than 40: the rest were
some 50 ms of a half-second start (``desk-app bench``, ``startup_s``) spent on pages not open.
``class EntryView(Value):`` declares a ``@dataclass(frozen=True)`` (options as class keywords:
``class Row(Value, order=True):``) that is made when first used: until then the methods below
stand in for the class's own, make it, and call what was made. Dataclass writes its methods into
the class itself, where they shadow these for good.

Made under a lock: a backup's or a job's thread may make the first instance of a class while the
window's thread makes one too; one makes the class, the other waits for it, and neither sees it
half made (each stand-in makes the class before it acts). An instance made without ``__init__``
(unpickled in a helper process that made none yet) makes its class in ``__setstate__``. Code
that reads a class's fields before any instance exists calls :func:`made` first. A value is not
subclassed: a subclass would be made before its base.
"""

from __future__ import annotations

import dataclasses
import threading
from typing import Any, TypeVar

T = TypeVar("T", bound=type)

# The classes declared and not yet made, with their dataclass options; a class leaves it once
# made (under the lock).
_waiting: dict[type, dict[str, Any]] = {}
_making = threading.Lock()
# The dataclass options a value may be given as class keywords.
_OPTIONS = frozenset({"order", "unsafe_hash", "match_args", "kw_only"})


def made(cls: T) -> T:
    """``cls`` as a finished dataclass (made now if it was waiting)."""
    if cls in _waiting:
        with _making:
            options = _waiting.get(cls)
            if options is not None:
                dataclasses.dataclass(**options)(cls)
                del _waiting[cls]
    return cls


class Value:
    """The base of a value class (see the module)."""

    def __init_subclass__(cls, **options: Any) -> None:
        if cls.__bases__ != (Value,):
            raise TypeError(f"{cls.__qualname__}: a value is not subclassed (compose it)")
        if set(options) - _OPTIONS:
            # Slots need a new class; a value always has its __init__, __eq__ and __repr__.
            raise TypeError(f"{cls.__qualname__}: a value takes only {sorted(_OPTIONS)}")
        for own in ("__init__", "__setstate__", "__setattr__", "__delattr__"):
            if own in cls.__dict__:
                raise TypeError(f"{cls.__qualname__} defines {own}: not a value's")
        super().__init_subclass__()
        _waiting[cls] = {**options, "frozen": True}

    # The stand-ins: each makes the class and calls the method made in its place.
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        made(type(self)).__init__(self, *args, **kwargs)

    def __setstate__(self, state: dict[str, Any]) -> None:
        made(type(self))
        self.__dict__.update(state)  # what pickle does for a class without __setstate__

    def __repr__(self) -> str:
        return made(type(self)).__repr__(self)

    def __eq__(self, other: object) -> bool:
        return made(type(self)).__eq__(self, other)

    def __hash__(self) -> int:
        return made(type(self)).__hash__(self)
