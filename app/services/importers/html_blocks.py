"""An HTML tree read into blocks in document order, in one pass that no depth of nesting can slow down.

Text is gathered into the nearest block (a paragraph, a heading, a list item, a table cell); text that sits
directly in a container between its blocks becomes a paragraph of its own, so nothing is dropped. Headings keep
their level, list items their number ('3.', 'b)'), quotations their depth, table rows their cells joined by ' | '.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from app.domain.text.blocks import Block, BlockKind, labelled
from app.domain.text.paragraphs import normalize_paragraph

# Never the text of a page: scripts, styles, controls, embedded objects, the head.
DROPPED = frozenset({"script", "style", "noscript", "template", "iframe", "svg", "math", "object", "embed", "head",
                     "button", "select", "option", "textarea", "input", "canvas", "map", "audio", "video", "title",
                     "meta", "link", "base", "source", "track", "datalist"})  # fmt: skip
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements whose text is one block each.
LEAVES = HEADINGS | {"p", "li", "dt", "dd", "pre", "figcaption", "caption", "address", "summary", "legend", "td",
                     "th", "blockquote"}  # fmt: skip
# Elements that hold blocks; text directly inside them is a paragraph of its own.
CONTAINERS = frozenset({"html", "body", "div", "section", "article", "main", "header", "footer", "nav", "aside",
                        "center", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "figure", "form",
                        "details", "fieldset", "menu", "hgroup", "dialog", "search", "frameset",
                        "noframes"})  # fmt: skip
INLINE = frozenset({"a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em",
                    "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "rb", "rp", "rt", "rtc", "ruby",
                    "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
                    "output", "meter", "progress", "blink", "marquee"})  # fmt: skip
BLOCK_LIKE = LEAVES | CONTAINERS | {"hr", "br"}


def local(tag: object) -> str:
    # Split by hand: etree.QName raises ValueError on the odd names the forgiving HTML parser lets through ('a,').
    return tag.rpartition("}")[2].lower() if isinstance(tag, str) else ""


def _roman(number: int) -> str:
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                           (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):  # fmt: skip
        while number >= value:
            out, number = out + letters, number - value
    return out


def list_label(kind: str, number: int) -> str:
    """An ordered list's label for item `number` in the style of `type` ('1', 'a', 'A', 'i', 'I')."""
    if kind in ("a", "A") and 1 <= number <= 26:
        letter = chr(ord("a") + number - 1)
        return f"{letter.upper() if kind == 'A' else letter}."
    if kind in ("i", "I") and number >= 1:
        return f"{_roman(number).upper() if kind == 'I' else _roman(number)}."
    return f"{number}."


@dataclass
class _Frame:
    """A block being gathered: what it will be, and the text gathered so far."""

    element: etree._Element
    kind: BlockKind
    level: int = 0
    label: str = ""
    parts: list[str] = field(default_factory=list)
    cells: list[str] | None = None  # a table row: its cells
    unknown: bool = False  # gathered in markup Parallax does not know


@dataclass
class HtmlBlocks:
    blocks: list[Block] = field(default_factory=list)
    unplaced: int = 0  # blocks made of text in elements Parallax does not know
    links: list[float] = field(default_factory=list)  # for each block, the share of its text inside links


def _is_row_of_cells(row: etree._Element) -> bool:
    """A table row of plain cells (data), not a layout table whose cells hold the page's paragraphs."""
    for cell in row:
        if local(cell.tag) in ("td", "th"):
            for inner in cell.iter():
                if inner is not cell and local(inner.tag) in (LEAVES | CONTAINERS) - {"td", "th"}:
                    return False
    return True


