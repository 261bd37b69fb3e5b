"""Markdown: headings (with their level), paragraphs, list items (with their numbers), quotations and code, in
order; inline markup is dropped, its words kept."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from app.domain.text.blocks import Block, BlockKind, labelled
from app.domain.text.paragraphs import normalize_paragraph
from app.services.importers.base import MAX_TEXT_BYTES, Extracted, FileImportError, find_date
from app.services.importers.structure import finish
from app.services.importers.text import check_text, decode_counted


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts)


class _Walker:
    """Follows the open and close tokens, so that each paragraph knows what it stands in."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.quotes = 0
        self.lists: list[str] = []  # 'bullet' or 'ordered', innermost last
        self.label = ""  # the label of the list item just opened, for its first paragraph

    def _add(self, text: str, kind: BlockKind, level: int = 0) -> None:
        text = normalize_paragraph(text)
        if not text:
            return
        if self.lists:
            label, self.label = self.label, ""
            self.blocks.append(
                Block(labelled(label, text), BlockKind.LIST_ITEM, level=len(self.lists) - 1, label=label)
            )
        elif self.quotes:
            self.blocks.append(Block(text, BlockKind.QUOTATION, level=self.quotes - 1))
        else:
            self.blocks.append(Block(text, kind, level=level))

    def walk(self, tokens: list[Token]) -> list[Block]:
        for index, token in enumerate(tokens):
            kind = token.type
            if kind == "blockquote_open":
                self.quotes += 1
            elif kind == "blockquote_close":
                self.quotes -= 1
            elif kind in ("bullet_list_open", "ordered_list_open"):
                self.lists.append(kind.split("_")[0])
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
            elif kind == "list_item_open":
                self.label = f"{token.info}{token.markup}" if self.lists and self.lists[-1] == "ordered" else ""
            elif kind == "heading_open" and index + 1 < len(tokens):
                heading = normalize_paragraph(_inline_text(tokens[index + 1]))
                if heading:
                    self.blocks.append(Block(heading, BlockKind.HEADING, level=int(token.tag[1:])))
            elif kind == "paragraph_open" and index + 1 < len(tokens):
                self._add(_inline_text(tokens[index + 1]), BlockKind.PARAGRAPH)
            elif kind in ("fence", "code_block", "html_block"):
                self._add(token.content, BlockKind.PARAGRAPH)
        return self.blocks


def extract_markdown(data: bytes, encoding: str | None = None, _max_bytes: int = MAX_TEXT_BYTES) -> Extracted:
    decoded = decode_counted(data, encoding)
    check_text(decoded.text)
    tokens = MarkdownIt("commonmark", {"html": False}).parse(decoded.text)
    blocks = _Walker().walk(tokens)
    if not blocks:
        raise FileImportError("the file has no text")
    finished = finish(blocks)
    return Extracted(
        blocks=finished.blocks,
        original_format="text/markdown",
        title=finished.title,
        date_text=finished.date_text or find_date([block.text for block in blocks[:6]]),
        place=finished.place,
        encoding=decoded.encoding,
        replaced=decoded.replaced,
    )
