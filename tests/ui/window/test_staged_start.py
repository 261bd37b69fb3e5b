"""The window starts in two steps: the page being read goes up first, read from the file; the library follows.

Every window here starts as `parallax` starts one (app/bootstrap.py); where a test must look at the frame before
the library is open, it hands the start an opening of the services that waits until the test lets it go on."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.bootstrap import FAILED, WindowStart, run_gui, start_window
from app.domain.alignment.links import ParagraphSpan
from app.services.infrastructure.instance import LibraryLock
from app.services.infrastructure.storage import Library
from app.services.registry import Services, open_services
from app.ui.common.settings import WindowSettings
from app.ui.window.frame import OPENING
from app.ui.window.main_window import MainWindow
from app.ui.window.single_instance import WindowBeacon
from tests.conftest import WITHDRAW
from tests.ui.conftest import RecordingPrompter
from tests.ui.notes.test_notes import noted


@pytest.fixture
def existing(db_path: Path) -> Path:
    """A library made by an earlier start, closed again: the next start reads its first page from the file."""
    library, _services = open_services(db_path)
    library.close()
    return db_path


def settings_at(path: Path) -> WindowSettings:
    return WindowSettings(QSettings(str(path), QSettings.Format.IniFormat))


class HeldOpening:
    """Opens the services as the product does, on the start's worker thread, once the test lets it go on."""

    def __init__(self) -> None:
        self.go_on = threading.Event()
        self.threads: list[str] = []

    def __call__(self, path: Path, *, read_only: bool = False) -> tuple[Library, Services]:
        self.threads.append(threading.current_thread().name)
        self.go_on.wait(20)
        return open_services(path, read_only=read_only)


class Starts:
    """Windows started for a test, each with its held opening; all closed and finished at the end."""

    def __init__(self, qtbot: QtBot) -> None:
        self._qtbot = qtbot
        self.started: list[WindowStart] = []

    def frame(
        self, db_path: Path, settings: WindowSettings, open_ids: tuple[int, ...] = (), *, read_only: bool = False
    ) -> tuple[MainWindow, HeldOpening]:
        """The window as it first goes up: its frame and the page, before the library is open."""
        held = HeldOpening()
        start = start_window(
            db_path, settings, open_ids, read_only=read_only, prompter=RecordingPrompter(), open_services=held
        )
        self.started.append(start)
        self._qtbot.addWidget(start.window)
        self._qtbot.waitExposed(start.window)
        return start.window, held

    def let_open(self, window: MainWindow, held: HeldOpening) -> None:
        """Let the library open, and wait until the window is whole."""
        held.go_on.set()
        self._qtbot.waitUntil(lambda: window.attached or bool(window.property(FAILED)), timeout=20_000)
        assert window.attached

    def finish(self) -> None:
        for start in self.started:
            start.window.close()
            start.finish()


@pytest.fixture
def starts(qtbot: QtBot) -> Iterator[Starts]:
    made = Starts(qtbot)
    yield made
    made.finish()


def menu_texts(window: MainWindow, title: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == title)
    return [action.text().replace("&", "") for action in menu.actions() if action.text()]


@pytest.mark.usefixtures("notes")
def test_the_declaration_is_up_before_the_library_and_the_rest_fills_in_around_it(
    starts: Starts, services: Services, db_path: Path, tmp_path: Path, nagy: int
) -> None:
    settings = settings_at(tmp_path / "parallax.ini")
    window, held = starts.frame(db_path, settings)
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

    starts.let_open(window, held)
    assert window.attached
    assert window.documents.tabs.count() == 1  # the page read first is kept, not opened again
    assert window.documents.current_pane() is pane
    assert sorted(window.parts.library_panel.document_ids()) == [1, nagy]
    assert window.parts.library_panel.selected_ids() == [1]
    assert "Import…" in menu_texts(window, "File")
    assert window.frame.search_box.isEnabled()
    assert set(noted(pane)) == {WITHDRAW}  # quoted by both notes
    assert pane.view.width() == page_width  # the docks were in place already: the page does not move


