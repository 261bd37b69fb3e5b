"""The parts a citation is made of: page ranges (Chicago 9.61), names, short titles."""

from __future__ import annotations

import pytest

from app.domain.citation.parts import abbreviate_pages, inverted, is_person, short_title, split_names, surname

# Page ranges (Chicago 9.61) ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pages", "written"),
    [
        ("252–255", "252–55"),
        ("101–108", "101–8"),
        ("1496–1504", "1496–1504"),
        ("321–328", "321–28"),
        ("498–532", "498–532"),
        ("100–104", "100–104"),
        ("1100–1113", "1100–1113"),
        ("1087–1089", "1087–89"),
        ("3–10", "3–10"),
        ("71–72", "71–72"),
        ("96–117", "96–117"),
        ("808–833", "808–33"),
        ("1103–1104", "1103–4"),
        ("11564–11615", "11564–615"),
        ("12991–13001", "12991–13001"),
        ("252-255", "252–55"),
        ("252--255", "252–55"),
        ("252 – 255", "252–55"),
        ("252–255, 260–262", "252–55, 260–62"),
        ("254", "254"),
        ("xii–xv", "xii–xv"),
        ("doc. 148", "doc. 148"),
        ("255–252", "255–252"),
        ("", ""),
    ],
)
def test_page_ranges_are_abbreviated_as_chicago_does(pages: str, written: str) -> None:
    assert abbreviate_pages(pages) == written


# Names ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("issuer", "listed", "short"),
    [
        ("Imre Nagy", "Nagy, Imre", "Nagy"),
        ("Dwight D. Eisenhower", "Eisenhower, Dwight D.", "Eisenhower"),
        ("Władysław Gomułka", "Gomułka, Władysław", "Gomułka"),
        ("Charles de Gaulle", "Gaulle, Charles de", "Gaulle"),
        ("Government of the USSR", "Government of the USSR", "Government of the USSR"),
        ("United Nations General Assembly", "United Nations General Assembly", "United Nations General Assembly"),
        ("United Nations", "United Nations", "United Nations"),
        ("Presidium of the CPSU Central Committee", "Presidium of the CPSU Central Committee", None),
        ("United States Legation in Hungary", "United States Legation in Hungary", None),
        ("Soviet Embassy", "Soviet Embassy", None),
        ("Hungarian Workers Party", "Hungarian Workers Party", None),
        ("TASS", "TASS", "TASS"),
        ("Radio Free Europe", "Radio Free Europe", None),
        ("Nagy", "Nagy", "Nagy"),
        ("Dwight D. Eisenhower Jr.", "Dwight D. Eisenhower Jr.", None),
        ("the editors", "the editors", None),
        ("Magyar Írók Szövetsége", "Magyar Írók Szövetsége", None),
        ("Правительство СССР", "Правительство СССР", None),
        ("Никита Хрущёв", "Хрущёв, Никита", "Хрущёв"),
    ],
)
def test_persons_are_inverted_and_institutions_never(issuer: str, listed: str, short: str | None) -> None:
    assert inverted(issuer) == listed
    assert surname(issuer) == (short or issuer)
    assert is_person(issuer) == (listed != issuer)


@pytest.mark.parametrize(
    ("editors", "names", "others"),
    [
        ("Paul E. Zinner", ["Paul E. Zinner"], False),
        ("Csaba Békés, Malcolm Byrne, and János M. Rainer", ["Csaba Békés", "Malcolm Byrne", "János M. Rainer"], False),
        ("Csaba Békés, Malcolm Byrne and János M. Rainer", ["Csaba Békés", "Malcolm Byrne", "János M. Rainer"], False),
        ("Edward C. Keefer et al.", ["Edward C. Keefer"], True),
        ("A. Smith & B. Jones", ["A. Smith", "B. Jones"], False),
        ("", [], False),
    ],
)
def test_editor_lists_are_split_into_names(editors: str, names: list[str], others: bool) -> None:
    assert split_names(editors) == (names, others)


# Short titles ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "short"),
    [
        (
            (
                "Declaration by the Soviet Government on the Principles of Development and further Strengthening "
                "of Friendship and Cooperation between the Soviet Union and Other Socialist States"
            ),
            "Declaration by the Soviet Government",
        ),
        ("Telegram From the Legation in Hungary to the Department of State", "Telegram From the Legation"),
        ("Working Notes from the Session of the CPSU CC Presidium on 30 October 1956", "Working Notes"),
        ("Resolution 1004 (ES-II): The Situation in Hungary", "Resolution 1004 (ES-II)"),
        ("The Hungarian Question", "Hungarian Question"),
        ("Letter to Dag Hammarskjöld", "Letter to Dag Hammarskjöld"),
        ("Khrushchev Remembers", "Khrushchev Remembers"),
        (
            "Декларация Правительства СССР об основах развития и дальнейшего укрепления дружбы",
            "Декларация Правительства СССР",
        ),
        (
            "A Szovjetunió kormányának nyilatkozata a Szovjetunió és a többi szocialista állam",
            "Szovjetunió kormányának nyilatkozata",
        ),
    ],
)
def test_short_titles_keep_the_first_key_words(title: str, short: str) -> None:
    assert short_title(title) == short
