"""The house's shape, read from the source: no import circle, no module over 500 lines, no
module that only re-exports, each floor importing only the floors below it, tools out of the
package's top level.

Imports are read with ``ast`` from every module of ``desk_app``, those inside functions too: an
import inside a function is still a dependency, only a later one. ``from package import name``
counts as an import of the submodule when ``name`` is one. Imports under ``if TYPE_CHECKING:``
run nowhere, so they make no circle; they still count for the floors (a report that names a
service's type in its signature still leans on the service).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import desk_app

PACKAGE = "desk_app"
ROOT = Path(desk_app.__file__).resolve().parent
MAX_LINES = 500

# floor -> what it must not import (package prefixes; a prefix matches itself and below it)
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "desk_app.domain": (
        "desk_app.store",
        "desk_app.services",
        "desk_app.ui",
        "desk_app.reports",
        "PySide6",
        "sqlalchemy",
        "alembic",
    ),
    "desk_app.store": ("desk_app.services", "desk_app.ui", "desk_app.reports", "PySide6"),
    "desk_app.services": ("desk_app.ui", "PySide6"),
    "desk_app.reports": ("desk_app.services", "desk_app.ui", "desk_app.store", "PySide6"),
    # The window reaches the book through services only: no SQL, no session, no store values.
    "desk_app.ui": ("desk_app.store", "sqlalchemy"),
}


@dataclass(frozen=True)
class Import:
    target: str  # the module imported (a submodule when a `from` import names one)
    line: int
    type_checking: bool  # under `if TYPE_CHECKING:`: runs nowhere


@dataclass
class Module:
    name: str
    path: Path
    tree: ast.Module
    lines: int
    imports: list[Import] = field(default_factory=list)

    @property
    def is_package(self) -> bool:
        return self.path.name == "__init__.py"

    @property
    def where(self) -> str:
        return str(self.path.relative_to(ROOT.parent))


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _import_nodes(
    node: ast.AST, type_checking: bool = False
) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool]]:
    """Every import statement below ``node`` (in functions and classes too), with whether it
    sits under ``if TYPE_CHECKING:`` (its ``else`` runs, so it does not)."""
    if isinstance(node, ast.Import | ast.ImportFrom):
        yield node, type_checking
        return
    if isinstance(node, ast.If) and _is_type_checking(node.test):
        for child in node.body:
            yield from _import_nodes(child, True)
        for child in node.orelse:
            yield from _import_nodes(child, type_checking)
        return
    for child in ast.iter_child_nodes(node):
        yield from _import_nodes(child, type_checking)


@cache
def modules() -> dict[str, Module]:
    found: dict[str, Module] = {}
    for path in sorted(ROOT.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        name = _module_name(path)
        found[name] = Module(name, path, ast.parse(text, str(path)), len(text.splitlines()))
    for module in found.values():
        module.imports = list(_imports_of(module, found))
    return found


def _imports_of(module: Module, known: dict[str, Module]) -> Iterator[Import]:
    for node, type_checking in _import_nodes(module.tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(alias.name, node.lineno, type_checking)
            continue
        base = node.module or ""
        if node.level:
            package = module.name if module.is_package else module.name.rpartition(".")[0]
            for _ in range(node.level - 1):
                package = package.rpartition(".")[0]
            base = f"{package}.{base}" if base else package
        for alias in node.names:
            submodule = f"{base}.{alias.name}"
            yield Import(submodule if submodule in known else base, node.lineno, type_checking)


def _inside(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def _graph() -> dict[str, set[str]]:
    """Module -> the desk_app modules it imports when it runs (TYPE_CHECKING left out)."""
    known = modules()
    graph: dict[str, set[str]] = {name: set() for name in known}
    for module in known.values():
        for imp in module.imports:
            if not imp.type_checking and imp.target in known and imp.target != module.name:
                graph[module.name].add(imp.target)
    return graph


def _strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's components of more than one module, each sorted (iterative: no recursion limit)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return sorted(found)


def _a_circle(graph: dict[str, set[str]], members: list[str]) -> list[str]:
    """One circle through the component's first module, shortest first (breadth-first)."""
    inside = set(members)
    start = members[0]
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for child in sorted(graph[node] & inside):
                if child == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return [*reversed(path), start]
                if child not in came_from:
                    came_from[child] = node
                    following.append(child)
        frontier = following
    return members


