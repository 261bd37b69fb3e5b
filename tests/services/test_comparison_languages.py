"""Comparing documents: wording within one text, the aligned view across languages, and unrelated texts said so."""

from app.domain.documents import DocumentMetadata
from app.services.library import NewDocument
from app.services.registry import Services
from tests.builders import ENGLISH, HUNGARIAN, RESOLUTION


def _add(services: Services, title: str, paragraphs: list[str] | tuple[str, ...], language: str = "en") -> int:
    return services.library.add_document(NewDocument(DocumentMetadata(title=title, language=language),
                                                     tuple(paragraphs)))  # fmt: skip


def test_a_second_translation_differs_in_wording_not_in_typography(services: Services, declaration: int) -> None:
    curly = [text.replace("'", "’") for text in ENGLISH]
    curly[10] = curly[10].replace("democracies", "republics")
    assert any("’" in text for text in curly)
    copy = _add(services, "Another printing", curly)
    result = services.comparison.differences(declaration, copy)
    assert result.comparable
    assert [edit.display() for pair in result.pairs for edit in pair.edits] == ["~ democracies → republics"]


def test_a_printing_of_one_section_is_alike_over_that_section(services: Services, declaration: int) -> None:
    section = _add(services, "The Hungary section", ENGLISH[13:])
    result = services.comparison.differences(declaration, section)
    assert result.comparable
    assert result.headline() == "100% alike over ¶14–20 of A (¶1–7 of B); ¶1–13 of A have no counterpart."
    assert result.similarity < 0.6  # over both whole texts, as before: not what a reader wants to know


def test_documents_in_two_languages_are_compared_by_their_aligned_paragraphs(
    services: Services, declaration: int
) -> None:
    hungarian = _add(services, "Nyilatkozat", HUNGARIAN, "hu")
    result = services.comparison.differences(declaration, hungarian)
    assert not result.comparable
    assert result.pairs == []
    assert result.headline().startswith("A is in English and B in Hungarian: word differences compare the wording")
    assert len(result.links) == 20  # the aligned view, from a fresh suggestion by length
    assert not result.from_stored_links


def test_unrelated_documents_are_said_to_be_different_texts(services: Services, declaration: int) -> None:
    resolution = _add(services, "Resolution 1004 (ES-II)", RESOLUTION)
    result = services.comparison.differences(declaration, resolution)
    assert (result.comparable, result.pairs) == (False, [])
    assert result.headline().startswith("A and B are not versions of one text: only 0% of the shorter one")
