"""A note's Markdown shown as a page: no raw HTML, nothing loaded from disk or network, links handled by us."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote, unquote

from markdown_it import MarkdownIt
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.domain.notes import WIKI_LINK

NOTE_SCHEME = "parallax-note"


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


def _wiki_to_markdown(body: str) -> str:
    """[[Title]] and [[Title|shown]] become ordinary links to the note of that title."""

    def link(match: object) -> str:
        whole = match.group(0)  # type: ignore[attr-defined]
        title = match.group(1).strip()  # type: ignore[attr-defined]
        shown = whole[2:-2].split("|", 1)[1].strip() if "|" in whole else title
        return f"[{shown}]({NOTE_SCHEME}:{quote(title)})"

    return WIKI_LINK.sub(link, body)


def note_html(body: str) -> str:
    return str(_markdown().render(_wiki_to_markdown(body)))


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
