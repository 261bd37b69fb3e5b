"""NoteEditor: the note being written, with the passages it quotes above the text and its links below."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl, Signal, SignalInstance
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.notes.model import Note, NoteRef, Passage
from app.domain.short_titles import automatic_short_title
from app.ui.common.accessibility import describe, describe_field, name_tab_buttons
from app.ui.common.read_only import writes_notes
from app.ui.common.style import DEFAULT_POINT_SIZE, reading_font
from app.ui.common.theme import current_theme, error_color
from app.ui.notes.preview import NotePreview

QUOTE_CHARS = 220
NOTE_POINT_SIZE = DEFAULT_POINT_SIZE * 0.92  # the note's text in the page's serif, a little smaller
PASSAGE_ROLE = Qt.ItemDataRole.UserRole
NOTES_GUIDE = (
    "No note open.\n\n"
    "To start one, select words in a document (drag across them, or press Ctrl+Shift+Down from a paragraph) "
    "and press Ctrl+M. Ctrl+Shift+M adds words from any other document to the same note.\n\n"
    "A note is saved as you type. F1 lists every key."
)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _passage_text(passage: Passage) -> str:
    """The quote, then where it is from: the document's short title (whole), its date and the paragraph."""
    quote = _short(passage.quote, QUOTE_CHARS)
    where = ", ".join(part for part in (automatic_short_title(passage.document_title), passage.document_date) if part)
    if passage.orphaned:
        return f"⚠ Not found in the text as it is now. Was: “{quote}”\n— {where}"
    return f"“{quote}”\n— {where}, {passage.place}"


def _refs_html(label: str, refs: tuple[NoteRef, ...]) -> str:
    links = ", ".join(f'<a href="note:{ref.id}">{escape(ref.title)}</a>' for ref in refs)
    return f"{label}: {links}" if refs else ""


