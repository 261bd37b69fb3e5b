"""Autosaver: what is typed in the note editor reaches the library a second after typing stops, or sooner."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from app.domain.errors import ParallaxError
from app.domain.notes.model import Note
from app.services.metadata import InvalidMetadataError, parse_date_field, parse_tags
from app.services.notes import NoteNotFoundError, NotesService, NoteStorageError
from app.ui.notes.editor import NoteEditor

AUTOSAVE_MS = 1000  # after typing stops
RETRY_MS = 5000  # after the library refused a save (a locked or full disk)


class Autosaver(QObject):
    """Saves after a pause in typing and at once when the editor loses focus; the owner flushes on switch and quit.

    A save that fails leaves the text in the editor, says so there, and (for a storage failure) tries again.
    """

    saved = Signal(object, object)  # the note as it was, the note as saved

    def __init__(self, notes: NotesService, editor: NoteEditor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notes = notes
        self._editor = editor
        self._dirty = False
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self.flush)
        editor.edited.connect(self._on_edited)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

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

    def _save(self, note: Note, *, title: str, body: str, tags: tuple[str, ...], date_edtf: str) -> Note:
        """Save; a note moved to the trash meanwhile (elsewhere) is brought back rather than losing the text."""
        try:
            return self._notes.save(note.id, title=title, body=body, tags=tags, date_edtf=date_edtf)
        except NoteNotFoundError:
            self._notes.restore(note.id)  # raises NoteNotFoundError again if the note is gone for good
            self._editor.set_status("This note had been moved to the trash elsewhere; it is back.")
            return self._notes.save(note.id, title=title, body=body, tags=tags, date_edtf=date_edtf)

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
        try:
            saved = self._save(note, title=title, body=body, tags=parse_tags(tags_text), date_edtf=date)
        except ParallaxError as exc:
            self._editor.set_status(f"Not saved: {exc}. Your text stays here.", error=True)
            if isinstance(exc, NoteStorageError):
                self._retry.start()
            return False
        self._dirty = False
        self._retry.stop()
        self._editor.show_details(saved)
        hint = warning or (f"→ {saved.date_display}" if date_text.strip() else "")
        self._editor.set_date_hint(hint, error=bool(warning))
        self._editor.set_status("Saved")
        self.saved.emit(note, saved)
        return True
