"""The page sent to the printer sets the text as the reader does: headings as headings, the dateline small above
the text, and ¶ numbers on the numbered paragraphs only."""

from datetime import datetime

from app.domain.citation.chicago import Citation, Run
from app.domain.documents import DocumentDetail, DocumentMetadata, paragraphs_of_blocks
from app.domain.export.print_html import document_print_html
from app.domain.text.blocks import Block, BlockKind

BLOCKS = (
    Block("Budapest, Radio Free Kossuth, 1 November 1956, 19:50", BlockKind.DATELINE),
    Block("Part one: the events", BlockKind.HEADING, page="12", level=2),
    Block("The government declares the neutrality of Hungary.", number=1),
    Block("1. We appeal to the United Nations.", BlockKind.LIST_ITEM, label="1.", number=2),
    Block("Imre Nagy", BlockKind.CLOSER),
)


def _printed() -> str:
    document = DocumentDetail(
        1,
        DocumentMetadata(title="Declaration of neutrality"),
        paragraphs_of_blocks(BLOCKS),
        "hash",
        datetime(2026, 1, 1),
        datetime(2026, 1, 1),
        blocks=BLOCKS,
    )
    return document_print_html(document, Citation((Run("Declaration of neutrality"),)))


def test_headings_and_the_dateline_are_printed_as_such_without_numbers() -> None:
    page = _printed()
    assert "<h3>Part one: the events</h3>" in page
    assert "<small><i>Budapest, Radio Free Kossuth, 1 November 1956, 19:50</i></small>" in page
    assert "<b>¶1</b>&nbsp;&nbsp;The government declares" in page
    assert "<b>¶2</b>" in page
    assert "<b>¶3</b>" not in page
    assert page.index("[p. 12]") < page.index("Part one")
    assert '<p align="right">Imre Nagy</p>' in page
