"""What `MainWindow.attach` brings in once the library is open: the parts that need services, and their wiring.

Imported only then, so that the frame (and the first page) never wait for these modules to load."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.common.read_only import make_read_only
from app.ui.common.theme import Theme
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
from app.ui.timeline.wiring import connect_timeline
from app.ui.window.frame import clear_menus
from app.ui.window.menus import build_menus

if TYPE_CHECKING:
    from app.bootstrap import Services
    from app.ui.window.main_window import MainWindow
    from app.ui.window.settings import WindowSettings


def attach_parts(
    window: MainWindow, services: Services, settings: WindowSettings, *, library_location: str, read_only: bool
) -> None:
    library, prompter, frame = services.library, window.prompter, window.frame
    window.history = history = UndoHistory(window)
    window.importer = ImportController(services.importing, library.list_documents, prompter, window, settings)
    window.librarian = LibraryController(library, services.collections, prompter, window, history)
    window.library_panel = LibraryPanel(window)
    placeholder = window.splitter.replaceWidget(0, window.library_panel)
    if placeholder is not None:
        placeholder.deleteLater()
    window.library_panel.setVisible(settings.library_visible)
    tabs = window.documents
    window.compare = CompareController(
        alignment=services.alignment, comparison=services.comparison, tabs=tabs, prompter=prompter,
        history=history, parent=window,
    )  # fmt: skip
    window.notes = NotesController(
        notes=services.notes, tabs=tabs, prompter=prompter, history=history, window=window, dock=frame.notes_dock
    )
    window.search = SearchController(
        search=services.search, tabs=tabs, window=window, box=frame.search_box, dock=frame.search_dock
    )
    window.safety = SafetyController(services.safety, prompter, window, settings)
    window.timeline = TimelineController(
        timeline=services.timeline, library=library, notes=services.notes, history=history, window=window,
        dock=frame.timeline_dock,
    )  # fmt: skip
    window.exporter = ExportController(
        export=services.export, tabs=tabs, prompter=prompter, window=window,
        picked_range=lambda: window.timeline.view.date_range, selected_documents=window.library_panel.selected_ids,
        open_note=window.notes.open_note_id, notes_focused=lambda: frame.notes_dock.isAncestorOf(window.focusWidget()),
    )  # fmt: skip
    clear_menus(window)
    build_menus(window)
    window.compare.sync_action.setChecked(settings.sync_scrolling)
    window.library_action.setChecked(settings.library_visible)
    window.dark_action.setChecked(window.theme is Theme.DARK)
    _wire(window)
    window.setAcceptDrops(True)
    if library_location:
        window.statusBar().showMessage(f"Library: {library_location}", 8000)
    if read_only:
        make_read_only(window, library_location or "This library")


def _wire(window: MainWindow) -> None:
    """Connect the parts' intent signals to whoever carries them out."""
    panel, importer, librarian, notes, search = (
        window.library_panel, window.importer, window.librarian, window.notes, window.search,
    )  # fmt: skip
    panel.open_requested.connect(window.open_document)
    panel.open_beside_requested.connect(window.open_beside)
    window.compare.open_beside_requested.connect(window.open_beside)
    panel.import_requested.connect(importer.choose_files)
    importer.library_changed.connect(window.refresh_library)
    importer.document_imported.connect(window.open_document)
    panel.edit_requested.connect(librarian.edit)
    panel.trash_requested.connect(librarian.trash)
    panel.collection_hidden.connect(librarian.set_collection_hidden)
    panel.collection_trash_requested.connect(librarian.trash_collection)
    librarian.library_changed.connect(window.refresh_library)
    librarian.document_removed.connect(window.documents.close_document)
    librarian.document_changed.connect(window.reshow)
    notes.open_documents_requested.connect(window.open_documents)
    notes.open_beside_requested.connect(window.open_beside)
    notes.correct_paragraph_requested.connect(librarian.correct_paragraph)
    librarian.document_changed.connect(lambda _id: notes.refresh_list())
    search.open_document_requested.connect(window.open_document)
    search.open_note_requested.connect(notes.open_note)
    connect_timeline(window, window.timeline)
    parts = (librarian, window.history, window.compare, notes, search, window.timeline, window.safety)
    for source in (*parts, window.exporter):
        source.status.connect(lambda text: window.statusBar().showMessage(text, 8000))
