"""The local journal of note text a library could not take: written whole, read back, cleared once saved."""

from pathlib import Path

from app.services.infrastructure.journal import JournalEntry, NoteJournal


def _entry(note_id: int, body: str) -> JournalEntry:
    return JournalEntry(note_id, "Title", body, ("Budapest",), "1956-11-01", 3, "2026-12-03T10:00:00+01:00",
                        ("Title", "Before", ("Budapest",), "1956-11-01"))  # fmt: skip


def test_entries_are_kept_read_back_and_cleared_only_for_the_text_saved(tmp_path: Path) -> None:
    journal = NoteJournal(tmp_path / "journal")
    assert journal.entries() == []
    assert journal.keep(_entry(7, "Typed while the server was away."))
    assert journal.keep(_entry(2, "Another."))
    assert [entry.note_id for entry in NoteJournal(tmp_path / "journal").entries()] == [2, 7]
    assert journal.entry(7) == _entry(7, "Typed while the server was away.")
    journal.keep(_entry(7, "Typed on."))
    journal.clear(7, _entry(7, "Typed while the server was away."))  # an older save: the newer text stays
    assert journal.entry(7) == _entry(7, "Typed on.")
    journal.clear(7, _entry(7, "Typed on."))
    assert [entry.note_id for entry in journal.entries()] == [2]


def test_a_damaged_entry_is_left_alone_and_a_journal_that_cannot_be_written_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    folder.mkdir()
    (folder / "note-5.json").write_text("{ not json", encoding="utf-8")
    assert NoteJournal(folder).entries() == []
    blocked = tmp_path / "file"
    blocked.write_text("x")
    assert not NoteJournal(blocked / "journal").keep(_entry(1, "Kept?"))


def test_each_library_has_a_journal_of_its_own() -> None:
    first = NoteJournal.for_library("postgresql://anna@db/seminar")
    assert first.folder == NoteJournal.for_library("postgresql://anna@db/seminar").folder
    assert first.folder != NoteJournal.for_library("/home/anna/library.sqlite3").folder
