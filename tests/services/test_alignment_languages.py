"""Suggesting links between a document and its translation: what is said is what is stored, around the user's links."""

from app.domain.alignment.links import LinkOrigin, ParagraphSpan
from app.domain.documents import DocumentMetadata
from app.services.library import NewDocument
from app.services.registry import Services
from tests.builders import HUNGARIAN, LEAD, RESOLUTION


def _add(services: Services, title: str, paragraphs: list[str] | tuple[str, ...], language: str) -> int:
    return services.library.add_document(NewDocument(DocumentMetadata(title=title, language=language),
                                                     tuple(paragraphs)))  # fmt: skip


def shown(services: Services, left: int, right: int) -> list[tuple[str, str, str]]:
    return [(link.left.display(), link.right.display(), link.origin.value)
            for link in services.alignment.links(left, right)]  # fmt: skip


def test_a_partial_translation_is_suggested_by_its_languages(services: Services, declaration: int) -> None:
    section = _add(services, "A magyarországi események", [LEAD, *HUNGARIAN[13:]], "hu")
    result = services.alignment.suggest(declaration, section)
    assert result.method.value == "length"
    assert shown(services, declaration, section) == [(f"¶{n}", f"¶{n - 12}", "suggested") for n in range(14, 21)]
    assert result.summary() == "Suggested 7 links by paragraph length and anchors (dashed)."


def test_unrelated_documents_are_told_that_nothing_was_suggested(services: Services, declaration: int) -> None:
    resolution = _add(services, "Resolution 1004 (ES-II)", RESOLUTION, "en")
    result = services.alignment.suggest(declaration, resolution)
    assert (result.suggested, result.links, shown(services, declaration, resolution)) == (0, [], [])
    assert result.summary().startswith("No links suggested: no paragraphs of the two texts answer each other")


def test_suggesting_again_aligns_the_rest_around_the_users_link(services: Services, declaration: int) -> None:
    with_a_hole = _add(services, "Röplap", [HUNGARIAN[0], HUNGARIAN[1], HUNGARIAN[4], HUNGARIAN[5], HUNGARIAN[6]],
                       "hu")  # fmt: skip
    assert services.alignment.suggest(declaration, with_a_hole).suggested == 0  # not sure of anything
    services.alignment.link(declaration, ParagraphSpan(5, 5), with_a_hole, ParagraphSpan(3, 3))
    result = services.alignment.suggest(declaration, with_a_hole)
    assert shown(services, declaration, with_a_hole) == [
        ("¶1", "¶1", "suggested"), ("¶2", "¶2", "suggested"), ("¶5", "¶3", "user"), ("¶6", "¶4", "suggested"),
        ("¶7", "¶5", "suggested"),
    ]  # fmt: skip
    assert result.summary() == "Suggested 4 links by paragraph length and anchors around the 1 link you made (dashed)."


def test_an_accepted_suggestion_holds_like_a_link_made_by_hand(services: Services, declaration: int) -> None:
    whole = _add(services, "Nyilatkozat", HUNGARIAN, "hu")
    services.alignment.suggest(declaration, whole)
    [seventeenth] = [link for link in services.alignment.links(declaration, whole) if link.left.first == 17]
    assert seventeenth.id is not None
    services.alignment.accept(declaration, whole, [seventeenth.id])
    result = services.alignment.suggest(declaration, whole)
    origins = {link.left.first: link.origin for link in result.links}
    assert origins[17] is LinkOrigin.ACCEPTED
    assert len(result.links) == 20
    assert result.kept == 1
