from app.domain.alignment.links import AlignmentLink, ParagraphSpan
from app.domain.comparison.word_diff import Change, ChangedRange, DiffOptions, diff_pair, overall_similarity, word_count

ONE_TO_ONE = AlignmentLink(ParagraphSpan(3, 3), ParagraphSpan(7, 7))


def test_insertions_deletions_and_substitutions_are_marked_on_the_side_they_belong_to() -> None:
    left = ["The Soviet Government is ready to withdraw its troops."]
    right = ["The Soviet Government is prepared to withdraw all its troops."]
    result = diff_pair(ONE_TO_ONE, left, right)
    assert result.left == [ChangedRange(3, 25, 30, Change.CHANGED)]
    assert left[0][25:30] == "ready"
    assert result.right == [ChangedRange(7, 25, 33, Change.CHANGED), ChangedRange(7, 46, 49, Change.ONLY_HERE)]
    assert (right[0][25:33], right[0][46:49]) == ("prepared", "all")
    assert [edit.display() for edit in result.edits] == ["~ ready → prepared", "+ all"]
    assert 0.7 < result.similarity < 0.9


def test_case_and_punctuation_can_be_ignored_or_counted() -> None:
    left, right = ["Non-interference, Sovereignty."], ["non-interference sovereignty"]
    assert diff_pair(ONE_TO_ONE, left, right).edits == []
    strict = diff_pair(ONE_TO_ONE, left, right, DiffOptions(ignore_case=False, ignore_punctuation=False))
    assert [edit.display() for edit in strict.edits] == [
        "~ Non-interference , Sovereignty . → non-interference sovereignty"
    ]


def test_a_run_of_paragraphs_is_compared_as_one_text_and_marked_per_paragraph() -> None:
    link = AlignmentLink(ParagraphSpan(4, 5), ParagraphSpan(4, 4))
    result = diff_pair(link, ["First part.", "Second part."], ["First part. Second part, amended."])
    assert result.left == []
    assert result.right == [ChangedRange(4, 25, 32, Change.ONLY_HERE)]
    assert result.similarity == 0.8


def test_similarity_counts_unaligned_words_as_different() -> None:
    same = diff_pair(ONE_TO_ONE, ["a b c d"], ["a b c d"])
    assert overall_similarity([same]) == 1.0
    assert overall_similarity([same], unaligned_words=word_count(["w x y z", "v u t s"])) == 0.5
    assert overall_similarity([]) == 1.0


def test_neighbouring_edits_read_as_one_change() -> None:
    result = diff_pair(ONE_TO_ONE, ["ready to withdraw its troops"], ["ready to pull out its troops"])
    assert [edit.display() for edit in result.edits] == ["~ withdraw → pull out"]
