"""A note's Markdown shown as a page: no raw HTML, nothing loaded from disk or network, links handled by us."""

from __future__ import annotations

from urllib.parse import quote, unquote

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.domain.notes.markdown import markdown_html

NOTE_SCHEME = "parallax-note"


def note_html(body: str) -> str:
    return markdown_html(body, lambda title: f"{NOTE_SCHEME}:{quote(title)}")


def linked_title(url: QUrl) -> str | None:
    """The note title a [[title]] link points to, or None for any other link."""
    if url.scheme() != NOTE_SCHEME:
        return None
    return unquote(url.toString(QUrl.ComponentFormattingOption.FullyEncoded).partition(":")[2])


class NotePreview(QTextBrowser):
    """Rendered Markdown; clicking a link only emits `anchorClicked`, and no resource (image, style) is fetched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NotePreview")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def show_markdown(self, body: str) -> None:
        self.setHtml(note_html(body) if body.strip() else "<p><i>Nothing written yet.</i></p>")

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        return None
