"""Links between the paragraphs of two documents: made by hand, suggested, accepted, rejected and removed."""

from collections.abc import Sequence

import pytest

from app.domain.alignment.links import AlignmentLink, LinkOrigin, ParagraphSpan
from app.services.alignment import AlignmentError
from app.services.library import DocumentNotFoundError
from app.services.registry import Services
from tests.builders import add_second_translation


def span(text: str) -> ParagraphSpan:
    return ParagraphSpan.parse(text)


@pytest.fixture
def pair(services: Services, declaration: int) -> tuple[int, int]:
    """The Declaration and its second translation, in which ¶4 and ¶5 are printed as one paragraph."""
    return declaration, add_second_translation(services)


def stored(link: AlignmentLink) -> int:
    """The ID of a link the library holds."""
    assert link.id is not None
    return link.id


def shown(links: Sequence[AlignmentLink]) -> list[str]:
    return [f"{link.display()} {link.origin}" for link in links]


def test_links_made_by_hand_are_kept_and_read_from_either_side(services: Services, pair: tuple[int, int]) -> None:
    declaration, copy = pair
    services.alignment.link(copy, span("4"), declaration, span("4-5"))
    services.alignment.link(declaration, span("1"), copy, span("1"))
    services.alignment.link(declaration, span("1"), copy, span("1"))  # twice is once
    assert shown(services.alignment.links(declaration, copy)) == ["¶1 ↔ ¶1 user", "¶4–5 ↔ ¶4 user"]
    assert shown(services.alignment.links(copy, declaration)) == ["¶1 ↔ ¶1 user", "¶4 ↔ ¶4–5 user"]


def test_impossible_links_are_refused_in_one_line(services: Services, pair: tuple[int, int]) -> None:
    declaration, copy = pair
    with pytest.raises(AlignmentError, match="has 20 paragraphs; there is no ¶21"):
        services.alignment.link(declaration, span("21"), copy, span("1"))
    with pytest.raises(AlignmentError, match="itself"):
        services.alignment.link(declaration, span("1"), declaration, span("2"))
    with pytest.raises(DocumentNotFoundError):
        services.alignment.link(declaration, span("1"), 999, span("1"))
    assert services.alignment.links(declaration, copy) == []


def test_suggestions_are_stored_apart_and_can_be_accepted_or_rejected(
    services: Services, pair: tuple[int, int]
) -> None:
    declaration, copy = pair
    result = services.alignment.suggest(declaration, copy)
    assert result.method == "similarity"
    assert result.suggested == 19
    assert "¶4–5 ↔ ¶4 suggested" in shown(result.links)
    first, second = result.links[0], result.links[1]
    assert services.alignment.accept(declaration, copy, [stored(first)]).result == 1
    removed = services.alignment.reject(declaration, copy, [stored(second)]).result
    assert shown(removed) == ["¶2 ↔ ¶2 suggested"]
    links = services.alignment.links(declaration, copy)
    assert shown(links)[:2] == ["¶1 ↔ ¶1 accepted", "¶3 ↔ ¶3 suggested"]
    services.alignment.restore(declaration, copy, removed)  # undo the rejection
    assert "¶2 ↔ ¶2 suggested" in shown(services.alignment.links(declaration, copy))
    assert services.alignment.accept(declaration, copy).result == 18
    assert all(link.origin is LinkOrigin.ACCEPTED for link in services.alignment.links(declaration, copy))


def test_suggesting_again_keeps_the_users_links_and_a_hand_link_edits_a_suggestion(
    services: Services, pair: tuple[int, int]
) -> None:
    declaration, copy = pair
    services.alignment.link(declaration, span("4"), copy, span("4"))  # the user's (partial) reading
    links = services.alignment.suggest(declaration, copy).links
    assert "¶4 ↔ ¶4 user" in shown(links)
    assert not any("¶4–5" in text for text in shown(links))  # no suggestion overlaps the user's link
    assert len(services.alignment.suggest(declaration, copy).links) == len(links)  # replaced, not added
    services.alignment.link(declaration, span("6-7"), copy, span("5-6"))  # overrides ¶6↔¶5 and ¶7↔¶6
    texts = shown(services.alignment.links(declaration, copy))
    assert "¶6–7 ↔ ¶5–6 user" in texts
    assert "¶6 ↔ ¶5 suggested" not in texts
    assert "¶7 ↔ ¶6 suggested" not in texts
    assert "¶8 ↔ ¶7 suggested" in texts


def test_links_go_when_a_document_is_deleted_for_good(services: Services, pair: tuple[int, int]) -> None:
    declaration, copy = pair
    services.alignment.link(declaration, span("1"), copy, span("1"))
    removed = services.alignment.remove(
        declaration, copy, [stored(link) for link in services.alignment.links(declaration, copy)]
    ).result
    assert shown(removed) == ["¶1 ↔ ¶1 user"]
    assert services.alignment.links(copy, declaration) == []
