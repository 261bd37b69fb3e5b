"""DocumentTabs: the open documents, one DocumentPane each, with a hint when none is open."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QWidget

from app.domain.documents import DocumentDetail
from app.ui.reader.document_pane import DocumentPane
from app.ui.reader.style import ReaderColors

TAB_TITLE_CHARS = 38


def _short(title: str) -> str:
    return title if len(title) <= TAB_TITLE_CHARS else title[: TAB_TITLE_CHARS - 1].rstrip() + "…"


class DocumentTabs(QStackedWidget):
    current_changed = Signal()  # another document (or none) is now in front
    position_changed = Signal(int, int)  # ¶ at the top of the current pane, paragraphs in it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DocumentTabs")
        self._font: QFont | None = None
        self._colors: ReaderColors | None = None
        self.hint = QLabel("Open a document from the library:\ndouble-click it, or select it and press Enter.", self)
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

    def panes(self) -> list[DocumentPane]:
        return [pane for i in range(self.tabs.count()) if isinstance(pane := self.tabs.widget(i), DocumentPane)]

    def current_pane(self) -> DocumentPane | None:
        pane = self.tabs.currentWidget()
        return pane if isinstance(pane, DocumentPane) else None

    def open_ids(self) -> list[int]:
        return [pane.document_id for pane in self.panes() if pane.document_id is not None]

    def show_document(self, document: DocumentDetail) -> DocumentPane:
        """Bring the document's tab to the front, opening a tab for it if needed."""
        for index, pane in enumerate(self.panes()):
            if pane.document_id == document.id:
                self.tabs.setCurrentIndex(index)
                return pane
        pane = DocumentPane(self.tabs)
        if self._font is not None:
            pane.set_reading_font(self._font)
        if self._colors is not None:
            pane.set_colors(self._colors)
        pane.show_document(document)
        pane.position_changed.connect(lambda _number, p=pane: self._emit_position(p))
        index = self.tabs.addTab(pane, _short(document.title))
        self.tabs.setTabToolTip(index, document.title)
        self.tabs.setCurrentIndex(index)
        self.setCurrentWidget(self.tabs)
        return pane

    def close_document(self, document_id: int) -> None:
        for index, pane in enumerate(self.panes()):
            if pane.document_id == document_id:
                self.close_at(index)
                return

    def refresh(self, document: DocumentDetail) -> None:
        """Show a document's new description (and text) where it is open, keeping the reader's place."""
        for index, pane in enumerate(self.panes()):
            if pane.document_id == document.id:
                top, fraction = pane.view.top_block()
                pane.show_document(document)
                pane.view.scroll_to_block(top, fraction)
                self.tabs.setTabText(index, _short(document.title))
                self.tabs.setTabToolTip(index, document.title)

    def close_current(self) -> None:
        if self.tabs.count():
            self.close_at(self.tabs.currentIndex())

    def close_at(self, index: int) -> None:
        pane = self.tabs.widget(index)
        self.tabs.removeTab(index)
        if pane is not None:
            pane.deleteLater()
        if not self.tabs.count():
            self.setCurrentWidget(self.hint)
            self.current_changed.emit()

    def set_reading_font(self, font: QFont) -> None:
        self._font = QFont(font)
        for pane in self.panes():
            pane.set_reading_font(font)

    def set_colors(self, colors: ReaderColors) -> None:
        self._colors = colors
        for pane in self.panes():
            pane.set_colors(colors)

    def _on_current_changed(self, _index: int) -> None:
        self.current_changed.emit()
        pane = self.current_pane()
        if pane is not None:
            self._emit_position(pane)

    def _emit_position(self, pane: DocumentPane) -> None:
        if pane is self.current_pane():
            self.position_changed.emit(pane.top_paragraph(), pane.paragraph_count())