class _Reader:
    """Walks the tree once, gathering text into frames (the blocks being made) and emitting blocks in order."""

    def __init__(self, root: etree._Element) -> None:
        self.out = HtmlBlocks()
        self.frames: list[_Frame] = [_Frame(root, BlockKind.PARAGRAPH)]
        self.quotes = 0
        self.lists: list[tuple[str, list[int], bool]] = []  # (type, [next number], ordered) for each open list
        self.linked = 0  # characters of the block being gathered that are inside links
        self.in_link = 0

    def text(self, text: str | None) -> None:
        if text:
            self.frames[-1].parts.append(text)
            if self.in_link:
                self.linked += len(text.strip())

    def flush(self) -> None:
        """End what the innermost block has gathered so far (the text before a block inside it, or a <br><br>)."""
        frame = self.frames[-1]
        if frame.cells is None:
            self._emit(frame, "".join(frame.parts))
            frame.parts.clear()

    def _emit(self, frame: _Frame, raw: str) -> None:
        text = normalize_paragraph(raw)
        linked, self.linked = self.linked, 0
        if not text:
            return
        label = frame.label
        if frame.kind is BlockKind.LIST_ITEM:
            text = labelled(label, text)
            frame.label = ""  # an item's label goes with its first block only
        self.out.blocks.append(Block(text, frame.kind, level=frame.level, label=label))
        self.out.links.append(min(1.0, linked / len(text)))
        self.out.unplaced += frame.unknown

    def _frame_for(self, element: etree._Element, tag: str, unknown: bool) -> _Frame:
        parent = self.frames[-1]
        if tag in HEADINGS:
            return _Frame(element, BlockKind.HEADING, level=int(tag[1]))
        if tag == "li" and self.lists:
            kind, counter, ordered = self.lists[-1]
            label = ""
            if ordered:
                value = (element.get("value") or "").strip()
                number = int(value) if value.isdigit() else counter[0]
                label, counter[0] = list_label(kind, number), number + 1
            return _Frame(element, BlockKind.LIST_ITEM, level=len(self.lists) - 1, label=label)
        if tag == "tr":
            return _Frame(element, BlockKind.TABLE_ROW, cells=[])
        if parent.kind is BlockKind.LIST_ITEM:
            label, parent.label = parent.label, ""
            return _Frame(element, BlockKind.LIST_ITEM, level=parent.level, label=label)
        if self.quotes:
            return _Frame(element, BlockKind.QUOTATION, level=self.quotes - 1)
        if tag == "figcaption":
            return _Frame(element, BlockKind.EDITORIAL)
        return _Frame(element, BlockKind.PARAGRAPH, unknown=unknown)

    def open(self, element: etree._Element, tag: str, unknown: bool) -> None:
        self.flush()
        if tag == "blockquote":
            self.quotes += 1
        if tag in ("ol", "ul", "menu"):
            start = (element.get("start") or "").strip()
            self.lists.append((element.get("type") or "1", [int(start) if start.isdigit() else 1], tag == "ol"))
        self.frames.append(self._frame_for(element, tag, unknown))

    def close(self, tag: str) -> None:
        frame = self.frames.pop()
        if frame.cells is not None:
            self._emit(frame, " | ".join(cell for cell in frame.cells if cell))
        else:
            self._emit(frame, "".join(frame.parts))
        if tag == "blockquote":
            self.quotes -= 1
        if tag in ("ol", "ul", "menu") and self.lists:
            self.lists.pop()

    def cell(self, element: etree._Element) -> None:
        """A cell of a row of data: its words, whole, as one of the row's cells."""
        cells = self.frames[-1].cells
        if cells is not None:
            cells.append(normalize_paragraph("".join(_texts(element))))
            self.linked += sum(len("".join(_texts(link)).strip()) for link in element.iter("a"))

    def line_break(self, element: etree._Element) -> None:
        """<br> is a space; two in a row end a paragraph (older pages have no <p>)."""
        following = element.getnext()
        if self.frames[-1].kind is BlockKind.HEADING:
            self.flush()  # a heading's lines ('Report to the American People<br>October 31, 1956') are lines
        elif following is not None and local(following.tag) == "br" and not (element.tail or "").strip():
            self.flush()
        else:
            self.text(" ")


def _texts(element: etree._Element) -> Iterator[str]:
    """The words of an element and everything in it, in order, without what is never text."""
    skipped: set[etree._Element] = set()
    for node in element.iter():
        parent = node.getparent()
        if node is not element and (local(node.tag) in DROPPED or parent in skipped):
            skipped.add(node)
            if node.tail and parent not in skipped:
                yield node.tail
            continue
        if node.text and isinstance(node.tag, str):
            yield node.text
        if node is not element and node.tail:
            yield node.tail


def read_blocks(root: etree._Element) -> HtmlBlocks:
    """The blocks of `root` in document order (see the module's description)."""
    reader = _Reader(root)
    reader.text(root.text)
    # An explicit stack of (element, entering) instead of recursion: any depth, every element seen twice at most.
    stack: list[tuple[etree._Element, bool]] = [(child, True) for child in reversed(root)]
    blocks_at: list[bool] = []  # for each element open on the stack: did it open a block?
    while stack:
        element, entering = stack.pop()
        tag = local(element.tag)
        if not entering:
            if blocks_at.pop():
                reader.close(tag)
            elif tag == "a":
                reader.in_link -= 1
            reader.text(element.tail)
            continue
        if not tag or tag in DROPPED:  # comments and processing instructions have no tag name
            reader.text(element.tail)
            continue
        if tag in ("br", "hr"):
            reader.line_break(element) if tag == "br" else reader.flush()
            reader.text(element.tail)
            continue
        if tag in ("td", "th") and reader.frames[-1].cells is not None:
            reader.cell(element)
            reader.text(element.tail)
            continue
        if tag == "tr" and not _is_row_of_cells(element):
            tag = "div"  # a table used for layout: its cells hold the page's own blocks
        known = tag in BLOCK_LIKE or tag in INLINE
        at_block_level = reader.frames[-1].kind is not BlockKind.TABLE_ROW and local(
            reader.frames[-1].element.tag
        ) in CONTAINERS | {"html"}
        opens = tag in BLOCK_LIKE or (not known and at_block_level)
        if opens:
            reader.open(element, tag, unknown=not known)
        elif tag == "a":
            reader.in_link += 1
        blocks_at.append(opens)
        reader.text(element.text)
        stack.append((element, False))
        stack.extend((child, True) for child in reversed(element))
    while len(reader.frames) > 1:
        reader.close("")
    reader.flush()
    return reader.out
