"""Detecting the language of a text that does not say."""

import pytest

from app.domain.language.detect import detect_language

DECLARATION = (
    "The policy of peaceful coexistence, friendship and cooperation among all states has been and continues to "
    "be the firm foundation of the foreign relations of the Union of Soviet Socialist Republics."
)
# The Hungarian government's declaration of neutrality, 1 November 1956 (an official document).
NEUTRALITY = (
    "A magyar nemzeti kormány a magyar nép és a történelem előtti mély felelősségérzettől áthatva, a magyar nép "
    "millióinak osztatlan akaratát kifejezve kinyilvánítja a Magyar Népköztársaság semlegességét."
)
# The communiqué of the Warsaw Treaty's Political Consultative Committee, 24 May 1958 (an official document).
COMMUNIQUE = (
    "24 мая 1958 г. в Москве состоялось совещание Политического консультативного комитета "
    "государств-участников Варшавского Договора о дружбе, сотрудничестве и взаимной помощи."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (DECLARATION, "en"),
        (NEUTRALITY, "hu"),
        (COMMUNIQUE, "ru"),
        ("Die Regierung der Sowjetunion erklärt ihre Bereitschaft, über den Abzug der Truppen zu verhandeln.", "de"),
        ("Le gouvernement soviétique se déclare prêt à négocier le retrait des troupes de Hongrie.", "fr"),
    ],
)
def test_paragraphs_are_told_apart(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize("text", ["", "Nagy Imre", "1956", "Budapest, 30", "¶ — …"])
def test_too_little_text_carries_no_language(text: str) -> None:
    assert detect_language(text) == ""


def test_a_text_of_two_scripts_gets_no_guess() -> None:
    assert detect_language("Декларация Правительства Declaration of the Soviet Government on the principles") == ""
