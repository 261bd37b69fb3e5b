"""What the start's tests share: a library left by an earlier start, and windows whose library opens when told."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services.registry import open_services
from tests.ui.window.starting import Starts


@pytest.fixture
def existing(db_path: Path) -> Path:
    """A library made by an earlier start, closed again: the next start reads its first page from the file."""
    library, _services = open_services(db_path)
    library.close()
    return db_path


@pytest.fixture
def starts(qtbot: QtBot) -> Iterator[Starts]:
    made = Starts(qtbot)
    yield made
    made.finish()
