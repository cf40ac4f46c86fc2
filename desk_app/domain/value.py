"""``Value``: the base of a frozen dataclass whose methods are made with its first instance.

Python 3.11 makes a dataclass's ``__init__``, ``__repr__``, ``__eq__``, ``__hash__``,
``__setattr__`` and ``__delattr__`` by compiling source text, about half a millisecond a class.
The window's modules define some 120 of them and start-up builds fewer than 40: the rest were
some 50 ms of a half-second start (``desk-app bench``, ``startup_s``) spent on pages not open.
``class EntryView(Value):`` declares a ``@dataclass(frozen=True)`` (options as class keywords:
``class Row(Value, order=True):``) that is made when its first instance is: every instance,
however made (called, copied, unpickled in a helper process), comes from ``Value.__new__``,
which makes the class first. Code that reads a class's fields before any instance exists calls
:func:`made`. A value is not subclassed: a subclass would be made before its base.

Made under a lock, and an instance only from a class made whole: a backup's or a job's thread
may make the first instance of a class while the window's thread makes one too; one makes the
class, the other waits until it is done (dataclass writes ``__init__`` first and the frozen
``__setattr__`` later: an instance made in between could be changed). A making that fails half
way (an interrupt) leaves the class as it was declared, to be made again.
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
# What a class's namespace holds that is not set as an attribute.
_SLOTS = frozenset({"__dict__", "__weakref__"})


def made(cls: T) -> T:
    """``cls`` as a finished dataclass (made now if it was waiting)."""
    if cls in _waiting:
        with _making:
            options = _waiting.get(cls)
            if options is not None:
                declared = dict(cls.__dict__)
                try:
                    dataclasses.dataclass(**options)(cls)
                except BaseException:
                    _undo(cls, declared)
                    raise
                del _waiting[cls]
    return cls


def _undo(cls: type, declared: dict[str, Any]) -> None:
    """The class back as declared: what a failed making added goes, what it replaced returns."""
    for name in set(cls.__dict__) - set(declared) - _SLOTS:
        delattr(cls, name)
    for name, was in declared.items():
        if name not in _SLOTS and cls.__dict__.get(name, _undo) is not was:
            setattr(cls, name, was)


class Value:
    """The base of a value class (see the module)."""

    def __init_subclass__(cls, **options: Any) -> None:
        if cls.__bases__ != (Value,):
            raise TypeError(f"{cls.__qualname__}: a value is not subclassed (compose it)")
        if set(options) - _OPTIONS:
            # Slots need a new class; a value always has its __init__, __eq__ and __repr__.
            raise TypeError(f"{cls.__qualname__}: a value takes only {sorted(_OPTIONS)}")
        for own in ("__new__", "__init__", "__setattr__", "__delattr__"):
            if own in cls.__dict__:
                raise TypeError(f"{cls.__qualname__} defines {own}: not a value's")
        super().__init_subclass__()
        _waiting[cls] = {**options, "frozen": True}

    def __new__(cls, *_args: Any, **_kwargs: Any) -> Any:
        # The arguments are the __init__'s, which Python looks up once this returns: made.
        return object.__new__(made(cls))
