"""The layers of DESIGN.md and the shape of the window's packages, checked on every module's imports.

Import contracts, not line counts: which layer may import which, the window's feature packages independent of
one another (they meet only in app/ui/window), the command line never importing the window, and no import
cycles (imports under `if TYPE_CHECKING:` are for types only and do not count)."""

from __future__ import annotations

import ast
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imported(tree: ast.AST, package: str) -> Iterator[str]:
    """Every module name imported at run time (anywhere but under `if TYPE_CHECKING:`)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            yield from (name for child in node.orelse for name in _imported(child, package))
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package.split(".")[: len(package.split(".")) - node.level + 1], base]).strip(".")
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)
        yield from _imported(node, package)


MODULES = {_module_name(path): path for folder in ("app", "db") for path in sorted((ROOT / folder).rglob("*.py"))}


def _imports_of(name: str) -> set[str]:
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    return set(_imported(ast.parse(path.read_text(encoding="utf-8")), package))


IMPORTS = {name: _imports_of(name) for name in MODULES}


def _under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def _breaking(sources: str, forbidden: tuple[str, ...], allowed: tuple[str, ...] = ()) -> list[str]:
    return sorted(
        f"{name} imports {target}"
        for name, targets in IMPORTS.items()
        if _under(name, sources)
        for target in targets
        if any(_under(target, f) for f in forbidden) and not any(_under(target, a) for a in allowed)
    )


QT = ("PySide6", "shiboken6", "pytestqt")


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        ("db", ("app", *QT)),
        ("app.domain", ("app.services", "app.ui", "app.cli", "app.bootstrap", "app.render", "db", "sqlalchemy",
                        "alembic", *QT)),
        ("app.services", ("app.ui", "app.cli", "app.bootstrap", "app.render", *QT)),
        ("app.render", ("app.ui", "app.cli", "app.bootstrap", "app.services", "db", "PySide6.QtWidgets")),
        ("app.ui", ("app.bootstrap", "app.cli", "db", "sqlalchemy", "alembic")),
        ("app.cli", ("app.ui",)),
    ],
)  # fmt: skip
def test_each_layer_imports_only_what_lies_beneath_it(layer: str, forbidden: tuple[str, ...]) -> None:
    assert any(_under(name, layer) for name in MODULES)
    assert _breaking(layer, forbidden) == []


SHARED = ("common", "reader", "compare", "dialogs")  # what the window's parts have in common, lowest first
FEATURES = ("library", "notes", "search", "timeline", "importing", "export", "safety")


def _ui(package: str) -> str:
    return f"app.ui.{package}"


@pytest.mark.parametrize("feature", FEATURES)
def test_a_feature_of_the_window_uses_only_the_shared_packages(feature: str) -> None:
    others = tuple(_ui(other) for other in FEATURES if other != feature)
    assert _breaking(_ui(feature), (*others, _ui("window"))) == []


@pytest.mark.parametrize("index", range(len(SHARED)))
def test_the_shared_packages_stand_below_the_features_and_each_other_in_order(index: int) -> None:
    above = tuple(_ui(p) for p in (*SHARED[index + 1 :], *FEATURES, "window"))
    assert _breaking(_ui(SHARED[index]), above) == []


def _cycles() -> list[list[str]]:
    """Strongly connected groups of modules that import one another (Tarjan), each as one of its cycles."""
    graph = {name: sorted(t for t in targets if t in MODULES and t != name) for name, targets in IMPORTS.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return groups


def _is_package_parent(group: list[str]) -> bool:
    """A package's __init__ importing its own modules (app.cli runs its commands) is not a cycle of design."""
    return all(_under(name, min(group, key=len)) for name in group)


def test_no_modules_import_one_another_in_a_circle() -> None:
    assert [group for group in _cycles() if not _is_package_parent(group)] == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    """The check above can fail: two modules importing each other are found."""
    IMPORTS["app.domain.text.find"].add("app.domain.text.headings")
    IMPORTS["app.domain.text.headings"].add("app.domain.text.find")
    try:
        assert ["app.domain.text.find", "app.domain.text.headings"] in _cycles()
    finally:
        IMPORTS["app.domain.text.find"].discard("app.domain.text.headings")
        IMPORTS["app.domain.text.headings"].discard("app.domain.text.find")


def _group(name: str) -> str:
    """The part of the house a module belongs to, as ARCHITECTURE.md names them."""
    parts = name.split(".")
    if parts[0] == "db":
        return "db"
    if parts[:2] == ["app", "ui"] and len(parts) > 2:
        return "/".join(parts[:3])
    if parts[:2] == ["app", "services"] and len(parts) > 2 and parts[2] in ("infrastructure", "importers"):
        return "/".join(parts[:3])
    return "/".join(parts[:2]) if len(parts) > 1 else name


def package_map() -> str:
    edges: dict[str, set[str]] = {}
    for name, targets in IMPORTS.items():
        for target in targets:
            if target in MODULES and _group(target) not in (_group(name), "app"):
                edges.setdefault(_group(name), set()).add(_group(target))
    lines = [f"- `{source}` → " + ", ".join(f"`{t}`" for t in sorted(edges[source])) for source in sorted(edges)]
    return "\n".join(lines)


def test_the_map_in_architecture_md_is_the_code_s() -> None:
    path = ROOT / "ARCHITECTURE.md"
    text = path.read_text(encoding="utf-8")
    begin, end = "<!-- imports: begin -->\n", "<!-- imports: end -->"
    head, _, rest = text.partition(begin)
    shown, _, tail = rest.partition(end)
    wanted = package_map() + "\n"
    if os.environ.get("PARALLAX_REGOLD") == "1":
        path.write_text(head + begin + wanted + end + tail, encoding="utf-8")
        shown = wanted
    assert shown == wanted, "ARCHITECTURE.md's map is out of date; PARALLAX_REGOLD=1 writes this one:\n" + wanted


def _attributes(folder: str) -> Iterator[tuple[Path, ast.Attribute]]:
    for path in sorted((ROOT / folder).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute):
                yield path, node


def test_tests_and_benchmarks_ask_what_a_user_would_see_not_private_members() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{node.lineno} reads {node.attr}"
        for folder in ("tests", "bench")
        for path, node in _attributes(folder)
        if node.attr.startswith("_")
        and not node.attr.startswith("__")
        and not (isinstance(node.value, ast.Name) and node.value.id in {"self", "cls"})
        and node.attr != "_exit"  # os._exit: the documented way out of a child process without cleanup
    ]
    assert found == []


def test_tests_wait_for_what_they_check_not_for_a_while() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{node.lineno} waits a fixed time"
        for path, node in _attributes("tests")
        if node.attr == "wait" and isinstance(node.value, ast.Name) and node.value.id == "qtbot"
    ]
    assert found == []
