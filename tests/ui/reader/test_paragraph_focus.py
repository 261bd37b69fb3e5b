"""The page by keyboard and to a screen reader: paragraph to paragraph with Ctrl+Down and Ctrl+Up, selecting with
Shift, and the paragraph with the focus and the selection told to assistive technology."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QImage
from pytestqt.qtbot import QtBot

from app.ui.reader.document_pane import DocumentPane
from app.ui.window.main_window import MainWindow

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _pane(window: MainWindow) -> DocumentPane:
    pane = window.documents.current_pane()
    assert pane is not None
    return pane


def test_the_reader_moves_by_paragraph_and_a_screen_reader_hears_each(window: MainWindow, qtbot: QtBot) -> None:
    pane = _pane(window)
    view = pane.view
    view.setFocus()
    interface = QAccessible.queryAccessibleInterface(view)
    assert interface is not None
    assert interface.role() == QAccessible.Role.Document
    assert interface.text(QAccessible.Text.Name) == "Text of Declaration by the Soviet Government"
    assert "Ctrl+Down" in interface.text(QAccessible.Text.Description)
    qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
    assert pane.current_paragraph() == 1  # so Ctrl+L, Ctrl+Alt+M and Copy Citation work from the keyboard
    assert interface.text(QAccessible.Text.Value).startswith("¶1. A policy of peaceful coexistence")
    for _ in range(16):
        qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
    assert pane.current_paragraph() == 17
    assert pane.top_paragraph() <= 17 <= pane.top_paragraph() + 3  # brought into view
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
    assert pane.current_paragraph() == 16


def test_ctrl_shift_down_selects_whole_paragraphs_for_a_note(window: MainWindow, qtbot: QtBot) -> None:
    pane = _pane(window)
    view = pane.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_Down, CTRL | SHIFT)
    qtbot.keyClick(view, Qt.Key.Key_Down, CTRL | SHIFT)
    selected = pane.selected_paragraphs()
    assert selected is not None
    assert (selected.first, selected.last) == (1, 3)
    texts = [p.text for p in pane.document.paragraphs] if pane.document else []
    assert view.selected_text() == "\n\n".join(texts[:3])
    value = QAccessible.queryAccessibleInterface(view).text(QAccessible.Text.Value)
    assert value.startswith("¶3. ")
    assert "\nSelected: A policy of peaceful coexistence" in value
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL)  # a note on them, made without the mouse
    note = window.parts.notes.editor.note
    assert note is not None
    span = note.passages[0].paragraphs
    assert span is not None
    assert span.display() == "¶1–3"


def test_the_paragraph_with_the_focus_is_outlined(window: MainWindow, qtbot: QtBot) -> None:
    pane = _pane(window)
    view = pane.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    before = view.viewport().grab().toImage()
    qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
    view.viewport().repaint()
    after = view.viewport().grab().toImage()
    top, bottom = view.block_extent(pane.block_of(1))
    left = round(view.column_left() - 6)
    column = [after.pixelColor(left, y) != before.pixelColor(left, y) for y in range(round(top), round(bottom))]
    assert any(column)  # a line drawn beside ¶1
    assert isinstance(after, QImage)