def _where_imported(importer: str, target: str) -> int:
    return next(
        imp.line
        for imp in modules()[importer].imports
        if imp.target == target and not imp.type_checking
    )


def test_no_import_circle():
    graph = _graph()
    circles = []
    for members in _strongly_connected(graph):
        circle = _a_circle(graph, members)
        steps = " -> ".join(
            f"{a} (line {_where_imported(a, b)})" for a, b in zip(circle, circle[1:], strict=False)
        )
        circles.append(f"  {steps} -> {circle[-1]}\n    (all in the circle: {', '.join(members)})")
    assert not circles, f"{len(circles)} import circle(s) in {PACKAGE}:\n" + "\n".join(circles)


def test_no_module_over_500_lines():
    long = sorted((m.lines, m.where) for m in modules().values() if m.lines > MAX_LINES)
    assert not long, f"modules over {MAX_LINES} lines:\n" + "\n".join(
        f"  {where}: {lines} lines" for lines, where in reversed(long)
    )


def _is_docstring(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)


def _all_assignment(stmt: ast.stmt) -> ast.expr | None:
    if isinstance(stmt, ast.Assign) and any(
        isinstance(t, ast.Name) and t.id == "__all__" for t in stmt.targets
    ):
        return stmt.value
    if (
        isinstance(stmt, ast.AnnAssign | ast.AugAssign)
        and isinstance(stmt.target, ast.Name)
        and stmt.target.id == "__all__"
    ):
        return stmt.value
    return None


