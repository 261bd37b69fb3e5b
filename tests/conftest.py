"""Every test gets a fresh library and fresh settings; none touches the user's real data."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: no display here, and no chance of reading the user's own folders.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SANDBOX = Path(tempfile.mkdtemp(prefix="parallax-tests-"))
for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[variable] = str(_SANDBOX / variable.lower())
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.keyring_backend.SandboxKeyring"  # never the user's own keyring
for variable in ("PGPASSWORD", "PGPASSFILE", "PGUSER", "PGHOST", "PGPORT", "PGDATABASE", "PGSSLMODE"):
    os.environ.pop(variable, None)  # the user's own PostgreSQL settings must not reach the tests
os.environ["PGPASSFILE"] = str(_SANDBOX / "pgpass")
# The tests read the window and the command line in English, whatever this machine's language (tests of the
# Hungarian and Russian interface ask for their language themselves).
for variable in ("LANGUAGE", "LC_MESSAGES", "LANG"):
    os.environ.pop(variable, None)
os.environ["LC_ALL"] = "C.UTF-8"

import pytest

from app.domain import i18n
from app.services.infrastructure.storage import Library
from app.services.registry import Services, open_services
from tests.builders import add_nagy, add_notes, declaration_id

pytest_plugins = ["tests.pg_fixtures"]  # a PostgreSQL server of the run's own, and shared libraries on it


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """A test that speaks another language leaves English behind it."""
    yield
    i18n.install(None, "en")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite3"


@pytest.fixture
def backend() -> str:
    """Which back end `started` opens: a library file, unless a test module runs on both (see
    tests/services/conftest.py), when it is also a shared library on PostgreSQL."""
    return "sqlite"


@pytest.fixture
def started(request: pytest.FixtureRequest, db_path: Path, backend: str) -> Iterator[tuple[Library, Services]]:
    """A new library, migrated and seeded as at a first start: a file, or a shared library opened by its owner."""
    if backend == "postgresql":
        shared = request.getfixturevalue("shared_library")
        library, services = open_services(shared.address("teacher"))
    else:
        library, services = open_services(db_path)
    yield library, services
    library.close()


@pytest.fixture
def services(started: tuple[Library, Services]) -> Services:
    return started[1]


@pytest.fixture
def declaration(services: Services) -> int:
    """The bundled Declaration's ID in a fresh library."""
    return declaration_id(services)


@pytest.fixture
def nagy(services: Services) -> int:
    """Nagy's broadcast of 1 November 1956 beside the Declaration (tests/builders.py)."""
    return add_nagy(services)


@pytest.fixture
def notes(services: Services, nagy: int) -> tuple[int, int]:
    """A note linking the Declaration's ¶17 to Nagy's ¶1, and one that quotes ¶17 again (a short citation)."""
    return add_notes(services, nagy)
