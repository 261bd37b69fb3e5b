from app.domain.comparison.shared_terms import shared_terms


def test_phrases_both_texts_use_come_first_with_their_counts() -> None:
    left = [
        "The Warsaw Treaty binds the states. Non-interference is the principle of the Warsaw Treaty.",
        "Sovereignty and non-interference; the withdrawal of troops.",
    ]
    right = ["Under the Warsaw Treaty, and in the Warsaw Treaty's spirit, non-interference.", "A withdrawal of troops."]
    terms = shared_terms(left, right)
    texts = [term.text for term in terms]
    assert texts[0] == "Warsaw Treaty"
    assert (terms[0].left_count, terms[0].right_count) == (2, 2)
    assert "Non-interference" in texts or "non-interference" in texts
    assert "withdrawal" in texts
    assert "Warsaw" not in texts  # never apart from "Treaty", so the phrase says it
    assert "the" not in texts  # a function word
    assert "Sovereignty" not in texts  # only one text has it


def test_accents_and_case_do_not_split_a_term_and_empty_texts_share_nothing() -> None:
    terms = shared_terms(["Ünnepélyes nyilatkozat"], ["az unnepelyes NYILATKOZAT"])
    assert sorted(term.text.casefold() for term in terms) == ["nyilatkozat", "ünnepélyes"]
    assert shared_terms([], ["anything at all"]) == []
