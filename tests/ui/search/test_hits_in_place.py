"""Search hits in reading order within each document; opening one reuses the tab of the hits, and the list stays
where the reader has it."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from app.domain.documents import DocumentMetadata
from app.services.library import NewDocument
from app.services.registry import Services
from app.services.search import SearchHit, in_reading_order
from app.ui.window.main_window import MainWindow
from tests.ui.helpers import RecordingPrompter

MakeWindow = Callable[..., tuple[MainWindow, RecordingPrompter]]


def _hit(document: int | None, paragraph: int | None, score: float) -> SearchHit:
    return SearchHit(document, None if document else 9, "t", "", "", paragraph, "s", score)


def test_hits_are_grouped_by_document_and_in_reading_order_within_each() -> None:
    ranked = [_hit(2, 7, -9), _hit(1, 12, -8), _hit(2, 3, -7), _hit(None, None, -6), _hit(1, None, -5), _hit(1, 2, -4)]
    ordered = in_reading_order(ranked)
    assert [(h.document_id, h.paragraph) for h in ordered] == [(2, 3), (2, 7), (1, None), (1, 2), (1, 12), (None, None)]


def test_opening_hits_reuses_their_tab_and_the_list_keeps_its_place(
    make_window: MakeWindow, services: Services, qtbot: QtBot
) -> None:
    texts = tuple(f"Paragraph {n} on the Warsaw Treaty and the troops in Budapest." for n in range(1, 41))
    others = [
        services.library.add_document(NewDocument(DocumentMetadata(title=f"Telegram {n}"), texts)) for n in (1, 2)
    ]
    window, _ = make_window()
    search = window.parts.search
    search.search_now("Budapest troops")
    search.wait()
    qtbot.waitUntil(lambda: len(search.view.hits) >= 40, timeout=5000)
    hits = search.view.hits
    for document in others:  # each document's hits together and in reading order
        numbers = [h.paragraph or 0 for h in hits if h.document_id == document]
        assert numbers == sorted(numbers)
    tabs_before = window.documents.tabs.count()
    first = next(i for i, h in enumerate(hits) if h.document_id == others[0])
    search.open_hit(first)
    assert window.documents.tabs.count() == tabs_before + 1
    bar = search.view.page.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    second = next(i for i, h in enumerate(hits) if h.document_id == others[1])
    search.open_hit(second)  # as a click on it does
    assert window.documents.tabs.count() == tabs_before + 1  # the same tab, now showing the other document
    pane = window.documents.current_pane()
    assert pane is not None
    assert pane.document_id == others[1]
    assert bar.value() == place  # the list did not jump back to its top
