import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.notes.anchors import (
    CONTEXT_CHARS,
    AmbiguousQuoteError,
    AnchorState,
    InvalidAnchorError,
    PassageAnchor,
    QuoteNotFoundError,
    document_text,
    find_quote,
    paragraph_starts,
    paragraphs_of,
)

PARAGRAPHS = [
    (
        "The Soviet government has given its military command instructions to withdraw the Soviet military units "
        "from the city of Budapest as soon as this is considered necessary by the Hungarian government."
    ),
    "At the same time, the Soviet government is prepared to enter into the appropriate negotiations.",
    "To guard the socialist achievements of people's-democratic Hungary is the chief and sacred duty.",
]
TEXT = document_text(PARAGRAPHS)
QUOTE = "withdraw the Soviet military units from the city of Budapest"


def anchor_of(text: str, quote: str) -> PassageAnchor:
    start = text.index(quote)
    return PassageAnchor.from_text(text, start, start + len(quote))


def test_an_anchor_keeps_its_quote_and_some_context() -> None:
    anchor = anchor_of(TEXT, QUOTE)
    assert anchor.quote == QUOTE
    assert len(anchor.prefix) == CONTEXT_CHARS
    assert TEXT[anchor.start - CONTEXT_CHARS : anchor.start] == anchor.prefix
    assert anchor.suffix == TEXT[anchor.end : anchor.end + CONTEXT_CHARS]


def test_whitespace_round_a_selection_is_not_quoted_and_an_empty_one_is_refused() -> None:
    start = TEXT.index("At the same")
    anchor = PassageAnchor.from_text(TEXT, start - 2, start + 6)
    assert anchor.quote == "At the"
    with pytest.raises(InvalidAnchorError, match="select some words"):
        PassageAnchor.from_text(TEXT, start - 2, start)


def test_paragraphs_of_a_passage_are_counted_from_one() -> None:
    starts = paragraph_starts(PARAGRAPHS)
    anchor = anchor_of(TEXT, QUOTE)
    assert paragraphs_of(starts, anchor.start, anchor.end).display() == "¶1"
    across = anchor_of(TEXT, "Hungarian government.\n\nAt the same time")
    assert paragraphs_of(starts, across.start, across.end).display() == "¶1–2"
    last = anchor_of(TEXT, "sacred duty.")
    assert paragraphs_of(starts, last.start, last.end).display() == "¶3"


def test_an_unchanged_text_keeps_the_anchor_where_it_was() -> None:
    anchor = anchor_of(TEXT, QUOTE)
    assert anchor.located(TEXT) == (anchor, AnchorState.PLACED)


def test_text_inserted_before_moves_the_anchor_with_its_words() -> None:
    anchor = anchor_of(TEXT, QUOTE)
    changed = document_text(["A new first paragraph, inserted by a corrected import.", *PARAGRAPHS])
    placed, state = anchor.located(changed)
    assert state is AnchorState.MOVED
    assert changed[placed.start : placed.end] == QUOTE


def test_of_two_equal_quotes_the_one_in_the_same_context_is_chosen() -> None:
    text = document_text(["the Soviet government agreed.", "Later, in Moscow, the Soviet government declared."])
    anchor = anchor_of(text, "Later, in Moscow, the Soviet government")
    second = PassageAnchor(anchor.start + 18, anchor.end, "the Soviet government", "Later, in Moscow, ", " declared.")
    changed = "Preface. " + text
    placed, state = second.located(changed)
    assert state is AnchorState.MOVED
    assert changed[placed.start - 18 : placed.start] == "Later, in Moscow, "


def test_a_reworded_quote_is_still_found_approximately() -> None:
    anchor = anchor_of(TEXT, QUOTE)
    edited = TEXT.replace("withdraw the Soviet military units", "withdraw Soviet military units")
    placed, state = anchor.located(edited)
    assert state is AnchorState.MOVED
    assert "Soviet military units from the city of Budapest" in edited[placed.start : placed.end]
    assert edited[placed.start].isalpha()
    assert not edited[placed.start - 1].isalpha()


def test_a_passage_whose_words_are_gone_is_orphaned_with_its_old_quote() -> None:
    anchor = anchor_of(TEXT, QUOTE)
    rewritten = TEXT.replace(PARAGRAPHS[0], "This paragraph was replaced by a different text altogether.")
    placed, state = anchor.located(rewritten)
    assert state is AnchorState.ORPHANED
    assert placed.quote == QUOTE


@given(st.text(max_size=200), st.integers(0, 250), st.integers(0, 250))
def test_locating_any_anchor_in_any_text_never_raises(text: str, start: int, length: int) -> None:
    anchor = anchor_of(TEXT, QUOTE)
    placed, state = anchor.located(text)
    if state is not AnchorState.ORPHANED:
        assert 0 <= placed.start < placed.end <= len(text)
    with contextlib.suppress(InvalidAnchorError):
        PassageAnchor.from_text(text, start, start + length)


def test_a_quote_typed_on_the_command_line_must_occur_exactly_once() -> None:
    start, end = find_quote(TEXT, "  to enter into the\nappropriate negotiations ")
    assert TEXT[start:end] == "to enter into the appropriate negotiations"
    with pytest.raises(AmbiguousQuoteError, match="occurs 2 times"):
        find_quote(TEXT, "the Soviet")
    with pytest.raises(QuoteNotFoundError, match="is not in the text"):
        find_quote(TEXT, "Warsaw Treaty")


def test_a_long_quote_found_again_after_a_small_edit_is_placed_whole() -> None:
    words = [f"word{n % 97}x{n % 13}" for n in range(2400)]
    long_text = " ".join(words)
    start = long_text.index(words[5])
    end = start + 19_990
    end = long_text.rindex(" ", start, end)
    anchor = PassageAnchor.from_text(long_text, start, end)
    edited = long_text[: start + 500] + "Z" + long_text[start + 501 :]
    placed, state = anchor.located(edited)
    assert state is AnchorState.MOVED
    assert 0 <= placed.start < placed.end <= len(edited)


def test_a_short_quote_now_only_in_other_company_is_orphaned_not_moved() -> None:
    text = document_text(["The Soviet government does not intend to interfere.", "It is not the case that all agreed."])
    start = text.index("not intend")
    anchor = PassageAnchor.from_text(text, start, start + 3)
    edited = text.replace("does not intend", "intends")
    placed, state = anchor.located(edited)
    assert state is AnchorState.ORPHANED
    assert placed.quote == "not"
