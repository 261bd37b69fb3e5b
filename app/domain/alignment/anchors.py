"""What survives translation, as anchors two paragraphs in different languages can share.

Numbers (Arabic or Roman: the "XX." congress is the "20th"), months (október, October, октября), and names:
places and peoples through a small table of the names the 1956 sources use in English, Hungarian, Russian,
German and French (Hungary, Magyarország, Венгрия; Warsaw, Varsói, Варшавский), persons by the consonants of
their names, read by each script's and spelling's rules, so that Khrushchev, Hruscsov and Хрущев, Nagy and Надь,
Zhukov and Zsukov meet.
"""

from __future__ import annotations

import re
from typing import Final

from app.domain.language.languages import HUNGARIAN, RUSSIAN
from app.domain.language.word_forms import WordForms
from app.domain.text.paragraphs import fold

_STEMS = WordForms()  # case endings off a name before its sounds are read (Nagynak, Хрущева)

_WORD = re.compile(r"[^\W_]+")
_NUMBER = re.compile(r"\d+")
_ROMAN = re.compile(r"(?<![\w.])(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\w])")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

# Months by the start of their names in the five languages (folded): the anchor is the month's number.
_MONTHS: Final = {
    1: ("januar", "janvier", "январ", "january"), 2: ("februar", "fevrier", "феврал", "february"),
    3: ("marc", "mars", "marz", "март", "march"), 4: ("april", "aprilis", "avril", "апрел"),
    5: ("majus", "mai", "мая", "май", "may"), 6: ("junius", "juni", "juin", "июн", "june"),
    7: ("julius", "juli", "juillet", "июл", "july"), 8: ("augusztus", "august", "aout", "август"),
    9: ("szeptember", "september", "septembre", "сентябр"), 10: ("oktober", "october", "octobre", "октябр"),
    11: ("november", "novembre", "ноябр"), 12: ("december", "dezember", "decembre", "декабр"),
}  # fmt: skip
_MONTH_WORDS: Final = {word: month for month, words in _MONTHS.items() for word in words}

# Names of places, peoples, states and bodies the sources of 1956 name in each language (by word start, folded):
# adjectives included, since Hungarian and Russian write them in lower case (magyar, szovjet, венгерский).
_ALIASES: Final = {
    "hungary": ("hungar", "magyar", "венгр", "венгер", "ungar", "hongr"),
    "soviet": ("soviet", "szovjet", "советск", "совет", "sowjet", "sovieti"),
    "ussr": ("ussr", "szu", "ссср", "udssr", "urss"),
    "socialist": ("socialis", "szocialis", "социалис", "sozialis"),
    "warsaw": ("warsaw", "varso", "варшав", "warschau", "varsovie"),
    "poland": ("poland", "polish", "lengyel", "польш", "польск", "polen", "polnisch", "pologne", "polonais"),
    "rumania": ("rumani", "romania", "roman", "румын", "rumän", "roumain"),
    "yugoslavia": ("yugoslav", "jugoszlav", "югослав", "jugoslaw", "yougoslav"),
    "germany": ("german", "nemet", "герман", "немец", "deutsch", "allemand"),
    "china": ("china", "chines", "kina", "kinai", "китай", "chinois", "chine"),
    "europe": ("europ", "европ"),
    "asia": ("asia", "azsia", "азия", "азии", "asien", "asie"),
    "lenin": ("lenin", "ленин"),
    "stalin": ("stalin", "сталин"),
    "potsdam": ("potsdam", "потсдам"),
    "tass": ("tass", "taszsz", "тасс"),
    "united nations": ("united nations", "ensz", "оон", "uno", "onu"),
    "budapest": ("budapest", "будапешт"),
    "moscow": ("moscow", "moszkva", "москв", "moskau", "moscou"),
    "congress": ("congress", "kongresszus", "съезд", "kongress", "congres"),
    "fascism": ("fascis", "fasiszt", "fasizmus", "фашис", "faschis"),
    "communist": ("communis", "kommunis", "коммунис"),
}
_ALIAS_PREFIXES: Final = sorted(((prefix, name) for name, prefixes in _ALIASES.items() for prefix in prefixes),
                                key=lambda pair: -len(pair[0]))  # fmt: skip

