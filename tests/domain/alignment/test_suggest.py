from collections.abc import Sequence
from importlib import resources

import pytest

from app.domain.alignment.links import AlignmentLink
from app.domain.alignment.suggest import AlignmentMethod, choose_method, suggest_alignment
from app.domain.errors import Cancelled
from app.domain.text.paragraphs import split_paragraphs


@pytest.fixture(scope="module")
def declaration() -> list[str]:
    text = resources.files("resources.documents").joinpath("declaration-1956-10-30.txt").read_text("utf-8")
    return split_paragraphs(text)


def pairs(links: Sequence[AlignmentLink]) -> list[str]:
    return [link.display() for link in links]


def test_an_edited_copy_aligns_through_merges_splits_insertions_and_omissions(declaration: list[str]) -> None:
    other = list(declaration)
    other[3:5] = [other[3] + " " + other[4]]  # ¶4 and ¶5 printed as one paragraph
    cut = other[8].index(". ") + 1
    other[8:9] = [other[8][:cut], other[8][cut:].strip()]  # ¶10 printed as two
    other.insert(5, "An editorial aside about the printing of this text, found only in this copy.")
    del other[17]  # one paragraph missing (the left's ¶17)
    links = pairs(suggest_alignment(declaration, other))
    assert links[:3] == ["¶1 ↔ ¶1", "¶2 ↔ ¶2", "¶3 ↔ ¶3"]
    assert "¶4–5 ↔ ¶4" in links  # merge
    assert "¶6 ↔ ¶5" in links  # the aside (¶6 on the right) is left unmatched
    assert "¶7 ↔ ¶7" in links
    assert "¶10 ↔ ¶10–11" in links  # split
    assert not any(link.startswith("¶17 ") for link in links)  # omitted on the right
    assert links[-1] == "¶20 ↔ ¶20"
    assert all(link.origin == "suggested" for link in suggest_alignment(declaration, other))


def test_light_rewording_still_aligns_one_to_one(declaration: list[str]) -> None:
    reworded = [p.replace("Soviet", "USSR").replace("socialist", "Socialist").replace("the ", "") for p in declaration]
    assert pairs(suggest_alignment(declaration, reworded)) == [f"¶{i} ↔ ¶{i}" for i in range(1, 21)]


def test_different_languages_are_aligned_by_length_with_numbers_as_anchors() -> None:
    english = [
        "On 23 October 1956 the crowd gathered.",
        "A much longer paragraph " * 12,
        "Short.",
        "In 1955 the treaty.",
    ]
    russian = ["23 октября 1956 года собралась толпа.", "Гораздо более длинный абзац " * 12, "Договор 1955 года."]
    assert choose_method(english, russian) is AlignmentMethod.LENGTH
    links = pairs(suggest_alignment(english, russian))
    # "Short." has no counterpart: it may stand alone or ride with a neighbour, but the rest pair up.
    assert links[0] == "¶1 ↔ ¶1"
    assert links[1] in ("¶2 ↔ ¶2", "¶2–3 ↔ ¶2")
    assert links[-1] in ("¶4 ↔ ¶3", "¶3–4 ↔ ¶3")


def test_texts_in_one_language_are_recognised(declaration: list[str]) -> None:
    assert choose_method(declaration, declaration[2:]) is AlignmentMethod.SIMILARITY


def test_empty_texts_have_nothing_to_suggest_and_progress_can_cancel(declaration: list[str]) -> None:
    assert suggest_alignment([], declaration) == []
    with pytest.raises(Cancelled):
        suggest_alignment(declaration, declaration, progress=lambda _fraction: False)
