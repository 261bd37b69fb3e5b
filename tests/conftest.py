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

from app.domain.documents import DocumentKind, DocumentMetadata, SourceCitation
from app.services.infrastructure.storage import Library
from app.services.library import NewDocument
from app.services.registry import Services, open_services


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite3"


@pytest.fixture
def started(db_path: Path) -> Iterator[tuple[Library, Services]]:
    """A new library file, migrated and seeded as at a first start."""
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
