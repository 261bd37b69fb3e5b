"""The composition root: opens the library, makes the services and the main window, and runs Qt.

A window starts in two steps. The frame goes up at once with the page being read, taken from the library file
with sqlite3 alone (app/services/first_page.py); then a worker thread loads the storage stack, opens the library
(upgrading it if need be) and makes the services, and the window is made whole around the page
(app/ui/window/assembly.py). Nothing here imports SQLAlchemy or the services at module level, so that the
window's first page never waits for them.

`start_window` is that start, up to the event loop; `run_gui` adds the application, the lock on the library,
the loop and what happens after the close. Tests start windows through `start_window` with their own prompter
(and, where they need one, their own way of opening the services).
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app import APP_NAME, ORGANIZATION, __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from app.domain.documents import DocumentSummary
    from app.services.collections import Collection
    from app.services.infrastructure.instance import LibraryLock
    from app.services.infrastructure.storage import Library, Location
    from app.services.library import LibraryService
    from app.services.registry import Services
    from app.ui.common.prompter import Prompter
    from app.ui.common.settings import WindowSettings
    from app.ui.window.library_opening import LibraryOpening
    from app.ui.window.main_window import MainWindow
    from app.ui.window.parts import WindowParts

SETTINGS_FILE_NAME = "parallax.ini"
FAILED = "parallaxFailed"  # a window property: it closed because the library could not be opened

OpenServices = Callable[..., "tuple[Library, Services]"]  # (location, *, read_only[, password]) -> library, services


def default_settings_path() -> Path:
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False, ensure_exists=True) / SETTINGS_FILE_NAME


def open_settings(path: Path | None = None) -> WindowSettings:
    from PySide6.QtCore import QSettings

    from app.ui.common.settings import WindowSettings

    return WindowSettings(QSettings(str(path or default_settings_path()), QSettings.Format.IniFormat))


@dataclass(frozen=True)
class OpenedLibrary:
    """What the worker thread hands the window: the open library, its services, and its listing read ahead."""

    library: Library
    services: Services
    collections: list[Collection]
    documents: list[DocumentSummary]


def open_for_window(
    location: Location, *, read_only: bool, open_services: OpenServices, password: str | None = None
) -> OpenedLibrary:
    """On the worker thread: open the library and read what the window lists, so the GUI thread need not wait;
    load the window's other parts too, so that it only has to build them."""
    extra = {"password": password} if password is not None else {}
    library, services = open_services(location, read_only=read_only, **extra)
    try:
        opened = OpenedLibrary(
            library, services, services.collections.list_collections(), services.library.list_documents()
        )
        import app.ui.window.assembly  # noqa: F401 - modules only: no widget is made off the GUI thread
    except BaseException:
        library.close()
        raise
    return opened


@dataclass
class WindowStart:
    """A window on its way up: its frame shown, its library opening on a worker thread."""

    window: MainWindow
    opening: LibraryOpening
    restore_hook: Callable[[], None]

    def finish(self) -> OpenedLibrary | None:
        """After the window has closed: wait for the library's opening (an upgrade is never cut short), let the
        work under way end, and let go of the library."""
        opened = self.opening.wait()
        if self.window.attached:
            self.window.parts.safety.wait()
        if isinstance(opened, OpenedLibrary):
            opened.library.close()
        self.restore_hook()
        return opened if isinstance(opened, OpenedLibrary) else None


def start_window(
    db_path: Location,
    settings: WindowSettings,
    open_ids: Sequence[int] = (),
    *,
    read_only: bool = False,
    prompter: Prompter | None = None,
    open_services: OpenServices | None = None,
) -> WindowStart:
    """Put up the window's frame with its first page, and have the library opened after the first paint.

    A shared library's first page comes with the library (there is no file to read it from), and a password its
    server asks for is asked for here."""
    from app.services.infrastructure.storage import describe_location, is_read_only
    from app.services.registry import open_services as open_library_services
    from app.ui.common.language import speak, window_language
    from app.ui.window.errors import report_errors
    from app.ui.window.library_opening import LibraryOpening
    from app.ui.window.main_window import MainWindow

    speak(window_language(settings.language))  # before the first widget is made
    opener = open_services or open_library_services
    path = db_path.expanduser() if isinstance(db_path, Path) else None
    read_only = read_only or (path is not None and is_read_only(path))
    where = str(path.resolve()) if path is not None else describe_location(db_path)
    window = MainWindow(settings, prompter, library_location=where, read_only=read_only)
    restore_hook = report_errors(window)
    if path is not None:
        show_first_page(window, path, settings, open_ids)

    def open_with(password: str | None = None) -> OpenedLibrary:
        return open_for_window(db_path, read_only=read_only, open_services=opener, password=password)

    opening = LibraryOpening(window, open_with)
    if path is not None:  # a second `parallax` on this file brings this window forward from its first paint on
        opening.started.connect(_while_up(window, lambda: _listen_for_second_starts(window, path)))
    opening.opened.connect(_while_up(window, lambda opened: _attach(window, opened, settings, open_ids)))
    opening.failed.connect(_while_up(window, lambda exc: _opening_failed(window, opening, exc, db_path, open_with)))
    window.show()
    return WindowStart(window, opening, restore_hook)


