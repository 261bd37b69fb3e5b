"""Searching from the window: typing, the results, opening a hit at its paragraph with the words marked."""

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.registry import Services
from app.ui.window.main_window import MainWindow
from tests.ui.helpers import CTRL, SHIFT, WindowMaker, current_pane, note_in_editor


def marked_words(window: MainWindow) -> set[str]:
    """The words marked on the page being read."""
    pane = current_pane(window)
    blocks = pane.view.blocks()
    return {blocks[m.block].text[m.start : m.end].lower() for m in pane.view.decorations.terms}


def test_typing_searches_and_enter_opens_the_first_hit_at_its_paragraph(make_window: WindowMaker, qtbot: QtBot) -> None:
    window, _ = make_window()
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    box = window.parts.search.box
    assert box.hasFocus()
    qtbot.keyClicks(box, "Warsaw Treaty")
    view = window.parts.search.view
    qtbot.waitUntil(lambda: view.summary.text() == "4 hits in 1 document", timeout=3000)
    assert window.parts.search.dock.isVisible()
    html = view.page.toHtml()
    assert "Warsaw</span>" in html  # the words are marked in the snippets
    qtbot.keyClick(box, Qt.Key.Key_Return)
    pane = current_pane(window)
    first = view.hits[0].paragraph
    assert first is not None
    assert pane.current_paragraph() == first
    top, bottom = pane.view.block_extent(pane.block_of(first))
    assert bottom > 0
    assert top < pane.view.viewport().height()
    assert marked_words(window) == {"warsaw", "treaty"}
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert pane.current_paragraph() == view.hits[1].paragraph
    assert window.statusBar().currentMessage().startswith("Hit 2 of 4: ¶")
    qtbot.keyClick(window, Qt.Key.Key_F8, SHIFT)
    assert pane.current_paragraph() == first


def test_a_note_is_found_and_opened(make_window: WindowMaker, qtbot: QtBot, services: Services) -> None:
    note = services.notes.create(title="The Presidium's decision", body="Intervention decided on 31 October.").result
    window, _ = make_window()
    window.parts.search.search_now("presidium")
    window.parts.search.wait()
    qtbot.waitUntil(lambda: len(window.parts.search.view.hits) == 1, timeout=3000)
    window.parts.search.open_hit(0)
    assert note_in_editor(window) == note.id


@pytest.mark.parametrize(
    ("typed", "summary"),
    [
        ('"', 'Nothing found for ".'),
        ("NEAR(", "Nothing found for NEAR(."),
        ("AND", "17 hits in 1 document"),  # alone, an operator is a word
        ("*", "Nothing found for *."),
        ("co-operation", "3 hits in 1 document"),
        ("emperor's", "Nothing found for emperor's."),
        ("1648.", "Nothing found for 1648.."),
        ("-", "Nothing found for -."),
        ("tag:", "Nothing found for tag:."),
    ],
)
def test_whatever_is_typed_in_the_box_gets_an_answer(
    make_window: WindowMaker, qtbot: QtBot, typed: str, summary: str
) -> None:
    window, _ = make_window()
    window.parts.search.box.setFocus()
    qtbot.keyClicks(window.parts.search.box, typed)
    qtbot.keyClick(window.parts.search.box, Qt.Key.Key_Return)  # Enter searches at once, on the GUI thread
    window.parts.search.wait()  # and no search started while typing is still on its way
    qtbot.waitUntil(lambda: window.parts.search.view.summary.text() != "Searching…")
    assert window.parts.search.view.summary.text() == summary


def test_a_filter_alone_says_what_to_do(make_window: WindowMaker, qtbot: QtBot) -> None:
    window, _ = make_window()
    window.parts.search.search_now("kind:telegram")
    window.parts.search.wait()
    qtbot.waitUntil(lambda: window.parts.search.view.summary.text().startswith("Type a word to look for"), timeout=3000)
