"""How the timeline talks to the rest of the window: opening what is double-clicked, and the date range filter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.timeline import DateRange

if TYPE_CHECKING:
    from app.ui.timeline.controller import TimelineController
    from app.ui.window.main_window import MainWindow


def connect_timeline(window: MainWindow, timeline: TimelineController) -> None:
    timeline.open_document_requested.connect(window.open_document)
    timeline.open_beside_requested.connect(window.open_beside)
    timeline.open_note_requested.connect(window.notes.open_note)
    window.notes.notes_changed.connect(timeline.schedule_refresh)

    def open_documents() -> None:
        timeline.set_open_documents({doc_id for ids in window.documents.layout_ids() for doc_id in ids})

    window.documents.panes_changed.connect(open_documents)
    window.documents.current_changed.connect(open_documents)

    def filter_dates(date_range: DateRange | None) -> None:
        """A range picked on the ruler narrows the library list, the notes list and the search hits."""
        window.library_panel.set_date_range(date_range)
        window.notes.panel.set_date_range(date_range)
        window.search.set_date_range(date_range)

    timeline.range_changed.connect(filter_dates)
    for bar in (window.library_panel.range_bar, window.notes.panel.range_bar, window.search.view.range_bar):
        bar.clear_requested.connect(timeline.clear_range)
