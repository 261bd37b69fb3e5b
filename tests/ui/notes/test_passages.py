"""Passages of research notes as a reader makes them: from a selection, across two documents, kept through
restarts; opened from a note or from their margin mark; moved or orphaned when the text is corrected."""

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from app.services.registry import Services
from app.ui.notes.panel import NoteScope
from tests.builders import NEGOTIATE, NEUTRALITY, WITHDRAW
from tests.ui.helpers import (
    CTRL,
    LEFT,
    SHIFT,
    Editing,
    WindowMaker,
    drag_select,
    note_in_editor,
    noted,
    panes,
    point_at,
)


def test_a_note_made_from_a_selection_links_two_documents_and_survives_a_restart(
    make_window: WindowMaker, qtbot: QtBot, nagy: int, services: Services
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
    assert items[1] == f"“{NEUTRALITY}”\n— Imre Nagy's radio address on Hungary's neutrali…, 1 November 1956, ¶1"
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
    make_window: WindowMaker, qtbot: QtBot, nagy: int, services: Services
) -> None:
    notes = services.notes
    note = notes.create([notes.find_quote(1, WITHDRAW), notes.find_quote(nagy, NEUTRALITY)], title="Overtaken").result
    window, _ = make_window()
    listed = window.parts.notes.panel.list
    qtbot.mouseClick(listed.viewport(), LEFT, pos=listed.visualItemRect(listed.item(0)).center())
    assert window.documents.layout_ids() == [[1, nagy]]
    declaration, broadcast = panes(window)
    assert declaration.view.selected_text() == WITHDRAW
    assert broadcast.view.selected_text() == NEUTRALITY
    for pane, number in ((declaration, 17), (broadcast, 1)):
        top, bottom = pane.view.block_extent(pane.block_of(number))
        assert bottom > 0
        assert top < pane.view.viewport().height()
    assert note_in_editor(window) == note.id


def test_the_margin_mark_of_a_passage_opens_its_note(
    make_window: WindowMaker, qtbot: QtBot, services: Services
) -> None:
    notes = services.notes
    note = notes.create([notes.find_quote(1, WITHDRAW)], title="The offer to withdraw").result
    window, _ = make_window(open_ids=(1,))
    [pane] = panes(window)
    start = pane.view.blocks()[pane.block_of(17)].text.index(WITHDRAW)
    point = point_at(pane, 17, start)
    mark_x = round(pane.view.column_left() + pane.view.column_width() + 12)
    qtbot.mouseClick(pane.view.viewport(), LEFT, pos=QPoint(mark_x, point.y()))
    assert note_in_editor(window) == note.id
    assert window.parts.notes.panel.current_scope() is NoteScope.CURSOR
    assert window.parts.notes.panel.visible_ids() == [note.id]


def test_a_corrected_text_moves_passages_and_shows_the_lost_one_as_orphaned(
    make_window: WindowMaker, qtbot: QtBot, services: Services
) -> None:
    notes = services.notes
    note = notes.create([notes.find_quote(1, WITHDRAW), notes.find_quote(1, NEGOTIATE)], title="Offers").result
    window, prompter = make_window(open_ids=(1,))
    [pane] = panes(window)
    window.parts.notes.open_note(note.id, show_documents=False)
    prompter.text_answer = "Pravda printed this paragraph with other words."
    window.parts.librarian.correct_paragraph(1, 18)
    assert prompter.texts_asked[0].startswith("At the same time, the Soviet government is prepared")
    assert noted(pane) == [WITHDRAW]  # found again; the other passage has no words left to mark
    editor = window.parts.notes.editor
    assert editor.passages.item(1).text().startswith(f"⚠ Not found in the text as it is now. Was: “{NEGOTIATE}”")
    assert "⚠ 1 not found" in window.parts.notes.panel.list.item(0).text()

    drag_select(qtbot, pane, 18, "with other words")
    editor.passages.setCurrentRow(1)
    qtbot.mouseClick(editor.reattach_button, LEFT)
    assert editor.passages.item(1).text().startswith("“with other words”")
    assert noted(pane) == [WITHDRAW, "with other words"]
    window.parts.history.undo()  # the correction is undone: the re-attached words are gone again
    assert not services.library.get_document(1).paragraphs[17].text.startswith("Pravda")


def test_removing_a_passage_can_be_undone(editing: Editing, qtbot: QtBot, services: Services) -> None:
    window, _, note_id = editing
    editor = window.parts.notes.editor
    [pane] = panes(window)
    editor.passages.setCurrentRow(0)
    qtbot.mouseClick(editor.remove_button, LEFT)
    assert services.notes.get(note_id).passages == ()
    assert noted(pane) == []
    window.parts.history.undo()
    assert [p.quote for p in services.notes.get(note_id).passages] == [WITHDRAW]
    assert noted(pane) == [WITHDRAW]
