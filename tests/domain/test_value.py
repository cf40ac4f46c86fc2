"""``@value``: a frozen dataclass made at its first instance, the same as one made at import."""

from __future__ import annotations

import ast
import dataclasses
import importlib
import pickle
import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import desk_app
from desk_app.domain import value as value_module
from desk_app.domain.value import made, value


@value
class Room:
    """A room and its guests."""

    number: str
    floor: int = 1
    guests: tuple[str, ...] = dataclasses.field(default_factory=tuple)


def test_nothing_is_made_before_the_first_instance() -> None:
    @value
    class Waiting:
        name: str

    assert "__repr__" not in Waiting.__dict__
    assert not dataclasses.is_dataclass(Waiting)
    first = Waiting("a")
    assert dataclasses.is_dataclass(Waiting)
    assert (
        repr(first) == "test_nothing_is_made_before_the_first_instance.<locals>.Waiting(name='a')"
    )


def test_it_behaves_as_a_frozen_dataclass() -> None:
    room = Room("101", guests=("Li",))
    assert room == Room("101", 1, ("Li",))
    assert room != Room("102")
    assert hash(room) == hash(Room("101", guests=("Li",)))
    assert {room, Room("101", guests=("Li",))} == {room}
    with pytest.raises(dataclasses.FrozenInstanceError):
        room.floor = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        Room()  # type: ignore[call-arg]
    assert dataclasses.replace(room, floor=3) == Room("101", 3, ("Li",))
    assert Room.__doc__ == "A room and its guests."
    assert [f.name for f in dataclasses.fields(room)] == ["number", "floor", "guests"]


def test_options_reach_the_dataclass() -> None:
    @value(order=True)
    class Ranked:
        rank: int

    assert Ranked(1) < Ranked(2)
    assert sorted([Ranked(3), Ranked(1)]) == [Ranked(1), Ranked(3)]


def test_fields_of_a_class_before_any_instance() -> None:
    @value
    class Unused:
        a: int
        b: str = ""

    with pytest.raises(TypeError):
        dataclasses.fields(Unused)
    assert [f.name for f in dataclasses.fields(made(Unused))] == ["a", "b"]
    assert made(Unused) is Unused  # made once, then as it is


def test_copies_keep_equality() -> None:
    import copy

    room = Room("7", guests=("Ivanov",))
    assert pickle.loads(pickle.dumps(room)) == room
    assert copy.copy(room) == room
    assert copy.deepcopy(room) == room


def test_unpickled_where_no_instance_was_made_yet(tmp_path) -> None:
    """A helper process receives values it never made itself."""
    (tmp_path / "rooms.py").write_text(
        textwrap.dedent(
            """
            from __future__ import annotations
            from desk_app.domain.value import value

            @value
            class Room:
                number: str
                floor: int = 1
            """
        )
    )
    made_here = subprocess.run(
        [
            sys.executable,
            "-c",
            "import pickle, rooms; print(pickle.dumps(rooms.Room('9', 2)).hex())",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    there = subprocess.run(
        [
            sys.executable,
            "-c",
            "import pickle, sys, rooms; r = pickle.loads(bytes.fromhex(sys.argv[1]));"
            " print(r == rooms.Room('9', 2), hash(r) == hash(rooms.Room('9', 2)), repr(r))",
            made_here,
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert there == "True True Room(number='9', floor=2)"


def test_what_cannot_be_made_later_is_refused_at_once() -> None:
    with pytest.raises(TypeError, match="not subclassed"):

        class Suite(Room):
            pass

    with pytest.raises(TypeError, match="slots"):

        @value(slots=True)
        class Slotted:
            a: int

    with pytest.raises(TypeError, match="__init__"):

        @value
        class OwnInit:
            a: int

            def __init__(self) -> None:
                object.__setattr__(self, "a", 1)


def test_every_value_class_of_the_program_can_be_made() -> None:
    """A mistake in a class (a field without a default after one with) shows when it is made:
    here, for every ``@value`` class of the program, not at some clerk's first click."""
    declared = 0
    for info in pkgutil.walk_packages(desk_app.__path__, "desk_app."):
        # __main__ runs the program; the migrations are scripts Alembic runs.
        if info.name.endswith("__main__") or ".migrations" in info.name:
            continue
        module = importlib.import_module(info.name)
        if module.__file__ is None or "@value" not in Path(module.__file__).read_text("utf-8"):
            continue
        for node in ast.walk(ast.parse(Path(module.__file__).read_text("utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                ast.unparse(d).startswith("value") for d in node.decorator_list
            ):
                cls = getattr(module, node.name)
                made(cls)
                assert cls not in value_module._waiting
                assert dataclasses.is_dataclass(cls), cls
                assert cls.__dataclass_params__.frozen, cls
                declared += 1
    assert declared > 150  # the program's values were all found
