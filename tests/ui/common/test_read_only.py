"""The window over a read-only library: a banner says so, and no key, menu or button changes the library."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.cli import build_parser
from app.services.registry import Services
from app.ui.common.read_only import REFUSAL
from app.ui.window.main_window import MainWindow
from tests.builders import WITHDRAW
from tests.ui.helpers import CTRL, WindowMaker, child, current_pane, drag_select, menu_action


@pytest.fixture
def read_only_window(make_window: WindowMaker, services: Services) -> tuple[MainWindow, Services]:
    """A library with a note, opened again in a window with --read-only."""
    services.notes.create(title="Withdrawal offer", body="¶17 offers talks.")
    window, _ = make_window(read_only=True)
    return window, services


def counts(db_path: Path) -> tuple[int, int, int]:
    """Documents and notes not in the trash, and passages, read from the file itself."""
    connection = sqlite3.connect(db_path)
    try:
        documents, notes, passages = connection.execute(
            "SELECT (SELECT count(*) FROM documents WHERE deleted_at IS NULL),"
            " (SELECT count(*) FROM notes WHERE deleted_at IS NULL), (SELECT count(*) FROM passage_anchors)"
        ).fetchone()
    finally:
        connection.close()
    return int(documents), int(notes), int(passages)


def test_the_banner_says_the_library_is_read_only_and_changing_actions_are_off(
    read_only_window: tuple[MainWindow, Services], db_path: Path
) -> None:
    window, _ = read_only_window
    banner = child(window, QLabel, "ReadOnlyBanner")
    assert banner.isVisible()
    assert banner.text().startswith(f"<b>Read-only.</b> The library {db_path} is open for reading only")
    for menu_title, text in (
        ("File", "Import…"), ("File", "Edit Description…"), ("File", "Move to Trash"), ("File", "Back Up Now"),
        ("File", "Restore from Backup…"), ("Edit", "Paste as New Source…"), ("Notes", "New Note from Selection"),
        ("Compare", "Link Paragraphs"), ("Timeline", "Add Event…"),
    ):  # fmt: skip
        assert not menu_action(window, menu_title, text).isEnabled(), text
    for menu_title, text in (("Edit", "Copy"), ("File", "Document Information…"), ("Edit", "Find in Document…")):
        assert menu_action(window, menu_title, text).isEnabled(), text
    window.parts.workspace.open_document(1)  # which enables Edit Description in a writable window
    assert not menu_action(window, "File", "Edit Description…").isEnabled()
    assert not window.parts.library_panel.import_button.isEnabled()
    assert not window.acceptDrops()


def test_keys_that_would_change_the_library_only_say_why(
    read_only_window: tuple[MainWindow, Services], db_path: Path, qtbot: QtBot
) -> None:
    window, _ = read_only_window
    before = counts(db_path)
    pane = current_pane(window)
    drag_select(qtbot, pane, 17, WITHDRAW)
    qtbot.keyClick(pane.view, Qt.Key.Key_M, CTRL)  # new note on the selection
    table = window.parts.library_panel.table
    table.setFocus()
    window.parts.library_panel.select_document(1)
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # move to the trash
    assert window.statusBar().currentMessage() == REFUSAL
    window.parts.librarian.correct_paragraph(1, 17)  # as the pane's context menu asks
    window.parts.timeline.add_event()
    assert counts(db_path) == before
    assert pane.view.selected_text() == WITHDRAW  # and the reading goes on


def test_a_note_opens_to_be_read_but_not_typed_in(read_only_window: tuple[MainWindow, Services], qtbot: QtBot) -> None:
    window, services = read_only_window
    [note] = services.notes.list_notes()
    window.parts.notes.open_note(note.id)
    editor = window.parts.notes.editor
    assert editor.body.toPlainText() == "¶17 offers talks."
    assert editor.body.isReadOnly()
    assert editor.title_edit.isReadOnly()
    qtbot.keyClicks(editor.body, "more")
    assert editor.body.toPlainText() == "¶17 offers talks."


def test_the_window_can_be_asked_to_open_read_only() -> None:
    assert build_parser().parse_args(["--read-only"]).read_only
    assert build_parser().parse_args(["open", "1", "--read-only"]).read_only
