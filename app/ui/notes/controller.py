"""NotesController: notes made from the panes' selections, saved as typed, and shown back in the panes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QMenu, QMenuBar, QSplitter, QWidget

from app.domain.errors import ParallaxError
from app.domain.notes.model import Note
from app.services.notes import (
    NoteNotFoundError,
    NotesService,
    NoteStorageError,
    PassageRequest,
)
from app.ui.common.actions import add_action
from app.ui.common.prompter import Prompter
from app.ui.common.read_only import unless_read_only, writes
from app.ui.common.undo import UndoHistory
from app.ui.notes.autosave import Autosaver
from app.ui.notes.editor import NoteEditor
from app.ui.notes.linker import NoteLinker
from app.ui.notes.panel import NoteScope, NotesPanel
from app.ui.reader.document_pane import DocumentPane

if TYPE_CHECKING:
    from app.ui.compare.document_tabs import DocumentTabs


class NotesController(QObject):
    status = Signal(str)
    open_documents_requested = Signal(list)  # document ids, to be shown side by side
    open_beside_requested = Signal(int)
    correct_paragraph_requested = Signal(int, int)  # document id, ¶ number
    notes_changed = Signal()  # listed anew: a note added, retitled, redated, trashed or restored

    def __init__(
        self,
        *,
        notes: NotesService,
        tabs: DocumentTabs,
        prompter: Prompter,
        history: UndoHistory,
        window: QMainWindow,
        dock: QDockWidget,
    ) -> None:
        super().__init__(window)
        self._notes = notes
        self._tabs = tabs
        self._prompter = prompter
        self._history = history
        self.panel = NotesPanel()
        self.editor = NoteEditor()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("NotesSplitter")
        splitter.addWidget(self.panel)
        splitter.addWidget(self.editor)
        splitter.setSizes([260, 520])
        self.dock = dock
        dock.setWidget(splitter)
        self.saver = Autosaver(notes, self.editor, self)
        self.saver.saved.connect(self._on_saved)
        self.linker = NoteLinker(notes, self.editor, prompter, flush=self.flush, parent=self)
        self._wire()
        self.refresh_list()

    def _wire(self) -> None:
        panel, editor = self.panel, self.editor
        panel.note_activated.connect(self.open_note)
        panel.scope_changed.connect(self.refresh_list)
        panel.new_requested.connect(self.new_from_selection)
        panel.trash_requested.connect(self.trash)
        panel.restore_requested.connect(self.restore)
        editor.passage_activated.connect(self.show_passage)
        editor.add_passage_requested.connect(self.add_passage)
        editor.reattach_requested.connect(self.reattach)
        editor.remove_passage_requested.connect(self.remove_passage)
        editor.link_requested.connect(self.linker.link_note)
        editor.history_requested.connect(self.linker.show_history)
        editor.note_link_activated.connect(self.open_note)
        editor.url_activated.connect(self.linker.follow_url)
        self.linker.status.connect(self.status)
        self.linker.open_requested.connect(lambda note_id: self.open_note(note_id, show_documents=False))
        self.linker.changed.connect(lambda note: self._after_change(note, keep_text=True))
        self._tabs.pane_created.connect(self._hook_pane)
        self._tabs.current_changed.connect(self._update_context)
        self._tabs.panes_changed.connect(self._update_context)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.aboutToQuit.connect(self.flush)

    def build_menu(self, menu_bar: QMenuBar, window: QWidget) -> None:
        menu = menu_bar.addMenu("&Notes")
        writes(add_action(window, menu, "&New Note from Selection", self.new_from_selection, "Ctrl+M"))
        writes(add_action(window, menu, "&Add Passage to Note", self.add_passage, "Ctrl+Shift+M"))
        add_action(window, menu, "Notes &Here", self.notes_here, "Ctrl+Alt+M")
        add_action(window, menu, "&Go to Notes", self.focus_panel, "Ctrl+Shift+N")
        menu.addSeparator()
        writes(add_action(window, menu, "Move Note to &Trash", lambda: self.trash(self._current_id())))
        add_action(window, menu, "Notes T&rash", lambda: self._show_scope(NoteScope.TRASH))
        menu.addSeparator()
        toggle = self.dock.toggleViewAction()
        toggle.setText("Notes &Panel")
        toggle.setShortcut("F10")
        menu.addAction(toggle)

    # -- showing notes ------------------------------------------------------------------------------------
    def refresh_list(self) -> None:
        """List the notes anew, and the open note's passages (a text they quote may have changed)."""
        try:
            notes = self._notes.list_notes(in_trash=self.panel.current_scope() is NoteScope.TRASH)
        except NoteStorageError as exc:
            self.status.emit(f"Cannot read the notes just now: {exc}.")
            return
        self.panel.set_notes(notes)
        self.notes_changed.emit()
        self._update_context()
        current = self._current_id()
        self.panel.select_note(current)
        if current is not None:
            try:
                self.editor.show_details(self._notes.get(current))
            except NoteNotFoundError:
                self.editor.show_note(None)

    def refresh_highlights(self) -> None:
        for pane in self._tabs.panes():
            self._highlight(pane)

    def _highlight(self, pane: DocumentPane) -> None:
        if pane.document_id is None:
            return
        found = self._notes.passages_in(pane.document_id)
        pane.set_noted_passages([(p.start, p.end, ref.title) for ref, p in found if not p.orphaned])

    def _hook_pane(self, pane: DocumentPane) -> None:
        pane.document_shown.connect(lambda p=pane: self._highlight(p))
        pane.note_mark_clicked.connect(lambda offset, p=pane: self.notes_at(p, offset))
        pane.menu_requested.connect(lambda menu, p=pane: self._extend_menu(p, menu))
        pane.activated.connect(self._update_context)
        self._highlight(pane)

    def _update_context(self) -> None:
        pane = self._tabs.current_pane()
        cursor = (pane.document_id, pane.current_paragraph()) if pane and pane.document_id else None
        self.panel.set_context(set(self._tabs.open_ids()), cursor if cursor and cursor[1] else None)

    def _current_id(self) -> int | None:
        note = self.editor.note
        return note.id if note else None

    def open_note_id(self) -> int | None:
        """The note in the editor, if any."""
        return self._current_id()

    def open_note(self, note_id: int, *, show_documents: bool = True) -> None:
        """Show the note in the editor and, unless told not to, its documents side by side at its passages."""
        if not self.flush():
            return  # what is typed could not be saved: stay on it (the editor says why) rather than lose it
        try:
            note = self._notes.get(note_id)
        except NoteNotFoundError as exc:
            self.status.emit(f"{exc}.")
            self.refresh_list()
            return
        self.dock.show()
        self.editor.show_note(note)
        self.panel.select_note(note.id)
        placed = [p for p in note.passages if not p.orphaned and not p.in_trash]
        if show_documents and placed:
            self.open_documents_requested.emit(list(dict.fromkeys(p.document_id for p in placed))[:4])
            view = self._tabs.current_view()
            if view is None:
                return
            syncing, view.sync.enabled = view.sync.enabled, False  # each pane goes to its own passage
            try:
                for passage in {p.document_id: p for p in reversed(placed)}.values():
                    pane = self._pane_showing(passage.document_id)
                    if pane is not None:
                        pane.show_passage(passage.start, passage.end)
            finally:
                view.sync.enabled = syncing

    def _pane_showing(self, document_id: int) -> DocumentPane | None:
        view = self._tabs.current_view()
        frame = view.frame_of(document_id) if view else None
        return frame.pane if frame else None

    def show_passage(self, passage_id: int) -> None:
        note = self.editor.note
        passage = next((p for p in note.passages if p.id == passage_id), None) if note else None
        if passage is None:
            return
        if passage.in_trash:
            self.status.emit(f"“{passage.document_title}” is in the trash (File › Trash brings it back).")
            return
        self.open_beside_requested.emit(passage.document_id)
        pane = self._pane_showing(passage.document_id)
        if pane is not None and not passage.orphaned:
            pane.show_passage(passage.start, passage.end)
        elif passage.orphaned:
            self.status.emit("This passage was not found in the text as it is now: select the words and Re-attach.")

    def notes_at(self, pane: DocumentPane, offset: int) -> None:
        """The notes quoting the paragraph at `offset` of the pane's document: the first opens, all are listed."""
        if pane.document_id is None:
            return
        number = pane.paragraph_at_block(pane.position_of(offset)[0])
        pane.set_current_paragraph(number)
        found = [ref for ref, p in self._notes.passages_in(pane.document_id) if p.paragraphs.contains(number)]
        if not found:
            self.status.emit(f"No notes on ¶{number}.")
            return
        self._show_scope(NoteScope.CURSOR)
        self._update_context()
        self.open_note(found[0].id, show_documents=False)

    def notes_here(self) -> None:
        pane = self._tabs.current_pane()
        if pane is None or not pane.current_paragraph():
            self.status.emit("Click a paragraph first: its notes are then listed.")
            return
        self.notes_at(pane, pane.offset_of((pane.block_of(pane.current_paragraph()), 0)))

    def _show_scope(self, scope: NoteScope) -> None:
        self.dock.show()
        if self.panel.current_scope() is not scope:
            self.panel.set_scope(scope)

    def focus_panel(self) -> None:
        self.dock.show()
        self.panel.filter.setFocus()

    # -- making notes -----------------------------------------------------------------------------------
    def _selection(self) -> PassageRequest | None:
        pane = self._tabs.current_pane()
        offsets = pane.selected_offsets() if pane is not None else None
        if pane is None or pane.document_id is None or offsets is None:
            self.status.emit("Select the words of a document first (drag across them), then try again.")
            return None
        return PassageRequest(pane.document_id, *offsets)

    @unless_read_only
    def new_from_selection(self) -> None:
        request = self._selection()
        if request is None or not self.flush():
            return
        try:
            note = self._notes.create([request])
        except ParallaxError as exc:
            self.status.emit(f"Cannot start a note: {exc}.")
            return
        self._history.push(
            f"new note “{note.title}”",
            lambda: self._set_trashed(note.id, True),
            lambda: self._set_trashed(note.id, False),
        )
        self._after_change(note)
        self.editor.focus_text()
        self.status.emit(f"New note on {note.passages[0].citation()}. Write it here; it saves itself.")

    @unless_read_only
    def add_passage(self) -> None:
        note = self.editor.note
        if note is None:
            self.status.emit("Open a note first (or start one on the selection with Ctrl+M).")
            return
        request = self._selection()
        if request is None or not self.flush():
            return
        try:
            note = self._notes.add_passage(note.id, request)
        except ParallaxError as exc:
            self.status.emit(f"Cannot add the passage: {exc}.")
            return
        self._after_change(note, keep_text=True)
        self.status.emit(f"Added {note.passages[-1].citation()} to “{note.title}”.")

    @unless_read_only
    def remove_passage(self, passage_id: int) -> None:
        note = self.editor.note
        passage = next((p for p in note.passages if p.id == passage_id), None) if note else None
        if note is None or passage is None:
            return
        try:
            removed = self._notes.remove_passage(note.id, passage_id)
            changed = self._notes.get(note.id)
        except ParallaxError as exc:
            self.status.emit(f"Cannot remove the passage: {exc}.")
            return
        self._history.push(
            f"remove {passage.citation()} from the note",
            lambda: self._change(lambda: self._notes.restore_passage(note.id, removed)),
        )
        self._after_change(changed, keep_text=True)
        self.status.emit(f"Removed {passage.citation()} from the note. Undo with Ctrl+Z.")

    @unless_read_only
    def reattach(self, passage_id: int) -> None:
        note = self.editor.note
        passage = next((p for p in note.passages if p.id == passage_id), None) if note else None
        pane = self._pane_showing(passage.document_id) if passage else None
        offsets = pane.selected_offsets() if pane else None
        if note is None or passage is None or offsets is None:
            title = passage.document_title if passage else "its document"
            self.status.emit(f"Select the words in “{title}” to put the passage on, then press Re-attach.")
            return
        try:
            note = self._notes.reattach(note.id, passage_id, PassageRequest(passage.document_id, *offsets))
        except ParallaxError as exc:
            self.status.emit(f"Cannot re-attach: {exc}.")
            return
        self._after_change(note, keep_text=True)
        placed = next((p for p in note.passages if p.id == passage_id), None)
        self.status.emit(f"The passage is now {placed.citation()}." if placed else "The passage is placed.")

    def _change(self, step: Callable[[], Note]) -> bool:
        """Run an undo step that changes the open note; False if it no longer can be."""
        try:
            note = step()
        except ParallaxError:
            return False
        self._after_change(note, keep_text=True)
        return True

    def _after_change(self, note: Note, *, keep_text: bool = False) -> None:
        if keep_text and self._current_id() == note.id:
            self.editor.show_details(note)
        else:
            self.editor.show_note(note)
        self.dock.show()
        self.refresh_list()
        self.refresh_highlights()

    def flush(self) -> bool:
        """Save what the editor holds now; False (with the text kept in the editor) if it could not be saved."""
        return self.saver.flush()

    def confirm_discard(self) -> bool:
        """Asked when a note's text cannot be saved and the window is closing: close anyway?"""
        message = (
            "The note being written could not be saved (the editor says why).\n\n"
            "Close anyway and lose what was typed since the last save, or stay and copy it somewhere safe?"
        )
        return self._prompter.choose("Unsaved Note", message, ["Close Anyway"]) == "Close Anyway"

    def _on_saved(self, before: Note, saved: Note) -> None:
        if (saved.title, saved.tags, saved.date_edtf) != (before.title, before.tags, before.date_edtf):
            self.refresh_list()
            self.refresh_highlights()

    # -- trash, links, versions -------------------------------------------------------------------------
    @unless_read_only
    def trash(self, note_id: int | None) -> None:
        if note_id is None:
            self.status.emit("Open a note first.")
            return
        if self._current_id() == note_id and not self.flush():
            self.status.emit("The note's text could not be saved, so it stays here (not moved to the trash).")
            return
        try:
            title = self._notes.get(note_id).title
            self._notes.move_to_trash(note_id)
        except NoteNotFoundError as exc:
            self.status.emit(f"{exc}.")
            return
        if self._current_id() == note_id:
            self.saver.forget()
            self.editor.show_note(None)
        self._history.push(
            f"move note “{title}” to the trash",
            lambda: self._set_trashed(note_id, False),
            lambda: self._set_trashed(note_id, True),
        )
        self.refresh_list()
        self.refresh_highlights()
        self.status.emit(f"Moved the note “{title}” to the trash. Undo with Ctrl+Z.")

    @unless_read_only
    def restore(self, note_id: int) -> None:
        if self._set_trashed(note_id, False):
            self.open_note(note_id, show_documents=False)

    def _set_trashed(self, note_id: int, trashed: bool) -> bool:
        if trashed and self._current_id() == note_id and not self.flush():
            return False
        try:
            (self._notes.move_to_trash if trashed else self._notes.restore)(note_id)
        except ParallaxError:
            return False
        if trashed and self._current_id() == note_id:
            self.saver.forget()
            self.editor.show_note(None)
        self.refresh_list()
        self.refresh_highlights()
        return True

    def _extend_menu(self, pane: DocumentPane, menu: QMenu) -> None:
        menu.addSeparator()
        selected = pane.selected_offsets() is not None
        menu.addAction("New Note from Selection", self.new_from_selection).setEnabled(selected)
        note = self.editor.note
        action: QAction = menu.addAction(
            f"Add Passage to “{note.title[:40]}”" if note else "Add Passage to Note", self.add_passage
        )
        action.setEnabled(selected and note is not None)
        number = pane.current_paragraph()
        if number and pane.document_id is not None:
            doc_id = pane.document_id
            menu.addAction(f"Notes on ¶{number}", self.notes_here)
            menu.addAction(f"Correct ¶{number} Text…", lambda: self.correct_paragraph_requested.emit(doc_id, number))
