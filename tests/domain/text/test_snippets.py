"""Snippets around the words a search matched."""

from app.domain.text.snippets import marked_ranges, snippet, words_in_ranges

TEXT = " ".join(f"w{number}" for number in range(40))


def test_the_window_starts_just_before_the_first_best_stretch_of_marks() -> None:
    shown = snippet(TEXT, {20, 22}, "[", "]", size=6)
    assert shown == "…w18 w19 [w20] w21 [w22] w23…"


def test_a_short_text_is_shown_whole_with_its_marks() -> None:
    assert snippet("A Varsói Szerződést írták alá.", {2}, "[", "]") == "A Varsói [Szerződést] írták alá."
    assert snippet("", {0}, "[", "]") == ""
    assert snippet("Nothing marked here", set(), "[", "]") == "Nothing marked here"


def test_marks_near_the_end_keep_the_window_full() -> None:
    assert snippet(TEXT, {39}, "[", "]", size=4) == "…w36 w37 w38 [w39]"


def test_marked_ranges_are_read_back_in_the_unmarked_text() -> None:
    ranges = marked_ranges("a [bc] d [e]", "[", "]")
    assert ranges == [(2, 4), (7, 8)]
    assert words_in_ranges("a bc d e", ranges) == {1, 3}
    assert marked_ranges("unclosed [mark", "[", "]") == []
