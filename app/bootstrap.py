"""The composition root: opens the library, makes the services and the main window, and runs Qt.

A window starts in two steps. The frame goes up at once with the page being read, taken from the library file
with sqlite3 alone (app/services/first_page.py); then a worker thread loads the storage stack, opens the library
(upgrading it if need be) and makes the services, and the window takes them up (MainWindow.attach). Nothing
here imports SQLAlchemy or the services at module level, so that the window's first page never waits for them.
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
    from app.services.alignment import AlignmentService
    from app.services.collections import Collection, CollectionService
    from app.services.comparison import ComparisonService
    from app.services.export import ExportService
    from app.services.importing import ImportService
    from app.services.infrastructure.instance import LibraryLock
    from app.services.infrastructure.storage import Library
    from app.services.library import LibraryService
    from app.services.notes import NotesService
    from app.services.safety import SafetyService
    from app.services.search import SearchService
    from app.services.timeline import TimelineService
    from app.ui.window.main_window import MainWindow
    from app.ui.window.settings import WindowSettings

SETTINGS_FILE_NAME = "parallax.ini"


@dataclass(frozen=True)
class Services:
    library: LibraryService
    collections: CollectionService
    importing: ImportService
    alignment: AlignmentService
    comparison: ComparisonService
    notes: NotesService
    search: SearchService
    timeline: TimelineService
    safety: SafetyService
    export: ExportService


def default_settings_path() -> Path:
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False, ensure_exists=True) / SETTINGS_FILE_NAME


def start_services(db_path: Path, *, read_only: bool = False) -> tuple[Library, Services]:
    """Open the library at `db_path` (migrating it), seed the bundled documents once, make the services.

    A library opened read-only is used as it is: nothing is seeded."""
    from app.services.infrastructure.storage import open_library

    library = open_library(db_path, read_only=read_only)
    try:
        return library, _services(library)
    except BaseException:  # seeding failed (a full disk, say): the library is let go of, not left open
        library.close()
        raise


def _services(library: Library) -> Services:
    """The services over an open library; the bundled documents and events seeded unless it is read-only."""
    from app.services.alignment import AlignmentService
    from app.services.bundled import seed_bundled_documents
    from app.services.collections import CollectionService
    from app.services.comparison import ComparisonService
    from app.services.export import ExportService
    from app.services.importing import ImportService
    from app.services.library import LibraryService
    from app.services.notes import NotesService
    from app.services.safety import SafetyService
    from app.services.search import SearchService
    from app.services.timeline import TimelineService

    documents = LibraryService(library.sessions)
    alignment = AlignmentService(library.sessions)
    notes = NotesService(library.sessions)
    timeline = TimelineService(library.sessions)
    collections = CollectionService(library.sessions)
    services = Services(
        library=documents,
        collections=collections,
        importing=ImportService(documents, collections=collections),
        alignment=alignment,
        comparison=ComparisonService(documents, alignment),
        notes=notes,
        search=SearchService(library.sessions),
        timeline=timeline,
        safety=SafetyService(library.path),
        export=ExportService(documents, notes, timeline),
    )
    if not library.read_only:
        seed_bundled_documents(services.library)
        services.timeline.seed_bundled()
    return services


def run_gui(
    db_path: Path, open_ids: Sequence[int] = (), settings_path: Path | None = None, *, read_only: bool = False
) -> int:
    """Start the window; returns the process exit code."""
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
    lock = _lock_or_bring_forward(db_path)
    if isinstance(lock, int):
        return lock
    try:
        code, restart = _run_window(app, db_path, open_ids, settings_path, read_only)
    finally:
        lock.release()
    if restart:  # after a restore: the same library, started afresh (the lock is free again)
        import subprocess

        subprocess.Popen([sys.executable, "-m", "app", "--db", str(db_path.expanduser())])  # noqa: S603 - ourselves
    return code


def _lock_or_bring_forward(db_path: Path) -> LibraryLock | int:
    """This window's hold on the library; or, when another window has it, that one brought forward (an exit code)."""
    from app.services.infrastructure.instance import LibraryInUseError, LibraryLock

    lock = LibraryLock(db_path.expanduser())
    try:
        lock.acquire()
    except LibraryInUseError as exc:
        from app.ui.common.prompter import DialogPrompter
        from app.ui.window.single_instance import ask_running_window_forward

        if ask_running_window_forward(db_path):
            print(f"parallax: {exc}; its window was brought to the front", file=sys.stderr)
            return 0
        print(f"parallax: error: {exc}", file=sys.stderr)
        DialogPrompter().error(f"{APP_NAME} is already open", str(exc))
        return 1
    return lock


