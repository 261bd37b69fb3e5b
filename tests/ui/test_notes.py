"""Research notes as a reader makes them: from a selection, across two documents, kept through restarts and edits."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from pytestqt.qtbot import QtBot

from app.domain.documents import DocumentMetadata
from app.services.infrastructure.storage import Library
from app.services.library import NewDocument
from app.services.registry import Services
from app.ui.notes.panel import NoteScope
from app.ui.reader.document_pane import DocumentPane
from app.ui.window.main_window import MainWindow
from tests.conftest import NEUTRALITY, WITHDRAW
from tests.services.test_disk_full import FULL, fill_disk
from tests.ui.conftest import RecordingPrompter

MakeWindow = Callable[..., tuple[MainWindow, RecordingPrompter]]
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def nagy(services: Services) -> int:
    texts = (
        (
            "People of Hungary! The Hungarian National Government, giving expression to the undivided will of the "
            "Hungarian millions, declares the neutrality of the Hungarian People's Republic."
        ),
        "We appeal to our neighbours, countries near and far, to respect the unalterable decision of our people.",
    )
    meta = DocumentMetadata(title="Nagy on neutrality", issuer="Imre Nagy", date_edtf="1956-11-01")
    return services.library.add_document(NewDocument(meta, texts))


def point_at(pane: DocumentPane, number: int, char: int) -> QPoint:
    """Where character `char` of ¶`number` is on screen (scrolled into view first)."""
    block = pane.block_of(number)
    pane.view.ensure_visible(block, char)
    line = pane.view._layout.layout(block).lineForTextPosition(char)
    x = pane.view.column_left() + line.cursorToX(char)[0]
    top, _ = pane.view.block_extent(block)
    return QPoint(round(x), round(top + line.y() + line.height() / 2))


def drag_select(qtbot: QtBot, pane: DocumentPane, number: int, words: str) -> None:
    """Select `words` of ¶`number` with the mouse, as a reader does."""
    text = pane.view.blocks()[pane.block_of(number)].text
    start = text.index(words)
    first, last = point_at(pane, number, start), point_at(pane, number, start + len(words))
    viewport = pane.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseMove(viewport, last)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=last)
    assert pane.view.selected_text() == words


def noted(pane: DocumentPane) -> list[str]:
    """The text of each passage marked as noted in the pane."""
    blocks = pane.view.blocks()
    return [
        blocks[index].text[start:end]
        for index, ranges in sorted(pane.view.decorations.notes.items())
        for start, end, _title in ranges
    ]


def panes(window: MainWindow) -> list[DocumentPane]:
    view = window.documents.current_view()
    assert view is not None
    return view.panes()


def test_a_note_made_from_a_selection_links_two_documents_and_survives_a_restart(
    make_window: MakeWindow, qtbot: QtBot, nagy: int, services: Services
) -> None:
    window, _ = make_window(open_ids=(1, nagy))
    declaration, broadcast = panes(window)
    drag_select(qtbot, declaration, 17, WITHDRAW)
    qtbot.keyClick(declaration.view, Qt.Key.Key_M, CTRL)
    editor = window.parts.notes.editor
    assert editor.isVisible()
    assert editor.title_edit.text() == "withdraw the Soviet military units from the city…"
    assert editor.body.hasFocus()  # ready to write at once
    assert noted(declaration) == [WITHDRAW]

    qtbot.keyClicks(editor.body, "Overtaken within a day.")
    drag_select(qtbot, broadcast, 1, NEUTRALITY)
    broadcast.view.setFocus()
    qtbot.keyClick(broadcast.view, Qt.Key.Key_M, CTRL | SHIFT)
    items = [editor.passages.item(row).text() for row in range(editor.passages.count())]
    assert items[0].startswith(f"“{WITHDRAW}”\n— Declaration by the Soviet Government")
    assert items[0].endswith("30 October 1956, ¶17")
    assert items[1] == f"“{NEUTRALITY}”\n— Nagy on neutrality, 1 November 1956, ¶1"
    assert noted(broadcast) == [NEUTRALITY]
    window.close()

    window, _ = make_window()
    declaration, broadcast = panes(window)
    assert noted(declaration) == [WITHDRAW]
    assert noted(broadcast) == [NEUTRALITY]
    listed = window.parts.notes.panel.list
    assert listed.count() == 1
    assert listed.item(0).text() == "withdraw the Soviet military units from the city…\n2 passages in 2 documents"
    [note] = services.notes.list_notes()
    assert note.body == "Overtaken within a day."


def test_clicking_a_note_opens_its_documents_side_by_side_at_its_passages(
    make_window: MakeWindow, qtbot: QtBot, nagy: int, services: Services
) -> None:
    notes = services.notes
    note = notes.create([notes.find_quote(1, WITHDRAW), notes.find_quote(nagy, NEUTRALITY)], title="Overtaken").result
    window, _ = make_window()
    listed = window.parts.notes.panel.list
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=listed.visualItemRect(listed.item(0)).center())
    assert window.documents.layout_ids() == [[1, nagy]]
    declaration, broadcast = panes(window)
    assert declaration.view.selected_text() == WITHDRAW
    assert broadcast.view.selected_text() == NEUTRALITY
    for pane, number in ((declaration, 17), (broadcast, 1)):
        top, bottom = pane.view.block_extent(pane.block_of(number))
        assert bottom > 0
        assert top < pane.view.viewport().height()
    assert window.parts.notes.editor.note.id == note.id


def test_the_margin_mark_of_a_passage_opens_its_note(make_window: MakeWindow, qtbot: QtBot, services: Services) -> None:
    notes = services.notes
    note = notes.create([notes.find_quote(1, WITHDRAW)], title="The offer to withdraw").result
    window, _ = make_window(open_ids=(1,))
    [pane] = panes(window)
    start = pane.view.blocks()[pane.block_of(17)].text.index(WITHDRAW)
    point = point_at(pane, 17, start)
    mark_x = round(pane.view.column_left() + pane.view._layout.width + 12)
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(mark_x, point.y()))
    assert window.parts.notes.editor.note.id == note.id
    assert window.parts.notes.panel.current_scope() is NoteScope.CURSOR
    assert window.parts.notes.panel.visible_ids() == [note.id]


def test_a_corrected_text_moves_passages_and_shows_the_lost_one_as_orphaned(
    make_window: MakeWindow, qtbot: QtBot, services: Services
) -> None:
    notes = services.notes
    negotiate = "prepared to enter into the appropriate negotiations"
    note = notes.create([notes.find_quote(1, WITHDRAW), notes.find_quote(1, negotiate)], title="Offers").result
    window, prompter = make_window(open_ids=(1,))
    [pane] = panes(window)
    window.parts.notes.open_note(note.id, show_documents=False)
    prompter.text_answer = "Pravda printed this paragraph with other words."
    window.parts.librarian.correct_paragraph(1, 18)
    assert prompter.texts_asked[0].startswith("At the same time, the Soviet government is prepared")
    assert noted(pane) == [WITHDRAW]  # found again; the other passage has no words left to mark
    editor = window.parts.notes.editor
    assert editor.passages.item(1).text().startswith(f"⚠ Not found in the text as it is now. Was: “{negotiate}”")
    assert "⚠ 1 not found" in window.parts.notes.panel.list.item(0).text()

    drag_select(qtbot, pane, 18, "with other words")
    editor.passages.setCurrentRow(1)
    qtbot.mouseClick(editor.reattach_button, Qt.MouseButton.LeftButton)
    assert editor.passages.item(1).text().startswith("“with other words”")
    assert noted(pane) == [WITHDRAW, "with other words"]
    window.parts.history.undo()  # the correction is undone: the re-attached words are gone again
    assert not services.library.get_document(1).paragraphs[17].text.startswith("Pravda")


LONG_TEXT = "Kept safe. " * 3000  # 30,000 characters: it needs pages the library does not have on a full disk
LibraryOf = Callable[[MainWindow], Library]


@pytest.fixture
def editing(make_window: MakeWindow, services: Services) -> tuple[MainWindow, RecordingPrompter, int]:
    """A window with a note on ¶17 open in the editor."""
    note = services.notes.create([services.notes.find_quote(1, WITHDRAW)], title="The offer to withdraw").result
    window, prompter = make_window(open_ids=(1,))
    window.parts.notes.open_note(note.id)
    return window, prompter, note.id


def test_typing_is_saved_a_second_after_it_stops(
    editing: tuple[MainWindow, RecordingPrompter, int], qtbot: QtBot, services: Services
) -> None:
    window, _, note_id = editing
    editor = window.parts.notes.editor
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "Pravda printed it on 31 October.")
    assert editor.status_label.text() == "Editing…"
    assert services.notes.get(note_id).body == ""
    qtbot.waitUntil(lambda: services.notes.get(note_id).body == "Pravda printed it on 31 October.", timeout=3000)
    assert editor.status_label.text() == "Saved"


def test_text_typed_just_before_quitting_is_saved(
    editing: tuple[MainWindow, RecordingPrompter, int], qtbot: QtBot, services: Services
) -> None:
    window, _, note_id = editing
    editor = window.parts.notes.editor
    qtbot.keyClicks(editor.body, "Last words")
    qtbot.keyClicks(editor.tags_edit, "Budapest, withdrawal")
    qtbot.keyClicks(editor.date_edit, "31 Oct 1956")
    window.close()
    note = services.notes.get(note_id)
    assert (note.body, note.tags, note.date_edtf) == ("Last words", ("Budapest", "withdrawal"), "1956-10-31")


def test_switching_notes_and_leaving_the_editor_save_at_once(
    editing: tuple[MainWindow, RecordingPrompter, int], qtbot: QtBot, services: Services
) -> None:
    window, _, note_id = editing
    other = services.notes.create(title="Another note").result
    editor = window.parts.notes.editor
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "Before switching")
    window.parts.notes.open_note(other.id)
    assert services.notes.get(note_id).body == "Before switching"
    qtbot.keyClicks(editor.body, "Before leaving")
    panes(window)[0].view.setFocus()
    qtbot.waitUntil(lambda: services.notes.get(other.id).body == "Before leaving", timeout=500)


def test_a_failed_save_keeps_the_text_and_says_so(
    editing: tuple[MainWindow, RecordingPrompter, int], qtbot: QtBot, services: Services, library_of: LibraryOf
) -> None:
    window, _, note_id = editing
    editor = window.parts.notes.editor
    free = fill_disk(library_of(window))
    qtbot.keyClicks(editor.body, LONG_TEXT)  # new pages are needed for it, and the disk has none
    assert not window.parts.notes.flush()
    assert editor.body.toPlainText() == LONG_TEXT
    assert editor.status_label.text() == f"Not saved: {FULL}. Your text stays here and on this computer."
    free()
    assert window.parts.notes.flush()
    assert services.notes.get(note_id).body == LONG_TEXT


def test_a_bad_date_is_said_and_the_rest_is_saved(
    editing: tuple[MainWindow, RecordingPrompter, int], qtbot: QtBot, services: Services
) -> None:
    window, _, note_id = editing
    editor = window.parts.notes.editor
    qtbot.keyClicks(editor.date_edit, "the day after tomorrow-ish")
    qtbot.keyClicks(editor.body, "Body")
    assert window.parts.notes.flush()
    assert editor.date_hint.text().startswith("Date not understood")
    assert services.notes.get(note_id).body == "Body"
    editor.date_edit.clear()
    qtbot.keyClicks(editor.date_edit, "1 November 1956")
    window.parts.notes.flush()
    assert editor.date_hint.text() == "→ 1 November 1956"


def test_a_note_goes_to_the_trash_with_undo_and_redo(
    editing: tuple[MainWindow, RecordingPrompter, int], qtbot: QtBot, services: Services
) -> None:
    window, _, note_id = editing
    [pane] = panes(window)
    listed = window.parts.notes.panel.list
    listed.setCurrentRow(0)
    listed.setFocus()
    qtbot.keyClick(listed, Qt.Key.Key_Delete)
    assert listed.count() == 0
    assert noted(pane) == []
    assert window.parts.notes.editor.note is None
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Z, CTRL)
    assert [note.id for note in services.notes.list_notes()] == [note_id]
    assert noted(pane) == [WITHDRAW]
    qtbot.keyClick(pane.view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert services.notes.list_notes() == []
    window.parts.notes.panel.set_scope(NoteScope.TRASH)
    assert window.parts.notes.panel.visible_ids() == [note_id]
    listed.setCurrentRow(0)
    qtbot.keyClick(listed, Qt.Key.Key_Return)  # Enter in the trash takes the note back out
    assert noted(pane) == [WITHDRAW]
    assert window.parts.notes.editor.note.id == note_id


def test_the_preview_renders_markdown_links_notes_and_asks_before_the_web(
    editing: tuple[MainWindow, RecordingPrompter, int], qtbot: QtBot, services: Services
) -> None:
    window, prompter, note_id = editing
    target = services.notes.create(title="Neutrality of 1 November").result
    editor = window.parts.notes.editor
    qtbot.keyClicks(editor.body, "**Bold** <b>raw</b> see [[neutrality of 1 November]] ![x](/etc/passwd)")
    editor.pages.setCurrentIndex(1)
    html = editor.preview.toHtml()
    assert "font-weight:700" in html  # **Bold**
    assert "&lt;b&gt;raw&lt;/b&gt;" in html  # raw HTML is shown as text, not obeyed
    window.parts.notes.flush()
    assert "Links to: " in editor.links_label.text()
    editor.url_activated.emit(QUrl("parallax-note:neutrality%20of%201%20November"))
    assert editor.note.id == target.id
    assert "Linked from: " in editor.links_label.text()
    prompter.choice = None
    editor.url_activated.emit(QUrl("https://example.org/"))
    assert prompter.choices_offered == [["Open in Browser"]]
    editor.url_activated.emit(QUrl("file:///etc/passwd"))
    assert prompter.choices_offered == [["Open in Browser"]]  # never offered
    assert window.statusBar().currentMessage() == "Only web links (http, https) open from a note."
    assert note_id != target.id


def test_the_panel_narrows_filters_and_sorts_notes(
    make_window: MakeWindow, qtbot: QtBot, nagy: int, services: Services
) -> None:
    notes = services.notes
    first = notes.create(
        [notes.find_quote(1, WITHDRAW)], title="Withdrawal", tags=["Budapest"], date_edtf="1956-10-30"
    ).result
    second = notes.create([notes.find_quote(nagy, NEUTRALITY)], title="Neutrality", date_edtf="1956-11-01").result
    loose = notes.create(title="Ünnepélyes nyilatkozat", body="no passage").result
    window, _ = make_window(open_ids=(nagy,))
    panel = window.parts.notes.panel
    assert set(panel.visible_ids()) == {first.id, second.id, loose.id}
    panel.set_scope(NoteScope.OPEN)
    assert panel.visible_ids() == [second.id]
    panel.set_scope(NoteScope.ALL)
    qtbot.keyClicks(panel.filter, "unnepelyes")
    assert panel.visible_ids() == [loose.id]
    panel.filter.clear()
    panel.tag.setCurrentText("Budapest")
    assert panel.visible_ids() == [first.id]
    panel.tag.setCurrentIndex(0)
    panel.sort.setCurrentText("Date")
    assert panel.visible_ids() == [first.id, second.id, loose.id]


def test_notes_link_by_picker_and_earlier_text_comes_back(
    editing: tuple[MainWindow, RecordingPrompter, int], qtbot: QtBot, services: Services
) -> None:
    window, prompter, note_id = editing
    other = services.notes.create(title="Neutrality").result
    editor = window.parts.notes.editor
    prompter.picked = 0
    qtbot.mouseClick(editor.link_button, Qt.MouseButton.LeftButton)
    assert prompter.picks_offered == [["Neutrality"]]
    assert f'href="note:{other.id}"' in editor.links_label.text()
    assert [ref.title for ref in services.notes.get(other.id).backlinks] == ["The offer to withdraw"]

    qtbot.keyClicks(editor.body, "First draft of the argument.")
    window.parts.notes.flush()
    editor.body.selectAll()
    qtbot.keyClicks(editor.body, "Rewritten")
    window.parts.notes.flush()
    qtbot.mouseClick(editor.history_button, Qt.MouseButton.LeftButton)
    assert prompter.picks_offered[-1][0].endswith("The offer to withdraw: First draft of the argument.")
    assert editor.body.toPlainText() == "First draft of the argument."
    assert services.notes.get(note_id).body == "First draft of the argument."
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_Z, CTRL)  # the restored text was an edit like any other
    assert editor.body.toPlainText() == "Rewritten"


def test_text_that_cannot_be_saved_is_never_thrown_away(
    editing: tuple[MainWindow, RecordingPrompter, int], qtbot: QtBot, services: Services, library_of: LibraryOf
) -> None:
    window, prompter, note_id = editing
    editor = window.parts.notes.editor
    free = fill_disk(library_of(window))
    editor.body.setPlainText(LONG_TEXT)  # as if typed (and pasted): too much for the full disk
    window.parts.notes.open_note(note_id)  # clicking the same note again
    assert editor.body.toPlainText() == LONG_TEXT
    window.parts.notes.trash(note_id)
    assert services.notes.list_notes() != []
    assert editor.body.toPlainText() == LONG_TEXT
    prompter.choice = None  # "stay"
    window.close()
    assert window.isVisible()
    assert editor.body.toPlainText() == LONG_TEXT
    free()
    window.close()
    assert not window.isVisible()
    assert services.notes.get(note_id).body == LONG_TEXT


def test_a_note_trashed_elsewhere_while_being_written_comes_back_with_the_text(
    editing: tuple[MainWindow, RecordingPrompter, int], qtbot: QtBot, services: Services
) -> None:
    window, _, note_id = editing
    services.notes.move_to_trash(note_id)  # as `parallax` in another window might
    qtbot.keyClicks(window.parts.notes.editor.body, "Still here")
    assert window.parts.notes.flush()
    assert services.notes.get(note_id).deleted_at is None
    assert services.notes.get(note_id).body == "Still here"


def test_an_emptied_title_keeps_the_old_one_and_the_text_is_saved(
    editing: tuple[MainWindow, RecordingPrompter, int], qtbot: QtBot, services: Services
) -> None:
    window, _, note_id = editing
    editor = window.parts.notes.editor
    editor.title_edit.selectAll()
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor.body, "Body without a title")
    assert window.parts.notes.flush()
    note = services.notes.get(note_id)
    assert (note.title, note.body) == ("The offer to withdraw", "Body without a title")
    assert editor.date_hint.text().startswith("A note needs a title")


def test_removing_a_passage_can_be_undone(
    editing: tuple[MainWindow, RecordingPrompter, int], qtbot: QtBot, services: Services
) -> None:
    window, _, note_id = editing
    editor = window.parts.notes.editor
    [pane] = panes(window)
    editor.passages.setCurrentRow(0)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert services.notes.get(note_id).passages == ()
    assert noted(pane) == []
    window.parts.history.undo()
    assert [p.quote for p in services.notes.get(note_id).passages] == [WITHDRAW]
    assert noted(pane) == [WITHDRAW]
