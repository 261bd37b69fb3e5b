"""The reading view alone: a long text opened and jumped through without laying out what is skipped, idle
layout that keeps the reader's place, selecting with the mouse, and the keys that reach the ends."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.ui.reader.document_view import DocumentView
from app.ui.reader.page_layout import BlockStyle, TextBlock


def _long_document(paragraphs: int) -> list[TextBlock]:
    sentence = "The delegates met again at the Parliament building and the talks went on late into the night. "
    blocks = [TextBlock("A long edition", BlockStyle.TITLE)]
    blocks += [
        TextBlock(f"Paragraph {n}. " + sentence * (1 + n % 7), BlockStyle.BODY, n) for n in range(1, paragraphs + 1)
    ]
    return blocks


def _view(qtbot: QtBot, blocks: list[TextBlock]) -> DocumentView:
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    with qtbot.waitExposed(view):
        view.show()
    view.set_blocks(blocks)
    return view


def test_a_long_text_opens_and_jumps_without_laying_out_what_is_skipped(qtbot: QtBot) -> None:
    blocks = _long_document(20_000)  # about 5 MB of text
    assert sum(len(b.text) for b in blocks) > 4_000_000
    view = _view(qtbot, blocks)
    # Nothing here goes back to the event loop, so idle layout (a timer) does not run: what is laid out is what
    # opening, painting and jumping cost.
    view.viewport().repaint()
    view.scroll_to_block(18_000)
    view.viewport().repaint()
    assert view.laid_out_count() < 100
    top, fraction = view.top_block()
    assert top == 18_000
    assert fraction == 0.0


def test_idle_layout_keeps_the_reader_on_the_same_paragraph(qtbot: QtBot) -> None:
    view = _view(qtbot, _long_document(3_000))
    view.scroll_to_block(2_000)
    qtbot.waitUntil(lambda: view.laid_out_count() == 3_001, timeout=20_000)  # the title and every paragraph
    assert view.top_block()[0] == 2_000


def test_dragging_selects_text_and_copy_puts_it_on_the_clipboard(qtbot: QtBot) -> None:
    blocks = [
        TextBlock("Title", BlockStyle.TITLE),
        TextBlock("Soviet units are in the Hungarian republic.", number=1),
    ]
    view = _view(qtbot, blocks)
    viewport = view.viewport()
    start = view.point_of(1, 0)  # from the first character of ¶1 to well past its end
    end = start + QPoint(600, 0)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert view.selected_text() == "Soviet units are in the Hungarian republic."
    view.copy()
    assert QGuiApplication.clipboard().text() == "Soviet units are in the Hungarian republic."


def test_double_click_selects_a_word(qtbot: QtBot) -> None:
    view = _view(qtbot, [TextBlock("people's democracies", number=1)])
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.point_of(0, 2))
    assert view.selected_text() == "people's"


def test_end_and_home_reach_the_ends(qtbot: QtBot) -> None:
    view = _view(qtbot, _long_document(2_000))
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.top_block()[0] > 1_990
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.top_block()[0] == 0
