"""The paragraph with the keyboard's focus: Ctrl+Down and Ctrl+Up go from paragraph to paragraph, Ctrl+Shift+Down
and Ctrl+Shift+Up select paragraph by paragraph, a click puts the focus where it lands. It is outlined while the
page has the focus, so the reader can see where they are, and a screen reader is told its text (accessible.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter, QPen

if TYPE_CHECKING:
    from app.ui.reader.document_view import DocumentView

FOCUS_PAD = 6.0


class ParagraphFocus:
    def __init__(self, view: DocumentView) -> None:
        self._view = view
        self.block = -1  # the block with the focus, -1 for none yet

    def numbered(self) -> list[int]:
        return [index for index, block in enumerate(self._view.blocks()) if block.number is not None]

    def set_block(self, index: int) -> None:
        if index != self.block:
            self.block = index
            self._view.viewport().update()
            self._view.announce()

    def spoken(self) -> str:
        """The paragraph with the focus (else the one at the top) and the words selected, for a screen reader."""
        view = self._view
        blocks = view.blocks()
        index = self.block if self.block >= 0 else view.top_block()[0]
        if not 0 <= index < len(blocks):
            return ""
        block = blocks[index]
        spoken = f"¶{block.number}. {block.text}" if block.number is not None else block.text
        selected = view.selected_text()
        return f"{spoken}\nSelected: {selected}" if selected else spoken

    def key_press(self, event: QKeyEvent) -> bool:
        """The page's keys: reading on (Space, Home, End), copying, and moving from paragraph to paragraph.
        False for a key that is not the page's (the scroll area then has it: arrows, Page Up and Down)."""
        view = self._view
        bar = view.verticalScrollBar()
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Copy):
            view.copy()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            view.select_all()
        elif self._step(event):
            pass
        elif key == Qt.Key.Key_Home or event.matches(QKeySequence.StandardKey.MoveToStartOfDocument):
            bar.setValue(0)
        elif key == Qt.Key.Key_End or event.matches(QKeySequence.StandardKey.MoveToEndOfDocument):
            view.scroll_to_end()
        elif key == Qt.Key.Key_Space:
            step = -bar.pageStep() if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else bar.pageStep()
            bar.setValue(bar.value() + step)
        elif key == Qt.Key.Key_Escape and view.has_selection():
            view.clear_selection()
        else:
            return False
        return True

    def _step(self, event: QKeyEvent) -> bool:
        """Ctrl+Down/Up: the next or the previous paragraph (with Shift: selecting it); False for other keys."""
        modifiers = event.modifiers()
        if not modifiers & Qt.KeyboardModifier.ControlModifier or event.key() not in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            return False
        numbered = self.numbered()
        if not numbered:
            return True
        step = 1 if event.key() == Qt.Key.Key_Down else -1
        if self.block < 0:  # from the paragraph at the top of the view
            top, _ = self._view.top_block()
            target = next((i for i in numbered if i >= top), numbered[-1])
        else:
            later = [i for i in numbered if (i > self.block if step > 0 else i < self.block)]
            target = (later[0] if step > 0 else later[-1]) if later else self.block
        view = self._view
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            anchor = view.selection_anchor() if view.has_selection() else None
            if anchor is None:
                start = self.block if self.block >= 0 else target
                anchor = (start, 0) if step > 0 else (start, len(view.blocks()[start].text))
            end = (target, len(view.blocks()[target].text)) if step > 0 else (target, 0)
            view.select_range(anchor, end)
        self.set_block(target)
        view.ensure_visible(target, 0)
        view.clicked_block.emit(target)
        return True

    def paint(self, painter: QPainter) -> None:
        """Outline the paragraph with the focus, while the page has the keyboard's focus."""
        view = self._view
        if not view.hasFocus() or not 0 <= self.block < len(view.blocks()):
            return
        top, bottom = view.block_extent(self.block)
        if bottom < 0 or top > view.viewport().height():
            return
        pen = QPen(view.colors().ink, 1.5, Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        left = view.column_left() - FOCUS_PAD
        painter.drawRoundedRect(QRectF(left, top - 4, view.column_width() + 2 * FOCUS_PAD, bottom - top - 6), 4, 4)
