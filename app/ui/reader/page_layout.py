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
from app.ui.reader.column import MIN_COLUMN
from app.ui.reader.footnotes import GAP, estimate_height, lay_out_notes, notes_font
from app.ui.reader.title_fit import fits_whole_words, fitted_font


def _sized(font: QFont, scale: float, *, bold: bool = False, italic: bool = False) -> QFont:
    sized = QFont(font)
    sized.setPointSizeF(font.pointSizeF() * scale)
    if bold:
        sized.setWeight(QFont.Weight.DemiBold)
    sized.setItalic(italic)
    return sized


LINE_HEIGHT = 1.35  # of the font's natural line spacing: a comfortable reading measure
TITLE_SCALE = 1.3  # a heading's size: large enough to stand out, small enough to leave the text in view
TITLE_LINE_HEIGHT = 1.1  # a heading's lines are set closer than the text's
MAX_MEASURE_EM = 36  # at most about 70 characters to a line
CACHE_SIZE = 800  # laid-out blocks kept; the rest keep only their height


class BlockStyle(Enum):
    TITLE = "title"
    META = "meta"
    SOURCE = "source"
    BODY = "body"
    HEADING = "heading"  # a heading in the text, level 1
    SUBHEADING = "subheading"  # level 2
    MINOR_HEADING = "minor heading"  # level 3 and below
    DATELINE = "dateline"  # small, above the text
    QUOTATION = "quotation"  # set in from both sides
    CLOSER = "closer"  # a signature, set to the right
    EDITORIAL = "editorial"  # the editors' matter, in italics


@dataclass(frozen=True)
class TextBlock:
    text: str
    style: BlockStyle = BlockStyle.BODY
    number: int | None = None  # the ¶ number shown in the margin
    notes: tuple[str, ...] = ()  # footnotes set beneath it ('2 Radio Kossuth, 2:28 p.m.')
    indent: float = 0.0  # in ems, from the left of the column (a list item's, a quotation's nesting)
    hanging: str = ""  # a list item's label: the lines after the first are set in by its width


