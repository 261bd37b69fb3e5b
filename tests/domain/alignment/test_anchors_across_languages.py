"""What two paragraphs in different languages can share: numbers, months, the names of places and persons."""

import pytest

from app.domain.alignment.anchors import anchors, skeleton


def test_roman_and_arabic_numerals_and_ordinals_meet() -> None:
    hungarian = anchors("A Szovjetunió Kommunista Pártjának XX. kongresszusa", "hu")
    english = anchors("The 20th Congress of the Communist Party of the Soviet Union", "en")
    russian = anchors("XX съезд Коммунистической партии Советского Союза", "ru")
    assert {"n:20", "name:congress", "name:soviet", "name:communist"} <= hungarian & english & russian
    assert "n:1" not in anchors("I think so, said the delegate", "en")  # the pronoun is no numeral


def test_dates_meet_by_day_month_and_year() -> None:
    found = [anchors("Moscow, October 30, 1956", "en"), anchors("Moszkva, 1956. október 30.", "hu"),
             anchors("Москва, 30 октября 1956 года", "ru")]  # fmt: skip
    for one in found:
        assert {"n:30", "n:1956", "month:10", "name:moscow"} <= one


@pytest.mark.parametrize(
    "names",
    [
        (("Hungary", "en"), ("Magyarország", "hu"), ("Венгрия", "ru"), ("magyar", "hu"), ("венгерского", "ru")),
        (("Warsaw", "en"), ("Varsói", "hu"), ("Варшавского", "ru")),
        (("Budapest", "en"), ("Budapesten", "hu"), ("Будапешта", "ru")),
    ],
)
def test_places_and_peoples_meet_by_the_names_each_language_gives_them(names: tuple[tuple[str, str], ...]) -> None:
    shared = set.intersection(*(anchors(f"In {name} they met", language) for name, language in names))
    assert any(anchor.startswith("name:") for anchor in shared)


@pytest.mark.parametrize(
    "spellings",
    [
        (("Khrushchev", "en"), ("Hruscsov", "hu"), ("Хрущев", "ru"), ("Хрущева", "ru"), ("Hruscsovnak", "hu")),
        (("Nagy", "en"), ("Nagy", "hu"), ("Надь", "ru")),
        (("Zhukov", "en"), ("Zsukov", "hu"), ("Жуков", "ru")),
        (("Mikoyan", "en"), ("Mikojan", "hu"), ("Микоян", "ru")),
        (("Suslov", "en"), ("Szuszlov", "hu"), ("Суслов", "ru")),
    ],
)
def test_persons_meet_by_the_sounds_of_their_names(spellings: tuple[tuple[str, str], ...]) -> None:
    found = [anchors(name, language) for name, language in spellings]
    assert set.intersection(*found)


def test_different_names_stay_apart() -> None:
    assert skeleton("Khrushchev", "en") != skeleton("Bulganin", "en")
    assert skeleton("Nagy", "hu") != skeleton("Kádár", "hu")
