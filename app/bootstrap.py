"""The composition root: opens the library, makes the services and the main window, and runs Qt."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_config_path

from app import APP_NAME, ORGANIZATION, __version__
from app.services.alignment import AlignmentService
from app.services.bundled import DECLARATION_KEY, seed_bundled_documents
from app.services.collections import CollectionService
from app.services.comparison import ComparisonService
from app.services.export import ExportService
from app.services.importing import ImportService
from app.services.instance import LibraryInUseError, LibraryLock
from app.services.library import LibraryService
from app.services.notes import NotesService
from app.services.safety import SafetyService
from app.services.search import SearchService
from app.services.storage import Library, open_library
from app.services.timeline import TimelineService

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from app.ui.main_window import MainWindow
    from app.ui.window_settings import WindowSettings

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
    return user_config_path(APP_NAME, appauthor=False, ensure_exists=True) / SETTINGS_FILE_NAME


def start_services(db_path: Path, *, read_only: bool = False) -> tuple[Library, Services]:
    """Open the library at `db_path` (migrating it), seed the bundled documents once, make the services.

    A library opened read-only is used as it is: nothing is seeded."""
    library = open_library(db_path, read_only=read_only)
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
    return library, services


def run_gui(
    db_path: Path, open_ids: Sequence[int] = (), settings_path: Path | None = None, *, read_only: bool = False
) -> int:
    """Start the window; returns the process exit code."""
    # Qt is imported here, not at the top, so that the command line never loads it.
    from PySide6.QtWidgets import QApplication

    from app.ui.icons import app_icon

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("parallax")
    app.setWindowIcon(app_icon())
    lock = _lock_or_bring_forward(db_path)
    if isinstance(lock, int):
        return lock
    try:
        code, restart = _run_window(app, db_path, open_ids, settings_path, read_only)
    finally:
        lock.release()
    if restart:  # after a restore: the same library, started afresh (the lock is free again)
        subprocess.Popen([sys.executable, "-m", "app", "--db", str(db_path.expanduser())])  # noqa: S603 - ourselves
    return code


def _lock_or_bring_forward(db_path: Path) -> LibraryLock | int:
    """This window's hold on the library; or, when another window has it, that one brought forward (an exit code)."""
    from app.ui.prompter import DialogPrompter
    from app.ui.single_instance import ask_running_window_forward

    lock = LibraryLock(db_path.expanduser())
    try:
        lock.acquire()
    except LibraryInUseError as exc:
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

    from app.services.safety import SafetyError
    from app.services.storage import LibraryOpenError
    from app.ui.main_window import MainWindow
    from app.ui.prompter import DialogPrompter
    from app.ui.safety_controller import carry_out
    from app.ui.single_instance import WindowBeacon
    from app.ui.window_settings import WindowSettings

    try:
        library, services = start_services(db_path, read_only=read_only)
    except LibraryOpenError as exc:
        print(f"parallax: error: {exc}", file=sys.stderr)
        DialogPrompter().error(f"{APP_NAME} cannot open its library", str(exc))
        return 1, False
    settings = WindowSettings(QSettings(str(settings_path or default_settings_path()), QSettings.Format.IniFormat))
    window = MainWindow(services, settings, library_location=str(library.path), read_only=library.read_only)
    WindowBeacon(db_path, window)
    restore_session(window, services.library, settings, open_ids)
    window.show()
    window.safety.check_at_start()
    try:
        code = app.exec()
    finally:
        window.safety.wait()
        library.close()
    plan = window.safety.after_close
    if plan is None:
        return code, False
    try:  # asked for in the window, done now that the file is let go
        print(f"parallax: {carry_out(services.safety, plan)}", file=sys.stderr)
    except SafetyError as exc:
        print(f"parallax: error: {exc}", file=sys.stderr)
        DialogPrompter().error("Restore failed", str(exc))
        return 1, False
    return code, True


def restore_session(
    window: MainWindow, library: LibraryService, settings: WindowSettings, open_ids: Sequence[int]
) -> None:
    """Open what the command line asked for, else what was open last time, else the Declaration."""
    if open_ids:
        window.open_documents(open_ids)
        return
    window.restore_documents(settings.open_layout, settings.current_document)
    if window.documents.current_pane() is None:
        declaration = library.find_bundled(DECLARATION_KEY)
        if declaration is not None:
            window.open_document(declaration)