@dataclass(frozen=True)
class StyleMetrics:
    font: QFont
    line_step: float
    space_after: float
    char_width: float
    centered: bool = False
    space_before: float = 0.0
    right: bool = False  # set to the right of the column
    inset: float = 0.0  # in ems, off both sides of the column


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
        title.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        title.setWeight(QFont.Weight.DemiBold)
        meta = QFont(font)
        meta.setPointSizeF(font.pointSizeF() * 0.92)
        meta.setItalic(True)
        source = QFont(font)
        source.setPointSizeF(font.pointSizeF() * 0.85)
        self._styles = {
            BlockStyle.TITLE: self._metrics(title, after=0.4, centered=True, line_height=TITLE_LINE_HEIGHT),
            BlockStyle.META: self._metrics(meta, after=0.3, centered=True),
            BlockStyle.SOURCE: self._metrics(source, after=1.3, centered=True),
            BlockStyle.BODY: self._metrics(body, after=0.75),
            BlockStyle.HEADING: self._metrics(_sized(font, 1.22, bold=True), after=0.6, before=0.9, centered=True),
            BlockStyle.SUBHEADING: self._metrics(_sized(font, 1.08, bold=True), after=0.5, before=0.7),
            BlockStyle.MINOR_HEADING: self._metrics(_sized(font, 1.0, bold=True), after=0.4, before=0.5),
            BlockStyle.DATELINE: self._metrics(_sized(font, 0.86, italic=True), after=0.9),
            BlockStyle.QUOTATION: self._metrics(_sized(font, 0.95), after=0.75, inset=2.0),
            BlockStyle.CLOSER: self._metrics(body, after=0.75, right=True),
            BlockStyle.EDITORIAL: self._metrics(_sized(font, 0.95, italic=True), after=0.75, centered=True),
        }
        self._notes_style = self._metrics(notes_font(font), after=GAP)
        self.number_font = QFont(font)
        self.number_font.setPointSizeF(font.pointSizeF() * 0.72)
        self.number_font.setItalic(False)
        self._reset_heights()

    @staticmethod
    def _metrics(
        font: QFont,
        after: float,
        *,
        centered: bool = False,
        before: float = 0.0,
        right: bool = False,
        inset: float = 0.0,
        line_height: float = LINE_HEIGHT,
    ) -> StyleMetrics:
        metrics = QFontMetricsF(font)
        sample = "the quick brown fox jumps over the lazy dog, THE SOVIET GOVERNMENT 1956"
        return StyleMetrics(
            font=font,
            line_step=metrics.lineSpacing() * line_height,
            space_after=metrics.lineSpacing() * after,
            char_width=metrics.horizontalAdvance(sample) / len(sample),
            centered=centered,
            space_before=metrics.lineSpacing() * before,
            right=right,
            inset=inset,
        )

    def _margins(self, block: TextBlock, style: StyleMetrics) -> tuple[float, float, float]:
        """How far the block's first line and its later lines are set in from the left, and its line width."""
        em = style.char_width * 2.0  # an average letter is about half an em
        left = (block.indent + style.inset) * em
        hang = QFontMetricsF(style.font).horizontalAdvance(block.hanging + " ") if block.hanging else 0.0
        width = max(40.0, self._width - left - style.inset * em - hang)
        return left, left + hang, width

    def body_metrics(self) -> StyleMetrics:
        return self._styles[BlockStyle.BODY]

    def max_measure(self) -> float:
        return self._styles[BlockStyle.BODY].char_width * MAX_MEASURE_EM * 1.95

    def set_blocks(self, blocks: list[TextBlock]) -> None:
        self.blocks = blocks
        self._reset_heights()

    def set_width(self, width: float) -> None:
        width = max(MIN_COLUMN, float(width))
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
        width = self._margins(block, style)[2] if block.indent or block.hanging or style.inset else self._width
        per_line = max(1.0, width / style.char_width)
        lines = max(1, math.ceil(len(block.text) / per_line))
        notes = self._notes_style
        below = estimate_height(block.notes, self._width / notes.char_width, notes.line_step, notes.space_after)
        space = style.space_before + style.space_after
        return math.ceil(lines * style.line_step + space + (below if block.notes else 0.0))

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
        font, line_step, wrap = style.font, style.line_step, QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        if block.style is BlockStyle.TITLE:  # set smaller rather than broken inside a word (title_fit.py)
            font = fitted_font(style.font, block.text, self._width)
            line_step = QFontMetricsF(font).lineSpacing() * TITLE_LINE_HEIGHT
            if fits_whole_words(block.text, font, self._width):
                wrap = QTextOption.WrapMode.WordWrap
        text_layout = QTextLayout(block.text, font)
        option = QTextOption()
        option.setWrapMode(wrap)
        if style.centered:
            option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        elif style.right:
            option.setAlignment(Qt.AlignmentFlag.AlignRight)
        text_layout.setTextOption(option)
        text_layout.setCacheEnabled(True)
        text_layout.beginLayout()
        first_left, later_left, width = self._margins(block, style)
        y = style.space_before + (line_step - QFontMetricsF(font).lineSpacing()) / 2
        lines = 0
        while True:
            line = text_layout.createLine()
            if not line.isValid():
                break
            left = first_left if lines == 0 else later_left
            line.setLineWidth(width + (later_left - first_left if lines == 0 else 0.0))
            line.setPosition(QPointF(left, y))
            y += line_step
            lines += 1
        text_layout.endLayout()
        height = style.space_before + max(1, lines) * line_step
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
        y -= self._styles[self.blocks[index].style].space_before
        if y < 0:
            return 0
        height = TITLE_LINE_HEIGHT if self.blocks[index].style is BlockStyle.TITLE else LINE_HEIGHT
        step = QFontMetricsF(text_layout.font()).lineSpacing() * height  # a title's may be set smaller
        line_number = min(count - 1, max(0, int(y // step)))
        if line_number == count - 1 and y > count * step:
            return len(self.blocks[index].text)
        return int(text_layout.lineAt(line_number).xToCursor(x))
