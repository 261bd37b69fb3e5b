"""Which service tests run on both back ends, a library file and a shared library on PostgreSQL (the same tests,
so that the two cannot drift)."""

import pytest

BOTH_BACKENDS = {
    "test_library", "test_notes", "test_search", "test_search_languages", "test_alignment", "test_timeline",
    "test_editions", "test_importing", "test_export",
}  # fmt: skip


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    module = metafunc.module.__name__.rpartition(".")[2]
    sqlite_only = metafunc.definition.get_closest_marker("sqlite_only") is not None
    if module in BOTH_BACKENDS and "started" in metafunc.fixturenames and not sqlite_only:
        metafunc.parametrize("backend", ["sqlite", "postgresql"])
