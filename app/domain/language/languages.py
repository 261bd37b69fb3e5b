"""The languages Parallax knows words of, and the codes and names people write for them."""

from __future__ import annotations

from typing import Final

ENGLISH, HUNGARIAN, RUSSIAN, GERMAN, FRENCH = "en", "hu", "ru", "de", "fr"
LANGUAGES: Final = (ENGLISH, HUNGARIAN, RUSSIAN, GERMAN, FRENCH)
NAMES: Final = {ENGLISH: "English", HUNGARIAN: "Hungarian", RUSSIAN: "Russian", GERMAN: "German", FRENCH: "French"}

# What a description may say instead of the two-letter code (ISO 639-2 codes, English and native names).
_ALIASES: Final = {
    "eng": ENGLISH, "english": ENGLISH, "angol": ENGLISH, "английский": ENGLISH, "englisch": ENGLISH,
    "anglais": ENGLISH,
    "hun": HUNGARIAN, "hungarian": HUNGARIAN, "magyar": HUNGARIAN, "венгерский": HUNGARIAN, "ungarisch": HUNGARIAN,
    "hongrois": HUNGARIAN,
    "rus": RUSSIAN, "russian": RUSSIAN, "orosz": RUSSIAN, "русский": RUSSIAN, "russisch": RUSSIAN, "russe": RUSSIAN,
    "deu": GERMAN, "ger": GERMAN, "german": GERMAN, "deutsch": GERMAN, "német": GERMAN, "немецкий": GERMAN,
    "allemand": GERMAN,
    "fra": FRENCH, "fre": FRENCH, "french": FRENCH, "français": FRENCH, "francais": FRENCH, "francia": FRENCH,
    "французский": FRENCH, "französisch": FRENCH,
}  # fmt: skip


def language_code(written: str) -> str:
    """'hu', 'hu-HU', 'Hungarian' or 'magyar' -> 'hu'; '' for a language Parallax has no word forms for."""
    value = written.strip().lower().replace("_", "-")
    if not value:
        return ""
    base = value.split("-", 1)[0]
    if base in LANGUAGES:
        return base
    return _ALIASES.get(value, _ALIASES.get(base, ""))


def same_language(left: str, right: str) -> bool | None:
    """Whether two descriptions name one language; None when either is unknown."""
    first, second = language_code(left), language_code(right)
    if not first or not second:
        return None
    return first == second
