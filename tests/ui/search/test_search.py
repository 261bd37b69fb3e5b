"""Searching from the window: typing, the results, opening a hit at its paragraph with the words marked."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.registry import Services
from app.ui.window.main_window import MainWindow
from tests.ui.conftest import RecordingPrompter

MakeWindow = Callable[..., tuple[MainWindow, RecordingPrompter]]
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def marked_words(window: MainWindow) -> set[str]:
    pane = window.documents.current_pane()
    assert pane is not None
    blocks = pane.view.blocks()
    return {blocks[m.block].text[m.start : m.end].lower() for m in pane._terms}


def test_typing_searches_and_enter_opens_the_first_hit_at_its_paragraph(make_window: MakeWindow, qtbot: QtBot) -> None:
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
    pane = window.documents.current_pane()
    first = view.hits[0].paragraph
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


def test_a_note_is_found_and_opened(make_window: MakeWindow, qtbot: QtBot, services: Services) -> None:
    note = services.notes.create(title="The Presidium's decision", body="Intervention decided on 31 October.").result
    window, _ = make_window()
    window.parts.search.search_now("presidium")
    window.parts.search.wait()
    qtbot.waitUntil(lambda: len(window.parts.search.view.hits) == 1, timeout=3000)
    window.parts.search.open_hit(0)
    assert window.parts.notes.editor.note.id == note.id


@pytest.mark.parametrize("typed", ['"', "NEAR(", "AND", "*", "co-operation", "emperor's", "1648.", "-", "tag:"])
def test_nothing_typed_in_the_box_raises_or_hangs(make_window: MakeWindow, qtbot: QtBot, typed: str) -> None:
    window, _ = make_window()
    window.parts.search.box.setFocus()
    qtbot.keyClicks(window.parts.search.box, typed)
    qtbot.keyClick(window.parts.search.box, Qt.Key.Key_Return)
    window.parts.search.wait()
    qtbot.wait(50)
    assert window.parts.search.view.summary.text() != "Searching…"


def test_a_filter_alone_says_what_to_do(make_window: MakeWindow, qtbot: QtBot) -> None:
    window, _ = make_window()
    window.parts.search.search_now("kind:telegram")
    window.parts.search.wait()
    qtbot.waitUntil(lambda: window.parts.search.view.summary.text().startswith("Type a word to look for"), timeout=3000)
