"""Painting the page: the blocks in the exposed strip, their tints, selection and marks, and the margins."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QPainter, QTextLayout

from app.ui.common.style import ReaderColors
from app.ui.reader.decorations import Decorations, selection_range
from app.ui.reader.footnotes import paint_notes
from app.ui.reader.margins import note_mark, paint_margins
from app.ui.reader.page_layout import BlockStyle, PageLayout
from app.ui.reader.selection import Selection

_MUTED_STYLES = (BlockStyle.META, BlockStyle.SOURCE, BlockStyle.EDITORIAL)


def formats_for(
    layout: PageLayout, index: int, decorations: Decorations, selection: Selection, colors: ReaderColors
) -> list[QTextLayout.FormatRange]:
    """What is drawn over block `index`'s text: marked words, differences, passages, and the selection."""
    ranges = decorations.formats_for(index, colors)
    span = selection.span_in(index, len(layout.blocks[index].text))
    return ranges if span is None else [*ranges, selection_range(span, colors)]


def paint_page(
    painter: QPainter,
    exposed: QRect,
    *,
    layout: PageLayout,
    decorations: Decorations,
    selection: Selection,
    colors: ReaderColors,
    left: float,
    top: tuple[int, float],
) -> None:
    """Paint the blocks that meet `exposed`, starting from `top` (the block at the top of the view and how far
    past its top the view is); the text column begins at `left`."""
    painter.fillRect(exposed, colors.paper)
    if not len(layout):
        return
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    view_height = exposed.bottom() + 1
    index, offset = top
    y = -offset
    numbers: list[tuple[str, float]] = []
    marks: list[QRectF] = []
    while index < len(layout) and y < view_height:
        if y + layout.height_of(index) < exposed.top():
            y += layout.height_of(index)
            index += 1
            continue
        block = layout.blocks[index]
        text_layout = layout.layout(index)
        if index in decorations.tinted:
            tint_height = layout.height_of(index) - layout.style_of(index).space_after / 2
            painter.fillRect(QRectF(left - 8, y - 4, layout.width + 16, tint_height), colors.partner)
        painter.setPen(colors.muted if block.style in _MUTED_STYLES else colors.ink)
        text_layout.draw(painter, QPointF(left, y), formats_for(layout, index, decorations, selection, colors))
        if (notes := layout.notes_layout(index)) is not None:
            paint_notes(painter, notes[0], QPointF(left, y + notes[1]), layout.width, colors)
        if block.number is not None and text_layout.lineCount():
            first_line = text_layout.lineAt(0)
            numbers.append((f"¶{block.number}", y + first_line.y() + first_line.ascent()))
        if index in decorations.notes:
            marks.append(note_mark(text_layout, decorations.notes[index], left, layout.width, y))
        y += layout.height_of(index)
        index += 1
    paint_margins(painter, font=layout.number_font, colors=colors, left=left, numbers=numbers, marks=marks)
