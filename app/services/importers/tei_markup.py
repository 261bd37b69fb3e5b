"""What each TEI element is to Parallax: a block of some kind, a container of blocks, running text, a note, or
something deliberately left out (and which of a <choice>'s readings is the text)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.text.blocks import BlockKind

if TYPE_CHECKING:  # lxml is loaded only when a TEI file is read
    from lxml import etree

# Never the reading text: running heads and page furniture, pictures, struck-out words, the header.
SKIPPED = frozenset({"fw", "figure", "facsimile", "del", "teiHeader", "surplus", "metamark"})
# The readings a <choice> does not pick (outside a <choice>, a <sic> or an <abbr> is simply the text).
CHOICE_PREFERRED = ("corr", "reg", "expan")
# Elements that are blocks of text, and the kind of block each makes.
BLOCKS: dict[str, BlockKind] = {
    "p": BlockKind.PARAGRAPH,
    "ab": BlockKind.PARAGRAPH,
    "head": BlockKind.HEADING,
    "item": BlockKind.LIST_ITEM,
    "dateline": BlockKind.DATELINE,
    "docDate": BlockKind.DATELINE,
    "closer": BlockKind.CLOSER,
    "signed": BlockKind.CLOSER,
    "salute": BlockKind.PARAGRAPH,
    "byline": BlockKind.PARAGRAPH,
    "argument": BlockKind.PARAGRAPH,
    "epigraph": BlockKind.QUOTATION,
    "trailer": BlockKind.EDITORIAL,
    "row": BlockKind.TABLE_ROW,
    "lg": BlockKind.PARAGRAPH,  # a stanza, its lines joined by ' / '
    "docTitle": BlockKind.HEADING,
    "titlePart": BlockKind.HEADING,
    "docAuthor": BlockKind.PARAGRAPH,
    "docImprint": BlockKind.EDITORIAL,
}
# Elements that hold blocks; text written directly in them is a paragraph of its own.
CONTAINERS = frozenset({"text", "body", "front", "back", "group", "div", "div1", "div2", "div3", "div4", "div5",
                        "div6", "div7", "list", "listBibl", "table", "opener", "postscript", "floatingText",
                        "titlePage", "sp", "spGrp", "castList", "attachment"})  # fmt: skip
# Running text: its words belong to the block around it.
INLINE = frozenset({"hi", "emph", "persName", "placeName", "geogName", "orgName", "name", "rs", "date", "time",
                    "term", "foreign", "title", "gloss", "ref", "ptr", "seg", "num", "measure", "abbr", "expan",
                    "sic", "corr", "orig", "reg", "add", "unclear", "supplied", "damage", "q", "said", "mentioned",
                    "soCalled", "distinct", "c", "w", "pc", "s", "phr", "cl", "idno", "roleName", "forename",
                    "surname", "addName", "genName", "nameLink", "settlement", "country", "region", "district",
                    "bloc", "street", "address", "addrLine", "affiliation", "email", "bibl", "biblScope", "author",
                    "editor", "publisher", "pubPlace", "cit", "speaker", "stage", "unit", "quote", "l", "cell",
                    "handShift", "space", "anchor", "milestone", "index", "span", "interp"})  # fmt: skip
BREAKS = frozenset({"lb", "cb", "pb"})
BLOCK_CHILDREN = frozenset(BLOCKS) | CONTAINERS | {"quote", "gap", "label", "note"}


def local_name(element: etree._Element) -> str:
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def holds_blocks(element: etree._Element) -> bool:
    """Whether an element has blocks among its children (a <quote> with paragraphs, a <p> with a <list>)."""
    return any(local_name(child) in BLOCKS or local_name(child) in CONTAINERS or _block_quote(child)
               for child in element)  # fmt: skip


def _block_quote(element: etree._Element) -> bool:
    return local_name(element) == "quote" and (
        "block" in (element.get("rend") or "") or any(local_name(child) in BLOCKS for child in element)
    )


def is_block_quote(element: etree._Element, parent_is_container: bool) -> bool:
    """A quotation set as a block (its own paragraphs, or set apart), not a few words quoted in a sentence."""
    return _block_quote(element) or (parent_is_container and local_name(element) == "quote")


def chosen_reading(choice: etree._Element) -> etree._Element | None:
    """The corrected, regularised or expanded reading of a <choice> where there is one, else its first."""
    readings = [child for child in choice if local_name(child)]
    for wanted in CHOICE_PREFERRED:
        for reading in readings:
            if local_name(reading) == wanted:
                return reading
    return readings[0] if readings else None
