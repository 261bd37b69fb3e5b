"""LibraryController: editing a document's description and text, and the trash (each move to it undoable)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.domain.errors import ParallaxError
from app.services.changes import Change
from app.services.collections import CollectionService
from app.services.library import DocumentNotFoundError, LibraryService
from app.services.metadata import apply_input, input_from
from app.ui.common.prompter import Prompter
from app.ui.common.read_only import unless_read_only
from app.ui.common.signals import AppSignals
from app.ui.common.undo import UndoHistory
from app.ui.dialogs.edit_metadata import EditMetadataDialog
from app.ui.dialogs.trash import TrashDialog


class LibraryController(QObject):
    def __init__(
        self,
        *,
        library: LibraryService,
        collections: CollectionService,
        prompter: Prompter,
        parent: QWidget,
        history: UndoHistory,
        signals: AppSignals,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._collections = collections
        self._prompter = prompter
        self._parent = parent
        self._history = history
        self._signals = signals

    def _done(self, change: Change[Any]) -> None:
        self._history.record(change)
        self._signals.announce(change)

    @unless_read_only
    def edit(self, document_id: int) -> None:
        try:
            document = self._library.get_document(document_id)
        except DocumentNotFoundError as exc:
            self._prompter.error("Cannot edit", str(exc))
            return
        others = [(d.id, d.title) for d in self._library.list_documents() if d.id != document_id]
        dialog = EditMetadataDialog(document.title, input_from(document.metadata), others, self._parent)
        while True:  # a description that cannot be saved comes back as typed, to be fixed or saved again
            if not self._prompter.run_dialog(dialog):
                return
            try:
                metadata = apply_input(document.metadata, dialog.values(), keep_empty=False)
                self._library.update_metadata(document_id, metadata)
            except DocumentNotFoundError as exc:
                self._prompter.error("Cannot save", str(exc))
                return
            except ParallaxError as exc:
                self._prompter.error("Cannot save", str(exc))
                continue
            break
        self._signals.documents_changed.emit()
        self._signals.document_changed.emit(document_id)
        self._signals.status.emit(f"Saved the description of “{metadata.title}”.")

    @unless_read_only
    def correct_paragraph(self, document_id: int, number: int) -> None:
        """Correct the text of one paragraph (a misprint, a better reading); notes' passages follow it."""
        try:
            document = self._library.get_document(document_id)
        except DocumentNotFoundError as exc:
            self._prompter.error("Cannot correct", str(exc))
            return
        if not 1 <= number <= len(document.paragraphs):
            return
        old = document.paragraphs[number - 1].text
        typed = self._prompter.ask_text(f"Correct ¶{number}", f"The text of ¶{number} of “{document.title}”:", old)
        if typed is None or " ".join(typed.split()) == old:
            return
        try:
            change = self._library.edit_paragraph(document_id, number, typed)
        except ParallaxError as exc:
            self._prompter.error("Cannot correct the paragraph", str(exc))
            return
        self._done(change)
        self._signals.status.emit(f"Corrected ¶{number}. Notes on it were found again; undo with Ctrl+Z.")

    @unless_read_only
    def trash(self, document_id: int) -> None:
        try:
            title = self._library.get_document(document_id).title
            change = self._library.move_to_trash(document_id)
        except ParallaxError as exc:
            self._prompter.error("Cannot move to the trash", str(exc))
            return
        self._signals.document_removed.emit(document_id)
        self._done(change)
        self._signals.status.emit(f"Moved “{title}” to the trash. Undo with Ctrl+Z.")

    @unless_read_only
    def set_collection_hidden(self, collection_id: int, hidden: bool) -> None:
        """Leave an edition's documents out of the list and the timeline (kept until shown again), or show them."""
        try:
            self._collections.set_hidden(collection_id, hidden)
            collection = self._collections.get(collection_id)
        except ParallaxError as exc:
            self._prompter.error("Cannot change the collection", str(exc))
            return
        self._signals.documents_changed.emit()
        if hidden:
            count, name = collection.document_count, collection.name
            self._signals.status.emit(f"Hid the {count:,} documents of “{name}” (Collections).")

    @unless_read_only
    def trash_collection(self, collection_id: int) -> None:
        """Move every document of an edition to the trash at once; Ctrl+Z brings them all back."""
        try:
            name = self._collections.get(collection_id).name
            change = self._collections.move_to_trash(collection_id)
        except ParallaxError as exc:
            self._prompter.error("Cannot move to the trash", str(exc))
            return
        for document_id in change.result:
            self._signals.document_removed.emit(document_id)
        self._done(change)
        count = len(change.result)
        self._signals.status.emit(f"Moved the {count:,} documents of “{name}” to the trash. Undo with Ctrl+Z.")

    @unless_read_only
    def show_trash(self) -> None:
        dialog = TrashDialog(self._library.list_trash(), self._parent)
        if not self._prompter.run_dialog(dialog):
            return
        for document_id in dialog.selected_ids():
            try:
                self._library.restore(document_id)
            except ParallaxError as exc:
                self._prompter.error("Cannot restore", str(exc))
        self._signals.documents_changed.emit()
