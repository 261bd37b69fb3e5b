"""The window starts in two steps: the page being read goes up first, read from the file; the library follows."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.bootstrap import Services, restore_session, run_gui, show_first_page, start_services
from app.domain.alignment.links import ParagraphSpan
from app.services.infrastructure.instance import LibraryLock
from app.services.infrastructure.storage import Library
from app.ui.window.frame import OPENING
from app.ui.window.main_window import MainWindow
from app.ui.window.settings import WindowSettings
from app.ui.window.single_instance import WindowBeacon
from tests.conftest import WITHDRAW
from tests.ui.conftest import RecordingPrompter
from tests.ui.test_notes import noted


@pytest.fixture
def existing(db_path: Path) -> Path:
    """A library made by an earlier start, closed again: the next start reads its first page from the file."""
    library, _services = start_services(db_path)
    library.close()
    return db_path


def settings_at(path: Path) -> WindowSettings:
    return WindowSettings(QSettings(str(path), QSettings.Format.IniFormat))


def frame_only(qtbot: QtBot, db_path: Path, settings: WindowSettings, open_ids: tuple[int, ...] = ()) -> MainWindow:
    """The window as it first goes up: its frame and the page, before the library is open."""
    window = MainWindow(None, settings, RecordingPrompter())
    qtbot.addWidget(window)
    show_first_page(window, db_path, settings, open_ids)
    window.show()
    qtbot.waitExposed(window)
    return window


def menu_texts(window: MainWindow, title: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == title)
    return [action.text().replace("&", "") for action in menu.actions() if action.text()]


@pytest.mark.usefixtures("notes")
def test_the_declaration_is_up_before_the_library_and_the_rest_fills_in_around_it(
    qtbot: QtBot, services: Services, db_path: Path, tmp_path: Path, nagy: int
) -> None:
    settings = settings_at(tmp_path / "parallax.ini")
    window = frame_only(qtbot, db_path, settings)
    assert not window.attached
    pane = window.documents.current_pane()
    assert pane is not None
    assert pane.document is not None
    assert pane.document.title.startswith("Declaration by the Soviet Government")
    assert window.windowTitle().startswith("Declaration by the Soviet Government")
    place = window.splitter.widget(0)
    assert isinstance(place, QLabel)
    assert place.text() == OPENING  # where the library list will be
    assert menu_texts(window, "File") == [OPENING]
    assert not window.frame.search_box.isEnabled()
    assert noted(pane) == []  # notes come with the library
    page_width = pane.view.width()

    window.attach(services)
    restore_session(window, services.library, settings, ())
    assert window.attached
    assert window.documents.tabs.count() == 1  # the page read first is kept, not opened again
    assert window.documents.current_pane() is pane
    assert sorted(window.library_panel.document_ids()) == [1, nagy]
    assert window.library_panel.selected_ids() == [1]
    assert "Import…" in menu_texts(window, "File")
    assert window.frame.search_box.isEnabled()
    assert set(noted(pane)) == {WITHDRAW}  # quoted by both notes
    assert pane.view.width() == page_width  # the docks were in place already: the page does not move


def test_the_last_session_comes_back_in_order_around_the_tab_read_first(
    qtbot: QtBot, services: Services, db_path: Path, tmp_path: Path, nagy: int
) -> None:
    services.alignment.link(1, ParagraphSpan(17, 17), nagy, ParagraphSpan(1, 1))
    raw = QSettings(str(tmp_path / "parallax.ini"), QSettings.Format.IniFormat)
    raw.setValue("session/tabs", f"{nagy},1+{nagy}")  # Nagy alone, then the Declaration beside Nagy
    raw.setValue("session/current_document", 1)  # read beside Nagy
    raw.sync()
    settings = settings_at(tmp_path / "parallax.ini")
    window = frame_only(qtbot, db_path, settings)
    assert window.documents.layout_ids() == [[1, nagy]]  # the tab in front at the last close, first
    first_view = window.documents.current_view()
    assert first_view is not None
    assert first_view.links_between(1, nagy) == []

    window.attach(services)
    restore_session(window, services.library, settings, ())
    assert window.documents.layout_ids() == [[nagy], [1, nagy]]
    assert window.documents.current_view() is first_view
    current = window.documents.current_pane()
    assert current is not None
    assert current.document_id == 1
    assert len(first_view.links_between(1, nagy)) == 1  # the links came with the library


def test_documents_asked_for_on_the_command_line_are_the_first_page(
    qtbot: QtBot, services: Services, db_path: Path, tmp_path: Path, nagy: int
) -> None:
    settings = settings_at(tmp_path / "parallax.ini")
    window = frame_only(qtbot, db_path, settings, (nagy, 1))
    assert window.documents.layout_ids() == [[nagy, 1]]
    window.attach(services)
    restore_session(window, services.library, settings, (nagy, 1))
    assert window.documents.layout_ids() == [[nagy, 1]]


def test_a_library_that_cannot_be_read_ahead_opens_with_its_page_once_it_is_open(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    settings = settings_at(tmp_path / "parallax.ini")
    window = frame_only(qtbot, db_path, settings)  # no file yet: a first start
    assert window.documents.current_pane() is None
    assert window.documents.hint.isVisible()
    assert window.documents.hint.text() == OPENING  # not yet "open a document from the library"
    library, services = start_services(db_path)
    try:
        window.attach(services)
        assert window.documents.hint.text().startswith("Open a document from the library")
        restore_session(window, services.library, settings, ())
        pane = window.documents.current_pane()
        assert pane is not None
        assert pane.document_id == services.library.find_bundled("declaration-1956-10-30")
    finally:
        library.close()


def when_up(act: Callable[[MainWindow], object], until: threading.Event | None = None) -> None:
    """Once run_gui's window is up (and `until` is set, if given), call `act` with it."""

    def check() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows or (until is not None and not until.is_set()):
            QTimer.singleShot(20, check)
            return
        act(windows[0])

    QTimer.singleShot(0, check)


