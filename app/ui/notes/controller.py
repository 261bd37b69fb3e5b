"""NotesController: the notes dock (list and editor), notes saved as typed, opened with their documents, trashed.

Making notes from the panes' selections and working on their passages is PassageActions' (passages.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenuBar, QSplitter, QWidget

from app.domain.errors import ParallaxError
from app.domain.i18n import translate
from app.domain.notes.model import Note
from app.services.changes import Change, Fact
from app.services.infrastructure.journal import NoteJournal
from app.services.notes import NoteConflictError, NoteNotFoundError, NotesService, NoteStorageError
from app.ui.common.actions import add_action
from app.ui.common.prompter import Prompter
from app.ui.common.read_only import unless_notes_read_only, writes_notes
from app.ui.common.signals import AppSignals
from app.ui.common.undo import UndoHistory
from app.ui.notes.autosave import Autosaver
from app.ui.notes.editor import NoteEditor
from app.ui.notes.linker import NoteLinker
from app.ui.notes.panel import NoteScope, NotesPanel
from app.ui.notes.passages import PassageActions
from app.ui.reader.document_pane import DocumentPane

if TYPE_CHECKING:
    from app.ui.compare.document_tabs import DocumentTabs


class NotesController(QObject):
    open_documents_requested = Signal(list)  # document ids, to be shown side by side
    open_beside_requested = Signal(int)
    correct_paragraph_requested = Signal(int, int)  # document id, ¶ number

    def __init__(
        self,
        *,
        notes: NotesService,
        tabs: DocumentTabs,
        prompter: Prompter,
        history: UndoHistory,
        signals: AppSignals,
        window: QMainWindow,
        dock: QDockWidget,
        journal: NoteJournal | None = None,
    ) -> None:
        super().__init__(window)
        self._notes = notes
        self._tabs = tabs
        self._prompter = prompter
        self._history = history
        self._signals = signals
        self.panel = NotesPanel()
        self.editor = NoteEditor()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("NotesSplitter")
        splitter.addWidget(self.panel)
        splitter.addWidget(self.editor)
        splitter.setSizes([220, 560])  # the note being written gets the room
        self.dock = dock
        dock.setWidget(splitter)
        self.saver = Autosaver(notes, self.editor, journal, self)
        self.saver.saved.connect(self._on_saved)
        self.saver.conflicted.connect(self._resolve_conflict)
        self.editor.set_shared(notes.member is not None)
        self.linker = NoteLinker(notes, self.editor, prompter, signals, flush=self.flush, parent=self)
        self.passages = PassageActions(self, notes, tabs, signals)
        history.before_step.append(self._may_step)
        self._wire()
        self.refresh_list()
        for line in self.saver.replay_journal():
            self._signals.status.emit(line[0].upper() + line[1:] + ".")

    def _wire(self) -> None:
        panel, editor = self.panel, self.editor
        panel.note_activated.connect(self.open_note)
        panel.scope_changed.connect(self.refresh_list)
        panel.new_requested.connect(self.passages.new_from_selection)
        panel.trash_requested.connect(self.trash)
        panel.restore_requested.connect(self.restore)
        editor.passage_activated.connect(self.passages.show_passage)
        editor.add_passage_requested.connect(self.passages.add_passage)
        editor.reattach_requested.connect(self.passages.reattach)
        editor.remove_passage_requested.connect(self.passages.remove_passage)
        editor.link_requested.connect(self.linker.link_note)
        editor.history_requested.connect(self.linker.show_history)
        editor.note_link_activated.connect(self.open_note)
        editor.url_activated.connect(self.linker.follow_url)
        editor.private_toggled.connect(self._set_private)
        self.linker.open_requested.connect(lambda note_id: self.open_note(note_id, show_documents=False))
        self.linker.changed.connect(lambda note: self.after_change(note, keep_text=True))
        self.linker.created.connect(self._on_created)

    def build_menu(self, menu_bar: QMenuBar, window: QWidget) -> None:
        menu = menu_bar.addMenu(translate("Menus", "&Notes"))
        passages = self.passages
        writes_notes(
            add_action(
                window, menu, translate("Menus", "&New Note from Selection"), passages.new_from_selection, "Ctrl+M"
            )
        )
        writes_notes(
            add_action(window, menu, translate("Menus", "&Add Passage to Note"), passages.add_passage, "Ctrl+Shift+M")
        )
        add_action(window, menu, translate("Menus", "Notes &Here"), passages.notes_here, "Ctrl+Alt+M")
        add_action(window, menu, translate("Menus", "&Go to Notes"), self.focus_panel, "Ctrl+Shift+N")
        menu.addSeparator()
        writes_notes(
            add_action(window, menu, translate("Menus", "Move Note to &Trash"), lambda: self.trash(self.current_id()))
        )
        add_action(window, menu, translate("Menus", "Notes T&rash"), lambda: self.show_scope(NoteScope.TRASH))
        menu.addSeparator()
        toggle = self.dock.toggleViewAction()
        toggle.setText(translate("Menus", "Notes &Panel"))
        toggle.setShortcut("F10")
        menu.addAction(toggle)

    # -- showing notes ------------------------------------------------------------------------------------
    def refresh_list(self) -> None:
        """List the notes anew, and the open note's passages (a text they quote may have changed)."""
        try:
            notes = self._notes.list_notes(in_trash=self.panel.current_scope() is NoteScope.TRASH)
        except NoteStorageError as exc:
            self._signals.status.emit(f"Cannot read the notes just now: {exc}.")
            return
        self.panel.set_notes(notes)
        if self.panel.current_scope() is not NoteScope.TRASH:
            self.editor.preview.known_titles = {note.title.casefold() for note in notes}
        self.update_context()
        current = self.current_id()
        self.panel.select_note(current)
        if current is None:
            return
        try:
            note = self._notes.get(current)
        except NoteNotFoundError:
            note = None
        if note is None or (note.deleted_at is not None and self.panel.current_scope() is not NoteScope.TRASH):
            self.saver.forget()  # it went to the trash (an undo, another window): nothing of it is pending
            self.editor.show_note(None)
        elif self._saved_elsewhere(note):
            self._show_newer(note)  # saved by another member: their text, where the reader is in it
        else:
            self.editor.show_details(note)

    def on_notes_changed(self) -> None:
        """A note was added, changed, trashed or restored (here, by an undo, or elsewhere)."""
        self.refresh_list()
        self.refresh_highlights()

    def refresh_highlights(self) -> None:
        for pane in self._tabs.panes():
            self._highlight(pane)

    def _highlight(self, pane: DocumentPane) -> None:
        if pane.document_id is None:
            return
        found = self._notes.passages_in(pane.document_id)
        pane.set_noted_passages([(p.start, p.end, ref.title) for ref, p in found if not p.orphaned])

    def hook_pane(self, pane: DocumentPane) -> None:
        """A pane has been opened: its passages are tinted, its margin marks and menu lead to the notes."""
        pane.document_shown.connect(lambda p=pane: self._highlight(p))
        pane.note_mark_clicked.connect(lambda offset, p=pane: self.passages.notes_at(p, offset))
        pane.menu_requested.connect(lambda menu, p=pane: self.passages.extend_menu(p, menu))
        pane.activated.connect(self.update_context)
        self._highlight(pane)

    def update_context(self) -> None:
        pane = self._tabs.current_pane()
        cursor = (pane.document_id, pane.current_paragraph()) if pane and pane.document_id else None
        self.panel.set_context(set(self._tabs.open_ids()), cursor if cursor and cursor[1] else None)

    def current_id(self) -> int | None:
        """The note in the editor, if any."""
        note = self.editor.note
        return note.id if note else None

    def open_note(self, note_id: int, *, show_documents: bool = True) -> None:
        """Show the note in the editor and, unless told not to, its documents side by side at its passages."""
        if not self.flush():
            return  # what is typed could not be saved: stay on it (the editor says why) rather than lose it
        try:
            note = self._notes.get(note_id)
        except NoteNotFoundError as exc:
            self._signals.status.emit(f"{exc}.")
            self.refresh_list()
            return
        self.dock.show()
        self.dock.raise_()
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
                    pane = self.pane_showing(passage.document_id)
                    if pane is not None:
                        pane.show_passage(passage.start, passage.end)
            finally:
                view.sync.enabled = syncing

    def pane_showing(self, document_id: int) -> DocumentPane | None:
        view = self._tabs.current_view()
        frame = view.frame_of(document_id) if view else None
        return frame.pane if frame else None

    def show_scope(self, scope: NoteScope) -> None:
        self.dock.show()
        self.dock.raise_()
        if self.panel.current_scope() is not scope:
            self.panel.set_scope(scope)

    def focus_panel(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.filter.setFocus()

    def after_change(self, note: Note, *, keep_text: bool = False) -> None:
        """The note `note` was changed here: show it, and tell the rest of the window."""
        if keep_text and self.current_id() == note.id:
            self.editor.show_details(note)
        else:
            self.editor.show_note(note)
        self.dock.show()
        self.dock.raise_()  # in front of the search results, if they share its place
        self._signals.notes_changed.emit()

    def _on_created(self, change: Change[Note]) -> None:
        """A note made from a [[link]] to it: recorded (Ctrl+Z takes it away) and opened to be written."""
        self.record(change)
        self.after_change(change.result)
        self.editor.focus_text()
        self._signals.status.emit(f"New note “{change.result.title}”. Write it here; it saves itself.")

    def record(self, change: Change[Any]) -> None:
        self._history.record(change)

    # -- saving -----------------------------------------------------------------------------------------
    def flush(self) -> bool:
        """Save what the editor holds now; False (with the text kept in the editor) if it could not be saved."""
        return self.saver.flush()

    def _may_step(self, change: Change[object]) -> bool:
        """An undo or redo of notes waits for the text being typed to be saved (else it would be lost)."""
        return Fact.NOTES not in change.touches or self.flush()

    def confirm_discard(self) -> bool:
        """Asked when a note's text cannot be saved and the window is closing: close anyway?"""
        message = (
            "The note being written could not be saved (the editor says why).\n\n"
            "Close anyway and lose what was typed since the last save, or stay and copy it somewhere safe?"
        )
        return self._prompter.choose("Unsaved Note", message, ["Close Anyway"]) == "Close Anyway"

    def _on_saved(self, before: Note, saved: Note) -> None:
        if (saved.title, saved.tags, saved.date_edtf) != (before.title, before.tags, before.date_edtf):
            self._signals.notes_changed.emit()

    def _saved_elsewhere(self, note: Note) -> bool:
        shown = self.editor.note
        return shown is not None and note.revision != shown.revision and not self.saver.has_unsaved_text()

    def _show_newer(self, note: Note) -> None:
        body = self.editor.body
        place = body.textCursor().position()
        scrolled = body.verticalScrollBar().value()
        self.editor.show_note(note)
        cursor = body.textCursor()
        cursor.setPosition(min(place, len(note.body)))
        body.setTextCursor(cursor)
        body.verticalScrollBar().setValue(scrolled)
        self.editor.set_status(f"Updated by {note.saved_by}" if note.saved_by else "Updated elsewhere")

    def _resolve_conflict(self, conflict: NoteConflictError) -> None:
        """Theirs beside ours; the merged text saved over theirs, or theirs kept (ours stays in its versions)."""
        from app.ui.notes.conflict import ConflictDialog

        dialog = ConflictDialog(conflict, self.editor)
        if not self._prompter.run_dialog(dialog):
            self.editor.show_note(conflict.theirs)
            self.editor.set_status("Kept theirs; your text is among the note's Earlier Versions.")
            return
        title, body = dialog.merged()
        mine = conflict.mine
        try:
            saved = self._notes.save(
                conflict.theirs.id, title=title, body=body, tags=mine.tags, date_edtf=mine.date_edtf,
                base_revision=conflict.theirs.revision,
            )  # fmt: skip
        except NoteConflictError as again:  # saved by someone once more, while merging: merge again
            self._resolve_conflict(again)
            return
        except ParallaxError as exc:
            self.editor.show_note(conflict.theirs)
            self.editor.set_status(f"The merged text was not saved: {exc}. Yours is in Earlier Versions.", error=True)
            return
        self.editor.show_note(saved)
        self.editor.set_status("Merged and saved")
        self._signals.notes_changed.emit()

    @unless_notes_read_only
    def _set_private(self, private: bool) -> None:
        note_id = self.current_id()
        if note_id is None or not self.flush():
            return
        try:
            note = self._notes.set_private(note_id, private)
        except ParallaxError as exc:
            self._signals.status.emit(f"{exc}.")
            current = self.editor.note
            self.editor.show_details(current)
            return
        self.editor.show_details(note)
        self._signals.status.emit("Seen by you alone now." if note.private else "Seen by every member now.")
        self._signals.notes_changed.emit()

    # -- the trash --------------------------------------------------------------------------------------
    @unless_notes_read_only
    def trash(self, note_id: int | None) -> None:
        if note_id is None:
            self._signals.status.emit("Open a note first.")
            return
        if self.current_id() == note_id and not self.flush():
            self._signals.status.emit("The note's text could not be saved, so it stays here (not moved to the trash).")
            return
        try:
            change = self._notes.move_to_trash(note_id)
        except ParallaxError as exc:
            self._signals.status.emit(f"{exc}.")
            return
        if self.current_id() == note_id:
            self.saver.forget()
            self.editor.show_note(None)
        self._history.record(change)
        self._signals.announce(change)
        self._signals.status.emit(f"{change.label[0].upper()}{change.label[1:]}. Undo with Ctrl+Z.")

    @unless_notes_read_only
    def restore(self, note_id: int) -> None:
        try:
            self._notes.restore(note_id)
        except ParallaxError as exc:
            self._signals.status.emit(f"{exc}.")
            return
        self._signals.notes_changed.emit()
        self.open_note(note_id, show_documents=False)
