"""A note's text is saved as it is written: a second after typing stops, at once when the reader moves on or
quits; and text that cannot be saved (a full disk, a note trashed elsewhere) is never thrown away."""

from pytestqt.qtbot import QtBot

from app.services.registry import Services
from tests.builders import FULL, fill_disk
from tests.ui.helpers import Editing, WindowMaker, panes

LONG_TEXT = "Kept safe. " * 3000  # 30,000 characters: it needs pages the library does not have on a full disk


def test_typing_is_saved_a_second_after_it_stops(editing: Editing, qtbot: QtBot, services: Services) -> None:
    window, _, note_id = editing
    editor = window.parts.notes.editor
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "Pravda printed it on 31 October.")
    assert editor.status_label.text() == "Editing…"
    assert services.notes.get(note_id).body == ""
    qtbot.waitUntil(lambda: services.notes.get(note_id).body == "Pravda printed it on 31 October.", timeout=3000)
    assert editor.status_label.text() == "Saved"


def test_text_typed_just_before_quitting_is_saved(editing: Editing, qtbot: QtBot, services: Services) -> None:
    window, _, note_id = editing
    editor = window.parts.notes.editor
    qtbot.keyClicks(editor.body, "Last words")
    qtbot.keyClicks(editor.tags_edit, "Budapest, withdrawal")
    qtbot.keyClicks(editor.date_edit, "31 Oct 1956")
    window.close()
    note = services.notes.get(note_id)
    assert (note.body, note.tags, note.date_edtf) == ("Last words", ("Budapest", "withdrawal"), "1956-10-31")


def test_switching_notes_and_leaving_the_editor_save_at_once(
    editing: Editing, qtbot: QtBot, services: Services
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
    editing: Editing, make_window: WindowMaker, qtbot: QtBot, services: Services
) -> None:
    window, _, note_id = editing
    editor = window.parts.notes.editor
    free = fill_disk(make_window.library_of(window))
    qtbot.keyClicks(editor.body, LONG_TEXT[:11])  # typed, then the rest pasted: it needs pages the disk has not
    editor.body.insertPlainText(LONG_TEXT[11:])
    assert not window.parts.notes.flush()
    assert editor.body.toPlainText() == LONG_TEXT
    assert editor.status_label.text() == f"Not saved: {FULL}. Your text stays here and on this computer."
    free()
    assert window.parts.notes.flush()
    assert services.notes.get(note_id).body == LONG_TEXT


def test_text_that_cannot_be_saved_is_never_thrown_away(
    editing: Editing, make_window: WindowMaker, services: Services
) -> None:
    window, prompter, note_id = editing
    editor = window.parts.notes.editor
    free = fill_disk(make_window.library_of(window))
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
    editing: Editing, qtbot: QtBot, services: Services
) -> None:
    window, _, note_id = editing
    services.notes.move_to_trash(note_id)  # as `parallax` in another window might
    qtbot.keyClicks(window.parts.notes.editor.body, "Still here")
    assert window.parts.notes.flush()
    assert services.notes.get(note_id).deleted_at is None
    assert services.notes.get(note_id).body == "Still here"
