"""DocumentTabs: the open reading views, one tab each; a tab holds one document or several side by side."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QWidget

from app.domain.documents import DocumentDetail
from app.ui.common.accessibility import name_tab_buttons
from app.ui.common.style import ReaderColors
from app.ui.compare.compare_view import CompareView, short_title
from app.ui.compare.pane_frame import PaneFrame
from app.ui.reader.document_pane import DocumentPane

TAB_TITLE_CHARS = 38
EMPTY_HINT = (
    "Open a document from the library:\ndouble-click it, or select it and press Enter.\n\n"
    "Ctrl+click another to read it side by side."
)


class DocumentTabs(QStackedWidget):
    current_changed = Signal()  # another document (or none) is now in front
    position_changed = Signal(int, int)  # ¶ at the top of the current pane, paragraphs in it
    panes_changed = Signal()  # the documents shown in the current tab changed
    link_menu_requested = Signal(int, int, object, QPoint)
    documents_dropped = Signal(object, list)  # frame, document ids
    term_chosen = Signal(str)
    pane_created = Signal(object)  # a DocumentPane

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DocumentTabs")
        self._font: QFont | None = None
        self._colors: ReaderColors | None = None
        self.hint = QLabel(EMPTY_HINT, self)
        self.hint.setObjectName("EmptyHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setEnabled(False)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.tabCloseRequested.connect(self.close_at)
        self.tabs.currentChanged.connect(self._on_current_changed)
        self.addWidget(self.hint)
        self.addWidget(self.tabs)

    # -- what is open --------------------------------------------------------------------------------
    def views(self) -> list[CompareView]:
        return [view for i in range(self.tabs.count()) if isinstance(view := self.tabs.widget(i), CompareView)]

    def current_view(self) -> CompareView | None:
        view = self.tabs.currentWidget()
        return view if isinstance(view, CompareView) else None

    def panes(self) -> list[DocumentPane]:
        return [pane for view in self.views() for pane in view.panes()]

    def current_pane(self) -> DocumentPane | None:
        view = self.current_view()
        return view.active_pane() if view else None

    def open_ids(self) -> list[int]:
        return [doc_id for view in self.views() for doc_id in view.document_ids()]

    def layout_ids(self) -> list[list[int]]:
        """The documents of each tab, left to right, for the next start."""
        return [view.document_ids() for view in self.views()]

    # -- opening and closing -------------------------------------------------------------------------
    def show_document(self, document: DocumentDetail) -> DocumentPane:
        """Bring the document to the front where it is open, else open it in a tab of its own."""
        for index, view in enumerate(self.views()):
            frame = view.frame_of(document.id)
            if frame is not None:
                self.tabs.setCurrentIndex(index)
                view.set_active(frame)
                return frame.pane
        view = self.open_tab([document])
        return view.panes()[0]

    def open_tab(self, documents: Sequence[DocumentDetail]) -> CompareView:
        """A new tab in front, showing `documents` side by side (the first one active), whether open or not."""
        view = self._new_view()
        for document in documents:
            if view.frame_of(document.id) is None and not view.is_full():  # each document once, four at most
                view.add_document(document)
        if view.frames():
            view.set_active(view.frames()[0])
        self.tabs.setCurrentIndex(self.tabs.indexOf(view))
        self.setCurrentWidget(self.tabs)
        self._retitle(view)
        return view

    def show_beside(self, document: DocumentDetail, frame: PaneFrame | None = None) -> DocumentPane | None:
        """Open the document next to the current pane (or `frame`); None if the tab already shows four."""
        view = self.current_view()
        if view is None:
            return self.show_document(document)
        existing = view.frame_of(document.id)
        if existing is not None:
            view.set_active(existing)
            return existing.pane
        if view.is_full():
            return None
        anchor = frame or view.active_frame()
        index = view.frames().index(anchor) + 1 if anchor in view.frames() else None
        return view.add_document(document, index).pane

    def _new_view(self) -> CompareView:
        view = CompareView(self.tabs)
        if self._font is not None:
            view.set_reading_font(self._font)
        if self._colors is not None:
            view.set_colors(self._colors)
        view.active_changed.connect(lambda v=view: self._on_view_active_changed(v))
        view.panes_changed.connect(lambda v=view: self._on_view_panes_changed(v))
        view.position_changed.connect(lambda n, c, v=view: self._emit_position(v, n, c))
        view.link_menu_requested.connect(self.link_menu_requested)
        view.documents_dropped.connect(self.documents_dropped)
        view.term_chosen.connect(self.term_chosen)
        view.pane_created.connect(self.pane_created)
        self.tabs.addTab(view, "")
        name_tab_buttons(self.tabs.tabBar())
        return view

    def bring_forward(self, view: CompareView) -> None:
        """Put `view`'s tab in front, and tell whoever follows the documents in front."""
        self.tabs.setCurrentIndex(self.tabs.indexOf(view))
        self._retitle(view)
        self.current_changed.emit()
        self.panes_changed.emit()

    def move_tab(self, view: CompareView, position: int) -> None:
        """Put `view`'s tab at `position` (counted from the left), keeping the tab in front where it is."""
        index = self.tabs.indexOf(view)
        if index >= 0 and index != position:
            self.tabs.tabBar().moveTab(index, min(position, self.tabs.count() - 1))

    def close_document(self, document_id: int) -> None:
        """Close every pane showing the document (it has left the library)."""
        for view in self.views():
            frame = view.frame_of(document_id)
            if frame is not None:
                view.remove(frame)

    def refresh(self, document: DocumentDetail) -> None:
        """Show a document's new description (and text) where it is open, keeping the reader's place."""
        for view in self.views():
            frame = view.frame_of(document.id)
            if frame is not None and frame.pane.document != document:  # (unchanged: nothing to move)
                top, fraction = frame.pane.view.top_block()
                view.replace(frame, document)
                frame.pane.view.scroll_to_block(top, fraction)
                self._retitle(view)

    def close_current(self) -> None:
        """Close the pane being read; its tab goes with its last pane."""
        view = self.current_view()
        frame = view.active_frame() if view else None
        if view is not None and frame is not None:
            view.remove(frame)

    def close_at(self, index: int) -> None:
        view = self.tabs.widget(index)
        self.tabs.removeTab(index)
        if view is not None:
            view.deleteLater()
        if not self.tabs.count():
            self.setCurrentWidget(self.hint)
            self.current_changed.emit()

    # -- appearance ----------------------------------------------------------------------------------
    def set_reading_font(self, font: QFont) -> None:
        self._font = QFont(font)
        for view in self.views():
            view.set_reading_font(font)

    def set_colors(self, colors: ReaderColors) -> None:
        self._colors = colors
        for view in self.views():
            view.set_colors(colors)

    # -- signals -------------------------------------------------------------------------------------
    def _retitle(self, view: CompareView) -> None:
        """The tab is named by its documents' short titles; its tooltip gives them in full."""
        index = self.tabs.indexOf(view)
        frames = view.frames()
        if index < 0 or not frames:
            return
        limit = TAB_TITLE_CHARS if len(frames) == 1 else max(16, TAB_TITLE_CHARS * 2 // len(frames))
        self.tabs.setTabText(index, " | ".join(short_title(frame.short_title(), limit) for frame in frames))
        self.tabs.setTabToolTip(index, "\n".join(frame.title_text() for frame in frames))

    def _on_view_panes_changed(self, view: CompareView) -> None:
        if not view.frames():
            self.close_at(self.tabs.indexOf(view))
            return
        self._retitle(view)
        if view is self.current_view():
            self.panes_changed.emit()

    def _on_view_active_changed(self, view: CompareView) -> None:
        if view is self.current_view():
            self.current_changed.emit()

    def _on_current_changed(self, _index: int) -> None:
        self.current_changed.emit()
        self.panes_changed.emit()
        pane = self.current_pane()
        if pane is not None:
            self.position_changed.emit(pane.top_paragraph(), pane.paragraph_count())

    def _emit_position(self, view: CompareView, number: int, count: int) -> None:
        if view is self.current_view():
            self.position_changed.emit(number, count)
