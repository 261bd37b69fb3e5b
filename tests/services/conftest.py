"""What the service tests share: the bundled Declaration's ID in a fresh library; and which of them run on both
back ends, a library file and a shared library on PostgreSQL (the same tests, so that the two cannot drift)."""

import pytest

from app.services.bundled import DECLARATION_KEY
from app.services.registry import Services


@pytest.fixture
def declaration(services: Services) -> int:
    found = services.library.find_bundled(DECLARATION_KEY)
    assert found is not None
    return found


BOTH_BACKENDS = {
    "test_library", "test_notes_service", "test_search_service", "test_alignment_service", "test_timeline_service",
    "test_editions", "test_importing", "test_export",
}  # fmt: skip


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    module = metafunc.module.__name__.rpartition(".")[2]
    sqlite_only = metafunc.definition.get_closest_marker("sqlite_only") is not None
    if module in BOTH_BACKENDS and "started" in metafunc.fixturenames and not sqlite_only:
        metafunc.parametrize("backend", ["sqlite", "postgresql"])
