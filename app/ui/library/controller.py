"""LibraryController: editing a document's metadata, the trash and undoing a move to it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.domain.errors import ParallaxError
from app.services.collections import CollectionService
from app.services.library import DocumentNotFoundError, LibraryService, LibraryStorageError
from app.services.metadata import apply_input, input_from
from app.ui.common.prompter import Prompter
from app.ui.common.read_only import unless_read_only
from app.ui.common.undo import UndoHistory
from app.ui.dialogs.edit_metadata import EditMetadataDialog
from app.ui.dialogs.trash import TrashDialog


class LibraryController(QObject):
    library_changed = Signal()
    document_changed = Signal(int)  # its metadata changed: show it anew
    document_removed = Signal(int)  # moved to the trash: close it
    status = Signal(str)

    def __init__(
        self,
        library: LibraryService,
        collections: CollectionService,
        prompter: Prompter,
        parent: QWidget,
        history: UndoHistory,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._collections = collections
        self._prompter = prompter
        self._parent = parent
        self._history = history

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
        self.library_changed.emit()
        self.document_changed.emit(document_id)
        self.status.emit(f"Saved the description of “{metadata.title}”.")

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
        if self._set_paragraph(document_id, number, typed):
            self._history.push(
                f"correct ¶{number} of “{document.title}”",
                lambda: self._set_paragraph(document_id, number, old),
                lambda: self._set_paragraph(document_id, number, typed),
            )
            self.status.emit(f"Corrected ¶{number}. Notes on it were found again; undo with Ctrl+Z.")

    def _set_paragraph(self, document_id: int, number: int, text: str) -> bool:
        try:
            self._library.edit_paragraph(document_id, number, text)
        except ParallaxError as exc:
            self._prompter.error("Cannot correct the paragraph", str(exc))
            return False
        self.document_changed.emit(document_id)
        return True

    @unless_read_only
    def trash(self, document_id: int) -> None:
        try:
            title = self._library.get_document(document_id).title
            self._library.move_to_trash(document_id)
        except ParallaxError as exc:
            self._prompter.error("Cannot move to the trash", str(exc))
            return
        self._history.push(f"move “{title}” to the trash", lambda: self._restore(document_id, title))
        self.document_removed.emit(document_id)
        self.library_changed.emit()
        self.status.emit(f"Moved “{title}” to the trash. Undo with Ctrl+Z.")

    def _restore(self, document_id: int, title: str) -> bool:
        try:
            self._library.restore(document_id)
        except DocumentNotFoundError:
            return False  # restored meanwhile, from the trash dialog
        except LibraryStorageError as exc:
            self._prompter.error("Cannot restore", str(exc))
            return False
        self.library_changed.emit()
        self.status.emit(f"Restored “{title}”.")
        return True

    @unless_read_only
    def set_collection_hidden(self, collection_id: int, hidden: bool) -> None:
        """Leave an edition's documents out of the list and the timeline (kept until shown again), or show them."""
        try:
            self._collections.set_hidden(collection_id, hidden)
            collection = self._collections.get(collection_id)
        except ParallaxError as exc:
            self._prompter.error("Cannot change the collection", str(exc))
            return
        self.library_changed.emit()
        if hidden:
            self.status.emit(f"Hid the {collection.document_count:,} documents of “{collection.name}” (Collections).")

    @unless_read_only
    def trash_collection(self, collection_id: int) -> None:
        """Move every document of an edition to the trash at once; Ctrl+Z brings them all back."""
        try:
            name = self._collections.get(collection_id).name
            ids = self._collections.move_to_trash(collection_id)
        except ParallaxError as exc:
            self._prompter.error("Cannot move to the trash", str(exc))
            return
        self._history.push(f"move “{name}” to the trash", lambda: self._restore_collection(ids, name))
        for document_id in ids:
            self.document_removed.emit(document_id)
        self.library_changed.emit()
        self.status.emit(f"Moved the {len(ids):,} documents of “{name}” to the trash. Undo with Ctrl+Z.")

    def _restore_collection(self, ids: list[int], name: str) -> bool:
        self._collections.restore(ids)
        self.library_changed.emit()
        self.status.emit(f"Restored the {len(ids):,} documents of “{name}”.")
        return bool(ids)

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
        self.library_changed.emit()
