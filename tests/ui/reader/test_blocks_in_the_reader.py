"""A document with headings, a dateline, a list and a quotation, as the reader sees it: each set as what it is,
only the paragraphs numbered, and every block searched, quoted in notes and copied like the rest of the text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.services.registry import Services
from app.ui.reader.document_pane import DocumentPane
from app.ui.reader.page_layout import BlockStyle
from app.ui.window.main_window import MainWindow
from tests.ui.helpers import RecordingPrompter

MakeWindow = Callable[..., tuple[MainWindow, RecordingPrompter]]
TELEGRAM = """# Telegram from the Legation in Budapest

Budapest, 1 November 1956, 19:50

Nagy summoned the Soviet Ambassador this morning.

## Part one: the declaration

He told him that Hungary leaves the Warsaw Treaty:

1. the Government protests against the entry of new Soviet units;
2. it asks the four great powers to defend its neutrality.

> The Hungarian people desire to live in true friendship with their neighbours.

The Legation will report further.
"""


def _imported(services: Services, tmp_path: Path) -> int:
    path = tmp_path / "telegram.md"
    path.write_text(TELEGRAM, encoding="utf-8")
    outcome = services.importing.import_file(path)
    assert outcome.document_id is not None
    return outcome.document_id


def _pane(window: MainWindow) -> DocumentPane:
    pane = window.documents.current_pane()
    assert pane is not None
    return pane


def _point(pane: DocumentPane, block: int, char: int) -> QPoint:
    pane.view.ensure_visible(block, char)
    return pane.view.point_of(block, char)


def _select(qtbot: QtBot, pane: DocumentPane, block: int, words: str) -> None:
    text = pane.view.blocks()[block].text
    start = text.index(words)
    first, last = _point(pane, block, start), _point(pane, block, start + len(words))
    qtbot.mousePress(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseMove(pane.view.viewport(), last)
    qtbot.mouseRelease(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=last)
    assert pane.view.selected_text() == words


def test_headings_and_the_dateline_are_set_as_such_and_never_numbered(
    make_window: MakeWindow, services: Services, tmp_path: Path, qtbot: QtBot
) -> None:
    doc_id = _imported(services, tmp_path)
    window, _ = make_window((doc_id,))
    pane = _pane(window)
    body = pane.view.blocks()[3:]  # after the title, the description and the source line
    assert [(block.style, block.number) for block in body] == [
        (BlockStyle.HEADING, None),  # the heading taken as the title, still in the text
        (BlockStyle.DATELINE, None),
        (BlockStyle.BODY, 1),
        (BlockStyle.SUBHEADING, None),
        (BlockStyle.BODY, 2),
        (BlockStyle.BODY, 3),  # the list items, numbered as paragraphs, their labels hanging
        (BlockStyle.BODY, 4),
        (BlockStyle.QUOTATION, 5),
        (BlockStyle.BODY, 6),
    ]
    assert [block.hanging for block in body[5:7]] == ["1.", "2."]
    assert body[5].indent > 0
    assert pane.paragraph_count() == 6
    heading, dateline, paragraph = 3, 4, 5

    def line_height(block: int) -> float:
        top, bottom = pane.view.line_extent(block, 0)
        return bottom - top

    assert line_height(dateline) < line_height(paragraph)  # set small above the text
    assert line_height(heading) > line_height(paragraph)  # set large
    window.resize(window.width(), 420)  # a window too short for the whole text: there is somewhere to scroll
    qtbot.waitUntil(lambda: pane.view.viewport().height() < 300)
    pane.scroll_to_paragraph(2)
    assert pane.top_paragraph() == 2
    assert pane.block_of(2) == 7  # ¶2 is the seventh block of the page, after a heading that takes no number


def test_a_heading_is_found_by_search_and_opened_where_it_is(
    make_window: MakeWindow, services: Services, tmp_path: Path, qtbot: QtBot
) -> None:
    doc_id = _imported(services, tmp_path)
    [hit] = [hit for hit in services.search.search("declaration").hits if hit.document_id == doc_id]
    assert (hit.paragraph, hit.block_kind, hit.block) == (None, "heading", 4)
    [dateline] = [h for h in services.search.search("19:50").hits if h.document_id == doc_id]
    assert dateline.block_kind == "dateline"
    window, _ = make_window((doc_id,))
    window.parts.search.search_now("declaration")
    window.parts.search.wait()
    qtbot.waitUntil(lambda: len(window.parts.search.view.hits) >= 1, timeout=3000)
    index = next(i for i, h in enumerate(window.parts.search.view.hits) if h.document_id == doc_id)
    window.parts.search.open_hit(index)
    pane = _pane(window)
    assert window.statusBar().currentMessage().startswith(f"Hit {index + 1} of")
    assert "heading" in window.statusBar().currentMessage()
    heading = pane.view.blocks()[6]
    marked = [m for m in pane.view.decorations.terms if m.block == 6]
    assert [heading.text[m.start : m.end] for m in marked] == ["declaration"]


def test_a_heading_can_be_quoted_in_a_note_and_copied(
    make_window: MakeWindow, services: Services, tmp_path: Path, qtbot: QtBot
) -> None:
    doc_id = _imported(services, tmp_path)
    window, _ = make_window((doc_id,))
    pane = _pane(window)
    _select(qtbot, pane, 6, "Part one")
    qtbot.keyClick(pane.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.parts.notes.editor.note is not None, timeout=3000)
    editing = window.parts.notes.editor.note
    assert editing is not None
    note = services.notes.get(editing.id)
    [passage] = note.passages
    assert (passage.quote, passage.paragraphs, passage.place) == ("Part one", None, "heading")
    pane.view.select_range((3, 0), (5, len(pane.view.blocks()[5].text)))
    pane.view.copy()
    copied = QGuiApplication.clipboard().text()
    assert copied.split("\n\n") == [
        "Telegram from the Legation in Budapest",
        "Budapest, 1 November 1956, 19:50",
        "Nagy summoned the Soviet Ambassador this morning.",
    ]
    assert services.library.get_document(doc_id).metadata.place == "Budapest"  # filled in from the dateline
