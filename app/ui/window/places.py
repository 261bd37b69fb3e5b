"""Where the reader was in every pane, and how wide each pane was: kept at the close, found again at the start.

A tab's places are matched to it by its documents (left to right), so a tab that lost a document since (it went
to the trash) starts at the top with even widths rather than with another tab's places."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.ui.compare.compare_view import CompareView
    from app.ui.compare.document_tabs import DocumentTabs


@dataclass(frozen=True)
class PanePlace:
    document_id: int
    position: float  # DocumentPane.reading_position(): 0 at the top of ¶1, 2.5 halfway through ¶3
    width: float  # the pane's share of its tab's width


TabPlaces = tuple[PanePlace, ...]


def places_of(tabs: DocumentTabs) -> list[TabPlaces]:
    """Every tab's panes as they are now, left to right."""
    found = []
    for view in tabs.views():
        widths = view.widths.fractions()
        panes = [frame.pane for frame in view.frames()]
        found.append(
            tuple(
                PanePlace(pane.document_id, round(pane.reading_position(), 3), round(width, 4))
                for pane, width in zip(panes, widths, strict=True)
                if pane.document_id is not None
            )
        )
    return found


def restore_places(view: CompareView, saved: Sequence[TabPlaces]) -> bool:
    """Put `view`'s panes where the saved tab with the same documents had them; False if there is none."""
    ids = view.document_ids()
    match = next((tab for tab in saved if [place.document_id for place in tab] == ids), None)
    if match is None or not ids:
        return False
    if len(ids) > 1:
        view.widths.set_fractions([place.width for place in match])
    for frame, place in zip(view.frames(), match, strict=True):
        with frame.pane.view.keeping_place():  # each pane to its own place: the others do not follow
            frame.pane.scroll_to_reading_position(place.position)
    return True


def encode(places: Sequence[TabPlaces]) -> str:
    """'1:12.5:0.5+5:3.25:0.5,7:0:1': tabs by commas, panes by plus signs, each its ID, position and width."""
    return ",".join("+".join(f"{p.document_id}:{p.position:g}:{p.width:g}" for p in tab) for tab in places)


def decode(text: str) -> list[TabPlaces]:
    """The places `encode` wrote; anything odd in them (an edited file) is left out, never raised."""
    tabs = []
    for tab_text in text.split(","):
        tab = []
        for pane_text in tab_text.split("+"):
            parts = pane_text.split(":")
            try:
                document_id, position, width = int(parts[0]), float(parts[1]), float(parts[2])
            except (ValueError, IndexError):
                continue
            if document_id >= 1 and -1.0 <= position < 1e9 and 0.0 < width <= 1.0:
                tab.append(PanePlace(document_id, position, width))
        if tab:
            tabs.append(tuple(tab))
    return tabs
