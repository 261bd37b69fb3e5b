"""The window on a shared library, as a teacher, an editor and a reader use it at once."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from app.domain.documents import DocumentMetadata
from app.domain.errors import StorageError
from app.services.library import NewDocument
from app.services.registry import Services, open_services
from app.ui.notes.conflict import ConflictDialog
from app.ui.window.main_window import MainWindow
from tests.pg_fixtures import PASSWORDS, SharedLibrary
from tests.ui.helpers import drag_select
from tests.ui.shared.conftest import MakeSharedWindow

WITHDRAW = "withdraw the Soviet military units from the city of Budapest"
SEEN_MS = 10_000  # the window shows another's change within this long, even on a busy test machine (bench: 2 s)
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def teacher(shared_library: SharedLibrary) -> Iterator[Services]:
    """The teacher working beside the windows (as their own Parallax or `parallax` commands would)."""
    library, services = open_services(shared_library.address("teacher"))
    yield services
    library.close()


def press_open(dialog: QDialog) -> None:
    """Press the dialog's Open button, as the user would."""
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Open).click()


def _titles(window: MainWindow) -> list[str]:
    return [note.title for note in window.parts.notes.panel.notes()]


def _status(window: MainWindow) -> str:
    label = window.findChild(QLabel, "SharedStatus")
    assert label is not None
    return label.text()


def test_a_reader_sees_the_teachers_new_source_and_shared_note_at_once_without_losing_their_place(
    make_shared_window: MakeSharedWindow, teacher: Services, qtbot: QtBot
) -> None:
    window, prompter = make_shared_window("reader")
    pane = window.documents.current_pane()
    assert pane is not None
    assert pane.document_id == 1  # the Declaration, which came with the library (there is no file to peek in)
    pane.view.scroll_to_block(pane.block_of(15), 0.0)
    place = pane.view.top_block()
    added = teacher.library.add_document(NewDocument(DocumentMetadata(title="Nagy's broadcast"), ("Neutrality.",)))
    shared = teacher.notes.create([teacher.notes.find_quote(1, WITHDRAW)], title="For the seminar").result
    teacher.notes.create(title="The teacher's own", private=True)
    qtbot.waitUntil(lambda: added in window.parts.library_panel.document_ids(), timeout=SEEN_MS)
    qtbot.waitUntil(lambda: _titles(window) == ["For the seminar"], timeout=SEEN_MS)
    assert window.documents.current_pane() is pane
    assert pane.view.top_block() == place
    assert "(reader)" in _status(window)
    window.parts.notes.open_note(shared.id, show_documents=False)
    assert window.parts.notes.editor.author_label.text() == f"by {teacher.notes.member.user}"  # type: ignore[union-attr]
    assert prompter.errors == []


def test_a_readers_window_changes_no_document_and_writes_private_notes_only(
    make_shared_window: MakeSharedWindow, shared_library: SharedLibrary, qtbot: QtBot
) -> None:
    window, _prompter = make_shared_window("reader")
    assert not window.parts.menus.edit.isEnabled()
    assert not window.parts.menus.trash.isEnabled()
    pane = window.documents.current_pane()
    assert pane is not None
    window.parts.librarian.trash(1)  # reached some other way: refused, with the reason said
    assert "reader of this shared library" in window.statusBar().currentMessage()
    drag_select(qtbot, pane, 17, WITHDRAW)
    qtbot.keyClick(pane.view, Qt.Key.Key_M, CTRL)
    editor = window.parts.notes.editor
    qtbot.waitUntil(lambda: editor.note is not None)
    assert editor.note is not None
    assert editor.note.private
    assert editor.private_box.isChecked()
    editor.private_box.click()  # a reader asking to share it: refused, and it stays private
    assert editor.private_box.isChecked()
    assert "readers write private notes only" in window.statusBar().currentMessage()
    with shared_library.connect("editor") as sql:
        assert sql.execute("SELECT count(*) FROM notes").fetchone() == (0,)


@pytest.mark.slow  # the server is stopped and started again, and the window retries every five seconds
def test_the_server_going_away_under_a_window_is_a_status_line_and_the_note_is_saved_when_it_is_back(
    make_shared_window: MakeSharedWindow, teacher: Services, shared_library: SharedLibrary, qtbot: QtBot
) -> None:
    note = teacher.notes.create(title="Written through a restart").result
    window, prompter = make_shared_window("editor")
    window.parts.notes.open_note(note.id, show_documents=False)
    editor = window.parts.notes.editor
    shared_library.server.stop()
    try:
        qtbot.waitUntil(lambda: "not answering" in _status(window), timeout=SEEN_MS)
        editor.body.setFocus()
        qtbot.keyClicks(editor.body, "Typed while the server was away.")
        assert not window.parts.notes.flush()
        assert "Not saved" in editor.status_label.text()
        assert "on this computer" in editor.status_label.text()
        journal = window.parts.notes.saver.journal
        assert journal is not None
        [entry] = journal.entries()
        assert entry.body == "Typed while the server was away."
    finally:
        shared_library.server.start_again()
    qtbot.waitUntil(lambda: editor.status_label.text() == "Saved", timeout=20_000)  # retried by itself
    assert teacher.notes.get(note.id).body == "Typed while the server was away."
    assert journal.entries() == []
    qtbot.waitUntil(lambda: "not answering" not in _status(window), timeout=SEEN_MS)
    assert prompter.errors == []


