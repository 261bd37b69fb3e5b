"""How the page looks: its serif face and its colours."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont


@dataclass(frozen=True)
class ReaderColors:
    paper: QColor
    ink: QColor
    muted: QColor
    selection: QColor
    selection_ink: QColor
    match: QColor
    current_match: QColor
    term: QColor  # a shared term marked in every pane
    only_here: QColor  # words the other text lacks
    changed: QColor  # words the other text puts differently
    partner: QColor  # paragraphs linked to the one under the reader's eye
    link: QColor  # the band joining linked paragraphs
    suggested: QColor  # a suggested link, not yet accepted
    note: QColor  # a passage a note quotes (its margin mark is drawn in `note_mark`)
    note_mark: QColor


DEFAULT_POINT_SIZE = 12.5
SERIF_FAMILIES = [
    "Charter",
    "Source Serif 4",
    "Georgia",
    "Liberation Serif",
    "DejaVu Serif",
    "Noto Serif",
    "serif",
]


def reading_font(point_size: float) -> QFont:
    """The page's serif face at `point_size`, falling back through common serif families."""
    font = QFont()
    font.setFamilies(SERIF_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(point_size)
    return font
