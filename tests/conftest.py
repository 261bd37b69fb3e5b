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

import pytest

from app.bootstrap import Services, start_services
from app.services.storage import Library


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite3"


@pytest.fixture
def started(db_path: Path) -> Iterator[tuple[Library, Services]]:
    """A new library file, migrated and seeded as at a first start."""
    library, services = start_services(db_path)
    yield library, services
    library.close()


@pytest.fixture
def services(started: tuple[Library, Services]) -> Services:
    return started[1]
