"""A dragged selection is taken out to whole words, so notes and citations never start mid-word; and selecting
opens nothing above the page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from app.ui.reader.selection import snapped_to_words
from app.ui.window.main_window import MainWindow
from tests.ui.helpers import RecordingPrompter, point_at

MakeWindow = Callable[..., tuple[MainWindow, RecordingPrompter]]
TEXT = ["The Hungarian Government declares the neutrality of the Republic."]


def test_ends_inside_words_are_taken_out_to_the_words_and_ends_between_them_stay() -> None:
    text = TEXT[0]
    start, end = text.index("clares"), text.index("trality") + 3
    (a, b) = snapped_to_words((0, start), (0, end), TEXT)
    assert text[a[1] : b[1]] == "declares the neutrality"
    backwards = snapped_to_words((0, end), (0, start), TEXT)
    assert backwards == (b, a)  # the drag's own end stays its anchor
    space = text.index(" the neutrality")
    assert snapped_to_words((0, space), (0, space + 4), TEXT) == ((0, space), (0, space + 4))


def test_a_drag_from_mid_word_selects_whole_words_and_the_page_stays_put(
    make_window: MakeWindow, nagy: int, qtbot: QtBot
) -> None:
    window, _ = make_window(open_ids=(1, nagy))
    view_widget = window.documents.current_view()
    assert view_widget is not None
    pane = view_widget.panes()[1]
    pane.scroll_to_paragraph(1)
    text = pane.view.blocks()[pane.block_of(1)].text
    start, end = text.index("clares the"), text.index("neutrality") + 4
    top_before = pane.view.mapTo(window, QPoint(0, 0)).y()
    viewport = pane.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=point_at(pane, 1, start))
    qtbot.mouseMove(viewport, point_at(pane, 1, end))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=point_at(pane, 1, end))
    assert pane.view.selected_text() == "declares the neutrality"
    assert not view_widget.term_bar.isVisible()  # a passage, not a term to mark: nothing opened
    assert pane.view.mapTo(window, QPoint(0, 0)).y() == top_before
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=point_at(pane, 1, text.index("neutrality") + 2))
    assert view_widget.term_bar.isVisible()  # a word double-clicked is marked in every pane
    assert pane.view.mapTo(window, QPoint(0, 0)).y() == top_before  # the bar opens under the panes
