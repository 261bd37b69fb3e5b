"""WindowParts: everything of the window that needs the open library, built here in one go.

Imported only once the library is open, so that the frame (and the first page) never wait for these modules. The
parts are connected to one another in wiring.py and handed to the window with MainWindow.attach."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.common.signals import AppSignals
from app.ui.common.undo import UndoHistory
from app.ui.compare.controller import CompareController
from app.ui.export.controller import ExportController
from app.ui.importing.controller import ImportController
from app.ui.library.controller import LibraryController
from app.ui.library.panel import LibraryPanel
from app.ui.notes.controller import NotesController
from app.ui.safety.controller import SafetyController
from app.ui.search.controller import SearchController
from app.ui.timeline.controller import TimelineController
from app.ui.window.frame import clear_menus
from app.ui.window.live import LiveUpdates
from app.ui.window.menus import build_menus
from app.ui.window.workspace import Workspace

if TYPE_CHECKING:
    from app.services.registry import Services
    from app.ui.window.main_window import MainWindow


class WindowParts:
    """The library panel, the controllers of notes, search, timeline, comparison, import, export and safety, the
    undo history and the menus, over one library's services; each gets the prompter and the app's signals."""

    def __init__(self, window: MainWindow, services: Services, signals: AppSignals) -> None:
        prompter, frame, settings, tabs = window.prompter, window.frame, window.settings, window.documents
        library = services.library
        self.signals = signals
        self.history = history = UndoHistory(signals)
        self.library_panel = LibraryPanel(window)
        placeholder = window.splitter.replaceWidget(0, self.library_panel)
        if placeholder is not None:
            placeholder.deleteLater()
        self.library_panel.setVisible(window.room.library_action.isChecked())  # folded away side by side
        self.workspace = Workspace(
            window=window, library=library, collections=services.collections, panel=self.library_panel,
            signals=signals,
        )  # fmt: skip
        self.importer = ImportController(
            service=services.importing, documents=library.list_documents, prompter=prompter, parent=window,
            settings=settings, signals=signals, page_reader=services.page_reader,
        )  # fmt: skip
        self.page_source = services.pages
        self.librarian = LibraryController(
            library=library, collections=services.collections, prompter=prompter, parent=window, history=history,
            signals=signals,
        )  # fmt: skip
        self.compare = CompareController(
            alignment=services.alignment, comparison=services.comparison, tabs=tabs, prompter=prompter,
            history=history, signals=signals, parent=window,
        )  # fmt: skip
        self.notes = NotesController(
            notes=services.notes, tabs=tabs, prompter=prompter, history=history, signals=signals, window=window,
            dock=frame.notes_dock, journal=services.journal,
        )  # fmt: skip
        self.search = SearchController(
            search=services.search, tabs=tabs, signals=signals, window=window, box=frame.search_box,
            dock=frame.search_dock,
        )  # fmt: skip
        self.safety = SafetyController(
            safety=services.safety, prompter=prompter, window=window, settings=settings, signals=signals
        )
        self.timeline = TimelineController(
            timeline=services.timeline, library=library, notes=services.notes, history=history, signals=signals,
            window=window, dock=frame.timeline_dock,
        )  # fmt: skip
        self.exporter = ExportController(
            export=services.export, signals=signals, tabs=tabs, prompter=prompter, window=window,
            picked_range=lambda: self.timeline.view.date_range, selected_documents=self.library_panel.selected_ids,
            open_note=self.notes.current_id,
            notes_focused=lambda: frame.notes_dock.isAncestorOf(window.focusWidget()), settings=settings,
        )  # fmt: skip
        self.live = (
            None
            if services.changes is None
            else LiveUpdates(services.changes, signals, self.workspace.documents.open_ids, window)
        )
        clear_menus(window)
        self.menus = build_menus(window, self)

    def may_close(self) -> bool:
        """Whether the window may close now: what is typed in a note is saved, or the reader lets it go."""
        return self.notes.flush() or self.notes.confirm_discard()

    def shut_down(self) -> None:
        """The window is closing: work under way is stopped or finished (an import between two files)."""
        self.importer.cancel()
        if self.live is not None:
            self.live.stop()
        self.search.wait()
        self.safety.wait()
        self.compare.cancel()
