"""A second Parallax on the same library brings the first window forward instead of opening beside it."""

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.bootstrap import run_gui
from app.services.infrastructure.instance import LibraryLock
from app.ui.window.single_instance import WindowBeacon, ask_running_window_forward, channel_name
from tests.ui.helpers import RecordingPrompter, WindowMaker


def test_a_second_start_raises_the_running_window_and_stops(
    make_window: WindowMaker, qtbot: QtBot, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    window, _ = make_window()
    WindowBeacon(db_path, window)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    second = RecordingPrompter()  # the second start's boxes
    with LibraryLock(db_path):  # the running window's lock
        assert run_gui(db_path, prompter=second) == 0
    assert "is already open in Parallax" in capsys.readouterr().err
    assert second.errors == []  # the running window answered, so there was nothing to complain about
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=3000)


def test_with_no_window_answering_a_second_start_says_the_library_is_in_use(db_path: Path) -> None:
    second = RecordingPrompter()
    with LibraryLock(db_path):  # held, say, by a window that is still starting
        assert run_gui(db_path, prompter=second) == 1
    [(_title, error)] = second.errors
    assert "is already open in Parallax" in error


def test_without_a_window_to_answer_the_lock_still_refuses(db_path: Path, tmp_path: Path) -> None:
    assert not ask_running_window_forward(tmp_path / "nobody.sqlite3")
    assert channel_name(db_path) == channel_name(db_path.parent / "." / db_path.name)
