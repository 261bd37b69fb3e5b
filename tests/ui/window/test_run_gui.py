"""`parallax` from its start to its exit code: the library opened off the GUI thread, and every way the start
can fail said once, with the library let go of."""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.bootstrap import run_gui
from app.cli import main
from app.domain.timeline import TimelineItem
from app.services.infrastructure.instance import LibraryLock
from app.services.infrastructure.storage import Library, LibraryOpenError
from app.services.registry import Services, open_services
from app.services.timeline import TimelineService
from tests.ui.helpers import RecordingPrompter
from tests.ui.window.starting import HeldOpening, close_and_release, close_when_whole, when_up


def test_run_gui_opens_the_library_off_the_gui_thread_and_the_window_becomes_whole(
    existing: Path, tmp_path: Path
) -> None:
    db_path = existing
    opening = HeldOpening()
    opening.go_on.set()
    seen: dict[str, object] = {}
    close_when_whole(seen)
    assert run_gui(db_path, settings_path=tmp_path / "parallax.ini", open_services=opening) == 0
    assert opening.threads == ["parallax-open-library"]
    assert seen["listening"] == [True]  # a second `parallax` on the library brings this window forward
    assert str(seen["title"]).startswith("Declaration by the Soviet Government")
    assert seen["listed"] == [1]
    with LibraryLock(db_path):  # let go of at the close
        pass


def test_a_library_that_cannot_be_opened_is_reported_and_the_start_fails(
    existing: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = existing
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    prompter = RecordingPrompter()  # a message box here would wait for a click that never comes
    assert run_gui(db_path, settings_path=tmp_path / "parallax.ini", prompter=prompter) == 1
    errors = [text for _title, text in prompter.errors]
    assert len(errors) == 1
    assert "newer version of Parallax" in errors[0]
    assert "newer version of Parallax" in capsys.readouterr().err


def test_closing_the_window_while_the_library_opens_waits_for_it_and_keeps_nothing_half_done(
    existing: Path, tmp_path: Path
) -> None:
    db_path = existing
    started, closed = threading.Event(), threading.Event()
    opened: list[Library] = []
    let_go: list[Library] = []

    @dataclasses.dataclass(frozen=True)
    class Watched(Library):
        def close(self) -> None:
            let_go.append(self)
            super().close()

    def slow(path: Path, *, read_only: bool = False) -> tuple[Library, Services]:
        started.set()
        closed.wait(10)  # still opening when the window closes
        library, services = open_services(path, read_only=read_only)
        opened.append(Watched(library.path, library.engine, library.sessions, library.read_only))
        return opened[-1], services

    when_up(lambda window: close_and_release(window, closed), until=started)
    settings = tmp_path / "parallax.ini"
    assert run_gui(db_path, settings_path=settings, open_services=slow) == 0
    assert len(opened) == 1  # the opening was waited for, not cut short
    assert let_go == opened  # and the library it opened was let go of
    assert not settings.exists() or "window/state" not in settings.read_text(encoding="utf-8")
    with LibraryLock(db_path):
        pass


def test_a_window_that_cannot_be_made_whole_says_so_and_the_start_fails(existing: Path, tmp_path: Path) -> None:
    db_path = existing

    class BrokenTimeline(TimelineService):
        def items(
            self, start: datetime | None = None, end: datetime | None = None, *, with_hidden: bool = False
        ) -> list[TimelineItem]:
            raise RuntimeError("a part of the window could not be built")

    def broken(path: Path, *, read_only: bool = False) -> tuple[Library, Services]:
        library, services = open_services(path, read_only=read_only)
        return library, dataclasses.replace(services, timeline=BrokenTimeline(library.sessions))

    prompter = RecordingPrompter()
    assert run_gui(db_path, settings_path=tmp_path / "parallax.ini", prompter=prompter, open_services=broken) == 1
    assert [text for _title, text in prompter.errors] == ["a part of the window could not be built"]
    with LibraryLock(db_path):  # and the library was let go of
        pass


def test_parallax_open_shows_the_documents_side_by_side_from_the_first_page_on(
    services: Services, db_path: Path, nagy: int
) -> None:
    seen: dict[str, object] = {}
    close_when_whole(seen)
    assert main(["open", str(nagy), "1", "--db", str(db_path)]) == 0
    assert seen["layout"] == [[nagy, 1]]
    assert str(seen["title"]).startswith("Imre Nagy")


def test_a_library_that_fails_after_the_window_closed_still_ends_the_start_with_an_error(
    qtbot: QtBot, existing: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    started, closed = threading.Event(), threading.Event()

    def failing(_path: Path, *, read_only: bool = False) -> tuple[Library, Services]:
        started.set()
        closed.wait(10)
        raise LibraryOpenError("the disk went away")

    prompter = RecordingPrompter()
    when_up(lambda window: close_and_release(window, closed), until=started)
    settings = tmp_path / "parallax.ini"
    assert run_gui(existing, settings_path=settings, prompter=prompter, open_services=failing) == 1
    assert "the disk went away" in capsys.readouterr().err
    # The worker's news, still queued then, reaches the event loop now: it must not put up a box for a window
    # that is gone.
    QApplication.processEvents()
    assert prompter.errors == []
