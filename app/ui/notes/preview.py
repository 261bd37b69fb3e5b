"""A note's Markdown shown as a page: no raw HTML, nothing loaded from disk or network, links handled by us.

A [[title]] link to a note that exists reads as a link; one to a note that does not exist yet is set in the
error colour with "(new note)" after it, and following it offers to make that note."""

from __future__ import annotations

import re
from collections.abc import Collection
from urllib.parse import quote, unquote

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.domain.notes.markdown import markdown_html
from app.ui.common.theme import current_theme, error_color

NOTE_SCHEME = "parallax-note"
NEW_NOTE_SCHEME = "parallax-new-note"  # a [[title]] no note has yet
_MISSING = re.compile(rf'<a href="({NEW_NOTE_SCHEME}:[^"]*)">(.*?)</a>', re.DOTALL)


def note_html(body: str, known: Collection[str] | None = None) -> str:
    """The note as HTML; `known`: the titles of the notes there are (casefolded), None to take every link as
    leading somewhere."""

    def target(title: str) -> str:
        missing = known is not None and title.casefold() not in known
        return f"{NEW_NOTE_SCHEME if missing else NOTE_SCHEME}:{quote(title)}"

    html = markdown_html(body, target)
    color = error_color(current_theme())
    return _MISSING.sub(
        lambda m: f'<a href="{m[1]}" style="color:{color}">{m[2]}</a><span style="color:{color}"> (new note)</span>',
        html,
    )


def _title_in(url: QUrl, scheme: str) -> str | None:
    if url.scheme() != scheme:
        return None
    return unquote(url.toString(QUrl.ComponentFormattingOption.FullyEncoded).partition(":")[2])


def linked_title(url: QUrl) -> str | None:
    """The note title a [[title]] link points to, or None for any other link."""
    return _title_in(url, NOTE_SCHEME)


def missing_title(url: QUrl) -> str | None:
    """The title of a [[title]] link to a note that does not exist yet, or None for any other link."""
    return _title_in(url, NEW_NOTE_SCHEME)


class NotePreview(QTextBrowser):
    """Rendered Markdown; clicking a link only emits `anchorClicked`, and no resource (image, style) is fetched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NotePreview")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.known_titles: set[str] | None = None  # casefolded; None until the notes are listed

    def show_markdown(self, body: str) -> None:
        self.setHtml(note_html(body, self.known_titles) if body.strip() else "<p><i>Nothing written yet.</i></p>")

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        return None
