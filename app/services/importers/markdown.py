"""Markdown: headings, paragraphs, list items and quotes become paragraphs; markup is dropped."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from app.domain.text.paragraphs import normalize_paragraph
from app.services.importers.base import Extracted, FileImportError, find_date
from app.services.importers.text import check_text, decode

_BLOCK_OPEN = {"paragraph_open", "heading_open"}


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts)


def extract_markdown(data: bytes, encoding: str | None = None) -> Extracted:
    text, used = decode(data, encoding)
    check_text(text)
    tokens = MarkdownIt("commonmark", {"html": False}).parse(text)
    paragraphs: list[str] = []
    title = ""
    for index, token in enumerate(tokens):
        if token.type in _BLOCK_OPEN and index + 1 < len(tokens):
            content = normalize_paragraph(_inline_text(tokens[index + 1]))
            if not content:
                continue
            if token.type == "heading_open" and token.tag == "h1" and not title:
                title = content
                continue
            paragraphs.append(content)
        elif token.type in ("fence", "code_block"):
            content = normalize_paragraph(token.content)
            if content:
                paragraphs.append(content)
    if not paragraphs:
        raise FileImportError("the file has no text")
    return Extracted(
        paragraphs=tuple(paragraphs),
        original_format="text/markdown",
        title=title,
        date_text=find_date(paragraphs),
        encoding=used,
    )
