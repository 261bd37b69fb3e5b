"""MainWindow: lays out the library and the reading area, builds the menus, and wires them together.

It is made in two steps, so that the page is up before the library is: the frame (the reading area, the docks,
the search bar and the menu titles) needs no library and can show documents read ahead of it; `attach` then
brings in the services, fills the frame with the library panel, notes, search and timeline, and builds the menus.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMainWindow

from app import APP_NAME, __version__
from app.domain.documents import DocumentDetail, DocumentSummary
from app.ui.common.theme import Theme, apply_theme, reader_colors
from app.ui.compare.compare_view import MAX_PANES
from app.ui.compare.document_tabs import EMPTY_HINT, DocumentTabs
from app.ui.reader.document_pane import DocumentPane
from app.ui.reader.style import DEFAULT_POINT_SIZE, reading_font
from app.ui.window.frame import OPENING, build_frame, size_timeline
from app.ui.window.settings import MAX_ZOOM, MIN_ZOOM, WindowSettings, restore_frame, save_window

if TYPE_CHECKING:
    from app.bootstrap import Services
    from app.services.collections import Collection
    from app.ui.common.prompter import Prompter
    from app.ui.common.undo import UndoHistory
    from app.ui.compare.compare_view import CompareView
    from app.ui.compare.controller import CompareController
    from app.ui.compare.pane_frame import PaneFrame
    from app.ui.export.controller import ExportController
    from app.ui.importing.controller import ImportController
    from app.ui.library.controller import LibraryController
    from app.ui.library.panel import LibraryPanel
    from app.ui.notes.controller import NotesController
    from app.ui.safety.controller import SafetyController
    from app.ui.search.controller import SearchController
    from app.ui.timeline.controller import TimelineController

ZOOM_FACTOR = 1.1


class MainWindow(QMainWindow):
    ready = Signal()  # the library is open and the window whole (see app/bootstrap.py)

    # Made by `attach`, once the library is open:
    history: UndoHistory
    importer: ImportController
    librarian: LibraryController
    library_panel: LibraryPanel
    compare: CompareController
    notes: NotesController
    search: SearchController
    safety: SafetyController
    timeline: TimelineController
    exporter: ExportController
    edit_action: QAction
    trash_action: QAction
    info_action: QAction
    close_action: QAction
    library_action: QAction
    dark_action: QAction

    def __init__(
        self, services: Services | None, settings: WindowSettings, prompter: Prompter | None = None,
        library_location: str = "", read_only: bool = False,
    ) -> None:  # fmt: skip
        """The window; with `services`, whole at once, else its frame only, until `attach` is called."""
        super().__init__()
        self.setObjectName("MainWindow")
        self._settings = settings
        self._prompter = prompter
        self._zoom = settings.zoom
        self._theme = settings.theme
        self.attached = False
        self.read_ahead: tuple[CompareView, int | None] | None = None  # the tab shown before the library opened
        self.documents = DocumentTabs(self)
        self.documents.hint.setText(OPENING)  # until the library is open, there is no library to open one from
        self.frame = build_frame(self, self.documents)
        self.splitter, self.position_label = self.frame.splitter, self.frame.position_label
        self.documents.current_changed.connect(self._on_current_document_changed)
        self.documents.position_changed.connect(
            lambda n, of: self.position_label.setText(f"¶{n} of {of}" if of else "")
        )
        self._apply_zoom()
        self.set_theme(self._theme)
        self.resize(1320, 860)
        if read_only:  # known before the library is open: the banner is up from the start, so nothing moves
            from app.ui.common.read_only import show_banner

            show_banner(self, library_location or "This library")
        if not restore_frame(self, settings):
            QTimer.singleShot(0, lambda: size_timeline(self, self.frame))
        self._update_title()
        if services is not None:
            self.attach(services, library_location=library_location, read_only=read_only)

    def attach(
        self, services: Services, *, library_location: str = "", read_only: bool = False,
        listing: tuple[list[Collection], list[DocumentSummary]] | None = None,
    ) -> None:  # fmt: skip
        """Bring in the open library: the library panel, notes, search, timeline, menus and their wiring.

        `listing` is the library's collections and documents if they were read already (off the GUI thread)."""
        from app.ui.window.parts import attach_parts

        self._library = services.library
        self._collections = services.collections
        attach_parts(self, services, self._settings, library_location=library_location, read_only=read_only)
        self.attached = True
        self.documents.hint.setText(EMPTY_HINT)
        self.refresh_library(listing)
        self._update_title()
        for pane in self.documents.panes():  # opened ahead of the library: its parts take them up now
            self.documents.pane_created.emit(pane)
        self.documents.panes_changed.emit()
        self.documents.current_changed.emit()

    @property
    def prompter(self) -> Prompter:
        """Where message boxes and file dialogs go (made when first needed: the frame shows none)."""
        if self._prompter is None:
            from app.ui.common.prompter import DialogPrompter

            self._prompter = DialogPrompter(self)
        return self._prompter

    # -- documents ----------------------------------------------------------------------------------
    def refresh_library(self, listing: tuple[list[Collection], list[DocumentSummary]] | None = None) -> None:
        collections, documents = listing or (self._collections.list_collections(), self._library.list_documents())
        self.library_panel.set_collections(collections)
        self.library_panel.set_documents(documents)
        self.timeline.schedule_refresh()

    def _fetch(self, document_id: int) -> DocumentDetail | None:
        from app.services.library import DocumentNotFoundError

        try:
            return self._library.get_document(document_id)
        except DocumentNotFoundError as exc:
            self.prompter.error("Cannot open document", str(exc))
            return None

    def show_first(
        self, documents: Sequence[DocumentDetail], current: int | None = None, *, layout_tab: int | None = None
    ) -> None:
        """Open documents read ahead of the library, side by side in one tab, `current` (or the first) in front.

        `layout_tab`: which tab of the last session's layout this is (restore_documents then keeps it)."""
        if documents:
            self.read_ahead = (self.documents.open_tab(documents), layout_tab)
            self._focus(self.documents.show_document(next((d for d in documents if d.id == current), documents[0])))

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
        if pane.document_id is not None and self.attached:
            self.library_panel.select_document(pane.document_id)
        pane.view.setFocus()  # so that Space and the arrow keys read on at once

    def open_documents(self, document_ids: Sequence[int]) -> None:
        """Open the documents side by side in one tab (as `parallax open A B` asks)."""
        if document_ids and self.open_document(document_ids[0]):
            for doc_id in document_ids[1:MAX_PANES]:
                self.open_beside(doc_id)
            self.open_document(document_ids[0])

    def restore_documents(self, layout: Sequence[Sequence[int]], current: int | None = None) -> None:
        """Reopen the tabs of the last run in their order, quietly skipping documents that have left the library.

        The tab read ahead of the library stays as the reader has it now (closed, if they closed it), in its place."""
        known = set(self.library_panel.document_ids())
        ahead, ahead_tab = self.read_ahead or (None, None)
        position = 0
        for index, ids in enumerate(layout):
            if index == ahead_tab:
                view = ahead if ahead in self.documents.views() else None
            else:
                present = [doc_id for doc_id in ids if doc_id in known][:MAX_PANES]
                documents = [document for document in map(self._fetch, present) if document is not None]
                view = self.documents.open_tab(documents) if documents else None
            if view is not None:
                self.documents.move_tab(view, position)
                position += 1
        if current in known and current in self.documents.open_ids():
            self.open_document(current)
        elif self.documents.views():
            self.documents.tabs.setCurrentIndex(0)

    def _on_current_document_changed(self) -> None:
        self._update_title()
        pane = self.documents.current_pane()
        if pane is None:
            self.position_label.clear()
        elif pane.document_id is not None and self.attached:
            self.library_panel.select_document(pane.document_id)

    def _update_title(self) -> None:
        pane = self.documents.current_pane()
        app_title = f"{APP_NAME} {__version__}"
        document = pane.document if pane else None
        self.setWindowTitle(f"{document.title} — {app_title}" if document else app_title)
        if self.attached:
            for action in (self.close_action, self.info_action, self.edit_action, self.trash_action):
                action.setEnabled(pane is not None)

    # -- reading ------------------------------------------------------------------------------------
    def on_pane_id(self, action: Callable[[int], object]) -> Callable[[], None]:
        return self.on_pane(lambda pane: action(pane.document_id) if pane.document_id is not None else None)

    def reshow(self, document_id: int) -> None:
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
        if self.attached:
            self.dark_action.setChecked(theme is Theme.DARK)

    def toggle_dark(self) -> None:
        self.set_theme(Theme.LIGHT if self._theme is Theme.DARK else Theme.DARK)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.importer.import_paths(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.attached:  # closed while the library was opening: nothing was changed, nothing to keep
            super().closeEvent(event)
            return
        if not self.notes.flush() and not self.notes.confirm_discard():
            event.ignore()  # the unsaved note stays open, with its text
            return
        self.importer.cancel()
        self.search.wait()
        self.safety.wait()
        self.compare.cancel()
        save_window(self, self._settings)
        super().closeEvent(event)
