"""NoteLinker: links from a note to other notes, links out of its text, and its earlier versions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from app.domain.errors import ParallaxError
from app.services.notes import NotesService
from app.ui.common.prompter import Prompter
from app.ui.common.read_only import unless_notes_read_only
from app.ui.common.signals import AppSignals
from app.ui.notes.editor import NoteEditor
from app.ui.notes.preview import linked_title, missing_title


class NoteLinker(QObject):
    open_requested = Signal(int)  # a note to show in the editor
    changed = Signal(object)  # the note in the editor, as stored after a change
    created = Signal(object)  # the Change that made a note a [[link]] asked for

    def __init__(
        self,
        notes: NotesService,
        editor: NoteEditor,
        prompter: Prompter,
        signals: AppSignals,
        *,
        flush: Callable[[], bool],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.status = signals.status
        self._notes = notes
        self.editor = editor
        self._prompter = prompter
        self.flush = flush  # the owner saves what is typed before anything else happens

    @unless_notes_read_only
    def link_note(self) -> None:
        note = self.editor.note
        if note is None or not self.flush():
            return
        others = [n for n in self._notes.list_notes() if n.id != note.id]
        if not others:
            self.status.emit("There is no other note to link to yet.")
            return
        chosen = self._prompter.pick("Link to Note", f"Link “{note.title}” to:", [n.title for n in others])
        if chosen is not None:
            try:
                self.changed.emit(self._notes.link(note.id, others[chosen].id))
            except ParallaxError as exc:
                self.status.emit(f"Cannot link: {exc}.")

    @unless_notes_read_only
    def show_history(self) -> None:
        note = self.editor.note
        if note is None or not self.flush():
            return
        revisions = self._notes.revisions(note.id)
        if not revisions:
            self.status.emit("No earlier versions yet: one is kept every few minutes while you write.")
            return
        labels = [f"{r.saved_at:%d %b %Y %H:%M} — {r.title}: {r.body[:60]}" for r in revisions]
        chosen = self._prompter.pick("Earlier Versions", "Bring back the text as it was at:", labels)
        if chosen is not None:
            try:
                self._notes.keep_revision(note.id)  # the text as it is now becomes an earlier version too
            except ParallaxError as exc:
                self.status.emit(f"Cannot keep the current text as a version: {exc}.")
                return
            self.editor.replace_body(revisions[chosen].body)
            self.flush()
            self.status.emit("The earlier text is back (Ctrl+Z in the text takes it out again).")

    @unless_notes_read_only
    def create_linked(self, title: str) -> None:
        """A [[title]] no note has yet: offer to make the note, and open it."""
        message = f"No note is titled “{title}” yet. Make a new note with this title?"
        if self._prompter.choose("New Note", message, ["Create Note"]) != "Create Note" or not self.flush():
            return
        try:
            change = self._notes.create(title=title)
        except ParallaxError as exc:
            self.status.emit(f"Cannot make the note: {exc}.")
            return
        self.created.emit(change)

    def follow_url(self, url: QUrl) -> None:
        missing = missing_title(url)
        if missing is not None:
            wanted = missing.casefold()
            found = next((n for n in self._notes.list_notes() if n.title.casefold() == wanted), None)
            if found is None:
                self.create_linked(missing)
            else:  # made since the preview was drawn
                self.open_requested.emit(found.id)
            return
        title = linked_title(url)
        if title is not None:
            wanted = title.casefold()
            found = next((n for n in self._notes.list_notes() if n.title.casefold() == wanted), None)
            if found is None:
                self.create_linked(title)
            else:
                self.open_requested.emit(found.id)
            return
        if url.scheme() not in ("http", "https"):
            self.status.emit("Only web links (http, https) open from a note.")
            return
        message = f"Open this address in your web browser?\n\n{url.toString()}"
        if self._prompter.choose("Open Link", message, ["Open in Browser"]) == "Open in Browser":
            QDesktopServices.openUrl(url)
