"""The mouse on the page: selecting by dragging (scrolling when the pointer leaves the page), by double-click and
Shift+click, hovering a paragraph, clicking a note's margin mark."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication, QMouseEvent

from app.ui.reader.column import TOP_PAD
from app.ui.reader.margins import in_mark_strip
from app.ui.reader.selection import Position, snapped_to_words, word_bounds

if TYPE_CHECKING:
    from app.ui.reader.document_view import DocumentView

TERM_MAX_CHARS = 60  # longer selections are passages to copy or annotate, not terms to mark
DRAG_SCROLL_MS = 40


class Pointer:
    """Turns the mouse events a DocumentView receives into its selection and its signals."""

    def __init__(self, view: DocumentView) -> None:
        self._view = view
        self.hovered = -1
        self._drag_point = QPoint()
        self._pressed: Position | None = None  # where the drag began, before it was taken out to whole words
        self._drag_timer = QTimer(view)
        self._drag_timer.setInterval(DRAG_SCROLL_MS)
        self._drag_timer.timeout.connect(self._drag_scroll)

    def press(self, event: QMouseEvent) -> None:
        view = self._view
        position = view.position_at(event.position().toPoint())
        if position[0] in view.decorations.notes and in_mark_strip(
            event.position().x(), view.column_left(), view.column_width()
        ):
            self._pressed = None
            view.note_mark_clicked.emit(position[0])
            return
        anchor = view.selection_anchor()
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and anchor is not None:
            self._pressed = anchor
            view.select_range(*self._to_words(anchor, position))
        else:
            self._pressed = position
            view.select_range(position, position)
        self._drag_timer.start()
        view.paragraph_focus.set_block(position[0])
        view.clicked_block.emit(position[0])

    def move(self, event: QMouseEvent) -> None:
        view = self._view
        if not event.buttons():
            self.hover(self._block_under(event.position().y()))
        if event.buttons() & Qt.MouseButton.LeftButton and self._pressed is not None:
            self._drag_point = event.position().toPoint()
            view.select_range(*self._to_words(self._pressed, view.position_at(self._drag_point)))

    def release(self) -> None:
        self._drag_timer.stop()
        self._pressed = None
        view = self._view
        if view.has_selection():
            clipboard = QGuiApplication.clipboard()
            if clipboard.supportsSelection():
                clipboard.setText(view.selected_text(), QClipboard.Mode.Selection)
        # A dragged selection is a passage to cite or annotate: it marks no term (a double-click, or Compare ›
        # Mark Selection in All Panes, does), so nothing opens above the page while the reader selects.

    def double_click(self, event: QMouseEvent) -> None:
        view = self._view
        index, char = view.position_at(event.position().toPoint())
        blocks = view.blocks()
        start, end = word_bounds(blocks[index].text if blocks else "", char)
        view.select_range((index, start), (index, end))
        self.offer_term()

    def _block_under(self, y: float) -> int:
        """The block at viewport height `y` (-1 above the first)."""
        view = self._view
        if not view.blocks() or view.verticalScrollBar().value() + y < TOP_PAD:
            return -1
        return view.position_at(QPoint(0, round(y)))[0]

    def _to_words(self, anchor: Position, cursor: Position) -> tuple[Position, Position]:
        return snapped_to_words(anchor, cursor, [block.text for block in self._view.blocks()])

    def offer_term(self) -> None:
        """A short selection inside one paragraph is a term to look for in every pane."""
        text = self._view.selected_text()
        if "\n" not in text and 2 <= len(text.strip()) <= TERM_MAX_CHARS:
            self._view.term_chosen.emit(text.strip())

    def hover(self, index: int) -> None:
        if index != self.hovered:
            self.hovered = index
            self._view.hovered_block.emit(index)

    def _drag_scroll(self) -> None:
        view = self._view
        y = self._drag_point.y()
        bar = view.verticalScrollBar()
        if y < 0:
            bar.setValue(bar.value() + y)
        elif y > view.viewport().height():
            bar.setValue(bar.value() + y - view.viewport().height())
        else:
            return
        if self._pressed is not None:
            view.select_range(*self._to_words(self._pressed, view.position_at(self._drag_point)))
