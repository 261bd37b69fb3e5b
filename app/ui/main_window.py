"""MainWindow: lays out the library and the reading area, builds the menus, and wires them together."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSplitter

from app import APP_NAME, __version__
from app.domain.documents import DocumentDetail
from app.services.library import DocumentNotFoundError
from app.ui.compare.compare_view import MAX_PANES
from app.ui.compare.controller import CompareController
from app.ui.compare.document_tabs import DocumentTabs
from app.ui.compare.pane_frame import PaneFrame
from app.ui.dialogs.document_info import DocumentInfoDialog
from app.ui.export.controller import ExportController
from app.ui.importing.controller import ImportController
from app.ui.library.controller import LibraryController
from app.ui.library.panel import LibraryPanel
from app.ui.menus import build_menus
from app.ui.notes.controller import NotesController
from app.ui.prompter import DialogPrompter, Prompter
from app.ui.read_only import make_read_only
from app.ui.reader.document_pane import DocumentPane
from app.ui.reader.style import DEFAULT_POINT_SIZE, reading_font
from app.ui.safety_controller import SafetyController
from app.ui.search.controller import SearchController
from app.ui.theme import Theme, apply_theme, reader_colors
from app.ui.timeline.controller import TimelineController
from app.ui.timeline.wiring import connect_timeline
from app.ui.undo import UndoHistory
from app.ui.window_settings import MAX_ZOOM, MIN_ZOOM, WindowSettings, restore_window, save_window

if TYPE_CHECKING:
    from app.bootstrap import Services

ZOOM_FACTOR = 1.1


class MainWindow(QMainWindow):
    edit_action: QAction
    trash_action: QAction
    info_action: QAction
    close_action: QAction
    library_action: QAction
    dark_action: QAction

    def __init__(
        self, services: Services, settings: WindowSettings, prompter: Prompter | None = None,
        library_location: str = "", read_only: bool = False,
    ) -> None:  # fmt: skip
        super().__init__()
        self.setObjectName("MainWindow")
        self._library = library = services.library
        self._collections = services.collections
        self._settings = settings
        self.prompter: Prompter = prompter or DialogPrompter(self)
        self._zoom = settings.zoom
        self._theme = settings.theme

        self.history = UndoHistory(self)
        self.importer = ImportController(services.importing, library.list_documents, self.prompter, self, settings)
        self.librarian = LibraryController(library, services.collections, self.prompter, self, self.history)
        self.library_panel = LibraryPanel(self)
        self.documents = DocumentTabs(self)
        self.compare = CompareController(
            alignment=services.alignment,
            comparison=services.comparison,
            tabs=self.documents,
            prompter=self.prompter,
            history=self.history,
            parent=self,
        )
        self.notes = NotesController(
            notes=services.notes, tabs=self.documents, prompter=self.prompter, history=self.history, window=self
        )
        self.search = SearchController(search=services.search, tabs=self.documents, window=self)
        self.safety = SafetyController(services.safety, self.prompter, self, settings)
        self.timeline = TimelineController(
            timeline=services.timeline, library=library, notes=services.notes, history=self.history, window=self
        )
        self.exporter = ExportController(
            export=services.export, tabs=self.documents, prompter=self.prompter, window=self,
            picked_range=lambda: self.timeline.view.date_range, selected_documents=self.library_panel.selected_ids,
            open_note=self.notes.open_note_id, notes_focused=lambda: self.notes.dock.isAncestorOf(self.focusWidget()),
        )  # fmt: skip
        self.tabifyDockWidget(self.notes.dock, self.search.dock)
        self.notes.dock.raise_()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("MainSplitter")
        self.splitter.addWidget(self.library_panel)
        self.splitter.addWidget(self.documents)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 960])
        self.setCentralWidget(self.splitter)

        self.position_label = QLabel(self)
        self.position_label.setObjectName("PositionLabel")
        self.statusBar().addPermanentWidget(self.position_label)
        if library_location:
            self.statusBar().showMessage(f"Library: {library_location}", 8000)

        build_menus(self)
        self.compare.sync_action.setChecked(settings.sync_scrolling)
        self._wire()
        self.setAcceptDrops(True)
        self._apply_zoom()
        self.set_theme(self._theme)
        self.resize(1320, 860)
        restore_window(self, settings)
        self.refresh_library()
        self._update_title()
        if read_only:
            make_read_only(self, library_location or "This library")

    def _wire(self) -> None:
        """Connect the parts' intent signals to whoever carries them out."""
        self.library_panel.open_requested.connect(self.open_document)
        self.library_panel.open_beside_requested.connect(self.open_beside)
        self.compare.open_beside_requested.connect(self.open_beside)
        self.library_panel.import_requested.connect(self.importer.choose_files)
        self.importer.library_changed.connect(self.refresh_library)
        self.importer.document_imported.connect(self.open_document)
        self.library_panel.edit_requested.connect(self.librarian.edit)
        self.library_panel.trash_requested.connect(self.librarian.trash)
        self.library_panel.collection_hidden.connect(self.librarian.set_collection_hidden)
        self.library_panel.collection_trash_requested.connect(self.librarian.trash_collection)
        self.librarian.library_changed.connect(self.refresh_library)
        self.librarian.document_removed.connect(self.documents.close_document)
        self.librarian.document_changed.connect(self._reshow)
        self.notes.open_documents_requested.connect(self.open_documents)
        self.notes.open_beside_requested.connect(self.open_beside)
        self.notes.correct_paragraph_requested.connect(self.librarian.correct_paragraph)
        self.librarian.document_changed.connect(lambda _id: self.notes.refresh_list())
        self.search.open_document_requested.connect(self.open_document)
        self.search.open_note_requested.connect(self.notes.open_note)
        connect_timeline(self, self.timeline)
        parts = (self.librarian, self.history, self.compare, self.notes, self.search, self.timeline, self.safety)
        for source in (*parts, self.exporter):
            source.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.documents.current_changed.connect(self._on_current_document_changed)
        self.documents.position_changed.connect(
            lambda n, of: self.position_label.setText(f"¶{n} of {of}" if of else "")
        )

    # -- documents ----------------------------------------------------------------------------------
    def refresh_library(self) -> None:
        self.library_panel.set_collections(self._collections.list_collections())
        self.library_panel.set_documents(self._library.list_documents())
        self.timeline.schedule_refresh()

    def _fetch(self, document_id: int) -> DocumentDetail | None:
        try:
            return self._library.get_document(document_id)
        except DocumentNotFoundError as exc:
            self.prompter.error("Cannot open document", str(exc))
            return None

    def open_document(self, document_id: int) -> bool:
        document = self._fetch(document_id)
        if document is None:
            return False
        self._focus(self.documents.show_document(document))
        return True

    def open_beside(self, document_id: int, frame: PaneFrame | None = None) -> bool:
        """Open a document next to the one being read (or next to `frame`), in the same tab."""
        document = self._fetch(document_id)
        if document is None:
            return False
        pane = self.documents.show_beside(document, frame)
        if pane is None:
            self.statusBar().showMessage(f"A tab shows at most {MAX_PANES} documents: close a pane first.", 8000)
            return False
        self._focus(pane)
        return True

    def _focus(self, pane: DocumentPane) -> None:
        if pane.document_id is not None:
            self.library_panel.select_document(pane.document_id)
        pane.view.setFocus()  # so that Space and the arrow keys read on at once

    def open_documents(self, document_ids: Sequence[int]) -> None:
        """Open the documents side by side in one tab (as `parallax open A B` asks)."""
        if document_ids and self.open_document(document_ids[0]):
            for doc_id in document_ids[1:MAX_PANES]:
                self.open_beside(doc_id)
            self.open_document(document_ids[0])

    def restore_documents(self, layout: Sequence[Sequence[int]], current: int | None = None) -> None:
        """Reopen the tabs of the last run, quietly skipping documents that have left the library."""
        known = set(self.library_panel.document_ids())
        for ids in layout:
            present = [doc_id for doc_id in ids if doc_id in known]
            if present and self.open_document(present[0]):
                for doc_id in present[1:MAX_PANES]:
                    self.open_beside(doc_id)
        if current in known and current in self.documents.open_ids():
            self.open_document(current)
        elif self.documents.views():
            self.documents.tabs.setCurrentIndex(0)

    def _on_current_document_changed(self) -> None:
        self._update_title()
        pane = self.documents.current_pane()
        if pane is None:
            self.position_label.clear()
        elif pane.document_id is not None:
            self.library_panel.select_document(pane.document_id)

    def _update_title(self) -> None:
        pane = self.documents.current_pane()
        app_title = f"{APP_NAME} {__version__}"
        document = pane.document if pane else None
        self.setWindowTitle(f"{document.title} — {app_title}" if document else app_title)
        self.close_action.setEnabled(pane is not None)
        for action in (self.info_action, self.edit_action, self.trash_action):
            action.setEnabled(pane is not None)

    # -- reading ------------------------------------------------------------------------------------
    def paste_as_source(self) -> None:
        self.importer.paste(QGuiApplication.clipboard().mimeData())

    def on_pane_id(self, action: Callable[[int], object]) -> Callable[[], None]:
        return self.on_pane(lambda pane: action(pane.document_id) if pane.document_id is not None else None)

    def _reshow(self, document_id: int) -> None:
        if document_id in self.documents.open_ids():
            self.documents.refresh(self._library.get_document(document_id))
            self._update_title()

    def on_pane(self, action: Callable[[DocumentPane], object]) -> Callable[[], None]:
        """A menu action that applies to the document in front, if there is one."""

        def run() -> None:
            pane = self.documents.current_pane()
            if pane is not None:
                action(pane)

        return run

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, step: int) -> None:
        self._zoom = max(MIN_ZOOM, min(MAX_ZOOM, step))
        self._apply_zoom()
        self.statusBar().showMessage(f"Text size {round(100 * ZOOM_FACTOR**self._zoom)}%", 2000)

    def _apply_zoom(self) -> None:
        self.documents.set_reading_font(reading_font(DEFAULT_POINT_SIZE * ZOOM_FACTOR**self._zoom))

    @property
    def theme(self) -> Theme:
        return self._theme

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        self.documents.set_colors(reader_colors(theme))
        self.dark_action.setChecked(theme is Theme.DARK)

    def toggle_dark(self) -> None:
        self.set_theme(Theme.LIGHT if self._theme is Theme.DARK else Theme.DARK)

    def show_document_info(self) -> None:
        pane = self.documents.current_pane()
        if pane is not None and pane.document is not None:
            self.prompter.run_dialog(DocumentInfoDialog(pane.document, self))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.importer.import_paths(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.notes.flush() and not self.notes.confirm_discard():
            event.ignore()  # the unsaved note stays open, with its text
            return
        self.importer.cancel()
        self.search.wait()
        self.safety.wait()
        self.compare.cancel()
        save_window(self, self._settings)
        super().closeEvent(event)
