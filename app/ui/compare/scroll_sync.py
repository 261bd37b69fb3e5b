"""ScrollSync: when the reader scrolls one pane, the others follow the alignment."""

from __future__ import annotations

from collections.abc import Callable

from app.domain.alignment.links import ScrollMap
from app.ui.reader.document_pane import DocumentPane

MapFor = Callable[[DocumentPane, DocumentPane], ScrollMap]


class ScrollSync:
    """Moves the other panes so the partner of the paragraph at the top of the scrolled pane is at the top too.

    Moving a pane from here scrolls it, which would ask to move the others back: the guard makes the
    scrolled pane the only leader until it has been followed, so there is no feedback and no jitter.
    """

    def __init__(self, map_for: MapFor) -> None:
        self._map_for = map_for
        self._following = False
        self.enabled = True

    def follow(self, leader: DocumentPane, panes: list[DocumentPane]) -> None:
        if not self.enabled or self._following or leader.document is None:
            return
        self._following = True
        try:
            position = leader.reading_position()
            for pane in panes:
                if pane is leader or pane.document is None:
                    continue
                target = position if position < 0 else self._map_for(leader, pane)(position)
                pane.scroll_to_reading_position(target)
        finally:
            self._following = False
