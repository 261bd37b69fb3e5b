"""A heading never breaks inside a word: where its longest word does not fit the column, or it would fill the
page with its lines, it is set smaller."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF

SMALLEST_SCALE = 0.6  # a heading is never set smaller than this share of its size (below it, a word may break)
MAX_LINES = 4  # a long heading in a narrow pane is set smaller rather than fill the page with its lines
LINES_SCALE = 0.8  # but for that no smaller than this share of its size (about the size of the text)


def longest_word_width(text: str, font: QFont) -> float:
    metrics = QFontMetricsF(font)
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0.0)


def fitted_font(font: QFont, text: str, width: float) -> QFont:
    """`font`, or a smaller size of it at which every word of `text` fits within `width` and the whole takes
    about MAX_LINES lines at most."""
    if width <= 0:
        return font
    widest = longest_word_width(text, font)
    whole = QFontMetricsF(font).horizontalAdvance(text)
    for_lines = max(LINES_SCALE, MAX_LINES * width * 0.85 / whole) if whole else 1.0
    scale = min(1.0, width / widest * 0.98 if widest else 1.0, for_lines)
    if scale >= 1.0:
        return font
    scale = max(SMALLEST_SCALE, scale)
    smaller = QFont(font)
    smaller.setPointSizeF(font.pointSizeF() * scale)
    while scale > SMALLEST_SCALE and longest_word_width(text, smaller) > width:  # rounding of hinted sizes
        scale = max(SMALLEST_SCALE, scale - 0.03)
        smaller.setPointSizeF(font.pointSizeF() * scale)
    return smaller


def fits_whole_words(text: str, font: QFont, width: float) -> bool:
    return longest_word_width(text, font) <= width