@pytest.mark.slow
def test_text_kept_by_a_window_closed_while_the_server_was_away_is_saved_by_the_next(
    make_shared_window: MakeSharedWindow, teacher: Services, shared_library: SharedLibrary, qtbot: QtBot
) -> None:
    note = teacher.notes.create(title="Journal").result
    window, prompter = make_shared_window("editor")
    window.parts.notes.open_note(note.id, show_documents=False)
    shared_library.server.stop()
    try:
        qtbot.keyClicks(window.parts.notes.editor.body, "Kept on this computer.")
        assert not window.parts.notes.flush()
        prompter.choice = "Close Anyway"
        window.close()
        assert not window.isVisible()
    finally:
        shared_library.server.start_again()
    again, _ = make_shared_window("editor")
    qtbot.waitUntil(lambda: body_seen(teacher, note.id) == "Kept on this computer.", timeout=SEEN_MS)
    assert again.attached


def body_seen(member: Services, note_id: int) -> str | None:
    """The note's text as the member reads it now; None while their connection to the restarted server is
    being made again (the first use of one opened before the restart fails, as a user's next click would)."""
    try:
        return member.notes.get(note_id).body
    except StorageError:
        return None


def test_two_members_saving_one_note_see_both_versions_and_merge_them(
    make_shared_window: MakeSharedWindow, teacher: Services, qtbot: QtBot
) -> None:
    note = teacher.notes.create(title="The seminar's reading", body="Start.").result
    window, prompter = make_shared_window("editor")
    window.parts.notes.open_note(note.id, show_documents=False)
    editor = window.parts.notes.editor
    editor.body.setFocus()
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.body, " The editor's sentence.")
    teacher.notes.save(note.id, title=note.title, body="Start. The teacher's sentence.", base_revision=note.revision)
    shown: list[tuple[str, str]] = []

    def merge(dialog: QDialog) -> bool:
        assert isinstance(dialog, ConflictDialog)
        shown.append((dialog.theirs_text.toPlainText(), dialog.merged_text.toPlainText()))
        dialog.merged_text.setPlainText("Start. The teacher's sentence. The editor's sentence.")
        return True

    prompter.dialog_answer = merge
    assert window.parts.notes.flush()
    assert shown == [("Start. The teacher's sentence.", "Start. The editor's sentence.")]
    assert teacher.notes.get(note.id).body == "Start. The teacher's sentence. The editor's sentence."
    assert editor.body.toPlainText() == "Start. The teacher's sentence. The editor's sentence."
    kept = [revision.body for revision in teacher.notes.revisions(note.id) if revision.conflicting]
    assert kept == ["Start. The editor's sentence."]


def test_a_note_saved_by_another_is_shown_anew_where_nothing_is_being_typed(
    make_shared_window: MakeSharedWindow, teacher: Services, qtbot: QtBot
) -> None:
    note = teacher.notes.create(title="Live", body="First.").result
    window, _ = make_shared_window("editor")
    window.parts.notes.open_note(note.id, show_documents=False)
    teacher.notes.save(note.id, title="Live", body="First. Second.", base_revision=note.revision)
    editor = window.parts.notes.editor
    qtbot.waitUntil(lambda: editor.body.toPlainText() == "First. Second.", timeout=SEEN_MS)
    assert editor.status_label.text() == f"Updated by {teacher.notes.member.user}"  # type: ignore[union-attr]


def test_the_password_is_asked_for_and_kept_in_the_keyring_only_when_the_user_agrees(
    make_shared_window: MakeSharedWindow, shared_library: SharedLibrary, qtbot: QtBot
) -> None:
    keyring = Path(os.environ["XDG_DATA_HOME"]) / "test-keyring.json"
    keyring.unlink(missing_ok=True)
    window, prompter = make_shared_window("reader", password=False, answer=("wrong", False), wait=False)
    qtbot.waitUntil(lambda: len(prompter.passwords_asked) == 2, timeout=30_000)  # refused: asked again
    assert "That password was refused" in prompter.passwords_asked[1]
    prompter.password_answer = (PASSWORDS["reader"], True)
    qtbot.waitUntil(lambda: len(prompter.passwords_asked) == 3, timeout=30_000)
    qtbot.waitUntil(lambda: window.attached, timeout=30_000)
    assert list(json.loads(keyring.read_text()).values()) == [PASSWORDS["reader"]]
    window.close()  # the settings are written
    settings = window.settings.file_path().read_text()
    assert "window" in settings
    assert PASSWORDS["reader"] not in settings
    again, second = make_shared_window("reader", password=False)  # found in the keyring: not asked
    assert second.passwords_asked == []
    assert again.attached
    keyring.unlink()


def test_open_shared_library_remembers_the_address_without_its_password(
    make_window: object, qtbot: QtBot, shared_library: SharedLibrary
) -> None:
    from app.ui.dialogs.shared_library import SharedLibraryDialog
    from app.ui.window.menus import open_shared_library

    assert callable(make_window)
    window, prompter = make_window()
    typed = shared_library.url("reader", password=PASSWORDS["reader"])

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, SharedLibraryDialog)
        dialog.address.setText("postgresql://nobody@localhost")
        press_open(dialog)
        assert "names no database" in dialog.problem.text()
        dialog.address.setText(typed)
        press_open(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    prompter.dialog_answer = fill
    with qtbot.waitSignal(window.open_library_requested) as opened:
        open_shared_library(window)
    address = shared_library.url("reader")
    assert opened.args == [address]
    assert window.settings.recent_shared == [address]
    assert PASSWORDS["reader"] not in window.settings.file_path().read_text()
