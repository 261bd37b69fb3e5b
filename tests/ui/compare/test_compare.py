"""The side-by-side view, used as a reader would: open beside, link, suggest, scroll, mark terms, see differences."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.domain.alignment.links import LinkOrigin, ParagraphSpan
from app.domain.documents import DocumentMetadata
from app.services.library import NewDocument
from app.services.registry import Services
from app.ui.common.mime import document_ids_mime
from app.ui.compare.pane_frame import PaneFrame
from app.ui.reader.decorations import Mark
from app.ui.reader.document_pane import DocumentPane
from app.ui.window.main_window import MainWindow
from tests.builders import add_second_translation
from tests.ui.helpers import ALT, CTRL, LEFT, SHIFT, RecordingPrompter, WindowMaker, child, current_view, menu_action


@pytest.fixture
def copy_id(services: Services) -> int:
    """The second translation: ¶4–5 printed as one paragraph, and 'withdraw' put as 'pull out'."""
    return add_second_translation(services)


@pytest.fixture
def side_by_side(make_window: WindowMaker, copy_id: int) -> tuple[MainWindow, RecordingPrompter]:
    window, prompter = make_window(open_ids=(1, copy_id))
    return window, prompter


def click_paragraph(qtbot: QtBot, pane: DocumentPane, number: int) -> None:
    pane.scroll_to_paragraph(number)
    top, _bottom = pane.view.block_extent(pane.block_of(number))
    qtbot.mouseClick(pane.view.viewport(), LEFT, pos=QPoint(pane.view.width() // 2, round(top) + 8))


def test_ctrl_click_in_the_library_opens_a_document_beside_the_current_one(
    window: MainWindow, qtbot: QtBot, copy_id: int
) -> None:
    window.parts.workspace.refresh_library()
    table = window.parts.library_panel.table
    row = window.parts.library_panel.document_ids().index(copy_id)
    point = table.visualRect(table.model().index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), LEFT, CTRL, point)
    assert window.documents.layout_ids() == [[1, copy_id]]
    view = current_view(window)
    assert view.objectName() == "CompareView"
    assert [pane.objectName() for pane in view.panes()] == ["DocumentPane", "DocumentPane"]
    titles = [child(frame, QLabel, "PaneTitle").toolTip() for frame in view.frames()]
    assert titles[1] == "Statement of the Soviet Government"
    subtitle = child(view.frames()[1], QLabel, "PaneSubtitle")
    assert subtitle.toolTip() == "30 October 1956 · USSR"
    assert subtitle.text().startswith("30 October")  # elided to the pane's width


def test_a_paragraph_linked_by_hand_is_stored_banded_highlighted_and_undoable(
    side_by_side: tuple[MainWindow, RecordingPrompter], qtbot: QtBot, services: Services, copy_id: int
) -> None:
    window, _ = side_by_side
    view = current_view(window)
    left, right = view.panes()
    click_paragraph(qtbot, left, 4)
    click_paragraph(qtbot, right, 4)
    left.view.select_range((left.block_of(4), 0), (left.block_of(5), 10))  # ¶4–5 on the left
    left.view.setFocus()
    qtbot.waitUntil(lambda: view.active_pane() is left)
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    [link] = services.alignment.links(1, copy_id)
    assert (link.display(), link.origin) == ("¶4–5 ↔ ¶4", LinkOrigin.USER)
    # The partner lights up in the other pane when the reader points at a linked paragraph.
    left.hovered_paragraph.emit(5)
    assert right.view.decorations.tinted == {right.block_of(4)}
    assert left.view.decorations.tinted == {left.block_of(4), left.block_of(5)}
    band = view.bands()[0]
    band.repaint()
    assert [found.display() for found in band.drawn_links()] == ["¶4–5 ↔ ¶4"]
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert services.alignment.links(1, copy_id) == []


def test_suggestions_are_made_accepted_and_rejected_from_the_compare_menu(
    side_by_side: tuple[MainWindow, RecordingPrompter], qtbot: QtBot, services: Services, copy_id: int
) -> None:
    window, _ = side_by_side
    with qtbot.waitSignal(window.parts.compare.suggestion_finished, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_A, CTRL | SHIFT)
    links = services.alignment.links(1, copy_id)
    assert len(links) == 19
    assert all(link.origin is LinkOrigin.SUGGESTED for link in links)
    assert "Suggested 19 links by similar wording" in window.statusBar().currentMessage()
    left = current_view(window).panes()[0]
    click_paragraph(qtbot, left, 2)
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL | ALT)  # reject the suggestion at ¶2
    click_paragraph(qtbot, left, 3)
    qtbot.keyClick(window, Qt.Key.Key_A, CTRL | ALT)  # accept the one at ¶3
    shown = {link.display(): link.origin for link in services.alignment.links(1, copy_id)}
    assert "¶2 ↔ ¶2" not in shown
    assert shown["¶3 ↔ ¶3"] is LinkOrigin.ACCEPTED
    menu_action(window, "Compare", "Accept All Suggestions").trigger()
    assert {link.origin for link in services.alignment.links(1, copy_id)} == {LinkOrigin.ACCEPTED}


def test_scrolling_one_pane_brings_the_partner_paragraph_level_in_the_other(
    side_by_side: tuple[MainWindow, RecordingPrompter], qtbot: QtBot
) -> None:
    window, _ = side_by_side
    with qtbot.waitSignal(window.parts.compare.suggestion_finished, timeout=10_000):
        window.parts.compare.suggest()
    left, right = current_view(window).panes()
    left.scroll_to_paragraph(10)
    assert right.top_paragraph() == 9  # ¶4–5 are one paragraph on the right
    assert left.top_paragraph() == 10  # and following did not push the leader back
    right.scroll_to_paragraph(17)
    assert left.top_paragraph() == 18
    before = right.view.verticalScrollBar().value()
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL | ALT)  # synchronized scrolling off
    left.scroll_to_paragraph(2)
    assert right.view.verticalScrollBar().value() == before


def test_without_links_the_panes_follow_by_proportion(
    side_by_side: tuple[MainWindow, RecordingPrompter],
) -> None:
    window, _ = side_by_side
    left, right = current_view(window).panes()
    left.scroll_to_paragraph(11)  # halfway through 20 paragraphs
    assert right.top_paragraph() == 10  # halfway through 19


def test_a_double_clicked_word_is_marked_and_counted_in_every_pane(
    side_by_side: tuple[MainWindow, RecordingPrompter], qtbot: QtBot
) -> None:
    window, _ = side_by_side
    view = current_view(window)
    left, right = view.panes()
    block = left.block_of(18)
    text = left.view.blocks()[block].text
    start = text.index("Warsaw")
    left.scroll_to_paragraph(18)
    qtbot.mouseDClick(left.view.viewport(), LEFT, pos=left.view.point_of(block, start + 2))
    bar = view.term_bar
    assert bar.isVisible()
    counts = bar.label.text()
    assert counts.startswith("“Warsaw” — ")
    assert counts.endswith(": 6 · Statement of the Soviet…: 6")
    marked = {match.block for match in right.view.decorations.terms}
    assert len(marked) == 4  # the paragraphs with "Warsaw", marked on the right too
    right.scroll_to_paragraph(1)
    right.view.setFocus()
    qtbot.waitUntil(lambda: view.active_pane() is right)
    qtbot.keyClick(window, Qt.Key.Key_J, CTRL)  # the next occurrence in the pane being read comes into view
    block = right.block_of(10)  # the copy's first “Warsaw” (¶11 of the original)
    start = right.view.blocks()[block].text.index("Warsaw")
    top, bottom = right.view.line_extent(block, start)
    assert top >= 0  # the line with the word is in view (the paragraph may begin above it)
    assert bottom <= right.view.viewport().height()
    qtbot.keyClick(right.view, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert right.view.decorations.terms == []


def test_differences_colour_changed_words_and_report_similarity(
    side_by_side: tuple[MainWindow, RecordingPrompter], qtbot: QtBot
) -> None:
    window, _ = side_by_side
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    left, right = current_view(window).panes()
    text = right.view.blocks()[right.block_of(16)].text
    [(start, end, mark)] = right.view.decorations.differences[right.block_of(16)]
    assert (text[start:end], mark) == ("pull out", Mark.CHANGED)
    [(start, end, mark)] = left.view.decorations.differences[left.block_of(17)]
    assert left.view.blocks()[left.block_of(17)].text[start:end] == "withdraw"
    assert "99." in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    assert right.view.decorations.differences == {}


def test_shared_terms_list_marks_a_term_when_clicked(
    side_by_side: tuple[MainWindow, RecordingPrompter], qtbot: QtBot
) -> None:
    window, _ = side_by_side
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL | SHIFT)
    view = current_view(window)
    terms = view.terms_list
    assert terms is not None
    assert terms.isVisible()
    texts = [terms.item(i).data(Qt.ItemDataRole.UserRole) for i in range(terms.count())]
    assert "socialist countries" in texts
    item = terms.item(texts.index("Warsaw Treaty"))
    rect = terms.visualItemRect(item)
    qtbot.mouseClick(terms.viewport(), LEFT, pos=rect.center())
    assert view.term == "Warsaw Treaty"


def test_panes_move_close_and_come_back_at_the_next_start(
    side_by_side: tuple[MainWindow, RecordingPrompter], make_window: WindowMaker, qtbot: QtBot, copy_id: int
) -> None:
    window, _ = side_by_side
    view = current_view(window)
    first = view.frames()[0]
    first.right_button.click()
    assert view.document_ids() == [copy_id, 1]
    window.close()
    again, _ = make_window()
    assert again.documents.layout_ids() == [[copy_id, 1]]
    view = current_view(again)
    assert view.frames()[0].header.isVisible()
    view.frames()[1].close_button.click()
    assert again.documents.layout_ids() == [[copy_id]]
    assert not view.frames()[0].header.isVisible()  # alone in its tab, the tab and the page name it


def test_a_document_dropped_on_a_pane_opens_beside_it_and_a_fifth_is_refused(
    side_by_side: tuple[MainWindow, RecordingPrompter], services: Services, copy_id: int
) -> None:
    window, _ = side_by_side
    extra = [
        services.library.add_document(NewDocument(DocumentMetadata(title=f"Telegram {n}"), (f"Text {n}.",)))
        for n in range(3)
    ]
    target = current_view(window).frames()[0]
    mime = document_ids_mime([extra[0]])  # kept alive: the event does not own it
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, LEFT, CTRL)
    target.dropEvent(drop)
    assert current_view(window).document_ids() == [1, extra[0], copy_id]
    assert window.parts.workspace.open_beside(extra[1])
    assert not window.parts.workspace.open_beside(extra[2])
    assert "at most 4 documents" in window.statusBar().currentMessage()
    assert isinstance(current_view(window).frames()[0], PaneFrame)


def test_unlinking_the_clicked_paragraph_can_be_undone(
    side_by_side: tuple[MainWindow, RecordingPrompter], qtbot: QtBot, services: Services, copy_id: int
) -> None:
    window, _ = side_by_side
    left, _right = current_view(window).panes()
    services.alignment.link(1, ParagraphSpan(6, 6), copy_id, ParagraphSpan(5, 5))
    services.alignment.link(1, ParagraphSpan(6, 6), copy_id, ParagraphSpan(9, 9))  # one ¶ answering two
    window.parts.compare.reload()
    click_paragraph(qtbot, left, 6)
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL | SHIFT)
    assert services.alignment.links(1, copy_id) == []
    assert window.statusBar().currentMessage() == "Unlinked ¶6."
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert [link.display() for link in services.alignment.links(1, copy_id)] == ["¶6 ↔ ¶5", "¶6 ↔ ¶9"]
    click_paragraph(qtbot, left, 2)
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL | SHIFT)
    assert window.statusBar().currentMessage() == "¶2 has no links."