def close_when_whole(seen: dict[str, object]) -> None:
    """Once run_gui's window is whole, note what it shows and close it."""

    def watch(window: MainWindow) -> None:
        def whole() -> None:
            pane = window.documents.current_pane()
            seen["title"] = pane.document.title if pane and pane.document else ""
            seen["listed"] = window.library_panel.document_ids()
            seen["layout"] = window.documents.layout_ids()
            beacons = [child for child in window.children() if isinstance(child, WindowBeacon)]
            seen["listening"] = [beacon.server.isListening() for beacon in beacons]
            window.close()

        if window.attached:
            whole()
        else:
            window.ready.connect(whole)

    when_up(watch)


def close_and_release(window: MainWindow, closed: threading.Event) -> None:
    window.close()
    closed.set()


def test_run_gui_opens_the_library_off_the_gui_thread_and_the_window_becomes_whole(
    existing: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = existing
    threads: list[str] = []
    real_start = start_services

    def recorded(path: Path, *, read_only: bool = False) -> object:
        threads.append(threading.current_thread().name)
        return real_start(path, read_only=read_only)

    monkeypatch.setattr("app.bootstrap.start_services", recorded)
    seen: dict[str, object] = {}
    close_when_whole(seen)
    assert run_gui(db_path, settings_path=tmp_path / "parallax.ini") == 0
    assert threads == ["parallax-open-library"]
    assert seen["listening"] == [True]  # a second `parallax` on the library brings this window forward
    assert str(seen["title"]).startswith("Declaration by the Soviet Government")
    assert seen["listed"] == [1]
    with LibraryLock(db_path):  # let go of at the close
        pass


def test_a_library_that_cannot_be_opened_is_reported_and_the_start_fails(
    existing: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    db_path = existing
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    errors: list[str] = []  # a message box here would wait for a click that never comes
    monkeypatch.setattr("app.ui.common.prompter.DialogPrompter.error", lambda _self, _title, text: errors.append(text))
    assert run_gui(db_path, settings_path=tmp_path / "parallax.ini") == 1
    assert len(errors) == 1
    assert "newer version of Parallax" in errors[0]
    assert "newer version of Parallax" in capsys.readouterr().err


def test_closing_the_window_while_the_library_opens_waits_for_it_and_keeps_nothing_half_done(
    existing: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = existing
    started, closed = threading.Event(), threading.Event()
    opened, let_go = [], []
    real_start, real_close = start_services, Library.close

    def slow(path: Path, *, read_only: bool = False) -> object:
        started.set()
        closed.wait(10)  # still opening when the window closes
        opened.append(real_start(path, read_only=read_only))
        return opened[-1]

    def close(library: Library) -> None:
        let_go.append(library)
        real_close(library)

    monkeypatch.setattr("app.bootstrap.start_services", slow)
    monkeypatch.setattr(Library, "close", close)
    when_up(lambda window: close_and_release(window, closed), until=started)
    settings = tmp_path / "parallax.ini"
    assert run_gui(db_path, settings_path=settings) == 0
    assert len(opened) == 1  # the opening was waited for, not cut short
    assert let_go == [opened[0][0]]  # and the library it opened was closed
    assert not settings.exists() or "window/state" not in settings.read_text(encoding="utf-8")
    with LibraryLock(db_path):
        pass


def test_a_window_that_cannot_be_made_whole_says_so_and_the_start_fails(
    existing: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = existing
    errors: list[str] = []

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a part of the window could not be built")

    monkeypatch.setattr("app.ui.common.prompter.DialogPrompter.error", lambda _self, _title, text: errors.append(text))
    monkeypatch.setattr(MainWindow, "attach", broken)
    assert run_gui(db_path, settings_path=tmp_path / "parallax.ini") == 1
    assert errors == ["a part of the window could not be built"]
    with LibraryLock(db_path):  # and the library was let go of
        pass


def test_parallax_open_shows_the_documents_side_by_side_from_the_first_page_on(
    services: Services, db_path: Path, tmp_path: Path, nagy: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.cli import main

    monkeypatch.setattr("app.bootstrap.default_settings_path", lambda: tmp_path / "parallax.ini")
    seen: dict[str, object] = {}
    close_when_whole(seen)
    assert main(["open", str(nagy), "1", "--db", str(db_path)]) == 0
    assert seen["layout"] == [[nagy, 1]]
    assert str(seen["title"]).startswith("Imre Nagy")


def test_a_tab_the_reader_changed_before_the_library_opened_stays_as_they_left_it(
    qtbot: QtBot, services: Services, db_path: Path, tmp_path: Path, nagy: int
) -> None:
    raw = QSettings(str(tmp_path / "parallax.ini"), QSettings.Format.IniFormat)
    raw.setValue("session/tabs", f"{nagy},1+{nagy}")
    raw.setValue("session/current_document", 1)
    raw.sync()
    settings = settings_at(tmp_path / "parallax.ini")
    window = frame_only(qtbot, db_path, settings)
    view = window.documents.current_view()
    assert view is not None
    frame = view.frame_of(nagy)
    assert frame is not None
    view.remove(frame)  # closed while the library was opening
    window.attach(services)
    restore_session(window, services.library, settings, ())
    assert window.documents.layout_ids() == [[nagy], [1]]  # not reopened, and not shown twice


def test_a_session_with_a_hidden_collection_comes_back_as_the_library_shows_it(
    qtbot: QtBot, services: Services, db_path: Path, tmp_path: Path
) -> None:
    from app.domain.documents import DocumentMetadata
    from app.services.library import NewDocument

    collection = services.collections.create("FRUS 1955–57, XXV")
    member = services.library.add_document(
        NewDocument(DocumentMetadata(title="Telegram 148"), ("Nagy asked.",), collection_id=collection)
    )
    services.collections.set_hidden(collection, True)
    raw = QSettings(str(tmp_path / "parallax.ini"), QSettings.Format.IniFormat)
    raw.setValue("session/tabs", f"{member}+1")
    raw.setValue("session/current_document", member)
    raw.sync()
    settings = settings_at(tmp_path / "parallax.ini")
    window = frame_only(qtbot, db_path, settings)
    assert window.documents.layout_ids() == []  # not read ahead: the library leaves hidden documents out
    window.attach(services)
    restore_session(window, services.library, settings, ())
    assert window.documents.layout_ids() == [[1]]


def test_settings_with_impossible_ids_start_as_if_they_were_not_there(
    qtbot: QtBot, services: Services, db_path: Path, tmp_path: Path, nagy: int
) -> None:
    raw = QSettings(str(tmp_path / "parallax.ini"), QSettings.Format.IniFormat)
    raw.setValue("session/tabs", f"99999999999999999999+{nagy},{nagy}+{nagy}")
    raw.setValue("session/current_document", nagy)
    raw.sync()
    settings = settings_at(tmp_path / "parallax.ini")
    assert settings.open_layout == [[nagy], [nagy]]  # too large for an ID, and a document twice in a tab: dropped
    window = frame_only(qtbot, db_path, settings)
    window.attach(services)
    restore_session(window, services.library, settings, ())
    assert window.documents.layout_ids() == [[nagy], [nagy]]


def test_the_same_document_asked_for_twice_is_shown_once(
    qtbot: QtBot, services: Services, db_path: Path, tmp_path: Path, nagy: int
) -> None:
    settings = settings_at(tmp_path / "parallax.ini")
    window = frame_only(qtbot, db_path, settings, (nagy, nagy))
    assert window.documents.layout_ids() == [[nagy]]
    window.attach(services)
    restore_session(window, services.library, settings, (nagy, nagy))
    assert window.documents.layout_ids() == [[nagy]]


def test_a_library_that_fails_after_the_window_closed_still_ends_the_start_with_an_error(
    qtbot: QtBot, existing: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.services.infrastructure.storage import LibraryOpenError

    started, closed = threading.Event(), threading.Event()

    def failing(_path: Path, *, read_only: bool = False) -> object:
        started.set()
        closed.wait(10)
        raise LibraryOpenError("the disk went away")

    boxes: list[str] = []
    monkeypatch.setattr("app.bootstrap.start_services", failing)
    monkeypatch.setattr("app.ui.common.prompter.DialogPrompter.error", lambda _self, _title, text: boxes.append(text))
    when_up(lambda window: close_and_release(window, closed), until=started)
    assert run_gui(existing, settings_path=tmp_path / "parallax.ini") == 1
    assert "the disk went away" in capsys.readouterr().err
    qtbot.wait(200)  # the worker's news, still queued, must not put up a box over a window that is gone
    assert boxes == []


def test_a_read_only_library_has_its_banner_from_the_first_page_on(
    qtbot: QtBot, db_path: Path, tmp_path: Path, existing: Path
) -> None:
    settings = settings_at(tmp_path / "parallax.ini")
    window = MainWindow(None, settings, RecordingPrompter(), library_location=str(existing), read_only=True)
    qtbot.addWidget(window)
    show_first_page(window, existing, settings, ())
    window.show()
    qtbot.waitExposed(window)
    assert len(window.findChildren(QLabel, "ReadOnlyBanner")) == 1
    pane = window.documents.current_pane()
    assert pane is not None
    top = pane.view.mapTo(window, QPoint(0, 0))
    library, services = start_services(existing, read_only=True)
    try:
        window.attach(services, library_location=str(existing), read_only=True)
        restore_session(window, services.library, settings, ())
        assert len(window.findChildren(QLabel, "ReadOnlyBanner")) == 1  # the same banner, not a second one
        assert window.documents.current_pane() is pane
        assert pane.view.mapTo(window, QPoint(0, 0)) == top  # the page did not move down when the library came
        assert not window.acceptDrops()
    finally:
        library.close()
