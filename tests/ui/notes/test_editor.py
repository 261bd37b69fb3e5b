"""The note editor: its date and title checked as they are typed, the Markdown preview, links between notes,
and earlier versions of the text brought back."""

from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from app.services.registry import Services
from tests.ui.helpers import CTRL, LEFT, Editing, note_in_editor


def test_a_bad_date_is_said_and_the_rest_is_saved(editing: Editing, qtbot: QtBot, services: Services) -> None:
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


def test_the_preview_renders_markdown_links_notes_and_asks_before_the_web(
    editing: Editing, qtbot: QtBot, services: Services
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
    assert note_in_editor(window) == target.id
    assert "Linked from: " in editor.links_label.text()
    prompter.choice = None
    editor.url_activated.emit(QUrl("https://example.org/"))
    assert prompter.choices_offered == [["Open in Browser"]]
    editor.url_activated.emit(QUrl("file:///etc/passwd"))
    assert prompter.choices_offered == [["Open in Browser"]]  # never offered
    assert window.statusBar().currentMessage() == "Only web links (http, https) open from a note."
    assert note_id != target.id


def test_notes_link_by_picker_and_earlier_text_comes_back(editing: Editing, qtbot: QtBot, services: Services) -> None:
    window, prompter, note_id = editing
    other = services.notes.create(title="Neutrality").result
    editor = window.parts.notes.editor
    prompter.picked = 0
    qtbot.mouseClick(editor.link_button, LEFT)
    assert prompter.picks_offered == [["Neutrality"]]
    assert f'href="note:{other.id}"' in editor.links_label.text()
    assert [ref.title for ref in services.notes.get(other.id).backlinks] == ["The offer to withdraw"]

    qtbot.keyClicks(editor.body, "First draft of the argument.")
    window.parts.notes.flush()
    editor.body.selectAll()
    qtbot.keyClicks(editor.body, "Rewritten")
    window.parts.notes.flush()
    qtbot.mouseClick(editor.history_button, LEFT)
    assert prompter.picks_offered[-1][0].endswith("The offer to withdraw: First draft of the argument.")
    assert editor.body.toPlainText() == "First draft of the argument."
    assert services.notes.get(note_id).body == "First draft of the argument."
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_Z, CTRL)  # the restored text was an edit like any other
    assert editor.body.toPlainText() == "Rewritten"


def test_an_emptied_title_keeps_the_old_one_and_the_text_is_saved(
    editing: Editing, qtbot: QtBot, services: Services
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
