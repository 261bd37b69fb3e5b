"""TEI mixed content is read in order, losing nothing.

A property test builds TEI divisions of nested blocks (paragraphs holding lists and quotations, items holding
lists, quotations holding paragraphs, closers with lines after the signature, tables), inline markup, notes,
page breaks and tails, every text node made of words that occur once in the whole file. Every word outside
the elements Parallax leaves out on purpose must come out exactly once, in document order: the text's in the
blocks, the notes' in the footnotes.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.text.blocks import BlockKind
from app.services.importers.tei import read_tei
from tests.builders import HEADER

LEFT_OUT = {"fw", "del", "figure"}  # running heads, struck-out words, figures: deliberately not the text
WORD = re.compile(r"[^\W_]+\d+")  # the generated words: letters then a serial number


@dataclass
class Node:
    tag: str
    children: list[Node | str] = field(default_factory=list)
    attributes: str = ""

    def xml(self) -> str:
        inner = "".join(child if isinstance(child, str) else child.xml() for child in self.children)
        return (
            f"<{self.tag}{self.attributes}>{inner}</{self.tag}>"
            if inner or self.tag not in ("lb", "pb", "gap")
            else f"<{self.tag}{self.attributes}/>"
        )


class Words:
    """Words that never repeat: a few letters (any script) and a serial number."""

    def __init__(self) -> None:
        self.serial = itertools.count()

    def __call__(self, stem: str) -> str:
        return f"{stem}{next(self.serial)}"


STEMS = st.sampled_from(["word", "Nagy", "szó", "слово", "Wort", "mot", "Ünnep", "déclaration"])


@st.composite
def text_run(draw: st.DrawFn, words: Words) -> str:
    count = draw(st.integers(min_value=1, max_value=3))
    return " " + " ".join(escape(words(draw(STEMS))) for _ in range(count)) + " "


@st.composite
def inline(draw: st.DrawFn, words: Words, depth: int, notes: bool = True) -> list[Node | str]:
    """Running text: words, highlighting and names (nested), line and page breaks, notes, omissions."""
    parts: list[Node | str] = [draw(text_run(words))]
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        choice = draw(st.sampled_from(["hi", "persName", "lb", "pb", "note", "gap", "del", "fw", "quote"]))
        if choice in ("hi", "persName", "quote") and depth < 3:
            parts.append(Node(choice, draw(inline(words, depth + 1, notes))))
        elif choice == "lb":
            parts.append(Node("lb"))
        elif choice == "pb":
            parts.append(Node("pb", attributes=f' n="{draw(st.integers(1, 999))}"'))
        elif choice == "note" and notes:
            parts.append(Node("note", draw(note(words)), attributes=f' n="{draw(st.integers(1, 99))}"'))
        elif choice == "gap":
            parts.append(Node("gap"))
        elif choice in LEFT_OUT:
            parts.append(Node(choice, [draw(text_run(words))]))
        parts.append(draw(text_run(words)))  # the tail
    return parts


@st.composite
def note(draw: st.DrawFn, words: Words) -> list[Node | str]:
    """A note's content: running text, and sometimes paragraphs of its own."""
    if draw(st.booleans()):
        return draw(inline(words, 2, notes=False))
    return [Node("p", draw(inline(words, 2, notes=False))) for _ in range(draw(st.integers(1, 2)))]


@st.composite
def a_list(draw: st.DrawFn, words: Words, depth: int) -> Node:
    children: list[Node | str] = []
    for number in range(draw(st.integers(min_value=1, max_value=3))):
        if draw(st.booleans()):
            children.append(Node("label", [f"{number + 1}."]))
        item: list[Node | str] = draw(inline(words, depth + 1))
        if depth < 2 and draw(st.integers(0, 3)) == 0:
            item += [draw(a_list(words, depth + 1)), draw(text_run(words))]
        elif depth < 2 and draw(st.integers(0, 4)) == 0:
            item = [Node("p", draw(inline(words, depth + 1))), Node("p", draw(inline(words, depth + 1)))]
        children.append(Node("item", item))
    if draw(st.booleans()):
        children.insert(0, Node("head", draw(inline(words, 3, notes=False))))
    return Node("list", children)


@st.composite
def block(draw: st.DrawFn, words: Words, depth: int) -> Node:
    """A block among blocks: a paragraph (holding lists and quotations, with words before and after them), a
    list, a block quotation of paragraphs, a closer, a dateline, a table, an omission, a page break."""
    kind = draw(st.sampled_from(["p", "p", "p", "list", "quote", "closer", "dateline", "table", "gap", "pb", "fw"]))
    if kind == "p":
        parts = draw(inline(words, depth))
        if depth < 2 and draw(st.booleans()):
            inner = draw(a_list(words, depth + 1)) if draw(st.booleans()) else Node(
                "quote", [draw(block(words, depth + 1)) for _ in range(draw(st.integers(1, 2)))],
                ' rend="blockquote"',
            )  # fmt: skip
            parts += [inner, *draw(inline(words, depth))]
        return Node("p", parts)
    if kind == "list" and depth < 2:
        return draw(a_list(words, depth))
    if kind == "quote" and depth < 2:
        return Node("quote", [draw(block(words, depth + 1)) for _ in range(draw(st.integers(1, 3)))])
    if kind == "closer":
        return Node("closer", [Node("signed", draw(inline(words, 3))), Node("lb"), *draw(inline(words, 3))])
    if kind == "dateline":
        return Node("dateline", draw(inline(words, 3, notes=False)))
    if kind == "table":
        return Node("table", [Node("row", [Node("cell", draw(inline(words, 3))) for _ in range(2)])])
    if kind == "gap":
        return Node("gap")
    if kind == "pb":
        return Node("pb", attributes=' n="7"')
    if kind == "fw":
        return Node("fw", [draw(text_run(words))])
    return Node("p", draw(inline(words, depth)))


