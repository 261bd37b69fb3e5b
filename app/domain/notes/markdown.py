"""A note's Markdown as HTML: raw HTML off, and [[title]] links pointing wherever the caller says."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from markdown_it import MarkdownIt

from app.domain.notes.model import WIKI_LINK


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


def _escape_brackets(text: str) -> str:
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def with_wiki_links(body: str, target: Callable[[str], str | None]) -> str:
    """[[Title]] and [[Title|shown]] as ordinary Markdown links to target(title), or as their text where it is None."""

    def link(match: re.Match[str]) -> str:
        whole, title = match.group(0), match.group(1).strip()
        shown = whole[2:-2].split("|", 1)[1].strip() if "|" in whole else title
        address = target(title)
        return f"[{_escape_brackets(shown)}]({address})" if address else _escape_brackets(shown)

    return WIKI_LINK.sub(link, body)


def markdown_html(body: str, target: Callable[[str], str | None]) -> str:
    return str(_markdown().render(with_wiki_links(body, target)))
