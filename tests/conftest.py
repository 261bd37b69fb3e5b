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

import pytest

from app.domain.documents import DocumentKind, DocumentMetadata, SourceCitation
from app.services.infrastructure.storage import Library
from app.services.library import NewDocument
from app.services.registry import Services, open_services

pytest_plugins = ["tests.pg_fixtures"]  # a PostgreSQL server of the run's own, and shared libraries on it


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


# A small research library: Nagy's broadcast beside the Declaration, and two notes quoting them.
WITHDRAW = "withdraw the Soviet military units from the city of Budapest"
NEUTRALITY = "declares the neutrality of the Hungarian People's Republic"
NAGY = DocumentMetadata(
    title="Imre Nagy's radio address on Hungary's neutrality",
    issuer="Imre Nagy",
    date_edtf="1956-11-01",
    place="Budapest",
    kind=DocumentKind.BROADCAST,
    source=SourceCitation(
        publication="The 1956 Hungarian Revolution: A History in Documents",
        editor="Csaba Békés, Malcolm Byrne and János M. Rainer",
        publisher="Central European University Press",
        place="Budapest",
        year="2002",
        pages="332–333",
    ),
)


@pytest.fixture
def nagy(services: Services) -> int:
    paragraphs = (
        (
            "People of Hungary! The Hungarian National Government, giving expression to the undivided will of the "
            f"Hungarian millions, {NEUTRALITY}."
        ),
        "We appeal to our neighbours, countries near and far, to respect the unalterable decision of our people.",
    )
    return services.library.add_document(NewDocument(NAGY, paragraphs, pages=("332", "333")))


@pytest.fixture
def notes(services: Services, nagy: int) -> tuple[int, int]:
    """A note linking the Declaration's ¶17 to Nagy's ¶1, and one that quotes ¶17 again (a short citation)."""
    declaration = 1
    first = services.notes.create(
        [services.notes.find_quote(declaration, WITHDRAW), services.notes.find_quote(nagy, NEUTRALITY)],
        title="Withdrawal and neutrality",
        body="Nagy answers the *offer* a day later. See [[Security Council]]. "
        "Ünnepélyes nyilatkozat; «Декларация» of 30 October. ![map](https://example.org/map.png)",
        tags=("Budapest",),
        date_edtf="1956-11-01",
    ).result
    second = services.notes.create(
        [services.notes.find_quote(declaration, WITHDRAW)],
        title="Security Council",
        body="The offer is quoted at the UN.",
        tags=("UN",),
        date_edtf="1956-11-04",
    ).result
    return first.id, second.id