@st.composite
def division(draw: st.DrawFn) -> Node:
    words = Words()
    head = Node("head", draw(inline(words, 2)))
    blocks = [draw(block(words, 0)) for _ in range(draw(st.integers(min_value=1, max_value=6)))]
    return Node("div", [head, *blocks], ' type="document" n="1"')


def expected_words(node: Node | str, in_note: bool = False) -> tuple[list[str], list[str]]:
    """The words of the text and the words of the notes, in document order, as written."""
    if isinstance(node, str):
        found = WORD.findall(node)
        return ([], found) if in_note else (found, [])
    if node.tag in LEFT_OUT:
        return [], []
    text: list[str] = []
    notes: list[str] = []
    for child in node.children:
        more_text, more_notes = expected_words(child, in_note or node.tag == "note")
        text += more_text
        notes += more_notes
    return text, notes


def tei(div: Node) -> bytes:
    return (f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{HEADER}<text><body>{div.xml()}</body></text></TEI>').encode()


@settings(max_examples=300, deadline=None)
@given(division())
def test_every_word_outside_what_is_left_out_comes_out_once_in_order(div: Node) -> None:
    [document] = read_tei(tei(div)).documents("document")
    text, notes = expected_words(div)
    assert [word for block in document.blocks for word in WORD.findall(block.text)] == text
    assert [word for note in document.footnotes for word in WORD.findall(note.text)] == notes
    numbers = [block.number for block in document.blocks if block.number is not None]
    assert numbers == list(range(1, len(numbers) + 1))  # ¶ numbers run on, only the paragraphs take them
    assert all(block.number is None for block in document.blocks if not block.kind.numbered)
    paragraph_count = len(numbers)
    assert all(note.paragraph is None or 1 <= note.paragraph <= paragraph_count for note in document.footnotes)


FRUS_LIKE = f"""<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0">{HEADER}
<text><body><div type="chapter"><head>Hungary</head>
<pb n="341"/>
<div type="document" n="141" subtype="editorial-note">
  <head>141. Editorial Note</head>
  <p>On October 30 the Soviet Government issued a declaration on its relations with the socialist states.<note
     n="1">Printed in <hi rend="italic">Pravda</hi>, October 31.</note> In respect to Hungary, the Declaration
     reads: <quote rend="blockquote"><p>“The Soviet Government and all the Soviet people deeply regret that the
     development of events in Hungary has led to bloodshed.</p><pb n="342"/><p>“The Soviet Government is ready to
     enter into negotiations.”</p></quote> The Department considered the text the same evening.</p>
  <gap/>
  <p><hi rend="italic">Caution:</hi> In our coverage we should avoid the following: <list>
     <label>1.</label><item>Any direct identification with the insurgents.</item>
     <label>2.</label><item>Promises of <persName>American</persName> help, which cannot be given: <list>
       <label>(a)</label><item>military help;</item><label>(b)</label><item>supplies.</item></list> nor
       anything like them.</item></list> These points were cabled to Vienna.</p>
  <closer><signed><persName><hi rend="strong">Barnes</hi></persName></signed><lb/><hi rend="italic">Counselor of
     Legation</hi></closer>
  <frus:attachment><note rend="inline" type="source"><hi rend="strong">[Attachment]</hi></note>
     <list><item><p>“1. Offer to sell agricultural surpluses.”</p><p>Urgent and continuing.</p></item></list>
  </frus:attachment>
</div></div></body></text></TEI>"""


def test_a_frus_like_document_keeps_the_words_around_its_lists_and_quotations() -> None:
    [document] = read_tei(FRUS_LIKE.encode()).documents("document")
    shown = [(block.kind.value, block.number, block.label, block.text) for block in document.blocks]
    assert shown == [
        ("heading", None, "", "141. Editorial Note"),
        ("paragraph", 1, "", ("On October 30 the Soviet Government issued a declaration on its relations with the "
                             "socialist states. In respect to Hungary, the Declaration reads:")),
        ("quotation", 2, "", ("“The Soviet Government and all the Soviet people deeply regret that the development "
                             "of events in Hungary has led to bloodshed.")),
        ("quotation", 3, "", "“The Soviet Government is ready to enter into negotiations.”"),
        ("paragraph", 4, "", "The Department considered the text the same evening."),
        ("editorial", None, "", "[…]"),
        ("paragraph", 5, "", "Caution: In our coverage we should avoid the following:"),
        ("list item", 6, "1.", "1. Any direct identification with the insurgents."),
        ("list item", 7, "2.", "2. Promises of American help, which cannot be given:"),
        ("list item", 8, "(a)", "(a) military help;"),
        ("list item", 9, "(b)", "(b) supplies."),
        ("list item", 10, "", "nor anything like them."),
        ("paragraph", 11, "", "These points were cabled to Vienna."),
        ("closer", None, "", "Barnes"),
        ("closer", None, "", "Counselor of Legation"),
        ("editorial", None, "", "[Attachment]"),
        ("list item", 12, "", "“1. Offer to sell agricultural surpluses.”"),
        ("list item", 13, "", "Urgent and continuing."),
    ]  # fmt: skip
    assert [block.page for block in document.blocks[2:4]] == ["341", "342"]
    assert [(note.paragraph, note.label, note.text) for note in document.footnotes] == [
        (1, "1", "Printed in Pravda, October 31.")
    ]
    assert [block.level for block in document.blocks if block.kind is BlockKind.LIST_ITEM] == [0, 0, 1, 1, 0, 0, 0]
    assert document.unplaced == 0
