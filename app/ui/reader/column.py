"""Where the text column sits in a page of a given width: centred at a comfortable measure where there is room,
and never wider than the page, however narrow the pane or large the type (so text wraps rather than being cut)."""

from __future__ import annotations

TOP_PAD = 28.0  # above the first block
SIDE_MARGIN = 28.0  # on either side of the text, where there is room for it
MIN_MARGIN = 8.0  # kept even in the narrowest pane (the right one holds the notes' margin marks)
MIN_COLUMN = 40.0  # below this the pane is too narrow to read in at all; the splitter keeps panes wider
MIN_PANE_WIDTH = 170  # a pane is never squeezed narrower than this (in pixels)


def column_geometry(page_width: float, gutter: float, measure: float) -> tuple[float, float]:
    """The column's left edge and width, for a page `page_width` wide with a ¶-number gutter of `gutter` and a
    longest comfortable line of `measure`."""
    margin = max(MIN_MARGIN, min(SIDE_MARGIN, page_width * 0.05))
    available = page_width - 2 * margin - gutter
    width = max(MIN_COLUMN, min(available, measure))
    left = max(margin + gutter, (page_width - width) / 2)
    return left, width
