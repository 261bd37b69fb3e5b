"""PaneFrame: one column of the side-by-side view, a title line above a DocumentPane."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from app.domain.documents import DocumentDetail
from app.domain.short_titles import short_title_of
from app.ui.common.mime import DOCUMENT_IDS_MIME, document_ids_from
from app.ui.reader.document_pane import DocumentPane


def _tool_button(parent: QWidget, text: str, tip: str) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


class PaneFrame(QFrame):
    """One title line stays in view above the text: the short title (cut short if it must be) and the date (never
    cut); the full title, issuer and place are in its tooltip. The buttons move or close the pane."""

    move_requested = Signal(object, int)  # frame, -1 left / +1 right
    close_requested = Signal(object)
    documents_dropped = Signal(object, list)  # frame, document ids dragged from the library

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PaneFrame")
        self.setAcceptDrops(True)
        self.pane = DocumentPane(self)
        self.title = QLabel(self)
        self.title.setObjectName("PaneTitle")
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # elided to fit
        self.subtitle = QLabel(self)  # the date: as wide as it needs, never cut
        self.subtitle.setObjectName("PaneSubtitle")
        self.subtitle.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.left_button = _tool_button(self, "◀", "Move this pane left (Ctrl+Alt+Left)")
        self.right_button = _tool_button(self, "▶", "Move this pane right (Ctrl+Alt+Right)")
        self.close_button = _tool_button(self, "✕", "Close this pane (Ctrl+W)")
        for button, name in (
            (self.left_button, "Move pane left"), (self.right_button, "Move pane right"),
            (self.close_button, "Close pane"),
        ):  # fmt: skip
            button.setAccessibleName(name)
            button.setAccessibleDescription(button.toolTip())
        self.left_button.clicked.connect(lambda: self.move_requested.emit(self, -1))
        self.right_button.clicked.connect(lambda: self.move_requested.emit(self, 1))
        self.close_button.clicked.connect(lambda: self.close_requested.emit(self))

        self.header = QWidget(self)
        self.header.setObjectName("PaneHeader")
        header = QHBoxLayout(self.header)
        header.setContentsMargins(10, 2, 4, 2)
        header.setSpacing(8)
        header.addWidget(self.title, 1)
        header.addWidget(self.subtitle)
        for button in (self.left_button, self.right_button, self.close_button):
            header.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.pane, 1)
        self._full_title = ""
        self._short_title = ""

    def show_document(self, document: DocumentDetail) -> None:
        self.pane.show_document(document)
        self.describe(document)

    def describe(self, document: DocumentDetail) -> None:
        meta = document.metadata
        self._full_title = meta.title
        self._short_title = short_title_of(meta)
        self.subtitle.setText(meta.date_display)
        self.subtitle.setVisible(bool(meta.date_display))
        details = " · ".join(part for part in (meta.date_display, meta.issuer, meta.place) if part)
        self.setToolTip("")
        self.title.setToolTip(meta.title)
        self.subtitle.setToolTip(details)
        self.header.setToolTip(f"{meta.title}\n{details}" if details else meta.title)
        self.header.setAccessibleName(f"{self._short_title}, {meta.date_display}" if meta.date_display else "")
        self._elide()

    def title_text(self) -> str:
        return self._full_title

    def short_title(self) -> str:
        return self._short_title

    def set_position(self, index: int, count: int) -> None:
        """Enable the move buttons that make sense for the pane's place among `count`.

        A pane alone in its tab needs no header: the tab and the page's typeset heading name the document. Side by
        side, the title line replaces that heading, so that the text begins at the top of every pane.
        """
        self.header.setVisible(count > 1)
        self.pane.set_compact(count > 1)
        self.left_button.setEnabled(index > 0)
        self.right_button.setEnabled(index < count - 1)
        self.left_button.setVisible(count > 1)
        self.right_button.setVisible(count > 1)

    def _elide(self) -> None:
        width = max(24, self.title.width())
        self.title.setText(self.title.fontMetrics().elidedText(self._short_title, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(DOCUMENT_IDS_MIME):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        ids = document_ids_from(event.mimeData())
        if ids:
            event.acceptProposedAction()
            self.documents_dropped.emit(self, ids)
