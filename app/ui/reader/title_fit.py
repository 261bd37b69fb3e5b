"""A heading never breaks inside a word: where its longest word does not fit the column, it is set smaller."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF

SMALLEST_SCALE = 0.6  # a heading is never set smaller than this share of its size (below it, a word may break)


def longest_word_width(text: str, font: QFont) -> float:
    metrics = QFontMetricsF(font)
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0.0)


def fitted_font(font: QFont, text: str, width: float) -> QFont:
    """`font`, or a smaller size of it at which every word of `text` fits within `width`."""
    widest = longest_word_width(text, font)
    if widest <= width or widest <= 0:
        return font
    scale = max(SMALLEST_SCALE, width / widest * 0.98)
    smaller = QFont(font)
    smaller.setPointSizeF(font.pointSizeF() * scale)
    while scale > SMALLEST_SCALE and longest_word_width(text, smaller) > width:  # rounding of hinted sizes
        scale = max(SMALLEST_SCALE, scale - 0.03)
        smaller.setPointSizeF(font.pointSizeF() * scale)
    return smaller


def fits_whole_words(text: str, font: QFont, width: float) -> bool:
    return longest_word_width(text, font) <= width
