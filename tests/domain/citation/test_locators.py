"""Citations follow the printed source: its page, its own numbering, and Parallax's ¶ only when asked for."""

from datetime import datetime

from app.domain.citation.chicago import note_citation
from app.domain.citation.locators import locator_for, own_numbering
from app.domain.documents import DocumentDetail, DocumentKind, DocumentMetadata, SourceCitation, paragraphs_of_blocks
from app.domain.text.blocks import Block, BlockKind, numbered

NOW = datetime(2026, 12, 3)
RESOLUTION = DocumentMetadata(
    title="Resolution 1004 (ES-II): The Situation in Hungary",
    issuer="United Nations General Assembly",
    date_edtf="1956-11-04",
    place="New York",
    kind=DocumentKind.RESOLUTION,
    source=SourceCitation(publication="Official Records of the General Assembly", pages="2–3"),
)


def _document(metadata: DocumentMetadata, blocks: list[Block]) -> DocumentDetail:
    blocks = numbered(blocks)
    return DocumentDetail(1, metadata, paragraphs_of_blocks(tuple(blocks)), "h", NOW, NOW, blocks=tuple(blocks))


RESOLUTION_TEXT = [
    Block("The General Assembly,", BlockKind.HEADING, "2", level=1),
    Block("Considering that the United Nations is based on the principle of sovereign equality,", page="2"),
    Block("1. Calls upon the Government of the USSR to desist forthwith from all armed attack;",
          BlockKind.LIST_ITEM, "2", label="1."),
    Block("2. Urges the USSR to withdraw all of its forces without delay;", BlockKind.LIST_ITEM, "2", label="2."),
    Block("3. Affirms the right of the Hungarian people to a government freely elected;",
          BlockKind.LIST_ITEM, "3", label="3."),
]  # fmt: skip


def test_a_resolutions_operative_paragraph_is_cited_by_its_own_number_and_page() -> None:
    document = _document(RESOLUTION, RESOLUTION_TEXT)
    assert [p.number for p in document.paragraphs] == [1, 2, 3, 4]  # the heading takes none
    locator = locator_for(document, 4)  # Parallax's ¶4 is the printed operative paragraph 3
    assert locator.display() == "3, op. para. 3"
    assert note_citation(RESOLUTION, locator).plain().endswith("General Assembly, 3, op. para. 3.")
    assert locator_for(document, 2, 3).display() == "2, op. paras. 1–2"


def test_parallax_numbers_are_given_only_when_asked_and_marked_as_parallaxs() -> None:
    document = _document(RESOLUTION, RESOLUTION_TEXT)
    assert "¶" not in locator_for(document, 2).display()
    assert locator_for(document, 2, parallax=True).display() == "2, op. para. 1, ¶2 in Parallax"
    assert locator_for(document, 1, 2, parallax=True).display() == "2, ¶¶1–2 in Parallax"


def test_a_paragraph_whose_page_is_unknown_is_cited_by_the_documents_pages() -> None:
    declaration = DocumentMetadata(
        title="Declaration by the Soviet Government", issuer="Government of the USSR", date_edtf="1956-10-30",
        kind=DocumentKind.DECLARATION,
        source=SourceCitation(publication="Documents on American Foreign Relations, 1956", pages="252–255"),
    )  # fmt: skip
    document = _document(declaration, [Block(f"Paragraph {n}.") for n in range(1, 21)])
    locator = locator_for(document, 17)
    assert locator.display() == ""
    assert note_citation(declaration, locator).plain().endswith("1956, 252–55.")  # never '¶17' of Zinner's volume


def test_labels_are_cited_as_printed() -> None:
    item = Block("(a) military help;", BlockKind.LIST_ITEM, label="(a)")
    assert own_numbering(DocumentKind.TELEGRAM, item, item) == "para. (a)"
    assert own_numbering(DocumentKind.TELEGRAM, Block("Plain."), None) == ""
    assert own_numbering(DocumentKind.MINUTES, Block("A. First", label="A."), None) == "para. A"