def _opening_failed(
    window: MainWindow, opening: LibraryOpening, exc: BaseException, location: Location,
    open_with: Callable[[str | None], OpenedLibrary],
) -> None:  # fmt: skip
    """A shared library's server asking for a password: asked for, and the library opened with it; anything
    else is reported and the window closed."""
    from app.services.infrastructure.storage import PasswordNeededError, SharedAddress

    if isinstance(exc, PasswordNeededError) and isinstance(location, SharedAddress):
        from app.ui.window.shared import ask_password

        password = ask_password(window.prompter, location, exc)
        if password is not None:
            opening.again(lambda: open_with(password))
            return
    _report_failure(window, exc)


def run_gui(
    db_path: Location,
    open_ids: Sequence[int] = (),
    settings_path: Path | None = None,
    *,
    read_only: bool = False,
    prompter: Prompter | None = None,
    open_services: OpenServices | None = None,
) -> int:
    """Start the window; returns the process exit code. (`prompter` and `open_services`: see start_window.)"""
    # Qt is imported here, not at the top, so that the command line never loads it.
    from PySide6.QtWidgets import QApplication

    from app.ui.common.theme import STYLE, STYLED

    app = QApplication.instance()
    if app is None:
        app = QApplication([*sys.argv[:1], "-style", STYLE])  # asked for here, the style costs the start nothing
        app.setProperty(STYLED, True)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("parallax")
    # A file is held by one window at a time; a shared library's server lets every member in at once.
    lock = _lock_or_bring_forward(db_path, prompter) if isinstance(db_path, Path) else None
    if isinstance(lock, int):
        return lock
    try:
        start = start_window(
            db_path, open_settings(settings_path), open_ids, read_only=read_only, prompter=prompter,
            open_services=open_services,
        )  # fmt: skip
        start.window.open_library_requested.connect(launch_window)
        code, restart = _run_window(app, start, prompter)
    finally:
        if lock is not None:
            lock.release()
    if restart and isinstance(db_path, Path):  # after a restore: the same library, started afresh
        launch_window(str(db_path.expanduser()))
    return code


def launch_window(location: str) -> None:
    """Another Parallax window, on the library at `location` (a file, or a shared library's address)."""
    import subprocess

    subprocess.Popen([sys.executable, "-m", "app", "--db", location])  # noqa: S603 - ourselves


def _unparented(prompter: Prompter | None) -> Prompter:
    """For a box before the window is up or after it has closed: the one given, else one made now (not sooner:
    making it costs the first page time)."""
    from app.ui.common.prompter import DialogPrompter

    return prompter or DialogPrompter()


def _lock_or_bring_forward(db_path: Path, prompter: Prompter | None) -> LibraryLock | int:
    """This window's hold on the library; or, when another window has it, that one brought forward (an exit code)."""
    from app.services.infrastructure.instance import LibraryInUseError, LibraryLock
    from app.services.infrastructure.storage import LibraryOpenError, check_library_file

    try:
        check_library_file(db_path.expanduser())  # a FIFO would hang the start; a lock beside a stranger's file
    except LibraryOpenError as exc:
        print(f"parallax: error: {exc}", file=sys.stderr)
        _unparented(prompter).error("Cannot open the library", str(exc))
        return 1
    lock = LibraryLock(db_path.expanduser())
    try:
        lock.acquire()
    except LibraryInUseError as exc:
        from app.ui.window.single_instance import ask_running_window_forward

        if ask_running_window_forward(db_path):
            print(f"parallax: {exc}; its window was brought to the front", file=sys.stderr)
            return 0
        print(f"parallax: error: {exc}", file=sys.stderr)
        _unparented(prompter).error(f"{APP_NAME} is already open", str(exc))
        return 1
    return lock


