import pytest

from app.domain.alignment.links import AlignmentLink, InvalidSpanError, LinkOrigin, ParagraphSpan, ScrollMap, links_at


def link(left: str, right: str) -> AlignmentLink:
    return AlignmentLink(ParagraphSpan.parse(left), ParagraphSpan.parse(right))


def test_spans_parse_as_historians_write_them_and_refuse_nonsense() -> None:
    assert ParagraphSpan.parse("¶3–4") == ParagraphSpan(3, 4)
    assert ParagraphSpan.parse(" 5 ").display() == "¶5"
    assert ParagraphSpan(3, 4).display() == "¶3–4"
    for bad in ("", "x", "0", "5-3", "-2"):
        with pytest.raises(InvalidSpanError):
            ParagraphSpan.parse(bad)


def test_one_paragraph_may_answer_several() -> None:
    links = [link("5", "3-4"), link("5", "9"), link("6", "10")]
    assert [link.right for link in links_at(links, 5)] == [ParagraphSpan(3, 4), ParagraphSpan(9, 9)]
    assert links_at(links, 7) == []


def test_without_links_the_map_is_proportion() -> None:
    mapping = ScrollMap([], 10, 20)
    assert mapping(0) == 0
    assert mapping(5) == 10
    assert mapping(10) == 20
    assert mapping(99) == 20


def test_linked_runs_meet_and_positions_between_links_are_interpolated() -> None:
    # ¶5 of the left is ¶3–4 of the right; ¶10 is ¶12.
    mapping = ScrollMap([link("5", "3-4"), link("10", "12")], 20, 30)
    assert mapping(4.0) == 2.0  # top of ¶5 -> top of ¶3
    assert mapping(4.5) == 3.0  # halfway through ¶5 -> top of ¶4
    assert mapping(5.0) == 4.0  # end of ¶5 -> end of ¶4
    assert mapping(9.0) == 11.0  # top of ¶10 -> top of ¶12
    assert mapping(7.0) == pytest.approx(4.0 + (2.0 / 4.0) * 7.0)  # between the links
    back = mapping.inverse()
    for position in (0.0, 2.0, 3.0, 6.5, 11.0, 25.0, 30.0):
        assert mapping(back(position)) == pytest.approx(position)


def test_crossing_links_and_links_past_the_end_do_not_bend_the_map_backwards() -> None:
    mapping = ScrollMap([link("2", "8"), link("4", "3"), link("6", "40")], 10, 10)
    positions = [mapping(x / 4) for x in range(41)]
    assert positions == sorted(positions)
    assert mapping(1.5) == 7.5


def test_origins_say_whether_the_user_has_confirmed_a_link() -> None:
    assert not LinkOrigin.SUGGESTED.confirmed
    assert LinkOrigin.ACCEPTED.confirmed
    assert LinkOrigin.USER.confirmed
