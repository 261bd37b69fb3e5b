"""The layers of DESIGN.md, checked on every module's imports."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (ROOT / folder).rglob("*.py"))


def _offending(paths: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in paths:
        for name in _imports(path):
            if name.split(".")[0] in forbidden or name in forbidden:
                found.append(f"{path.relative_to(ROOT)} imports {name}")
    return found


@pytest.mark.parametrize("folder", ["db", "app/domain", "app/services"])
def test_storage_domain_and_services_never_import_qt(folder: str) -> None:
    assert _modules(folder)
    assert _offending(_modules(folder), ("PySide6", "shiboken6", "pytestqt")) == []


def test_the_ui_never_imports_sqlalchemy_or_the_db_package() -> None:
    assert _offending(_modules("app/ui"), ("sqlalchemy", "alembic", "db")) == []


def test_db_knows_nothing_of_app() -> None:
    assert _offending(_modules("db"), ("app",)) == []


def test_domain_knows_nothing_of_storage_or_services() -> None:
    found = _offending(_modules("app/domain"), ("sqlalchemy", "alembic", "db"))
    found += [
        f"{p.relative_to(ROOT)} imports services"
        for p in _modules("app/domain")
        if any(name.startswith(("app.services", "app.ui")) for name in _imports(p))
    ]
    assert found == []


def test_modules_stay_small() -> None:
    sizes = {p.relative_to(ROOT): len(p.read_text(encoding="utf-8").splitlines()) for p in _modules("app", "db")}
    assert {str(p): n for p, n in sizes.items() if n > 450} == {}
    assert sizes[Path("app/ui/window/main_window.py")] <= 300


def _attributes(path: Path) -> list[ast.Attribute]:
    return [node for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(node, ast.Attribute)]


def test_tests_and_benchmarks_ask_what_a_user_would_see_not_private_members() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{node.lineno} reads {node.attr}"
        for path in _modules("tests", "bench")
        for node in _attributes(path)
        if node.attr.startswith("_")
        and not node.attr.startswith("__")
        and not (isinstance(node.value, ast.Name) and node.value.id in {"self", "cls"})
        and node.attr != "_exit"  # os._exit: the documented way out of a child process without cleanup
    ]
    assert found == []


def test_tests_wait_for_what_they_check_not_for_a_while() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{node.lineno} waits a fixed time"
        for path in _modules("tests")
        for node in _attributes(path)
        if node.attr == "wait" and isinstance(node.value, ast.Name) and node.value.id == "qtbot"
    ]
    assert found == []
