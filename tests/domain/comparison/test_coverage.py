"""What a comparison says: alike over the stretch that aligns, and what has no counterpart."""

from app.domain.alignment.links import AlignmentLink, ParagraphSpan
from app.domain.comparison.coverage import coverage, different_languages, runs
from app.domain.comparison.word_diff import DiffOptions, diff_pair


def span(first: int, last: int | None = None) -> ParagraphSpan:
    return ParagraphSpan(first, last or first)


def test_paragraph_numbers_become_runs() -> None:
    assert [s.display() for s in runs([7, 1, 2, 3, 3])] == ["¶1–3", "¶7"]
    assert runs([]) == []


def test_a_translation_of_one_section_is_alike_over_that_section() -> None:
    pairs = [(span(n), span(n - 13), 0.92, 100) for n in range(14, 21)]
    found = coverage(pairs, [100] * 20, [100] * 7)
    assert found.headline() == "92% alike over ¶14–20 of A (¶1–7 of B); ¶1–13 of A have no counterpart."
    assert found.related
    lone = coverage([(span(1), span(1), 1.0, 10)], [10, 10], [10])
    assert lone.headline("the Declaration", "the copy") == (
        "100% alike over ¶1 of the Declaration (¶1 of the copy); ¶2 of the Declaration has no counterpart."
    )


def test_texts_that_hardly_align_are_not_related() -> None:
    found = coverage([(span(3), span(2), 0.3, 20)], [200] * 20, [100] * 10)
    assert found.aligned_share == 0.1  # 100 of the shorter text's 1,000 words
    assert not found.related
    assert coverage([], [10], [10]).headline() == "No paragraphs of the two texts align."


def test_languages_differ_only_when_both_are_known() -> None:
    assert different_languages("en", "hu") == ("English", "Hungarian")
    assert different_languages("en", "English") is None
    assert different_languages("", "hu") is None


def test_typographic_apostrophes_quotes_and_dashes_are_no_difference_unless_punctuation_counts() -> None:
    link = AlignmentLink(span(1), span(1))
    straight = ['the people\'s democracies - "co-operation"']
    curly = ["the People’s democracies – “co‐operation”"]
    assert diff_pair(link, straight, curly).edits == []
    counted = diff_pair(link, straight, curly, DiffOptions(ignore_punctuation=False))
    assert counted.edits[0].display() == "~ people's → People’s"
