"""Laying out a document's blocks lazily: only what is looked at is set in type.

Every block has a height: estimated from its length until it is laid out with QTextLayout, exact after.
Opening a 5 MB text therefore costs one pass of arithmetic, and a jump deep into it lays out only the
paragraphs on screen (see bench/reader.py).
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from app.domain.text.prefix_sums import PrefixSums
from app.ui.reader.footnotes import GAP, estimate_height, lay_out_notes, notes_font

LINE_HEIGHT = 1.35  # of the font's natural line spacing: a comfortable reading measure
MAX_MEASURE_EM = 36  # at most about 70 characters to a line
CACHE_SIZE = 800  # laid-out blocks kept; the rest keep only their height


class BlockStyle(Enum):
    TITLE = "title"
    META = "meta"
    SOURCE = "source"
    BODY = "body"


@dataclass(frozen=True)
class TextBlock:
    text: str
    style: BlockStyle = BlockStyle.BODY
    number: int | None = None  # the ¶ number shown in the margin
    notes: tuple[str, ...] = ()  # footnotes set beneath it ('2 Radio Kossuth, 2:28 p.m.')


@dataclass(frozen=True)
class StyleMetrics:
    font: QFont
    line_step: float
    space_after: float
    char_width: float
    centered: bool = False


class PageLayout:
    """Geometry of one document's blocks in a column of a given width."""

    def __init__(self, base_font: QFont) -> None:
        self.blocks: list[TextBlock] = []
        self._heights = PrefixSums()
        self._measured = bytearray()
        self._cache: OrderedDict[int, QTextLayout] = OrderedDict()
        self._notes: dict[int, tuple[QTextLayout, float]] = {}  # laid-out footnotes and their top in the block
        self._width = 600.0
        self._styles: dict[BlockStyle, StyleMetrics] = {}
        self.set_base_font(base_font)

    # -- configuration ------------------------------------------------------------------------------
    def set_base_font(self, font: QFont) -> None:
        body = QFont(font)
        title = QFont(font)
        title.setPointSizeF(font.pointSizeF() * 1.45)
        title.setWeight(QFont.Weight.DemiBold)
        meta = QFont(font)
        meta.setPointSizeF(font.pointSizeF() * 0.92)
        meta.setItalic(True)
        source = QFont(font)
        source.setPointSizeF(font.pointSizeF() * 0.85)
        self._styles = {
            BlockStyle.TITLE: self._metrics(title, after=0.7, centered=True),
            BlockStyle.META: self._metrics(meta, after=0.3, centered=True),
            BlockStyle.SOURCE: self._metrics(source, after=2.2, centered=True),
            BlockStyle.BODY: self._metrics(body, after=0.75),
        }
        self._notes_style = self._metrics(notes_font(font), after=GAP)
        self.number_font = QFont(font)
        self.number_font.setPointSizeF(font.pointSizeF() * 0.72)
        self.number_font.setItalic(False)
        self._reset_heights()

    @staticmethod
    def _metrics(font: QFont, after: float, centered: bool = False) -> StyleMetrics:
        metrics = QFontMetricsF(font)
        sample = "the quick brown fox jumps over the lazy dog, THE SOVIET GOVERNMENT 1956"
        return StyleMetrics(
            font=font,
            line_step=metrics.lineSpacing() * LINE_HEIGHT,
            space_after=metrics.lineSpacing() * after,
            char_width=metrics.horizontalAdvance(sample) / len(sample),
            centered=centered,
        )

    def body_metrics(self) -> StyleMetrics:
        return self._styles[BlockStyle.BODY]

    def max_measure(self) -> float:
        return self._styles[BlockStyle.BODY].char_width * MAX_MEASURE_EM * 1.95

    def set_blocks(self, blocks: list[TextBlock]) -> None:
        self.blocks = blocks
        self._reset_heights()

    def set_width(self, width: float) -> None:
        width = max(120.0, float(width))
        if abs(width - self._width) >= 0.5:
            self._width = width
            self._reset_heights()

    @property
    def width(self) -> float:
        return self._width

    def _reset_heights(self) -> None:
        self._cache.clear()
        self._notes.clear()
        self._measured = bytearray(len(self.blocks))
        self._heights = PrefixSums(self._estimate(block) for block in self.blocks)

    def _estimate(self, block: TextBlock) -> float:
        style = self._styles[block.style]
        per_line = max(1.0, self._width / style.char_width)
        lines = max(1, math.ceil(len(block.text) / per_line))
        notes = self._notes_style
        below = estimate_height(block.notes, self._width / notes.char_width, notes.line_step, notes.space_after)
        return math.ceil(lines * style.line_step + style.space_after + (below if block.notes else 0.0))

    # -- geometry -----------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.blocks)

    @property
    def total_height(self) -> float:
        return self._heights.total

    def top_of(self, index: int) -> float:
        return self._heights.before(index)

    def height_of(self, index: int) -> float:
        return self._heights[index]

    def block_at(self, y: float) -> tuple[int, float]:
        return self._heights.locate(y)

    def is_measured(self, index: int) -> bool:
        return bool(self._measured[index])

    def measured_count(self) -> int:
        """How many blocks are laid out (their heights exact; the others' are estimates)."""
        return len(self._measured) - self._measured.count(0)

    def style_of(self, index: int) -> StyleMetrics:
        return self._styles[self.blocks[index].style]

    def layout(self, index: int) -> QTextLayout:
        """The block set in type (cached); laying it out makes its height exact."""
        cached = self._cache.get(index)
        if cached is not None:
            self._cache.move_to_end(index)
            return cached
        block = self.blocks[index]
        style = self._styles[block.style]
        text_layout = QTextLayout(block.text, style.font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        if style.centered:
            option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        text_layout.setTextOption(option)
        text_layout.setCacheEnabled(True)
        text_layout.beginLayout()
        y = (style.line_step - QFontMetricsF(style.font).lineSpacing()) / 2
        lines = 0
        while True:
            line = text_layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self._width)
            line.setPosition(QPointF(0.0, y))
            y += style.line_step
            lines += 1
        text_layout.endLayout()
        height = max(1, lines) * style.line_step
        if block.notes:
            notes = self._notes_style
            laid_out, notes_height = lay_out_notes(block.notes, notes.font, self._width, notes.line_step)
            self._notes[index] = (laid_out, math.ceil(height + notes.space_after))
            height = math.ceil(height + notes.space_after) + notes_height
        # Whole pixels, so that block tops and scroll bar values agree exactly.
        self._heights.set(index, math.ceil(height + style.space_after))
        self._measured[index] = 1
        self._cache[index] = text_layout
        if len(self._cache) > CACHE_SIZE:
            self._notes.pop(self._cache.popitem(last=False)[0], None)
        return text_layout

    def notes_layout(self, index: int) -> tuple[QTextLayout, float] | None:
        """The block's footnotes laid out, and how far below the block's top they begin (None: it has none)."""
        if not self.blocks[index].notes:
            return None
        self.layout(index)
        return self._notes.get(index)

    def measure(self, index: int) -> None:
        if not self._measured[index]:
            self.layout(index)

    def measure_tail(self, height: float, last: int | None = None) -> None:
        """Lay out `height` pixels' worth of blocks ending with block `last` (the last block if None).

        Positions within that stretch are then exact, so a jump computed from them lands where it should.
        """
        index = len(self._measured) - 1 if last is None else last
        while index >= 0 and height > 0:
            self.measure(index)
            height -= self.height_of(index)
            index -= 1

    def first_unmeasured(self, start: int = 0) -> int | None:
        found = self._measured.find(0, start)
        return None if found < 0 else found

    def hit(self, index: int, x: float, y: float) -> int:
        """The character position in block `index` nearest to (x, y), in block coordinates."""
        text_layout = self.layout(index)
        count = text_layout.lineCount()
        if count == 0:
            return 0
        step = self._styles[self.blocks[index].style].line_step
        line_number = min(count - 1, max(0, int(y // step)))
        line = text_layout.lineAt(line_number)
        if y < 0:
            return 0
        if line_number == count - 1 and y > count * step:
            return len(self.blocks[index].text)
        return int(line.xToCursor(x))