def _run_window(
    app: QApplication, db_path: Path, open_ids: Sequence[int], settings_path: Path | None, read_only: bool
) -> tuple[int, bool]:
    """The window until it closes; then whatever restore it asked for. Returns the exit code, and whether to restart."""
    from PySide6.QtCore import QSettings

    from app.services.infrastructure.storage import is_read_only
    from app.ui.window.library_opening import LibraryOpening
    from app.ui.window.main_window import MainWindow
    from app.ui.window.settings import WindowSettings

    settings = WindowSettings(QSettings(str(settings_path or default_settings_path()), QSettings.Format.IniFormat))
    path = db_path.expanduser()
    window = MainWindow(None, settings, library_location=str(path.resolve()), read_only=read_only or is_read_only(path))
    show_first_page(window, db_path, settings, open_ids)
    opening = LibraryOpening(window, lambda: open_for_window(db_path, read_only=read_only))
    # A second `parallax` on this library brings this window forward from its first paint on.
    opening.started.connect(_while_up(window, lambda: _listen_for_second_starts(window, db_path)))
    opening.opened.connect(_while_up(window, lambda opened: _attach(window, opened, settings, open_ids)))
    opening.failed.connect(_while_up(window, lambda exc: _report_failure(window, exc)))
    window.show()
    try:
        code = app.exec()
    finally:
        opened = opening.wait()  # an upgrade under way is finished, never cut short
        if window.attached:
            window.safety.wait()
        if isinstance(opened, OpenedLibrary):
            opened.library.close()
    if opening.error is not None and not window.property(FAILED):  # it failed after the window was closed
        print(f"parallax: error: {opening.error}", file=sys.stderr)
    if window.property(FAILED) or opening.error is not None:
        return 1, False
    return _after_close(window, code)


def _while_up(window: MainWindow, action: Callable[..., object]) -> Callable[..., None]:
    """A slot that acts only while the window is up. Once it has closed, the library it opened has been let go of
    (and an error ends the start after the event loop): a signal still queued then must do nothing."""

    def slot(*args: object) -> None:
        if window.isVisible():
            action(*args)

    return slot


@dataclass(frozen=True)
class OpenedLibrary:
    """What the worker thread hands the window: the open library, its services, and its listing read ahead."""

    library: Library
    services: Services
    collections: list[Collection]
    documents: list[DocumentSummary]


def open_for_window(db_path: Path, *, read_only: bool) -> OpenedLibrary:
    """On the worker thread: open the library and read what the window lists, so the GUI thread need not wait;
    load the window's other parts too, so that it only has to build them."""
    library, services = start_services(db_path, read_only=read_only)
    try:
        opened = OpenedLibrary(
            library, services, services.collections.list_collections(), services.library.list_documents()
        )
        import app.ui.window.parts  # noqa: F401 - modules only: no widget is made off the GUI thread
    except BaseException:
        library.close()
        raise
    return opened


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
    """The library is open: the window takes up its services, restores the rest of the session, starts its watch."""
    from PySide6.QtWidgets import QApplication

    from app.ui.common.icons import app_icon

    library, services = opened.library, opened.services
    try:
        window.attach(
            services, library_location=str(library.path), read_only=library.read_only,
            listing=(opened.collections, opened.documents),
        )  # fmt: skip
        restore_session(window, services.library, settings, open_ids)
    except Exception as exc:
        _report_failure(window, exc)
        return
    window.safety.check_at_start()
    QApplication.setWindowIcon(app_icon())  # drawn from SVG at every size: after the first page, not before
    window.ready.emit()


FAILED = "parallaxFailed"  # a window property: it closed because the library could not be opened


def _report_failure(window: MainWindow, exc: BaseException) -> None:
    """The library could not be opened (or the window not made whole): say why and close (the exit code is 1)."""
    from app.services.infrastructure.storage import LibraryOpenError

    if not isinstance(exc, LibraryOpenError):
        traceback.print_exception(exc)
    print(f"parallax: error: {exc}", file=sys.stderr)
    window.prompter.error(f"{APP_NAME} cannot open its library", str(exc))
    window.setProperty(FAILED, True)
    window.close()


def _after_close(window: MainWindow, code: int) -> tuple[int, bool]:
    """Whatever restore the window asked for, done now that the file is let go; and whether to start again."""
    from app.services.safety import SafetyError
    from app.ui.common.prompter import DialogPrompter
    from app.ui.safety.controller import carry_out

    plan = window.safety.after_close if window.attached else None
    if plan is None:
        return code, False
    try:
        print(f"parallax: {carry_out(window.safety.safety, plan)}", file=sys.stderr)
    except SafetyError as exc:
        print(f"parallax: error: {exc}", file=sys.stderr)
        DialogPrompter().error("Restore failed", str(exc))
        return 1, False
    return code, True


def restore_session(
    window: MainWindow, library: LibraryService, settings: WindowSettings, open_ids: Sequence[int]
) -> None:
    """Open what the command line asked for, else what was open last time, else the Declaration."""
    from app.services.bundled import DECLARATION_KEY

    if open_ids:
        window.open_documents(open_ids)
        return
    window.restore_documents(settings.open_layout, settings.current_document)
    if window.documents.current_pane() is None and window.read_ahead is None:  # (closed by the reader, it stays so)
        declaration = library.find_bundled(DECLARATION_KEY)
        if declaration is not None:
            window.open_document(declaration)
