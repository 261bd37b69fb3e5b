"""Side by side, the text gets the room: panes share the width, the panels give way and come back with one key,
every pane holds a line of reading text, and what the reader set is kept."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.documents import DocumentMetadata
from app.services.library import NewDocument
from app.services.registry import Services
from app.ui.compare.compare_view import CompareView
from app.ui.reader.document_pane import DocumentPane
from app.ui.reader.page_layout import BlockStyle
from app.ui.window.main_window import MainWindow
from tests.ui.helpers import RecordingPrompter

MakeWindow = Callable[..., tuple[MainWindow, RecordingPrompter]]
FIRST_SIZE = (1320, 860)


@pytest.fixture
def copy_id(services: Services) -> int:
    texts = [p.text for p in services.library.get_document(1).paragraphs]
    meta = DocumentMetadata(title="Statement of the Soviet Government", issuer="USSR", date_edtf="1956-10-30")
    return services.library.add_document(NewDocument(meta, tuple(texts)))


def view_of(window: MainWindow) -> CompareView:
    view = window.documents.current_view()
    assert view is not None
    return view


def characters_per_line(pane: DocumentPane, number: int = 2) -> float:
    """How many characters a full line of ¶`number` holds (its last line, usually short, left out)."""
    lines = [length for _start, length in pane.view.lines_of(pane.block_of(number))[:-1]]
    assert lines, "the paragraph should fill more than one line"
    return sum(lines) / len(lines)


def shape(window: MainWindow) -> list[tuple[int, int, float, int]]:
    """What a reader sees of the panes in front: each one's width, height, column and place."""
    view = window.documents.current_view()
    panes = view.panes() if view is not None else []
    return [(p.view.width(), p.view.height(), p.view.column_width(), p.view.verticalScrollBar().value()) for p in panes]


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the panes stop moving (the window lays itself out in steps after a change)."""
    seen: list[list[tuple[int, int, float, int]]] = []

    def steady() -> bool:
        seen.append(shape(window))
        return len(seen) >= 3 and seen[-1] == seen[-2] == seen[-3]

    qtbot.waitUntil(steady)
    window.repaint()


def test_two_documents_share_the_width_evenly_and_the_panels_give_way(
    make_window: MakeWindow, copy_id: int, qtbot: QtBot
) -> None:
    window, _ = make_window(open_ids=(1, copy_id))
    assert (window.width(), window.height()) == FIRST_SIZE
    settle(qtbot, window)
    left, right = (frame.width() for frame in view_of(window).frames())
    assert abs(left - right) <= 2
    assert left + right > 1200  # the docks gave way: nearly all of the window's width is the panes'
    room = window.room
    assert not window.parts.library_panel.isVisible()
    assert not window.frame.notes_dock.isVisible()
    assert not window.frame.search_dock.isVisible()
    assert room.strip.collapsed
    assert window.frame.timeline_dock.height() < 40
    for pane in view_of(window).panes():
        assert characters_per_line(pane) >= 45
    assert [p.text() for p in room.toolbar.actions() if p.text()] == ["Library", "Notes", "Search", "Timeline",
                                                                       "All Panels"]  # fmt: skip


def test_f12_brings_the_panels_back_and_folds_them_again(make_window: MakeWindow, copy_id: int, qtbot: QtBot) -> None:
    window, _ = make_window(open_ids=(1, copy_id))
    qtbot.keyClick(window, Qt.Key.Key_F12)
    settle(qtbot, window)
    assert window.parts.library_panel.isVisible()
    assert window.frame.notes_dock.isVisible()
    assert window.frame.timeline_dock.height() > 100  # the timeline at the height it had
    qtbot.keyClick(window, Qt.Key.Key_F12)
    assert not window.parts.library_panel.isVisible()
    assert not window.frame.notes_dock.isVisible()
    assert window.room.strip.collapsed


def test_back_to_one_document_the_panels_come_back_by_themselves(
    make_window: MakeWindow, copy_id: int, qtbot: QtBot
) -> None:
    window, _ = make_window(open_ids=(1, copy_id))
    view_of(window).remove(view_of(window).frames()[1])
    settle(qtbot, window)
    assert window.parts.library_panel.isVisible()
    assert window.frame.search_dock.isVisible()
    assert not window.room.strip.collapsed


def test_a_panel_opened_side_by_side_stays_open(make_window: MakeWindow, copy_id: int, qtbot: QtBot) -> None:
    window, _ = make_window(open_ids=(1, copy_id))
    qtbot.keyClick(window, Qt.Key.Key_F9)  # the reader wants the library beside the panes
    assert window.parts.library_panel.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F12)  # the rest comes back
    qtbot.keyClick(window, Qt.Key.Key_F12)  # and all of it folds again, on the reader's word
    assert not window.parts.library_panel.isVisible()


def test_side_by_side_the_text_starts_at_the_top_and_alone_the_heading_is_typeset(
    make_window: MakeWindow, copy_id: int
) -> None:
    window, _ = make_window(open_ids=(1, copy_id))
    left = view_of(window).panes()[0]
    assert left.view.blocks()[0].style is BlockStyle.BODY  # the title line above the pane names it
    frame = view_of(window).frames()[0]
    assert frame.title.toolTip().startswith("Declaration by the Soviet Government on the Principles")
    assert frame.subtitle.text() == "30 October 1956"  # the date, whole
    left.scroll_to_paragraph(7)
    view_of(window).remove(view_of(window).frames()[1])
    assert left.view.blocks()[0].style is BlockStyle.TITLE
    assert left.top_paragraph() == 7  # the reader stays where they were


def test_the_first_start_shows_the_declarations_first_paragraphs(window: MainWindow, qtbot: QtBot) -> None:
    settle(qtbot, window)
    pane = window.documents.current_pane()
    assert pane is not None
    height = pane.view.viewport().height()
    for number in (1, 2):
        top, _bottom = pane.view.block_extent(pane.block_of(number))
        assert top + 2 * pane.view.line_step() <= height  # two lines of it at least


def test_a_title_is_set_smaller_rather_than_broken_inside_a_word(window: MainWindow, qtbot: QtBot) -> None:
    pane = window.documents.current_pane()
    assert pane is not None
    pane.view.resize(260, 600)  # a narrow pane: "Strengthening" and "Cooperation" are wide words at heading size
    qtbot.waitUntil(lambda: pane.view.column_width() < 260)  # laid out again at the pane's new width
    title = pane.view.blocks()[0]
    for start, length in pane.view.lines_of(0)[:-1]:
        end = start + length
        assert title.text[end - 1].isspace() or title.text[end].isspace(), title.text[start:end]


def test_widths_set_by_the_reader_are_kept_and_come_back_with_each_pane_where_it_was(
    make_window: MakeWindow, copy_id: int, qtbot: QtBot, settings_path: Path
) -> None:
    window, _ = make_window(open_ids=(1, copy_id))
    view = view_of(window)
    view.splitter.moveSplitter(round(view.splitter.width() * 0.35), 1)  # as a drag of the band does
    window.resize(1200, 800)
    settle(qtbot, window)
    left, right = (frame.width() for frame in view.frames())
    assert left / (left + right) == pytest.approx(0.35, abs=0.03)  # kept as a share, whatever the window's size
    view.panes()[0].scroll_to_paragraph(12)
    with view.panes()[1].view.keeping_place():
        view.panes()[1].scroll_to_paragraph(4)
    window.close()
    again, _ = make_window()
    settle(qtbot, again)
    restored = view_of(again)
    assert restored.document_ids() == [1, copy_id]
    left, right = (frame.width() for frame in restored.frames())
    assert left / (left + right) == pytest.approx(0.35, abs=0.03)
    assert [pane.top_paragraph() for pane in restored.panes()] == [12, 4]


def test_at_133_percent_two_panes_still_hold_a_line_of_reading_text(
    make_window: MakeWindow, copy_id: int, qtbot: QtBot
) -> None:
    window, _ = make_window(open_ids=(1, copy_id))
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 3  # 133%
    settle(qtbot, window)
    for pane in view_of(window).panes():
        assert characters_per_line(pane) >= 40


def test_at_1024_by_700_four_panes_wrap_their_text_within_the_page(
    make_window: MakeWindow, services: Services, copy_id: int, qtbot: QtBot
) -> None:
    texts = tuple(p.text for p in services.library.get_document(1).paragraphs)
    more = [services.library.add_document(NewDocument(DocumentMetadata(title=f"Copy {n}"), texts)) for n in (3, 4)]
    window, _ = make_window(open_ids=(1, copy_id, *more))
    window.resize(1024, 700)
    for zoom, fewest in ((0, 15), (3, 10)):  # at 100% and at 133%
        window.set_zoom(zoom)
        settle(qtbot, window)
        for pane in view_of(window).panes():
            view = pane.view
            assert view.column_left() + view.column_width() <= view.viewport().width()  # nothing cut off
            assert characters_per_line(pane) >= fewest


def test_focus_mode_shows_only_the_panes_and_f11_brings_everything_back(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F11)
    settle(qtbot, window)
    assert not window.menuBar().isVisible()
    assert not window.statusBar().isVisible()
    assert not window.parts.library_panel.isVisible()
    assert not window.frame.notes_dock.isVisible()
    assert not window.documents.tabs.tabBar().isVisible()
    assert not window.frame.timeline_dock.isVisible()
    assert window.focus_mode.hint.isVisible()
    pane = window.documents.current_pane()
    assert pane is not None
    assert pane.isVisible()
    assert pane.width() > 1200  # the whole width is the page's
    qtbot.keyClick(window, Qt.Key.Key_F11)
    settle(qtbot, window)
    assert window.menuBar().isVisible()
    assert window.parts.library_panel.isVisible()
    assert window.frame.notes_dock.isVisible()
    assert window.documents.tabs.tabBar().isVisible()
    assert not window.room.strip.collapsed


def test_panels_and_a_timeline_range_never_move_the_panes_scrolled_together(
    make_window: MakeWindow, services: Services, qtbot: QtBot
) -> None:
    from datetime import datetime

    from app.domain.timeline import DateRange

    texts = [p.text for p in services.library.get_document(1).paragraphs]
    texts[3:5] = [texts[3] + " " + texts[4]]  # ¶4–5 printed as one paragraph
    meta = DocumentMetadata(title="Statement of the Soviet Government", date_edtf="1956-10-30")
    other = services.library.add_document(NewDocument(meta, tuple(texts)))
    window, _ = make_window(open_ids=(1, other))
    with qtbot.waitSignal(window.parts.compare.suggestion_finished, timeout=10_000):
        window.parts.compare.suggest()
    left, right = view_of(window).panes()
    left.scroll_to_paragraph(10, 0.5)
    settle(qtbot, window)
    places = [pane.reading_position() for pane in (left, right)]
    assert right.top_paragraph() == 9
    for change in (
        lambda: qtbot.keyClick(window, Qt.Key.Key_F12),  # the panels come back: the panes narrow
        lambda: qtbot.keyClick(window, Qt.Key.Key_F9),  # the library goes again
        lambda: window.parts.timeline.view.set_range(DateRange.of_days(datetime(1956, 10, 30), datetime(1956, 11, 1))),
        lambda: qtbot.keyClick(window, Qt.Key.Key_F12),
    ):
        change()
        settle(qtbot, window)
        assert [pane.top_paragraph() for pane in (left, right)] == [10, 9]
        assert [pane.reading_position() for pane in (left, right)] == pytest.approx(places, abs=0.15)
