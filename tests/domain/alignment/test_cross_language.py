"""Suggested links across languages on partial translations, around the user's links, and within one language.

The "Hungarian" is the bundled English Declaration in made-up words (tests/builders.py).
"""

import pytest

from app.domain.alignment.links import AlignmentLink, LinkOrigin, ParagraphSpan
from app.domain.alignment.suggest import AlignmentMethod, choose_method, suggest_alignment
from tests.builders import ENGLISH, HUNGARIAN, LEAD


def pairs(links: list[AlignmentLink]) -> list[tuple[str, str]]:
    return [(link.left.display(), link.right.display()) for link in links]


def test_a_whole_translation_is_paired_paragraph_by_paragraph() -> None:
    links = suggest_alignment(ENGLISH, HUNGARIAN, languages=("en", "hu"))
    assert pairs(links) == [(f"¶{n}", f"¶{n}") for n in range(1, 21)]
    assert {link.origin for link in links} == {LinkOrigin.SUGGESTED}


@pytest.mark.parametrize(
    ("hungarian", "expected"),
    [
        ([LEAD, *HUNGARIAN[13:]], [(f"¶{n}", f"¶{n - 12}") for n in range(14, 21)]),  # the Hungary section
        (HUNGARIAN[:5], [(f"¶{n}", f"¶{n}") for n in range(1, 6)]),  # the opening
        (HUNGARIAN[7:12], [(f"¶{n}", f"¶{n - 7}") for n in range(8, 13)]),  # a stretch in the middle
    ],
)
def test_a_translation_of_part_of_the_text_is_paired_where_it_belongs(
    hungarian: list[str], expected: list[tuple[str, str]]
) -> None:
    assert pairs(suggest_alignment(ENGLISH, hungarian, languages=("en", "hu"))) == expected


def test_a_link_the_user_makes_puts_its_neighbours_right() -> None:
    with_a_hole = [HUNGARIAN[0], HUNGARIAN[1], HUNGARIAN[4], HUNGARIAN[5], HUNGARIAN[6]]  # ¶3–4 not printed
    assert pairs(suggest_alignment(ENGLISH, with_a_hole, languages=("en", "hu"))) == []  # nothing sure enough
    linked = AlignmentLink(ParagraphSpan(5, 5), ParagraphSpan(3, 3))
    around = suggest_alignment(ENGLISH, with_a_hole, languages=("en", "hu"), fixed=[linked])
    assert pairs(around) == [("¶1", "¶1"), ("¶2", "¶2"), ("¶6", "¶4"), ("¶7", "¶5")]


def test_suggestions_never_cross_or_overlap_the_users_links() -> None:
    linked = [AlignmentLink(ParagraphSpan(3, 4), ParagraphSpan(3, 3)), AlignmentLink(ParagraphSpan(10, 10),
              ParagraphSpan(9, 9))]  # fmt: skip
    around = suggest_alignment(ENGLISH, HUNGARIAN, languages=("en", "hu"), fixed=linked)
    for link in around:
        for fixed in linked:
            assert not link.left.overlaps(fixed.left)
            assert not link.right.overlaps(fixed.right)
            assert (link.left.first < fixed.left.first) == (link.right.first < fixed.right.first)
    assert ("¶12", "¶12") in pairs(around)


def test_a_split_paragraph_and_a_dropped_one_are_read_as_such() -> None:
    seventh = HUNGARIAN[6]
    split = [*HUNGARIAN[:6], seventh[: len(seventh) // 2] + ".", seventh[len(seventh) // 2 :], *HUNGARIAN[7:]]
    assert ("¶7", "¶7–8") in pairs(suggest_alignment(ENGLISH, split, languages=("en", "hu")))
    dropped = pairs(suggest_alignment(ENGLISH, HUNGARIAN[:9] + HUNGARIAN[10:], languages=("en", "hu")))
    assert ("¶9", "¶9") in dropped
    assert ("¶11", "¶10") in dropped
    assert all("10" not in left for left, _ in dropped)


def test_within_one_language_a_dropped_paragraph_stays_unpaired() -> None:
    dropped = ENGLISH[:14] + ENGLISH[15:]  # ¶15, a short one, left out of the second version
    found = pairs(suggest_alignment(ENGLISH, dropped))
    assert ("¶14", "¶14") in found
    assert ("¶16", "¶15") in found
    assert all(left != "¶14–15" and "15" not in left for left, _ in found)
    merged = [*ENGLISH[:3], ENGLISH[3] + " " + ENGLISH[4], *ENGLISH[5:]]  # but two paragraphs made one are merged
    assert ("¶4–5", "¶4") in pairs(suggest_alignment(ENGLISH, merged))


def test_the_languages_decide_the_method_when_they_are_known() -> None:
    assert choose_method(ENGLISH, HUNGARIAN, ("en", "hu")) is AlignmentMethod.LENGTH
    assert choose_method(ENGLISH, ENGLISH, ("en", "English")) is AlignmentMethod.SIMILARITY
    assert choose_method(ENGLISH, HUNGARIAN) is AlignmentMethod.LENGTH  # unknown: by the vocabulary shared


def test_unrelated_texts_in_one_language_get_no_suggestion() -> None:
    resolution = [
        "The General Assembly,",
        ("Considering that the United Nations is based on the principle of the sovereign equality of all its Members,"),
        (
            "Calls upon the Government of the Union of Soviet Socialist Republics to desist forthwith from all armed "
            "attack on the people of Hungary and from any form of intervention in the internal affairs of Hungary;"
        ),
    ]
    assert suggest_alignment(ENGLISH, resolution, languages=("en", "en")) == []
