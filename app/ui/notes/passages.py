"""PassageActions: notes made from the words selected in a pane, and the work on a note's passages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.domain.errors import ParallaxError
from app.services.notes import NotesService, PassageRequest
from app.ui.common.read_only import unless_notes_read_only
from app.ui.common.signals import AppSignals
from app.ui.notes.panel import NoteScope
from app.ui.reader.document_pane import DocumentPane

if TYPE_CHECKING:
    from app.ui.compare.document_tabs import DocumentTabs
    from app.ui.notes.controller import NotesController


class PassageActions(QObject):
    def __init__(self, owner: NotesController, notes: NotesService, tabs: DocumentTabs, signals: AppSignals) -> None:
        super().__init__(owner)
        self._owner = owner
        self._notes = notes
        self._tabs = tabs
        self._signals = signals

    def _say(self, text: str) -> None:
        self._signals.status.emit(text)

    def _selection(self) -> PassageRequest | None:
        pane = self._tabs.current_pane()
        offsets = pane.selected_offsets() if pane is not None else None
        if pane is None or pane.document_id is None or offsets is None:
            self._say("Select the words of a document first (drag across them), then try again.")
            return None
        return PassageRequest(pane.document_id, *offsets)

    @unless_notes_read_only
    def new_from_selection(self) -> None:
        request = self._selection()
        if request is None or not self._owner.flush():
            return
        member = self._notes.member  # a reader of a shared library writes private notes only
        try:
            change = self._notes.create([request], private=member is not None and not member.may_edit)
        except ParallaxError as exc:
            self._say(f"Cannot start a note: {exc}.")
            return
        note = change.result
        self._owner.record(change)
        self._owner.after_change(note)
        self._owner.editor.focus_text()
        self._say(f"New note on {note.passages[0].citation()}. Write it here; it saves itself.")

    @unless_notes_read_only
    def add_passage(self) -> None:
        note = self._owner.editor.note
        if note is None:
            self._say("Open a note first (or start one on the selection with Ctrl+M).")
            return
        request = self._selection()
        if request is None or not self._owner.flush():
            return
        try:
            note = self._notes.add_passage(note.id, request)
        except ParallaxError as exc:
            self._say(f"Cannot add the passage: {exc}.")
            return
        self._owner.after_change(note, keep_text=True)
        self._say(f"Added {note.passages[-1].citation()} to “{note.title}”.")

    @unless_notes_read_only
    def remove_passage(self, passage_id: int) -> None:
        note = self._owner.editor.note
        passage = next((p for p in note.passages if p.id == passage_id), None) if note else None
        if note is None or passage is None or not self._owner.flush():
            return
        try:
            change = self._notes.remove_passage(note.id, passage_id)
            changed = self._notes.get(note.id)
        except ParallaxError as exc:
            self._say(f"Cannot remove the passage: {exc}.")
            return
        self._owner.record(change)
        self._owner.after_change(changed, keep_text=True)
        self._say(f"Removed {passage.citation()} from the note. Undo with Ctrl+Z.")

    @unless_notes_read_only
    def reattach(self, passage_id: int) -> None:
        note = self._owner.editor.note
        passage = next((p for p in note.passages if p.id == passage_id), None) if note else None
        pane = self._owner.pane_showing(passage.document_id) if passage else None
        offsets = pane.selected_offsets() if pane else None
        if note is None or passage is None or offsets is None:
            title = passage.document_title if passage else "its document"
            self._say(f"Select the words in “{title}” to put the passage on, then press Re-attach.")
            return
        try:
            note = self._notes.reattach(note.id, passage_id, PassageRequest(passage.document_id, *offsets))
        except ParallaxError as exc:
            self._say(f"Cannot re-attach: {exc}.")
            return
        self._owner.after_change(note, keep_text=True)
        placed = next((p for p in note.passages if p.id == passage_id), None)
        self._say(f"The passage is now {placed.citation()}." if placed else "The passage is placed.")

    def show_passage(self, passage_id: int) -> None:
        note = self._owner.editor.note
        passage = next((p for p in note.passages if p.id == passage_id), None) if note else None
        if passage is None:
            return
        if passage.in_trash:
            self._say(f"“{passage.document_title}” is in the trash (File › Trash brings it back).")
            return
        self._owner.open_beside_requested.emit(passage.document_id)
        pane = self._owner.pane_showing(passage.document_id)
        if pane is not None and not passage.orphaned:
            pane.show_passage(passage.start, passage.end)
        elif passage.orphaned:
            self._say("This passage was not found in the text as it is now: select the words and Re-attach.")

    def notes_at(self, pane: DocumentPane, offset: int) -> None:
        """The notes quoting the paragraph at `offset` of the pane's document: the first opens, all are listed."""
        if pane.document_id is None:
            return
        block = pane.position_of(offset)[0]
        number = pane.paragraph_at_block(block)
        pane.set_current_paragraph(number)
        start = pane.offset_of((block, 0))  # the whole block: a heading or a dateline has no ¶ to go by
        end = pane.offset_of((block, len(pane.view.blocks()[block].text)))
        found = [ref for ref, p in self._notes.passages_in(pane.document_id) if p.start < end and p.end > start]
        if not found:
            self._say(f"No notes on ¶{number}." if number else "No notes on this heading.")
            return
        self._owner.show_scope(NoteScope.CURSOR)
        self._owner.update_context()
        self._owner.open_note(found[0].id, show_documents=False)

    def notes_here(self) -> None:
        pane = self._tabs.current_pane()
        if pane is None or not pane.current_paragraph():
            self._say("Click a paragraph first: its notes are then listed.")
            return
        self.notes_at(pane, pane.offset_of((pane.block_of(pane.current_paragraph()), 0)))

    def extend_menu(self, pane: DocumentPane, menu: QMenu) -> None:
        menu.addSeparator()
        selected = pane.selected_offsets() is not None
        menu.addAction("New Note from Selection", self.new_from_selection).setEnabled(selected)
        note = self._owner.editor.note
        action: QAction = menu.addAction(
            f"Add Passage to “{note.title[:40]}”" if note else "Add Passage to Note", self.add_passage
        )
        action.setEnabled(selected and note is not None)
        number = pane.current_paragraph()
        if number and pane.document_id is not None:
            doc_id = pane.document_id
            menu.addAction(f"Notes on ¶{number}", self.notes_here)
            menu.addAction(
                f"Correct ¶{number} Text…", lambda: self._owner.correct_paragraph_requested.emit(doc_id, number)
            )