def _run_window(app: QApplication, start: WindowStart, prompter: Prompter | None) -> tuple[int, bool]:
    """The window until it closes; then whatever restore it asked for. Returns the exit code, and whether to restart."""
    window = start.window
    try:
        code = app.exec()
    finally:
        start.finish()
    error = start.opening.error
    if error is not None and not window.property(FAILED):  # it failed after the window was closed
        print(f"parallax: error: {error}", file=sys.stderr)
    if window.property(FAILED) or error is not None:
        return 1, False
    return _after_close(window, code, prompter)


def _while_up(window: MainWindow, action: Callable[..., object]) -> Callable[..., None]:
    """A slot that acts only while the window is up. Once it has closed, the library it opened has been let go of
    (and an error ends the start after the event loop): a signal still queued then must do nothing."""

    def slot(*args: object) -> None:
        if window.isVisible():
            action(*args)

    return slot


def show_first_page(window: MainWindow, db_path: Path, settings: WindowSettings, open_ids: Sequence[int]) -> None:
    """Before the library is open: the documents asked for, else the tab in front at the last close, else the
    Declaration, read straight from the file (nothing, if it cannot be read so: they come with the library)."""
    from app.services.bundled import DECLARATION_KEY
    from app.services.first_page import first_documents

    if open_ids:
        window.show_first(first_documents(db_path, open_ids))
        return
    layout, current = settings.open_layout, settings.current_document
    index = next((i for i, ids in enumerate(layout) if current in ids), 0 if layout else None)
    tab = layout[index] if index is not None else []
    documents = first_documents(db_path, tab, "" if layout else DECLARATION_KEY, shown_only=True)
    window.show_first(documents, current, layout_tab=index)


def _listen_for_second_starts(window: MainWindow, db_path: Path) -> None:
    from app.ui.window.single_instance import WindowBeacon

    WindowBeacon(db_path, window)


def _attach(window: MainWindow, opened: OpenedLibrary, settings: WindowSettings, open_ids: Sequence[int]) -> None:
    """The library is open: the window is made whole, the rest of the session restored, its watch started."""
    from PySide6.QtWidgets import QApplication

    from app.ui.common.icons import app_icon
    from app.ui.window.assembly import assemble

    library, services = opened.library, opened.services
    try:
        parts = assemble(
            window, services, library_location=library.describe(), read_only=library.read_only,
            listing=(opened.collections, opened.documents), member=library.member,
        )  # fmt: skip
        restore_session(parts, services.library, settings, open_ids)
    except Exception as exc:
        _report_failure(window, exc)
        return
    parts.safety.check_at_start()
    QApplication.setWindowIcon(app_icon())  # drawn from SVG at every size: after the first page, not before
    window.ready.emit()


def _report_failure(window: MainWindow, exc: BaseException) -> None:
    """The library could not be opened (or the window not made whole): say why and close (the exit code is 1)."""
    from app.services.infrastructure.storage import LibraryOpenError

    if not isinstance(exc, LibraryOpenError):
        traceback.print_exception(exc)
    print(f"parallax: error: {exc}", file=sys.stderr)
    window.prompter.error(f"{APP_NAME} cannot open its library", str(exc))
    window.setProperty(FAILED, True)
    window.close()


def _after_close(window: MainWindow, code: int, prompter: Prompter | None) -> tuple[int, bool]:
    """Whatever restore the window asked for, done now that the file is let go; and whether to start again."""
    from app.services.safety import SafetyError
    from app.ui.safety.controller import carry_out

    plan = window.parts.safety.after_close if window.attached else None
    if plan is None:
        return code, False
    try:
        print(f"parallax: {carry_out(window.parts.safety.safety, plan)}", file=sys.stderr)
    except SafetyError as exc:
        print(f"parallax: error: {exc}", file=sys.stderr)
        _unparented(prompter).error("Restore failed", str(exc))
        return 1, False
    return code, True


def restore_session(
    parts: WindowParts, library: LibraryService, settings: WindowSettings, open_ids: Sequence[int]
) -> None:
    """Open what the command line asked for, else what was open last time, else the Declaration."""
    from app.services.bundled import DECLARATION_KEY

    workspace = parts.workspace
    if open_ids:
        workspace.open_documents(open_ids)
        return
    from app.ui.window.places import decode

    workspace.restore_documents(settings.open_layout, settings.current_document, decode(settings.places))
    if workspace.documents.current_pane() is None and not workspace.read_ahead:  # (closed by the reader, stays so)
        declaration = library.find_bundled(DECLARATION_KEY)
        if declaration is not None:
            workspace.open_document(declaration)
