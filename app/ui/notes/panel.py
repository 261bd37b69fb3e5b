"""NotesPanel: the list of notes, narrowed to the open documents or the cursor, filtered and sorted."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.notes.model import Note, NoteSort, matches, sorted_notes
from app.domain.timeline import DateRange
from app.ui.common.accessibility import describe, describe_field
from app.ui.common.range_bar import RangeBar
from app.ui.common.read_only import writes_notes

NOTE_ROLE = Qt.ItemDataRole.UserRole
SORTS = {"Last edited": NoteSort.EDITED, "Created": NoteSort.CREATED, "Date": NoteSort.DATE}


class NoteScope(StrEnum):
    ALL = "All notes"
    OPEN = "Open documents"
    CURSOR = "At the cursor"
    TRASH = "Trash"


def _describe(note: Note) -> str:
    details = [note.date_display] if note.date_edtf else []
    count = len(note.passages)
    if count:
        titles = {passage.document_title for passage in note.passages}
        where = next(iter(titles)) if len(titles) == 1 else f"{len(titles)} documents"
        details.append(f"1 passage in {where}" if count == 1 else f"{count} passages in {where}")
    if note.orphaned:
        details.append(f"⚠ {note.orphaned} not found")
    if note.tags:
        details.append(" ".join(f"#{tag}" for tag in note.tags))
    return f"{note.title}\n{' · '.join(details) or 'no passages yet'}"


class NotesPanel(QWidget):
    note_activated = Signal(int)
    scope_changed = Signal()
    new_requested = Signal()
    trash_requested = Signal(int)
    restore_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NotesPanel")
        self._notes: list[Note] = []
        self._open_ids: set[int] = set()
        self._cursor: tuple[int, int] | None = None  # document id, ¶ number
        self._date_range: DateRange | None = None
        self.range_bar = RangeBar("Notes dated {dates} only, as picked on the timeline.", self)
        self.scope = QComboBox(self)
        self.scope.setObjectName("NoteScope")
        self.scope.addItems([scope.value for scope in NoteScope])
        describe(self.scope, "Which notes", "All notes, those of the open documents, those at the cursor, or "
                 "the trash.")  # fmt: skip
        self.sort = QComboBox(self)
        self.sort.setObjectName("NoteSort")
        self.sort.addItems(list(SORTS))
        self.sort.setToolTip("Sort by last edit, by creation, or by the notes' own dates (as on the timeline)")
        describe(self.sort, "Sort notes", self.sort.toolTip())
        self.filter = QLineEdit(self)
        self.filter.setObjectName("NoteFilter")
        self.filter.setPlaceholderText("Filter notes by words")
        self.filter.setClearButtonEnabled(True)
        describe_field(self.filter, "Filter notes", "Shows only the notes with the words typed, in any case and "
                       "with or without accents.")  # fmt: skip
        self.tag = QComboBox(self)
        self.tag.setObjectName("NoteTagFilter")
        self.tag.setToolTip("Show only the notes with this tag")
        describe(self.tag, "Tag", self.tag.toolTip())
        self.list = QListWidget(self)
        self.list.setObjectName("NoteList")
        describe(self.list, "Notes", "The notes; Enter opens the one chosen, with its documents; Delete moves it "
                 "to the trash.")  # fmt: skip
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.count_label = QLabel(self)
        self.new_button = writes_notes(QPushButton("New from Selection", self))
        self.new_button.setToolTip("Start a note on the words selected in a document (Ctrl+M)")
        self.new_button.clicked.connect(self.new_requested)

        self._layout_widgets()
        self._connect()

    def _layout_widgets(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.scope, 1)
        top.addWidget(self.sort)
        middle = QHBoxLayout()
        middle.addWidget(self.filter, 2)
        middle.addWidget(self.tag, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(top)
        layout.addLayout(middle)
        layout.addWidget(self.range_bar)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.scope.currentIndexChanged.connect(lambda _i: self.scope_changed.emit())
        self.sort.currentIndexChanged.connect(lambda _i: self._show())
        self.filter.textChanged.connect(lambda _t: self._show())
        self.tag.currentIndexChanged.connect(lambda _i: self._show())
        self.list.itemActivated.connect(self._on_activated)
        self.list.itemClicked.connect(self._on_item)
        delete = QAction("Move to Trash", self.list)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self._trash_current)
        self.list.addAction(delete)
        self.list.customContextMenuRequested.connect(self._menu)

    def current_scope(self) -> NoteScope:
        return NoteScope(self.scope.currentText())

    def set_scope(self, scope: NoteScope) -> None:
        self.scope.setCurrentText(scope.value)

    def set_notes(self, notes: list[Note]) -> None:
        self._notes = notes
        current = self.tag.currentText() if self.tag.currentIndex() > 0 else ""
        tags = sorted({tag for note in notes for tag in note.tags}, key=str.casefold)
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItems(["Any tag", *tags])
        self.tag.setCurrentIndex(tags.index(current) + 1 if current in tags else 0)
        self.tag.blockSignals(False)
        self._show()

    def set_context(self, open_ids: set[int], cursor: tuple[int, int] | None) -> None:
        """The documents open, and the document and ¶ the reader is at, for the narrower scopes."""
        if (open_ids, cursor) != (self._open_ids, self._cursor):
            self._open_ids, self._cursor = open_ids, cursor
            if self.current_scope() in (NoteScope.OPEN, NoteScope.CURSOR):
                self._show()

    def notes(self) -> list[Note]:
        """Every note the panel holds, shown or filtered out."""
        return list(self._notes)

    def visible_ids(self) -> list[int]:
        return [int(self.list.item(row).data(NOTE_ROLE)) for row in range(self.list.count())]

    def select_note(self, note_id: int | None) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(NOTE_ROLE) == note_id:
                self.list.setCurrentItem(item)
                return
        self.list.clearSelection()

    def set_date_range(self, date_range: DateRange | None) -> None:
        """Show only the notes dated within the range (None: all of them)."""
        self._date_range = date_range
        self.range_bar.set_range(date_range)
        self._show()

    def _in_scope(self, note: Note) -> bool:
        if self._date_range is not None and not self._date_range.overlaps(note.date):
            return False
        scope = self.current_scope()
        if scope is NoteScope.OPEN:
            return any(doc_id in self._open_ids for doc_id in note.document_ids)
        if scope is NoteScope.CURSOR:
            if self._cursor is None:
                return False
            doc_id, number = self._cursor
            return any(
                p.document_id == doc_id and p.paragraphs is not None and p.paragraphs.contains(number)
                for p in note.passages
            )
        return True

    def _show(self) -> None:
        selected = self.list.currentItem().data(NOTE_ROLE) if self.list.currentItem() else None
        tag = self.tag.currentText() if self.tag.currentIndex() > 0 else ""
        shown = [n for n in self._notes if self._in_scope(n) and matches(n, self.filter.text(), tag)]
        self.list.clear()
        for note in sorted_notes(shown, SORTS[self.sort.currentText()]):
            item = QListWidgetItem(_describe(note), self.list)
            item.setData(NOTE_ROLE, note.id)
            item.setToolTip(note.body[:600] or note.title)
        self.select_note(selected)
        self.count_label.setText(self._count_text(len(shown)))

    def _count_text(self, shown: int) -> str:
        if self.current_scope() is NoteScope.CURSOR and self._cursor is None:
            return "Click a paragraph to see its notes."
        if not self._notes:
            return "The trash is empty." if self.current_scope() is NoteScope.TRASH else "No notes yet."
        total = len(self._notes)
        if shown == total:
            return "1 note" if total == 1 else f"{total} notes"
        return f"{shown} of 1 note shown" if total == 1 else f"{shown} of {total} notes shown"

    def _on_item(self, item: QListWidgetItem) -> None:
        if self.current_scope() is not NoteScope.TRASH:
            self.note_activated.emit(int(item.data(NOTE_ROLE)))

    def _on_activated(self, item: QListWidgetItem) -> None:
        """Enter or a double-click: open the note, or (in the trash) take it back out."""
        if self.current_scope() is NoteScope.TRASH:
            self.restore_requested.emit(int(item.data(NOTE_ROLE)))
        else:
            self.note_activated.emit(int(item.data(NOTE_ROLE)))

    def _trash_current(self) -> None:
        item = self.list.currentItem()
        if item is not None and self.current_scope() is not NoteScope.TRASH:
            self.trash_requested.emit(int(item.data(NOTE_ROLE)))

    def _menu(self, point: QPoint) -> None:
        item = self.list.itemAt(point)
        if item is None:
            return
        note_id = int(item.data(NOTE_ROLE))
        menu = QMenu(self)
        if self.current_scope() is NoteScope.TRASH:
            menu.addAction("Restore", lambda: self.restore_requested.emit(note_id))
        else:
            menu.addAction("Open", lambda: self.note_activated.emit(note_id))
            menu.addAction("Move to Trash", lambda: self.trash_requested.emit(note_id))
        menu.exec(self.list.viewport().mapToGlobal(point))
