"""The notes panel: which notes it lists (scope, filter, tag, sort) and the trash, with undo and redo."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.registry import Services
from app.ui.notes.panel import NoteScope
from tests.builders import NEUTRALITY, WITHDRAW
from tests.ui.helpers import CTRL, SHIFT, Editing, WindowMaker, note_in_editor, noted, panes


def test_a_note_goes_to_the_trash_with_undo_and_redo(editing: Editing, qtbot: QtBot, services: Services) -> None:
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
    assert note_in_editor(window) == note_id


def test_the_panel_narrows_filters_and_sorts_notes(
    make_window: WindowMaker, qtbot: QtBot, nagy: int, services: Services
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
