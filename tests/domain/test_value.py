"""``Value``: a frozen dataclass made with its first instance, the same as one made at import."""

from __future__ import annotations

import ast
import copy
import dataclasses
import importlib
import pickle
import pkgutil
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

import desk_app
from desk_app.domain import value as value_module
from desk_app.domain.value import Value, made


class Room(Value):
    """A room and its guests."""

    number: str
    floor: int = 1
    guests: tuple[str, ...] = dataclasses.field(default_factory=tuple)


def test_nothing_is_made_before_the_first_instance() -> None:
    class Waiting(Value):
        name: str

    assert "__repr__" not in Waiting.__dict__
    assert not dataclasses.is_dataclass(Waiting)
    first = Waiting("a")
    assert dataclasses.is_dataclass(Waiting) and "__repr__" in Waiting.__dict__
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
    class Ranked(Value, order=True):
        rank: int

    assert Ranked(1) < Ranked(2)
    assert sorted([Ranked(3), Ranked(1)]) == [Ranked(1), Ranked(3)]


def test_fields_of_a_class_before_any_instance() -> None:
    class Unused(Value):
        a: int
        b: str = ""

    with pytest.raises(TypeError):
        dataclasses.fields(Unused)
    assert [f.name for f in dataclasses.fields(made(Unused))] == ["a", "b"]
    assert made(Unused) is Unused  # made once, then as it is


def test_copies_keep_equality() -> None:
    room = Room("7", guests=("Ivanov",))
    assert pickle.loads(pickle.dumps(room)) == room
    assert copy.copy(room) == room
    assert copy.deepcopy(room) == room


def test_two_threads_making_the_first_instances_at_once() -> None:
    """A backup's thread and the window's may make a class's first instance together: neither
    sees the class half made (no missing __init__, no equality by identity)."""
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter can
    wrong: list[str] = []
    try:
        for _ in range(300):

            class Pair(Value, order=True):
                a: int
                b: int = 2
                c: tuple[int, ...] = ()

            start = threading.Barrier(2)

            def make(cls: type[Pair] = Pair, start: threading.Barrier = start) -> None:
                start.wait()
                try:
                    one = cls(1)
                    if not (one == cls(1) and hash(one) == hash(cls(1)) and one < cls(2)):
                        wrong.append("equality or order")
                    try:
                        one.a = 5  # type: ignore[misc]
                        wrong.append("changed")
                    except dataclasses.FrozenInstanceError:
                        pass
                except Exception as exc:  # noqa: BLE001 - any failure is the finding
                    wrong.append(repr(exc))

            threads = [threading.Thread(target=make) for _ in range(2)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
    finally:
        sys.setswitchinterval(old)
    assert wrong == []


class _SaysItsNameOnce:
    """A default whose repr fails the first time: dataclass reads it last, for the doc."""

    def __init__(self) -> None:
        self.told = False  # each test's own: the test passes run again in one process too

    def __repr__(self) -> str:
        if not self.told:
            self.told = True
            raise KeyboardInterrupt
        return "SaysItsNameOnce()"


def test_a_making_cut_short_is_made_again() -> None:
    class Interrupted(Value):
        a: int = 0
        b: tuple[int, ...] = dataclasses.field(default_factory=tuple)
        c: object = _SaysItsNameOnce()

    with pytest.raises(KeyboardInterrupt):
        Interrupted()
    assert not dataclasses.is_dataclass(Interrupted)  # back as declared
    again = Interrupted()
    assert (again.a, again.b) == (0, ()) and again == Interrupted()
    with pytest.raises(dataclasses.FrozenInstanceError):
        again.a = 1  # type: ignore[misc]
    assert (
        Interrupted.__doc__
        == "Interrupted(a: 'int' = 0, b: 'tuple[int, ...]' = <factory>, c: 'object' = SaysItsNameOnce())"
    )


def test_unpickled_where_no_instance_was_made_yet(tmp_path) -> None:
    """A helper process receives values it never made itself."""
    (tmp_path / "rooms.py").write_text(
        textwrap.dedent(
            """
            from __future__ import annotations
            from desk_app.domain.value import Value

            class Room(Value):
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

    with pytest.raises(TypeError, match="takes only"):

        class Slotted(Value, slots=True):
            a: int

    with pytest.raises(TypeError, match="takes only"):

        class Unequal(Value, eq=False):
            a: int

    with pytest.raises(TypeError, match="__init__"):

        class OwnInit(Value):
            a: int

            def __init__(self) -> None:
                object.__setattr__(self, "a", 1)


def _value_classes(tree: ast.Module) -> list[str]:
    return [
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef) and any(ast.unparse(b) == "Value" for b in node.bases)
    ]


def test_every_value_class_of_the_program_can_be_made() -> None:
    """A mistake in a class (a field without a default after one with) shows when it is made:
    here, for every value class of the program, not at some clerk's first click."""
    declared = 0
    for info in pkgutil.walk_packages(desk_app.__path__, "desk_app."):
        # __main__ runs the program; the migrations are scripts Alembic runs.
        if info.name.endswith("__main__") or ".migrations" in info.name:
            continue
        module = importlib.import_module(info.name)
        source = Path(module.__file__ or "").read_text("utf-8") if module.__file__ else ""
        if "(Value" not in source:
            continue
        for name in _value_classes(ast.parse(source)):
            cls = made(getattr(module, name))
            assert cls not in value_module._waiting
            assert dataclasses.is_dataclass(cls), cls
            assert cls.__dataclass_params__.frozen, cls
            declared += 1
    assert declared > 150  # the program's values were all found
