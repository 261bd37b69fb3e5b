"""DocumentView: a read-only page of numbered paragraphs that stays fast however long the text is."""

from __future__ import annotations

import time
from typing import cast

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QToolTip, QWidget

from app.domain.text.find import TextMatch
from app.ui.common.style import DEFAULT_POINT_SIZE, ReaderColors, reading_font
from app.ui.common.theme import Theme, reader_colors
from app.ui.reader.decorations import Decorations
from app.ui.reader.margins import in_mark_strip, note_tip
from app.ui.reader.page_layout import PageLayout, TextBlock
from app.ui.reader.page_painter import paint_page
from app.ui.reader.pointer import Pointer
from app.ui.reader.selection import Position, Selection

TOP_PAD = 36.0
BOTTOM_PAD = 120.0
SIDE_MARGIN = 28.0
REFINE_SLICE_S = 0.012  # idle layout per timer tick, so typing and scrolling never wait for it


class DocumentView(QAbstractScrollArea):
    """Paints only the paragraphs in view; the rest are measured in idle time."""

    selection_changed = Signal(bool)
    position_changed = Signal(int)  # the ¶ number at the top of the view (0 before the first)
    moved = Signal()  # the text moved under the viewport (scrolled or laid out again)
    hovered_block = Signal(int)  # the block under the mouse (-1 for none)
    clicked_block = Signal(int)
    term_chosen = Signal(str)  # a word double-clicked, or a short phrase selected, to mark everywhere
    focused = Signal()
    note_mark_clicked = Signal(int)  # the block whose note mark (in the right margin) was clicked
    menu_requested = Signal(QMenu)  # the context menu is about to show: add to it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Made and kept here: the first viewport() Qt hands out makes PySide search all its classes (~30 ms).
        self._viewport = QWidget(self)
        self.setViewport(self._viewport)
        self.setObjectName("DocumentView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.viewport().setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paintEvent fills it all
        self._layout = PageLayout(reading_font(DEFAULT_POINT_SIZE))
        self._colors: ReaderColors = reader_colors(Theme.LIGHT)
        self._selection = Selection()
        self.decorations = Decorations(lambda: self.viewport().update())
        self._last_top_number = -1
        self._refine_timer = QTimer(self)
        self._refine_timer.setInterval(0)
        self._refine_timer.timeout.connect(self._refine_some)
        self._pointer = Pointer(self)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # -- content and appearance ---------------------------------------------------------------------
    def viewport(self) -> QWidget:  # the one Qt has (see __init__)
        return self._viewport

    def set_blocks(self, blocks: list[TextBlock]) -> None:
        self._selection = Selection()
        self.decorations.clear()
        self._layout.set_width(self._column_width())
        self._layout.set_blocks(blocks)
        self._update_range()
        self.verticalScrollBar().setValue(0)
        self._refine_timer.start()
        self.viewport().update()
        self.selection_changed.emit(False)
        self._on_scrolled()

    def blocks(self) -> list[TextBlock]:
        return self._layout.blocks

    def set_base_font(self, font: QFont) -> None:
        anchor = self._top_anchor()
        self._layout.set_base_font(font)
        self._relayout(anchor)

    def base_font(self) -> QFont:
        return QFont(self._layout.body_metrics().font)

    def set_colors(self, colors: ReaderColors) -> None:
        self._colors = colors
        self.viewport().update()

    # -- scrolling by paragraph -------------------------------------------------------------------
    def top_block(self) -> tuple[int, float]:
        """The block at the top of the view and the fraction of it scrolled past."""
        if not len(self._layout):
            return 0, 0.0
        index, offset = self._top_anchor()
        return index, max(0.0, offset) / max(1.0, self._layout.height_of(index))

    def scroll_to_block(self, index: int, fraction: float = 0.0) -> None:
        """Put block `index` (a fraction of the way into it) at the top of the view."""
        if not len(self._layout):
            return
        index = max(0, min(index, len(self._layout) - 1))
        self._layout.measure(index)
        self._scroll_to_anchor((index, fraction * self._layout.height_of(index)))
        self.viewport().update()

    def ensure_visible(self, index: int, start: int) -> None:
        """Scroll so that character `start` of block `index` is in view, with some context above it."""
        self._layout.measure_tail(self.viewport().height(), index)
        text_layout = self._layout.layout(index)
        line = text_layout.lineForTextPosition(start)
        y_in_block = line.y() if line.isValid() else 0.0
        target = TOP_PAD + self._layout.top_of(index) + y_in_block
        bar = self.verticalScrollBar()
        view_height = self.viewport().height()
        if not (bar.value() + 40 <= target <= bar.value() + view_height - 60):
            self._update_range()
            bar.setValue(round(target - view_height / 3))
        self.viewport().update()

    # -- selection --------------------------------------------------------------------------------
    def has_selection(self) -> bool:
        return self._selection.exists()

    def selected_text(self) -> str:
        return self._selection.text([block.text for block in self._layout.blocks])

    def select_all(self) -> None:
        if not len(self._layout):
            return
        last = len(self._layout) - 1
        self._set_selection((0, 0), (last, len(self._layout.blocks[last].text)))

    def copy(self) -> None:
        if self.has_selection():
            QGuiApplication.clipboard().setText(self.selected_text())

    def _set_selection(self, anchor: Position | None, cursor: Position | None) -> None:
        had = self.has_selection()
        self._selection.anchor, self._selection.cursor = anchor, cursor
        if had or self.has_selection():
            self.selection_changed.emit(self.has_selection())
        self.viewport().update()

    select_range = _set_selection

    def selection_anchor(self) -> Position | None:
        """Where the selection began (a Shift+click extends it from there)."""
        return self._selection.anchor

    def selection_range(self) -> tuple[Position, Position] | None:
        return self._selection.ordered()

    # -- highlights ---------------------------------------------------------------------------------
    def set_matches(self, matches: list[TextMatch], current: int = -1) -> None:
        self.decorations.set_matches(matches)
        self.set_current_match(current)

    def set_current_match(self, current: int) -> None:
        self.decorations.current_match = current
        matches = self.decorations.matches
        if 0 <= current < len(matches):
            self.ensure_visible(matches[current].block, matches[current].start)
        self.viewport().update()

    # -- where blocks are -----------------------------------------------------------------------------
    def block_position(self) -> float:
        """The reading position: block index at the top of the view plus the fraction of it scrolled past."""
        index, fraction = self.top_block()
        return index + min(fraction, 0.999)

    def block_extent(self, index: int) -> tuple[float, float]:
        """Top and bottom of block `index` in viewport coordinates (estimated if not yet laid out)."""
        top = TOP_PAD + self._layout.top_of(index) - self.verticalScrollBar().value()
        return top, top + self._layout.height_of(index)

    def line_extent(self, index: int, char: int) -> tuple[float, float]:
        """Top and bottom of the line that holds character `char` of block `index`, in viewport coordinates."""
        line = self._layout.layout(index).lineForTextPosition(char)
        top, bottom = self.block_extent(index)
        return (top + line.y(), top + line.y() + line.height()) if line.isValid() else (top, bottom)

    def point_of(self, index: int, char: int) -> QPoint:
        """Where character `char` of block `index` is on screen: its left edge, halfway down its line."""
        line = self._layout.layout(index).lineForTextPosition(char)
        top, bottom = self.line_extent(index, char)
        # PySide gives Qt's in-out argument back beside x; its stub says only `object`.
        x = self.column_left() + (cast("tuple[float, int]", line.cursorToX(char))[0] if line.isValid() else 0.0)
        return QPoint(round(x), round((top + bottom) / 2))

    def footnotes_extent(self, index: int) -> tuple[float, float] | None:
        """Top and bottom of the footnotes set under block `index`, in viewport coordinates (None: it has none)."""
        notes = self._layout.notes_layout(index)
        if notes is None:
            return None
        laid_out, below = notes
        last = laid_out.lineAt(laid_out.lineCount() - 1) if laid_out.lineCount() else None
        top = self.block_extent(index)[0] + below
        return top, top + (last.y() + last.height() if last is not None else 0.0)

    def laid_out_count(self) -> int:
        """How many blocks are set in type so far; idle layout sets the rest, their heights estimated until then."""
        return self._layout.measured_count()

    # -- geometry ---------------------------------------------------------------------------------
    def _gutter_width(self) -> float:
        return QFontMetricsF(self._layout.number_font).horizontalAdvance("¶0000") + 14.0

    def _column_width(self) -> float:
        available = self.viewport().width() - 2 * SIDE_MARGIN - self._gutter_width()
        return max(120.0, min(available, self._layout.max_measure()))

    def column_width(self) -> float:
        return self._layout.width

    def column_left(self) -> float:
        width = self._layout.width
        centered = (self.viewport().width() - width) / 2
        return max(SIDE_MARGIN + self._gutter_width(), centered)

    def _update_range(self) -> None:
        total = TOP_PAD + self._layout.total_height + BOTTOM_PAD
        bar = self.verticalScrollBar()
        page = max(1, self.viewport().height())
        bar.setRange(0, max(0, round(total) - page))
        bar.setPageStep(max(1, page - round(self._layout.body_metrics().line_step * 2)))
        bar.setSingleStep(max(1, round(self._layout.body_metrics().line_step)))

    def _top_anchor(self) -> tuple[int, float]:
        """The block at the top of the view and how far past its top the view is (negative in the top pad)."""
        y = self.verticalScrollBar().value() - TOP_PAD
        index, _ = self._layout.block_at(y)
        return index, y - self._layout.top_of(index)

    def _scroll_to_anchor(self, anchor: tuple[int, float]) -> None:
        index, offset = anchor
        self._update_range()
        self.verticalScrollBar().setValue(round(TOP_PAD + self._layout.top_of(index) + offset))

    def _relayout(self, anchor: tuple[int, float]) -> None:
        self._layout.set_width(self._column_width())
        if len(self._layout):
            self._layout.measure(anchor[0])
            self._scroll_to_anchor(anchor)
        self._refine_timer.start()
        self.viewport().update()
        self.moved.emit()

    def _refine_some(self) -> None:
        """Measure not-yet-laid-out blocks for a few milliseconds, keeping the view where it is."""
        if self.verticalScrollBar().isSliderDown():
            return  # never move the thumb from under the reader's hand
        start = self._layout.first_unmeasured()
        if start is None:
            self._refine_timer.stop()
            return
        anchor = self._top_anchor()
        deadline = time.perf_counter() + REFINE_SLICE_S
        index: int | None = start
        while index is not None and time.perf_counter() < deadline:
            self._layout.measure(index)
            index = self._layout.first_unmeasured(index + 1)
        bar = self.verticalScrollBar()
        bar.blockSignals(True)
        self._scroll_to_anchor(anchor)
        bar.blockSignals(False)
        self.moved.emit()
        if index is None:
            self._refine_timer.stop()

    def position_at(self, point: QPoint) -> Position:
        """The block and character under a viewport point."""
        if not len(self._layout):
            return 0, 0
        doc_y = self.verticalScrollBar().value() + point.y() - TOP_PAD
        if doc_y < 0:
            return 0, 0
        index, _ = self._layout.block_at(doc_y)
        return index, self._layout.hit(index, point.x() - self.column_left(), doc_y - self._layout.top_of(index))

    # -- events -------------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        anchor = self._top_anchor()
        super().resizeEvent(event)
        self._relayout(anchor)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """Move what is already painted and paint only the strip that comes into view."""
        self.viewport().scroll(dx, dy)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        paint_page(
            painter, event.rect(), layout=self._layout, decorations=self.decorations, selection=self._selection,
            colors=self._colors, left=self.column_left(), top=self._top_anchor(),
        )  # fmt: skip
        painter.end()
        if (
            self._layout.total_height + TOP_PAD + BOTTOM_PAD - 1
            > self.verticalScrollBar().maximum() + self.viewport().height()
        ):
            self._update_range()

    def _on_scrolled(self, *_args: object) -> None:
        if not len(self._layout):
            return
        index, _offset = self._top_anchor()
        number = next(
            (self._layout.blocks[i].number for i in range(index, len(self._layout)) if self._layout.blocks[i].number),
            0,
        )
        if number != self._last_top_number:
            self._last_top_number = number or 0
            self.position_changed.emit(number or 0)
        self.moved.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._pointer.press(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._pointer.move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._pointer.release()
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._pointer.double_click(event)

    def block_under(self, y: float) -> int:
        """The block at viewport height `y` (-1 for none)."""
        if not len(self._layout):
            return -1
        doc_y = self.verticalScrollBar().value() + y - TOP_PAD
        return self._layout.block_at(doc_y)[0] if doc_y >= 0 else -1

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def leaveEvent(self, event: QEvent) -> None:
        self._pointer.hover(-1)
        super().leaveEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addAction("Copy", self.copy).setEnabled(self.has_selection())
        menu.addAction("Select All", self.select_all)
        self.menu_requested.emit(menu)
        menu.exec(event.globalPos())

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block, char = self.position_at(event.pos())
            on_mark = in_mark_strip(event.pos().x(), self.column_left(), self._layout.width)
            tip = note_tip(self.decorations.note_titles_at(block, None if on_mark else char), on_mark=on_mark)
            QToolTip.showText(event.globalPos(), tip, self) if tip else QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        bar = self.verticalScrollBar()
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all()
        elif key in (Qt.Key.Key_Home,) or event.matches(QKeySequence.StandardKey.MoveToStartOfDocument):
            bar.setValue(0)
        elif key in (Qt.Key.Key_End,) or event.matches(QKeySequence.StandardKey.MoveToEndOfDocument):
            self._layout.measure_tail(self.viewport().height())  # so that End lands exactly on the last line
            self._update_range()
            bar.setValue(bar.maximum())
        elif key == Qt.Key.Key_Space:
            step = -bar.pageStep() if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else bar.pageStep()
            bar.setValue(bar.value() + step)
        elif key == Qt.Key.Key_Escape and self.has_selection():
            self._set_selection(None, None)
        else:
            super().keyPressEvent(event)