def _top_level(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """The module's own statements, those inside top-level if/try blocks too."""
    for stmt in body:
        yield stmt
        if isinstance(stmt, ast.If | ast.Try):
            yield from _top_level(stmt.body)
            yield from _top_level(stmt.orelse)
            if isinstance(stmt, ast.Try):
                for handler in stmt.handlers:
                    yield from _top_level(handler.body)
                yield from _top_level(stmt.finalbody)


def _names_bound(stmt: ast.stmt) -> tuple[set[str], set[str]]:
    """(names the statement defines, names it imports)."""
    if isinstance(stmt, ast.Import | ast.ImportFrom):
        return set(), {(a.asname or a.name).split(".")[0] for a in stmt.names}
    if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return {stmt.name}, set()
    targets: list[ast.expr] = []
    if isinstance(stmt, ast.Assign):
        targets = stmt.targets
    elif isinstance(stmt, ast.AnnAssign | ast.AugAssign | ast.For | ast.AsyncFor):
        targets = [stmt.target]
    elif isinstance(stmt, ast.With | ast.AsyncWith):
        targets = [item.optional_vars for item in stmt.items if item.optional_vars is not None]
    defined = {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
    return defined, set()


def test_no_module_only_reexports():
    """A module whose body is only imports (with ``__all__`` and a docstring) is a shim: import
    from the module that defines the name."""
    shims = []
    for module in modules().values():
        body = module.tree.body
        imports = [s for s in body if isinstance(s, ast.Import | ast.ImportFrom)]
        rest = [
            s
            for s in body
            if not isinstance(s, ast.Import | ast.ImportFrom)
            and not _is_docstring(s)
            and _all_assignment(s) is None
        ]
        real_imports = [
            s for s in imports if not (isinstance(s, ast.ImportFrom) and s.module == "__future__")
        ]
        if real_imports and not rest:
            shims.append(f"  {module.where}: only imports ({len(real_imports)} import lines)")
    assert not shims, "modules that only re-export:\n" + "\n".join(sorted(shims))


def test_all_names_only_what_the_module_defines():
    """``__all__`` is a module's public face: it lists what the module defines, never what it
    imports from elsewhere."""
    offenders = []
    for module in modules().values():
        defined: set[str] = set()
        imported: set[str] = set()
        listed: list[str] = []
        for stmt in _top_level(module.tree.body):
            own, brought = _names_bound(stmt)
            defined |= own
            imported |= brought
            value = _all_assignment(stmt)
            if isinstance(value, ast.List | ast.Tuple):
                listed += [
                    e.value
                    for e in value.elts
                    if isinstance(e, ast.Constant) and isinstance(e.value, str)
                ]
        defined.discard("__all__")
        foreign = [name for name in listed if name not in defined]
        if foreign:
            offenders.append(
                f"  {module.where}: __all__ names {len(foreign)} imported or undefined: "
                + ", ".join(foreign)
            )
    assert not offenders, "__all__ naming what the module does not define:\n" + "\n".join(
        sorted(offenders)
    )


def test_each_floor_imports_only_what_is_below_it():
    offenders = []
    for module in modules().values():
        for floor, forbidden in FORBIDDEN.items():
            if not _inside(module.name, floor):
                continue
            for imp in module.imports:
                bad = next((f for f in forbidden if _inside(imp.target, f)), None)
                if bad is not None:
                    how = " (under TYPE_CHECKING)" if imp.type_checking else ""
                    offenders.append(
                        f"  {module.where}:{imp.line}: {floor.rpartition('.')[2]} imports "
                        f"{imp.target}{how}"
                    )
    assert not offenders, "imports that reach up or across a floor:\n" + "\n".join(
        sorted(set(offenders))
    )


def test_no_tools_at_the_package_top_level():
    """The demo and the benchmark are packages of their own (desk_app/demo/, desk_app/bench/),
    not modules beside the product's."""
    tools = sorted(p.name for p in ROOT.glob("*.py") if p.stem.startswith(("demo", "bench")))
    assert not tools, f"demo/bench modules at {PACKAGE}'s top level:\n" + "\n".join(
        f"  {PACKAGE}/{name}" for name in tools
    )


def test_the_walk_sees_imports_inside_functions_and_submodules():
    """The reader itself: a `from` import of a submodule and an import inside a function count,
    TYPE_CHECKING ones are marked."""
    source = (
        "from typing import TYPE_CHECKING\n"
        "from desk_app import store\n"
        "if TYPE_CHECKING:\n"
        "    from desk_app.ui import main_window\n"
        "def f():\n"
        "    from desk_app.store.database import connect\n"
    )
    module = Module("desk_app.probe", ROOT / "probe.py", ast.parse(source), 6)
    known = {"desk_app.store": None, "desk_app.store.database": None, "desk_app.ui": None}
    got = {(i.target, i.type_checking) for i in _imports_of(module, known)}  # type: ignore[arg-type]
    assert got == {
        ("typing", False),
        ("desk_app.store", False),
        ("desk_app.ui", True),
        ("desk_app.store.database", False),
    }


def _from_module(module: Module, node: ast.ImportFrom) -> str:
    """The module a ``from`` import reads from, relative imports resolved."""
    base = node.module or ""
    if node.level:
        package = module.name if module.is_package else module.name.rpartition(".")[0]
        for _ in range(node.level - 1):
            package = package.rpartition(".")[0]
        base = f"{package}.{base}" if base else package
    return base


def test_imports_name_the_module_that_defines_the_name():
    """No import through a module that only imported the name itself: a split is finished when
    every import points at the module that now defines the name."""
    known = modules()
    bound: dict[str, tuple[set[str], dict[str, str]]] = {}
    for module in known.values():
        defined: set[str] = set()
        brought: dict[str, str] = {}
        for stmt in _top_level(module.tree.body):
            if isinstance(stmt, ast.ImportFrom):
                source = _from_module(module, stmt)
                for alias in stmt.names:
                    brought[alias.asname or alias.name] = source
            else:
                defined |= _names_bound(stmt)[0]
        bound[module.name] = (defined, brought)
    offenders = set()
    for module in known.values():
        for node, _ in _import_nodes(module.tree):
            if not isinstance(node, ast.ImportFrom):
                continue
            source = _from_module(module, node)
            if source not in bound:
                continue
            defined, brought = bound[source]
            for alias in node.names:
                name = alias.name
                if f"{source}.{name}" in known or name in defined or name not in brought:
                    continue
                offenders.add(
                    f"  {module.where}:{node.lineno}: {name} from {source}, "
                    f"which imports it from {brought[name]}"
                )
    assert not offenders, "imports through a module that does not define the name:\n" + "\n".join(
        sorted(offenders)
    )
