"""Autosaver: what is typed in the note editor reaches the library a second after typing stops, or sooner.

Every save says which revision of the note the text was written over: if another member saved the note since,
nothing is overwritten (the service keeps this text among the note's earlier versions) and `conflicted` hands
the conflict to the notes controller, which shows both versions to merge. A save the library cannot take just
then (a full disk, a shared library's server gone away) leaves the text in the editor and in the local journal,
and is tried again every few seconds until it is stored.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from app.domain.errors import ParallaxError
from app.domain.notes.model import Note
from app.services.infrastructure.journal import JournalEntry, NoteJournal
from app.services.metadata import InvalidMetadataError, parse_date_field, parse_tags
from app.services.notes import NoteConflictError, NoteDraft, NoteNotFoundError, NotesService, NoteStorageError
from app.ui.notes.editor import NoteEditor

AUTOSAVE_MS = 1000  # after typing stops
RETRY_MS = 5000  # after the library refused a save (a locked or full disk, a server gone away)


class Autosaver(QObject):
    """Saves after a pause in typing and at once when the editor loses focus; the owner flushes on switch and quit.

    A save that fails leaves the text in the editor, says so there, and (for a storage failure) keeps it in the
    journal and tries again.
    """

    saved = Signal(object, object)  # the note as it was, the note as saved
    conflicted = Signal(object)  # NoteConflictError: both texts are kept; the window shows them to merge

    def __init__(
        self, notes: NotesService, editor: NoteEditor, journal: NoteJournal | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._notes = notes
        self._editor = editor
        self._journal = journal
        self._dirty = False
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self.flush)
        editor.edited.connect(self._on_edited)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    @property
    def journal(self) -> NoteJournal | None:
        """Where text not yet stored is kept on this computer (None: nowhere)."""
        return self._journal

    def has_unsaved_text(self) -> bool:
        return self._dirty

    def forget(self) -> None:
        """The note left the editor by other means (it went to the trash): nothing is pending."""
        self._dirty = False
        self._timer.stop()
        self._retry.stop()

    def _on_edited(self) -> None:
        self._dirty = True
        self._editor.set_status("Editing…")
        self._timer.start()

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        editor = self._editor
        if not isValid(editor):  # the window is being taken down, its widgets first: focus moves as they go
            return
        if old is not None and editor.isAncestorOf(old) and not (new is not None and editor.isAncestorOf(new)):
            self.flush()

    def _save(self, note: Note, entry: JournalEntry) -> Note:
        """Save; a note moved to the trash meanwhile (elsewhere) is brought back rather than losing the text."""
        try:
            return _store(self._notes, entry)
        except NoteNotFoundError:
            self._notes.restore(note.id)  # raises NoteNotFoundError again if the note is gone for good
            self._editor.set_status("This note had been moved to the trash elsewhere; it is back.")
            return _store(self._notes, entry)

    def flush(self) -> bool:
        """Save what the editor holds, if anything changed; False (with the text kept) if it could not be."""
        self._timer.stop()
        note = self._editor.note
        if not self._dirty or note is None:
            return True
        title, body, tags_text, date_text = self._editor.values()
        date, warning = note.date_edtf, ""
        try:
            date = parse_date_field(date_text)
        except InvalidMetadataError as exc:
            warning = f"Date not understood ({exc}); the rest is saved."
        if not title.strip():
            title, warning = note.title, f"A note needs a title: it keeps “{note.title}” until you type one."
        base = (note.title, note.body, note.tags, note.date_edtf)  # the text as it was when this one began
        entry = JournalEntry(note.id, title, body, parse_tags(tags_text), date, note.revision, _now(), base)
        try:
            saved = self._save(note, entry)
        except NoteConflictError as conflict:
            self._dirty = False
            self._retry.stop()
            self._forget_entry(entry)
            self._editor.set_status("Saved by someone else meanwhile: both texts are kept.", error=True)
            self.conflicted.emit(conflict)
            return True
        except ParallaxError as exc:
            kept = self._journal is not None and self._journal.keep(entry)
            where = " and on this computer" if kept else ""
            self._editor.set_status(f"Not saved: {exc}. Your text stays here{where}.", error=True)
            if isinstance(exc, NoteStorageError):
                self._retry.start()
            return False
        self._dirty = False
        self._retry.stop()
        self._forget_entry(entry)
        self._editor.show_details(saved)
        hint = warning or (f"→ {saved.date_display}" if date_text.strip() else "")
        self._editor.set_date_hint(hint, error=bool(warning))
        self._editor.set_status("Saved")
        self.saved.emit(note, saved)
        return True

    def _forget_entry(self, entry: JournalEntry) -> None:
        if self._journal is not None:
            self._journal.clear(entry.note_id, entry)

    def replay_journal(self) -> list[str]:
        """Save what an earlier window kept in the journal (it closed or was killed before the library took it);
        a note saved by another meanwhile keeps this text among its earlier versions. Returns what happened."""
        if self._journal is None:
            return []
        said = []
        for entry in self._journal.entries():
            try:
                _store(self._notes, entry)
            except NoteConflictError as conflict:
                who = conflict.theirs.saved_by or "someone else"
                said.append(
                    f"“{entry.title}” was saved by {who} meanwhile: your text of it is among its earlier versions"
                )
            except NoteStorageError:
                continue  # still cannot be stored: kept for the next try
            except ParallaxError as exc:
                said.append(f"“{entry.title}” could not be saved ({exc}); it was kept in the journal")
                continue
            else:
                said.append(f"“{entry.title}”, typed before the last close, is saved")
            self._journal.clear(entry.note_id, entry)
        return said


def _store(notes: NotesService, entry: JournalEntry) -> Note:
    base = NoteDraft(*entry.base) if entry.base is not None else None
    return notes.save(
        entry.note_id, title=entry.title, body=entry.body, tags=entry.tags, date_edtf=entry.date_edtf,
        base_revision=entry.base_revision, base=base,
    )  # fmt: skip


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")