def test_the_last_session_comes_back_in_order_around_the_tab_read_first(
    starts: Starts, services: Services, db_path: Path, tmp_path: Path, nagy: int
) -> None:
    services.alignment.link(1, ParagraphSpan(17, 17), nagy, ParagraphSpan(1, 1))
    raw = QSettings(str(tmp_path / "parallax.ini"), QSettings.Format.IniFormat)
    raw.setValue("session/tabs", f"{nagy},1+{nagy}")  # Nagy alone, then the Declaration beside Nagy
    raw.setValue("session/current_document", 1)  # read beside Nagy
    raw.sync()
    settings = settings_at(tmp_path / "parallax.ini")
    window, held = starts.frame(db_path, settings)
    assert window.documents.layout_ids() == [[1, nagy]]  # the tab in front at the last close, first
    first_view = window.documents.current_view()
    assert first_view is not None
    assert first_view.links_between(1, nagy) == []

    starts.let_open(window, held)
    assert window.documents.layout_ids() == [[nagy], [1, nagy]]
    assert window.documents.current_view() is first_view
    current = window.documents.current_pane()
    assert current is not None
    assert current.document_id == 1
    assert len(first_view.links_between(1, nagy)) == 1  # the links came with the library


def test_documents_asked_for_on_the_command_line_are_the_first_page(
    starts: Starts, services: Services, db_path: Path, tmp_path: Path, nagy: int
) -> None:
    settings = settings_at(tmp_path / "parallax.ini")
    window, held = starts.frame(db_path, settings, (nagy, 1))
    assert window.documents.layout_ids() == [[nagy, 1]]
    starts.let_open(window, held)
    assert window.documents.layout_ids() == [[nagy, 1]]


def test_a_library_that_cannot_be_read_ahead_opens_with_its_page_once_it_is_open(
    starts: Starts, db_path: Path, tmp_path: Path
) -> None:
    settings = settings_at(tmp_path / "parallax.ini")
    window, held = starts.frame(db_path, settings)  # no file yet: a first start
    assert window.documents.current_pane() is None
    assert window.documents.hint.isVisible()
    assert window.documents.hint.text() == OPENING  # not yet "open a document from the library"
    starts.let_open(window, held)
    pane = window.documents.current_pane()
    assert pane is not None
    assert pane.document is not None
    assert pane.document.title.startswith("Declaration by the Soviet Government")
    window.documents.close_current()
    assert window.documents.hint.text().startswith("Open a document from the library")


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
            seen["listed"] = window.parts.library_panel.document_ids()
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
    existing: Path, tmp_path: Path
) -> None:
    db_path = existing
    opening = HeldOpening()
    opening.go_on.set()
    seen: dict[str, object] = {}
    close_when_whole(seen)
    assert run_gui(db_path, settings_path=tmp_path / "parallax.ini", open_services=opening) == 0
    assert [name.rsplit("_", 1)[0] for name in opening.threads] == ["parallax-open-library"]
    assert seen["listening"] == [True]  # a second `parallax` on the library brings this window forward
    assert str(seen["title"]).startswith("Declaration by the Soviet Government")
    assert seen["listed"] == [1]
    with LibraryLock(db_path):  # let go of at the close
        pass


