"""``@value``: a frozen dataclass whose methods are made when the first one is, not at import.

Python 3.11 makes a dataclass's ``__init__``, ``__repr__``, ``__eq__``, ``__hash__``,
``__setattr__`` and ``__delattr__`` by compiling source text, about half a millisecond a class.
The window's modules define some 120 of them and start-up builds fewer than 40: the rest were
some 50 ms of a half-second start (``desk-app bench``, ``startup_s``) spent on pages not open.
A ``@value`` class is an ordinary ``@dataclass(frozen=True)`` from the first instance on; until
then it is the bare class with an ``__init__`` that finishes it and steps aside.

An instance made without ``__init__`` (unpickled in a helper process that made none yet) finishes
it through ``__setstate__``. Code that reads a class's fields before any instance exists calls
:func:`made` first. A value is not subclassed: a subclass would be made before its base.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T", bound=type)

# The classes declared and not yet made, with their dataclass options.
_waiting: dict[type, dict[str, Any]] = {}


def value(cls: T | None = None, /, **options: Any) -> Any:
    """``@dataclass(frozen=True, **options)``, made when first needed (see the module)."""

    def declare(cls: T) -> T:
        if options.get("slots"):
            raise TypeError("a @value class cannot have slots: they need a new class")
        for own in ("__init__", "__setstate__"):
            if own in cls.__dict__:
                raise TypeError(f"{cls.__qualname__} defines {own}: use @dataclass(frozen=True)")
        _waiting[cls] = {**options, "frozen": True}
        cls.__init__ = _first_init  # type: ignore[misc]
        cls.__setstate__ = _first_setstate  # type: ignore[attr-defined]
        cls.__init_subclass__ = classmethod(_no_subclass)  # type: ignore[assignment]
        return cls

    return declare if cls is None else declare(cls)


def made(cls: T) -> T:
    """``cls`` as a finished dataclass (made now if it was waiting): for reading its fields
    before any instance exists."""
    options = _waiting.pop(cls, None)
    if options is not None:
        # Out of the way of what dataclass makes (it keeps a class's own methods).
        del cls.__init__  # type: ignore[misc]
        del cls.__setstate__  # type: ignore[attr-defined]
        dataclasses.dataclass(**options)(cls)
    return cls


def _first_init(self: Any, *args: Any, **kwargs: Any) -> None:
    made(type(self)).__init__(self, *args, **kwargs)


def _first_setstate(self: Any, state: dict[str, Any]) -> None:
    made(type(self))
    self.__dict__.update(state)  # what pickle does for a class without __setstate__


def _no_subclass(cls: type, **_kwargs: Any) -> None:
    raise TypeError(f"{cls.__qualname__}: a @value class is not subclassed (compose it)")