class NoteEditor(QWidget):
    """Shows one note; says `edited` on every change the user makes, never on what `show_note` puts in."""

    edited = Signal()
    passage_activated = Signal(int)  # passage id
    add_passage_requested = Signal()
    reattach_requested = Signal(int)  # passage id
    remove_passage_requested = Signal(int)
    link_requested = Signal()
    history_requested = Signal()
    note_link_activated = Signal(int)  # note id (a picked link or a backlink)
    url_activated = Signal(QUrl)  # a link in the preview
    private_toggled = Signal(bool)  # in a shared library: the note to be seen by its author alone, or by all

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NoteEditor")
        self._note: Note | None = None
        self._filling = False
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("NoteTitle")
        self.title_edit.setPlaceholderText("Title")
        describe_field(self.title_edit, "Note title", "The note's title; [[links]] from other notes use it.")
        title_font = self.title_edit.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        title_font.setBold(True)
        self.title_edit.setFont(title_font)
        self._build_passages()
        self._build_text()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("NoteStatus")
        self.private_box = writes_notes(QCheckBox("Private", self))
        self.private_box.setObjectName("NotePrivate")
        self.private_box.setToolTip("Seen by you alone: the library's server shows it to no other member")
        self.private_box.clicked.connect(self.private_toggled)
        self.author_label = QLabel(self)
        self.author_label.setObjectName("NoteAuthor")
        self._shared = False
        self.empty_hint = QLabel(NOTES_GUIDE, self)
        self.empty_hint.setObjectName("NotesGuide")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setEnabled(False)
        self._layout_widgets()
        for edit in (self.title_edit, self.tags_edit, self.date_edit):
            edit.textEdited.connect(self._on_edited)
        self.body.textChanged.connect(self._on_edited)
        for field in (self.title_edit, self.tags_edit, self.date_edit, self.body):
            writes_notes(field)  # read-only in a window over a library that cannot be written
        self.show_note(None)

    def _build_passages(self) -> None:
        self.passages = QListWidget(self)
        self.passages.setObjectName("NotePassages")
        self.passages.setWordWrap(True)
        self.passages.setMaximumHeight(220)
        self.passages.setToolTip("Double-click (or Enter) to show the passage in its document")
        describe(self.passages, "Quoted passages", "The passages this note quotes, with their citations; Enter "
                 "shows the one chosen in its document.")  # fmt: skip
        self.passages.itemActivated.connect(lambda item: self.passage_activated.emit(int(item.data(PASSAGE_ROLE))))
        self.passages.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add_button = QPushButton("Add Passage", self)
        self.add_button.setToolTip("Add the passage selected in a document to this note (Ctrl+Shift+M)")
        self.add_button.clicked.connect(self.add_passage_requested)
        self.reattach_button = QPushButton("Re-attach", self)
        self.reattach_button.setToolTip("Put the chosen passage on the words selected in its document")
        self.reattach_button.clicked.connect(lambda: self._emit_for_passage(self.reattach_requested))
        self.remove_button = QPushButton("Remove", self)
        self.remove_button.setToolTip("Take the chosen passage out of this note")
        self.remove_button.clicked.connect(lambda: self._emit_for_passage(self.remove_passage_requested))

    def _build_text(self) -> None:
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setObjectName("NoteTags")
        self.tags_edit.setPlaceholderText("Tags, separated by commas")
        describe_field(self.tags_edit, "Note tags", "The note's tags, separated by commas.")
        self.date_edit = QLineEdit(self)
        self.date_edit.setObjectName("NoteDate")
        self.date_edit.setPlaceholderText("Date on the timeline: 1 Nov 1956")
        describe_field(self.date_edit, "Note date", "A date as you would write it, which puts the note on the "
                       "timeline: 1 Nov 1956.")  # fmt: skip
        self.date_hint = QLabel(self)
        self.date_hint.setObjectName("NoteDateHint")

        self.body = QPlainTextEdit(self)
        self.body.setObjectName("NoteBody")
        self.body.setPlaceholderText("Write the note in Markdown. [[Another note's title]] links to it.")
        self.body.setTabChangesFocus(True)
        self.body.setFont(reading_font(NOTE_POINT_SIZE))
        describe(self.body, "Note text", "The note's text, in Markdown; [[Another note's title]] links to it. It "
                 "is saved as you type.")  # fmt: skip
        self.preview = NotePreview(self)
        self.preview.anchorClicked.connect(self.url_activated)
        self.preview.setFont(reading_font(NOTE_POINT_SIZE))
        describe(self.preview, "Note preview", "The note's text as it reads, with its links.")
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.body, "Write")
        self.pages.addTab(self.preview, "Preview")
        self.pages.currentChanged.connect(self._on_page_changed)
        name_tab_buttons(self.pages.tabBar())

        self.links_label = QLabel(self)
        self.links_label.setObjectName("NoteLinks")
        self.links_label.setWordWrap(True)
        self.links_label.setTextFormat(Qt.TextFormat.RichText)
        self.links_label.linkActivated.connect(lambda href: self.note_link_activated.emit(int(href.partition(":")[2])))
        self.link_button = QPushButton("Link to Note…", self)
        self.link_button.clicked.connect(self.link_requested)
        self.history_button = QPushButton("Earlier Versions…", self)
        self.history_button.clicked.connect(self.history_requested)

    def _layout_widgets(self) -> None:
        passage_buttons = QHBoxLayout()
        for button in (self.add_button, self.reattach_button, self.remove_button):
            passage_buttons.addWidget(button)
        passage_buttons.addStretch(1)
        meta = QHBoxLayout()
        meta.addWidget(self.tags_edit, 3)
        meta.addWidget(self.date_edit, 2)
        meta.addWidget(self.private_box)
        meta.addWidget(self.author_label)
        links = QHBoxLayout()
        links.addWidget(self.link_button)
        links.addWidget(self.history_button)
        links.addStretch(1)
        links.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.empty_hint, 1)
        layout.addWidget(self.title_edit)
        layout.addWidget(self.passages)
        layout.addLayout(passage_buttons)
        layout.addLayout(meta)
        layout.addWidget(self.date_hint)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.links_label)
        layout.addLayout(links)

    # -- what is shown --------------------------------------------------------------------------------
    @property
    def note(self) -> Note | None:
        return self._note

    def set_shared(self, shared: bool) -> None:
        """A shared library's notes have an author and may be private."""
        self._shared = shared
        self.show_details(self._note)

    def show_note(self, note: Note | None) -> None:
        """Show a note as stored (or nothing): the user's own edits start after this."""
        self._note = note
        self._filling = True
        try:
            self.title_edit.setText(note.title if note else "")
            self.title_edit.setCursorPosition(0)
            self.tags_edit.setText(", ".join(note.tags) if note else "")
            self.date_edit.setText(note.date_display if note else "")
            self.date_hint.clear()
            self.body.setPlainText(note.body if note else "")
        finally:
            self._filling = False
        for widget in self._note_widgets():
            widget.setVisible(note is not None)
        self.date_hint.hide()
        self.empty_hint.setVisible(note is None)
        self.show_details(note)
        self.set_status("")
        if self.pages.currentIndex() == 1:
            self.preview.show_markdown(self.body.toPlainText())

    def show_details(self, note: Note | None) -> None:
        """Passages and links as stored now; the text being typed is left alone."""
        if note is not None:
            self._note = note
        selected = self.selected_passage()
        self.passages.clear()
        for passage in note.passages if note else ():
            item = QListWidgetItem(_passage_text(passage), self.passages)
            item.setData(PASSAGE_ROLE, passage.id)
            item.setToolTip(passage.quote[:1000])
            if passage.id == selected:
                self.passages.setCurrentItem(item)
        self.passages.setVisible(bool(note and note.passages))
        self.private_box.setVisible(self._shared and note is not None)
        self.private_box.setChecked(bool(note and note.private))
        self.author_label.setVisible(self._shared and bool(note and note.author))
        self.author_label.setText(f"by {note.author}" if note and note.author else "")
        parts = [_refs_html("Links to", note.links), _refs_html("Linked from", note.backlinks)] if note else []
        self.links_label.setText(" · ".join(part for part in parts if part))
        self._update_buttons()

    def _note_widgets(self) -> list[QWidget]:
        return [
            self.title_edit, self.passages, self.add_button, self.reattach_button, self.remove_button,
            self.tags_edit, self.date_edit, self.date_hint, self.pages, self.links_label, self.link_button,
            self.history_button, self.status_label,
        ]  # fmt: skip

    def selected_passage(self) -> int | None:
        item = self.passages.currentItem()
        return int(item.data(PASSAGE_ROLE)) if item is not None else None

    def _emit_for_passage(self, signal: SignalInstance) -> None:
        passage = self.selected_passage()
        if passage is not None:
            signal.emit(passage)

    def _update_buttons(self) -> None:
        chosen = self.selected_passage() is not None
        self.reattach_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # -- what the user typed --------------------------------------------------------------------------
    def values(self) -> tuple[str, str, str, str]:
        """Title, body, tags and date as typed."""
        return self.title_edit.text(), self.body.toPlainText(), self.tags_edit.text(), self.date_edit.text()

    def replace_body(self, text: str) -> None:
        """Put earlier text back as an edit (so Ctrl+Z in the text takes it out again)."""
        cursor = QTextCursor(self.body.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)

    def set_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {error_color(current_theme())}; font-weight: bold;" if error else "")

    def set_date_hint(self, text: str, *, error: bool = False) -> None:
        self.date_hint.setText(text)
        self.date_hint.setVisible(bool(text))
        self.date_hint.setStyleSheet(f"color: {error_color(current_theme())};" if error else "")

    def focus_text(self) -> None:
        self.pages.setCurrentIndex(0)
        self.body.setFocus()
        self.body.moveCursor(QTextCursor.MoveOperation.End)

    def _on_edited(self, *_args: object) -> None:
        if not self._filling and self._note is not None:
            self.edited.emit()

    def _on_page_changed(self, index: int) -> None:
        if index == 1:
            self.preview.show_markdown(self.body.toPlainText())