def test_a_library_that_cannot_be_opened_is_reported_and_the_start_fails(
    existing: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

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

    class BrokenTimeline:
        def items(self, *, with_hidden: bool = False) -> object:
            raise RuntimeError("a part of the window could not be built")

    def broken(path: Path, *, read_only: bool = False) -> tuple[Library, Services]:
        library, services = open_services(path, read_only=read_only)
        return library, dataclasses.replace(services, timeline=BrokenTimeline())  # type: ignore[arg-type]

    prompter = RecordingPrompter()
    assert run_gui(db_path, settings_path=tmp_path / "parallax.ini", prompter=prompter, open_services=broken) == 1
    assert [text for _title, text in prompter.errors] == ["a part of the window could not be built"]
    with LibraryLock(db_path):  # and the library was let go of
        pass


def test_parallax_open_shows_the_documents_side_by_side_from_the_first_page_on(
    services: Services, db_path: Path, nagy: int
) -> None:
    from app.cli import main

    seen: dict[str, object] = {}
    close_when_whole(seen)
    assert main(["open", str(nagy), "1", "--db", str(db_path)]) == 0
    assert seen["layout"] == [[nagy, 1]]
    assert str(seen["title"]).startswith("Imre Nagy")


def test_a_tab_the_reader_changed_before_the_library_opened_stays_as_they_left_it(
    starts: Starts, services: Services, db_path: Path, tmp_path: Path, nagy: int
) -> None:
    raw = QSettings(str(tmp_path / "parallax.ini"), QSettings.Format.IniFormat)
    raw.setValue("session/tabs", f"{nagy},1+{nagy}")
    raw.setValue("session/current_document", 1)
    raw.sync()
    settings = settings_at(tmp_path / "parallax.ini")
    window, held = starts.frame(db_path, settings)
    view = window.documents.current_view()
    assert view is not None
    frame = view.frame_of(nagy)
    assert frame is not None
    view.remove(frame)  # closed while the library was opening
    starts.let_open(window, held)
    assert window.documents.layout_ids() == [[nagy], [1]]  # not reopened, and not shown twice


def test_a_session_with_a_hidden_collection_comes_back_as_the_library_shows_it(
    starts: Starts, services: Services, db_path: Path, tmp_path: Path
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
    window, held = starts.frame(db_path, settings)
    assert window.documents.layout_ids() == []  # not read ahead: the library leaves hidden documents out
    starts.let_open(window, held)
    assert window.documents.layout_ids() == [[1]]


def test_settings_with_impossible_ids_start_as_if_they_were_not_there(
    starts: Starts, services: Services, db_path: Path, tmp_path: Path, nagy: int
) -> None:
    raw = QSettings(str(tmp_path / "parallax.ini"), QSettings.Format.IniFormat)
    raw.setValue("session/tabs", f"99999999999999999999+{nagy},{nagy}+{nagy}")
    raw.setValue("session/current_document", nagy)
    raw.sync()
    settings = settings_at(tmp_path / "parallax.ini")
    assert settings.open_layout == [[nagy], [nagy]]  # too large for an ID, and a document twice in a tab: dropped
    window, held = starts.frame(db_path, settings)
    starts.let_open(window, held)
    assert window.documents.layout_ids() == [[nagy], [nagy]]


def test_the_same_document_asked_for_twice_is_shown_once(
    starts: Starts, services: Services, db_path: Path, tmp_path: Path, nagy: int
) -> None:
    settings = settings_at(tmp_path / "parallax.ini")
    window, held = starts.frame(db_path, settings, (nagy, nagy))
    assert window.documents.layout_ids() == [[nagy]]
    starts.let_open(window, held)
    assert window.documents.layout_ids() == [[nagy]]


def test_a_library_that_fails_after_the_window_closed_still_ends_the_start_with_an_error(
    qtbot: QtBot, existing: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.services.infrastructure.storage import LibraryOpenError

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


def test_a_read_only_library_has_its_banner_from_the_first_page_on(
    starts: Starts, tmp_path: Path, existing: Path
) -> None:
    settings = settings_at(tmp_path / "parallax.ini")
    window, held = starts.frame(existing, settings, read_only=True)
    assert len(window.findChildren(QLabel, "ReadOnlyBanner")) == 1
    pane = window.documents.current_pane()
    assert pane is not None
    top = pane.view.mapTo(window, QPoint(0, 0))
    starts.let_open(window, held)
    assert len(window.findChildren(QLabel, "ReadOnlyBanner")) == 1  # the same banner, not a second one
    assert window.documents.current_pane() is pane
    assert pane.view.mapTo(window, QPoint(0, 0)) == top  # the page did not move down when the library came
    assert not window.acceptDrops()
