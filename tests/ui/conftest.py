"""The real main window over a fresh library, with a prompter that records instead of showing boxes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services.registry import Services
from app.ui.window.main_window import MainWindow
from tests.ui.helpers import WindowMaker


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "parallax.ini"


@pytest.fixture
def make_window(qtbot: QtBot, services: Services, db_path: Path, settings_path: Path) -> Iterator[WindowMaker]:
    """Windows on the test's library. `services` is there for the test to prepare and check the library with;
    each window opens its own, as at a start."""
    maker = WindowMaker(qtbot, db_path, settings_path)
    yield maker
    maker.finish()


@pytest.fixture
def window(make_window: WindowMaker) -> MainWindow:
    return make_window()[0]
