"""A shared library's server going away and coming back, and other members' changes heard as they commit.

Slow-ish: these stop and start the test run's server (about a second each time); the next test's library
waits for it to be up again."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from app.services.infrastructure.transactions import LibraryUnavailableError
from app.services.live import ANSWERING, UNREACHABLE
from app.services.notes import NoteStorageError
from app.services.registry import Services, open_services
from app.services.tasks import Job, Progress
from tests.pg_fixtures import SharedLibrary

pytestmark = pytest.mark.slow


@pytest.fixture
def teacher(shared_library: SharedLibrary) -> Iterator[Services]:
    library, services = open_services(shared_library.address("teacher"))
    yield services
    library.close()


def test_a_server_gone_away_is_a_storage_error_and_the_library_works_when_it_is_back(
    shared_library: SharedLibrary, teacher: Services
) -> None:
    note = teacher.notes.create(title="Before the restart", body="Kept.").result
    shared_library.server.stop("immediate")
    try:
        with pytest.raises(NoteStorageError, match="not answering"):
            teacher.notes.save(note.id, title=note.title, body="Typed while it was down.")
        with pytest.raises(LibraryUnavailableError, match="not answering"):
            teacher.library.list_documents()
        assert "could not be searched" in teacher.search.search("Budapest").message
    finally:
        shared_library.server.start_again()
    assert teacher.notes.get(note.id).body == "Kept."  # acknowledged before the stop: there after recovery
    saved = teacher.notes.save(note.id, title=note.title, body="Saved after the restart.", base_revision=note.revision)
    assert teacher.notes.get(note.id).body == saved.body


def test_a_crashed_server_keeps_every_acknowledged_save(shared_library: SharedLibrary, teacher: Services) -> None:
    ids = [teacher.notes.create(title=f"Note {number}", body=f"Text {number}").result.id for number in range(20)]
    shared_library.server.crash()
    shared_library.server.start_again()
    assert {note.id: note.body for note in teacher.notes.list_notes()} == {
        note_id: f"Text {number}" for number, note_id in enumerate(ids)
    }


def _listening(services: Services) -> tuple[Job, list[Progress], threading.Thread]:
    heard: list[Progress] = []
    job = Job(heard.append)
    assert services.changes is not None
    thread = threading.Thread(target=services.changes.listen, args=(job,), daemon=True)
    thread.start()
    return job, heard, thread


def _wait_for(condition: object, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return
        time.sleep(0.02)
    raise AssertionError("not heard in time")


def test_other_members_changes_are_heard_but_private_ones_cannot_be_read(shared_library: SharedLibrary) -> None:
    reader_library, reader = open_services(shared_library.address("reader"))
    editor_library, editor = open_services(shared_library.address("editor"))
    job, heard, thread = _listening(reader)
    try:
        _wait_for(lambda: any(step.label == ANSWERING for step in heard))
        shared = editor.notes.create(title="For everyone").result
        private = editor.notes.create(title="For me", private=True).result
        _wait_for(lambda: {step.done for step in heard if step.label == "notes"} >= {shared.id, private.id})
        # The payload says only which row changed: read again under the reader's policies, the private one is not there.
        assert [note.id for note in reader.notes.list_notes()] == [shared.id]
    finally:
        job.cancel()
        thread.join(5)
        reader_library.close()
        editor_library.close()


def test_the_listener_says_when_the_server_goes_away_and_hears_again_when_it_is_back(
    shared_library: SharedLibrary, teacher: Services
) -> None:
    job, heard, thread = _listening(teacher)
    try:
        _wait_for(lambda: [step.label for step in heard] == [ANSWERING])
        shared_library.server.stop()
        _wait_for(lambda: heard[-1].label == UNREACHABLE)
        shared_library.server.start_again()
        _wait_for(lambda: heard[-1].label == ANSWERING)
        note = teacher.notes.create(title="After").result
        _wait_for(lambda: any(step.label == "notes" and step.done == note.id for step in heard))
    finally:
        job.cancel()
        thread.join(5)
        if not shared_library.server.is_running():
            shared_library.server.start_again()
    assert not thread.is_alive()
