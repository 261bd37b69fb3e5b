"""Word keys: a word's inflections share one key in the text's language, and only in that language."""

import pytest

from app.domain.language.languages import language_code, same_language
from app.domain.language.word_forms import WordForms, marked_words, words
from app.services.infrastructure.word_index import word_forms


@pytest.fixture(scope="module")
def forms() -> WordForms:
    return word_forms()  # with the Hungarian and Russian dictionaries, as the search uses it


@pytest.mark.parametrize(
    ("language", "dictionary_form", "inflected"),
    [
        ("hu", "szerződés", "Szerződést"),
        ("hu", "Szerződés", "szerződésben"),
        ("hu", "csapat", "csapatok"),
        ("hu", "semlegesség", "semlegességét"),
        ("ru", "Хрущев", "Хрущева"),
        ("ru", "Венгрия", "Венгрии"),
        ("ru", "договор", "Договора"),
        ("ru", "ёлка", "елки"),  # ё is е
        ("en", "withdraw", "withdrawal"),
        ("de", "Regierung", "Regierungen"),
        ("fr", "déclaration", "déclarations"),
    ],
)
def test_inflections_share_the_key_of_the_dictionary_form(
    forms: WordForms, language: str, dictionary_form: str, inflected: str
) -> None:
    assert forms.key(dictionary_form, language) == forms.key(inflected, language)


def test_different_words_keep_different_keys(forms: WordForms) -> None:
    assert forms.key("Венгрия", "ru") != forms.key("Варшава", "ru")
    assert forms.key("мой", "ru") != forms.key("мои", "ru") or forms.key("й", "ru") != forms.key("и", "ru")
    assert forms.key("й", "ru") != forms.key("и", "ru")  # й is a letter of its own


def test_a_key_belongs_to_its_language(forms: WordForms) -> None:
    # English "nemzet" (a foreign word) and Hungarian "nemzeti" stem alike; their keys must not meet
    assert forms.key("nemzet", "en") != forms.key("nemzeti", "hu")
    assert forms.key("Budapest", "") == "xx0budapest"  # no language known: the folded word


def test_a_hungarian_dictionary_form_finds_the_stem_it_loses_a_vowel_in(forms: WordForms) -> None:
    keys = forms.query_keys(("forradalom",), ["hu"])
    assert (forms.key("forradalma", "hu"),) in keys
    assert (forms.key("védelme", "hu"),) in forms.query_keys(("védelem",), ["hu"])
    assert forms.query_keys(("elem",), ["hu"]) == [(forms.key("elem", "hu"),)]  # too short to be such a noun


def test_a_word_typed_without_its_accents_is_also_looked_for_by_its_stem(forms: WordForms) -> None:
    assert (forms.key("semlegességét", "hu"),) in forms.query_keys(("semlegesseg",), ["hu"])


def test_a_texts_keys_are_one_per_word_in_order(forms: WordForms) -> None:
    text = "A Varsói Szerződést, 1955. május 14-én írták alá."
    keys = forms.keys(text, "Hungarian")
    assert len(keys.split(" ")) == len(words(text))
    assert keys.split(" ")[2] == forms.key("szerződés", "hu")
    assert forms.keys("", "hu") == ""


def test_query_keys_are_given_once_per_distinct_key(forms: WordForms) -> None:
    assert forms.query_keys(("1956",), ["hu", "hu", "Magyar"]) == [("hu01956",)]
    assert len(forms.query_keys(("non", "interference"), ["en", "hu"])) == 2


def test_the_marked_words_are_read_from_marked_keys() -> None:
    assert marked_words("a [b] c", "[", "]") == [1]
    assert marked_words("[a b c] d [e]", "[", "]") == [0, 1, 2, 4]
    assert marked_words("", "[", "]") == []


@pytest.mark.parametrize(
    ("written", "code"),
    [("hu", "hu"), ("hu-HU", "hu"), ("Hungarian", "hu"), ("magyar", "hu"), ("RU", "ru"), ("русский", "ru"),
     ("en_GB", "en"), ("Deutsch", "de"), ("français", "fr"), ("la", ""), ("", "")],
)  # fmt: skip
def test_languages_are_known_by_code_and_name(written: str, code: str) -> None:
    assert language_code(written) == code


def test_two_descriptions_name_one_language_or_not() -> None:
    assert same_language("hu", "Hungarian") is True
    assert same_language("en", "hu") is False
    assert same_language("", "hu") is None
