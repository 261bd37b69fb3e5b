"""The notes as a first-time reader meets them: Ctrl+M brings the notes forward, the editor is set for reading,
citations name their source whole, counts read as English, and a [[link]] to a note not yet written says so and
offers to make it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from app.services.registry import Services
from app.ui.notes.preview import NEW_NOTE_SCHEME
from app.ui.window.main_window import MainWindow
from tests.builders import WITHDRAW
from tests.ui.helpers import RecordingPrompter

MakeWindow = Callable[..., tuple[MainWindow, RecordingPrompter]]
CTRL = Qt.KeyboardModifier.ControlModifier


def _select(window: MainWindow, words: str) -> None:
    pane = window.documents.current_pane()
    assert pane is not None
    start = pane.document.paragraphs[16].text.index(words) if pane.document else 0
    offset = pane.offset_of((pane.block_of(17), start))
    pane.show_passage(offset, offset + len(words))


def test_ctrl_m_with_the_search_in_front_brings_the_notes_forward(window: MainWindow, qtbot: QtBot) -> None:
    frame = window.frame
    window.tabifyDockWidget(frame.notes_dock, frame.search_dock)  # as a reader may have put them
    frame.search_dock.raise_()
    qtbot.waitUntil(lambda: frame.notes_dock.visibleRegion().isEmpty())  # the notes hidden behind the search
    _select(window, WITHDRAW)
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL)
    qtbot.waitUntil(window.parts.notes.editor.body.isVisible)
    assert window.parts.notes.editor.body.hasFocus()
    assert not frame.notes_dock.visibleRegion().isEmpty()
    assert frame.search_dock.visibleRegion().isEmpty()  # behind the notes now


def test_the_editor_reads_like_the_page_and_its_citations_are_whole(
    make_window: MakeWindow, services: Services
) -> None:
    services.notes.create([services.notes.find_quote(1, WITHDRAW)], title="Withdrawal")
    window, _ = make_window()
    notes = window.parts.notes
    assert notes.panel.count_label.text() == "1 note"
    notes.open_note(notes.panel.visible_ids()[0], show_documents=False)
    editor = notes.editor
    assert editor.body.font().styleHint() == QFont.StyleHint.Serif
    citation = editor.passages.item(0).text()
    assert citation.endswith("— Declaration by the Soviet Government, 30 October 1956, ¶17")
    assert "1 passage in Declaration by the Soviet Government" in notes.panel.list.item(0).text()


def test_a_link_to_a_note_not_yet_written_says_so_and_makes_it(
    make_window: MakeWindow, services: Services, qtbot: QtBot
) -> None:
    services.notes.create(title="Withdrawal", body="See [[Withdrawal]] and [[Nagy's neutrality]].")
    window, prompter = make_window()
    notes = window.parts.notes
    notes.open_note(notes.panel.visible_ids()[0], show_documents=False)
    editor = notes.editor
    editor.pages.setCurrentIndex(1)  # the preview
    html = editor.preview.toHtml()
    assert html.count("(new note)") == 1  # only the missing one
    prompter.choice = "Create Note"
    editor.preview.anchorClicked.emit(QUrl(f"{NEW_NOTE_SCHEME}:Nagy%27s%20neutrality"))
    assert prompter.choices_offered == [["Create Note"]]
    assert editor.note is not None
    assert editor.note.title == "Nagy's neutrality"
    assert {n.title for n in services.notes.list_notes()} == {"Withdrawal", "Nagy's neutrality"}
    table = window.parts.library_panel.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)  # undo, outside the editor
    assert {n.title for n in services.notes.list_notes()} == {"Withdrawal"}
