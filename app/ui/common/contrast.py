"""Colour contrast as WCAG 2 measures it: the relative luminance of sRGB colours and the ratio between two.

AA asks 4.5:1 for text (3:1 for large text and for the parts of controls and graphics one must see)."""

from __future__ import annotations

from PySide6.QtGui import QColor

AA_TEXT = 4.5
AA_LARGE = 3.0  # large text (18 pt, or 14 pt bold), and non-text marks
AAA_TEXT = 7.0


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    return 0.2126 * _channel(color.redF()) + 0.7152 * _channel(color.greenF()) + 0.0722 * _channel(color.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """WCAG's contrast ratio, from 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def over(color: QColor, background: QColor) -> QColor:
    """`color` (with its alpha) painted over an opaque `background`: the colour the eye sees."""
    alpha = color.alphaF()
    return QColor.fromRgbF(
        color.redF() * alpha + background.redF() * (1 - alpha),
        color.greenF() * alpha + background.greenF() * (1 - alpha),
        color.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def readable_on(color: QColor, background: QColor, ratio: float = AA_TEXT) -> QColor:
    """`color`, darkened on a light background or lightened on a dark one, until it reaches `ratio`."""
    result = QColor(color)
    dark_ground = luminance(background) < 0.5
    for _ in range(40):
        if contrast(result, background) >= ratio:
            return result
        result = result.lighter(112) if dark_ground else result.darker(112)
        if dark_ground and result.lightnessF() >= 0.99:
            return QColor("#ffffff")
    return QColor("#ffffff" if dark_ground else "#000000")
