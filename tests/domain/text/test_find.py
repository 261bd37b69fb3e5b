from app.domain.text.find import TextMatch, find_all


def test_matches_ignore_case_and_line_spacing_in_reading_order() -> None:
    texts = ["The Warsaw Treaty", "warsaw\ntreaty and the WARSAW  treaty"]
    assert find_all(texts, "warsaw treaty") == [
        TextMatch(0, 4, 17),
        TextMatch(1, 0, 13),
        TextMatch(1, 22, 36),
    ]


def test_special_characters_are_plain_text_and_empty_queries_find_nothing() -> None:
    assert find_all(["a (b) c*", "x"], "(b) c*") == [TextMatch(0, 2, 8)]
    assert find_all(["anything"], "   ") == []
    assert find_all(["aaaa"], "a", limit=3) == [TextMatch(0, 0, 1), TextMatch(0, 1, 2), TextMatch(0, 2, 3)]


def test_accents_and_case_are_ignored_in_latin_and_cyrillic_alike() -> None:
    texts = ["Ünnepélyes nyilatkozat", "Советское правительство", "Łódź"]
    assert find_all(texts, "unnepelyes") == [TextMatch(0, 0, 10)]
    assert find_all(texts, "ПРАВИТЕЛЬСТВО") == [TextMatch(1, 10, 23)]
    assert find_all(texts, "lodz") == [TextMatch(2, 0, 4)]