# Sounds spelled differently: Hungarian digraphs, English transliteration of Russian, then Cyrillic letters.
# (Š is шч, as щ is said; σ stands for Hungarian sz until Hungarian s has been read as sh.)
_LATIN_SOUNDS: Final = (("shch", "Š"), ("tsch", "Č"), ("zs", "Ž"), ("zh", "Ž"), ("cs", "Č"), ("ch", "Č"),
                        ("sz", "σ"), ("sh", "S"), ("kh", "h"), ("gy", "d"), ("ny", "n"), ("ty", "t"), ("ly", "j"),
                        ("ts", "c"), ("w", "v"), ("ck", "k"), ("x", "ks"), ("q", "k"))  # fmt: skip
_CYRILLIC_SOUNDS: Final = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", [
    "a", "b", "v", "g", "d", "e", "o", "Ž", "z", "i", "j", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
    "h", "c", "Č", "S", "Š", "", "i", "", "e", "ju", "ja"], strict=True))  # fmt: skip
_VOWELS = set("aeiouyjáéíóöőúüű")
MIN_SKELETON = 2  # consonants a name needs to be told from others (Nagy, Надь: 'nd')


def _roman(numeral: str) -> int:
    values = [_ROMAN_VALUES[char] for char in numeral]
    return sum(-value if index + 1 < len(values) and value < values[index + 1] else value
               for index, value in enumerate(values))  # fmt: skip


def skeleton(name: str, language: str) -> str:
    """A name's consonants as sounds, each once in a row: Khrushchev, Hruscsov, Хрущев -> 'hrSČv'."""
    lower = name.lower()
    if any("\u0400" <= char <= "\u04ff" for char in lower):
        sounds = "".join(_CYRILLIC_SOUNDS.get(char, char) for char in lower)
    else:
        sounds = fold(lower)
        for written, sound in _LATIN_SOUNDS:
            sounds = sounds.replace(written, sound)
        # Hungarian s is English sh; elsewhere c is mostly k (Communist)
        sounds = sounds.replace("s", "S") if language == HUNGARIAN else sounds.replace("c", "k")
        sounds = sounds.replace("σ", "s")
    consonants = [char for char in sounds.replace("Š", "SČ") if char.isalpha() and char not in _VOWELS]
    collapsed = [char for index, char in enumerate(consonants) if index == 0 or char != consonants[index - 1]]
    return "".join(collapsed)


def _alias(word: str) -> str | None:
    """The name a word is a form of; a short one (SZU, ENSZ, TASS) only as the whole word."""
    for prefix, name in _ALIAS_PREFIXES:
        if word == prefix or (len(prefix) >= 5 and word.startswith(prefix)):
            return name
    return None


def anchors(text: str, language: str = "") -> set[str]:
    """The anchors of one paragraph: 'n:20', 'month:10', 'name:hungary', 'sound:hrSv'."""
    found = {f"n:{int(number)}" for number in _NUMBER.findall(text)}
    found |= {f"n:{_roman(numeral)}" for numeral in _ROMAN.findall(text) if len(numeral) >= 2 or numeral == "X"}
    folded = fold(text)
    for match in _WORD.finditer(text):
        word = folded[match.start() : match.end()]
        if word in _MONTH_WORDS or word[:6] in _MONTH_WORDS or word[:5] in _MONTH_WORDS:
            month = _MONTH_WORDS.get(word) or _MONTH_WORDS.get(word[:6]) or _MONTH_WORDS.get(word[:5])
            found.add(f"month:{month}")
            continue
        alias = _alias(word)
        if alias is not None:
            found.add(f"name:{alias}")
            continue
        original = match.group()
        if original[0].isupper() and len(original) >= 4 and not original.isupper():
            # The name as written, and without its case ending (Nagynak, Хрущева); the stemmer also takes
            # endings that are the name's own (Хрущев -> хрущ), hence both.
            forms = {original, _STEMS.stem(original, language)} if language in (HUNGARIAN, RUSSIAN) else {original}
            for form in forms:
                sounds = skeleton(form, language if language != RUSSIAN else "")
                if len(sounds) >= MIN_SKELETON:
                    found.add(f"sound:{sounds}")
    return found
