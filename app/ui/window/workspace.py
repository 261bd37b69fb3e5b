"""Workspace: documents opened into the reading area from the library, and the library list kept up to date."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.domain.documents import DocumentDetail, DocumentSummary
from app.services.library import DocumentNotFoundError
from app.ui.compare.compare_view import MAX_PANES
from app.ui.window.places import TabPlaces, restore_places

if TYPE_CHECKING:
    from app.services.collections import Collection, CollectionService
    from app.services.library import LibraryService
    from app.ui.common.signals import AppSignals
    from app.ui.compare.compare_view import CompareView
    from app.ui.compare.pane_frame import PaneFrame
    from app.ui.library.panel import LibraryPanel
    from app.ui.reader.document_pane import DocumentPane
    from app.ui.window.main_window import MainWindow


class Workspace(QObject):
    def __init__(
        self,
        *,
        window: MainWindow,
        library: LibraryService,
        collections: CollectionService,
        panel: LibraryPanel,
        signals: AppSignals,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._library = library
        self._collections = collections
        self._panel = panel
        self._signals = signals
        self.documents = window.documents
        self._hits_view: CompareView | None = None  # the tab search hits open in (open_hit)

    @property
    def read_ahead(self) -> bool:
        """Whether a tab was shown before the library opened (the reader may have closed it since)."""
        return self._window.read_ahead is not None

    def refresh_library(self, listing: tuple[list[Collection], list[DocumentSummary]] | None = None) -> None:
        """List the library anew (or as `listing` has it, read already off the GUI thread)."""
        collections, documents = listing or (self._collections.list_collections(), self._library.list_documents())
        self._panel.set_collections(collections)
        self._panel.set_documents(documents)

    def _fetch(self, document_id: int) -> DocumentDetail | None:
        try:
            return self._library.get_document(document_id)
        except DocumentNotFoundError as exc:
            self._window.prompter.error("Cannot open document", str(exc))
            return None

    def open_document(self, document_id: int) -> bool:
        document = self._fetch(document_id)
        if document is None:
            return False
        self._focus(self.documents.show_document(document))
        return True

    def open_hit(self, document_id: int) -> bool:
        """A search hit's document: where it is open already, there; else in the tab the last hit was opened in,
        if it still shows that one document alone; else in a new tab, which the next hits then reuse."""
        document = self._fetch(document_id)
        if document is None:
            return False
        tabs = self.documents
        view = self._hits_view if self._hits_view in tabs.views() else None
        if document_id not in tabs.open_ids() and view is not None and len(view.frames()) == 1:
            view.replace(view.frames()[0], document)
            tabs.bring_forward(view)
            self._focus(view.frames()[0].pane)
            return True
        pane = tabs.show_document(document)
        if document_id not in (self._hits_view.document_ids() if self._hits_view in tabs.views() else []):
            self._hits_view = tabs.current_view()
        self._focus(pane)
        return True

    def open_beside(self, document_id: int, frame: PaneFrame | None = None) -> bool:
        """Open a document next to the one being read (or next to `frame`), in the same tab."""
        document = self._fetch(document_id)
        if document is None:
            return False
        pane = self.documents.show_beside(document, frame)
        if pane is None:
            self._signals.status.emit(f"A tab shows at most {MAX_PANES} documents: close a pane first.")
            return False
        self._focus(pane)
        return True

    def _focus(self, pane: DocumentPane) -> None:
        if pane.document_id is not None:
            self._panel.select_document(pane.document_id)
        self._window.focus_pane(pane)

    def open_documents(self, document_ids: Sequence[int]) -> None:
        """Open the documents side by side in one tab (as `parallax open A B` asks)."""
        if document_ids and self.open_document(document_ids[0]):
            for doc_id in document_ids[1:MAX_PANES]:
                self.open_beside(doc_id)
            self.open_document(document_ids[0])

    def restore_documents(
        self, layout: Sequence[Sequence[int]], current: int | None = None, places: Sequence[TabPlaces] = ()
    ) -> None:
        """Reopen the tabs of the last run in their order, quietly skipping documents that have left the library.

        The tab read ahead of the library stays as the reader has it now (closed, if they closed it), in its place."""
        known = set(self._panel.document_ids())
        ahead, ahead_tab = self._window.read_ahead or (None, None)
        position = 0
        for index, ids in enumerate(layout):
            if index == ahead_tab:
                view = ahead if ahead in self.documents.views() else None
            else:
                present = [doc_id for doc_id in ids if doc_id in known][:MAX_PANES]
                documents = [document for document in map(self._fetch, present) if document is not None]
                view = self.documents.open_tab(documents) if documents else None
                if view is not None:
                    restore_places(view, places)  # each pane where the reader left it (the tab read ahead is)
            if view is not None:
                self.documents.move_tab(view, position)
                position += 1
        if current in known and current in self.documents.open_ids():
            self.open_document(current)
        elif self.documents.views():
            self.documents.tabs.setCurrentIndex(0)

    def reshow(self, document_id: int) -> None:
        """A document's text or description changed: show it anew wherever it is open."""
        if document_id in self.documents.open_ids():
            self.documents.refresh(self._library.get_document(document_id))
            self._window.update_title()
