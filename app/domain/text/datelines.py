"""Datelines: the line above a text that says where and when it was written or sent.

'Budapest, Radio Free Kossuth, 1 November 1956, 19:50', 'Pravda, 31 October 1956', 'Budapest, 1956. november 4.',
'Москва, 30 октября 1956 г.', 'Moskau, den 30. Oktober 1956', 'Paris, le 1er novembre 1956'. A line is a dateline
only if all of it is a date (with a year) and, around it, places, a source (a paper, a station, an agency), a
weekday or a time: a sentence that merely mentions a date is not one. The place is taken only where it is a place
Parallax knows (a paper's name is not a place); the rest is the source line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.dates.historical import InvalidDateError
from app.domain.dates.written import parse_date_text

MAX_CHARS = 160

_MONTHS = (
    r"jan(?:uary|vier|uar)?|feb(?:ruary|ruar)?|févr(?:ier)?|fevr(?:ier)?|mar(?:ch|s)?|märz|apr(?:il)?|avr(?:il)?"
    r"|may|mai|june?|juni|juin|july?|juli|juil(?:let)?|aug(?:ust)?|août|sep(?:t(?:ember|embre)?)?|oct(?:ober|obre)?"
    r"|okt(?:ober)?|nov(?:ember|embre)?|dec(?:ember)?|déc(?:embre)?|dez(?:ember)?"
    r"|január|február|március|április|május|június|július|augusztus|szeptember|október|márc|ápr|máj|jún|júl|szept"
    r"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
)
_YEAR = r"(?:1[6-9]|20)\d\d"
# The date itself: 1 November 1956 · 1. November 1956 · 1er novembre 1956 · November 1, 1956 · 1956. november 1.
_DATE = re.compile(
    rf"(?:\b(?:den|le|the)\s+)?(?P<date>\d{{1,2}}(?:er|st|nd|rd|th)?\.?\s+(?:{_MONTHS})\.?,?\s+{_YEAR}"
    rf"(?:\s*(?:г\.?|года))?"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}"
    rf"|{_YEAR}\.\s*(?:{_MONTHS})\.?\s+\d{{1,2}}\.?"
    rf"|\d{{1,2}}\.\s?\d{{1,2}}\.\s?{_YEAR}|{_YEAR}-\d\d-\d\d)",
    re.IGNORECASE,
)
_DOTTED = re.compile(rf"(\d{{1,2}})\.\s?(\d{{1,2}})\.\s?({_YEAR})")  # 30.10.1956: day, month, year
_TIME = re.compile(
    r"(?:\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?\s?m\.?|h|uhr|ч\.?))?|\d{1,2}\s*[ap]\.?\s?m\.?|\d{1,2}\s*h\s*\d{0,2}"
    r"|\d{1,2}\s*óra(?:\s*\d{1,2}\s*perc(?:kor)?)?(?:kor)?|\d{1,2}\s*ч\.?(?:\s*\d{1,2}\s*мин\.?)?"
    r"|\d{1,2}\s*uhr(?:\s*\d{1,2})?|midnight|noon|éjfél(?:kor)?|délben|полночь|mitternacht|minuit|midi)"
    r"(?:\s*\([A-Za-z]{2,5}\))?",
    re.IGNORECASE,
)
_WEEKDAYS = re.compile(
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap"
    r"|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|montag|dienstag|mittwoch|donnerstag|freitag"
    r"|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"\s*(?:[,;]|\s[-–—]\s|—)\s*")
_LINKS = {"of", "the", "and", "for", "de", "du", "des", "la", "le", "les", "der", "die", "das", "von", "und", "és",
          "a", "az", "и", "в"}  # fmt: skip
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)

# Places a dateline of the 1956 sources names, in the languages Parallax reads (as written: the text's own form
# is kept). A name not here is taken for a source line (a paper, a station): better no place than a wrong one.
PLACES = frozenset(
    name.casefold()
    for name in (
        "Budapest", "Buda", "Pest", "Győr", "Gyor", "Szeged", "Debrecen", "Miskolc", "Pécs", "Pecs", "Sopron",
        "Szolnok", "Kecskemét", "Székesfehérvár", "Veszprém", "Eger", "Nyíregyháza", "Szombathely", "Zalaegerszeg",
        "Kaposvár", "Szekszárd", "Tatabánya", "Salgótarján", "Békéscsaba", "Hódmezővásárhely", "Dunapentele",
        "Sztálinváros", "Mosonmagyaróvár", "Magyaróvár", "Esztergom", "Vác", "Gödöllő", "Csepel", "Újpest", "Kispest",
        "Hegyeshalom", "Záhony", "Szentendre", "Tata", "Komárom", "Kalocsa", "Baja", "Nagykanizsa", "Ózd",
        "Moscow", "Moskva", "Moszkva", "Moskau", "Moscou", "Москва", "Kremlin", "Kreml",
        "Washington", "New York", "United Nations", "Warsaw", "Varsó", "Warschau", "Varsovie", "Warszawa", "Варшава",
        "Vienna", "Wien", "Bécs", "Vienne", "Вена", "Belgrade", "Belgrád", "Belgrad", "Beograd", "Белград",
        "Prague", "Prága", "Prag", "Praha", "Прага", "Bucharest", "Bukarest", "Bucarest", "Bucureşti", "Бухарест",
        "Sofia", "Szófia", "София", "Berlin", "Берлин", "Bonn", "Бонн", "London", "Londres", "Лондон", "Paris",
        "Párizs", "Париж", "Rome", "Róma", "Rom", "Рим", "Geneva", "Genf", "Genève", "Genf", "Женева", "Munich",
        "München", "Мюнхен", "Ottawa", "Cairo", "Kairó", "Kairo", "Le Caire", "Каир", "Tel Aviv", "Jerusalem",
        "Port Said", "Suez", "New Delhi", "Delhi", "Peking", "Peiping", "Beijing", "Pékin", "Пекин", "Kiev", "Kijev",
        "Kiew", "Киев", "Uzhgorod", "Ungvár", "Ужгород", "Bratislava", "Pozsony", "Pressburg", "Братислава",
        "Poznań", "Poznan", "Posen", "Gdańsk", "Stockholm", "Oslo", "Copenhagen", "Helsinki", "Athens", "Ankara",
        "Madrid", "Lisbon", "Brussels", "Bruxelles", "The Hague", "Bern", "Berne", "Zürich", "Zurich", "Trieste",
        "Ljubljana", "Zagreb", "Tirana", "Ulan Bator", "Hanoi", "Tokyo", "Mexico", "Rio de Janeiro", "Buenos Aires",
        "Strasbourg", "Salzburg", "Graz", "Linz", "Andau", "Nickelsdorf", "Eisenstadt", "Brioni", "Brijuni",
        "Yalta", "Leningrad", "Ленинград", "Minsk", "Минск", "Lvov", "Lviv", "Львов",
    )
)  # fmt: skip


@dataclass(frozen=True)
class Dateline:
    """What a dateline says: the place (if Parallax knows it for one), the date as written (with its time, where
    the time can be read with it), and what else it names (a paper, a station, an agency)."""

    place: str
    date_text: str
    source: str = ""


_MIDNIGHT = re.compile(r"midnight|éjfél|полночь|mitternacht|minuit", re.IGNORECASE)
_NOON = re.compile(r"noon|délben|midi", re.IGNORECASE)


def _clock(time: str) -> str:
    """'14 óra 28 perc', '19 h 50', '19.50 Uhr', '19 ч. 50 мин.' as '14:28'; other times as written. Midnight is
    left out: which day's midnight a dateline means is not sure (FRUS's 'October 23, 1956—midnight')."""
    if _MIDNIGHT.search(time):
        return ""
    if _NOON.fullmatch(time.strip()):
        return "12:00"
    numbers = re.findall(r"\d+", time)
    if len(numbers) == 2 and not re.search(r"[ap]\.?\s?m", time, re.IGNORECASE):
        return f"{int(numbers[0])}:{numbers[1].zfill(2)}"
    if len(numbers) == 1 and re.search(r"óra|uhr|ч|h\b", time, re.IGNORECASE):
        return f"{int(numbers[0])}:00"
    return time


def _date_of(found: str, time: str) -> str:
    """The date as written, with its time where both can be read together ('1 November 1956, 19:50')."""
    if time and _clock(time):
        with_time = f"{found}, {_clock(time)}"
        try:
            parse_date_text(with_time)
            return with_time
        except InvalidDateError:
            pass
    return found


def _is_name(segment: str) -> bool:
    """A place, a paper, a station or an agency: a few words, each capitalised but for small linking words."""
    words = segment.strip("()").split()
    if not 1 <= len(words) <= 6:
        return False
    for index, word in enumerate(words):
        if not _NAME_WORD.fullmatch(word):
            return False
        if word.casefold() in _LINKS and 0 < index < len(words) - 1:
            continue
        if not word[0].isupper():
            return False
    return True


def read_dateline(text: str) -> Dateline | None:
    """The dateline `text` is, or None when it is not one (a sentence, a heading, a line without a year)."""
    line = " ".join(text.split()).strip(" :—–-")
    if not line or len(line) > MAX_CHARS:
        return None
    found = _DATE.search(line)
    if found is None:
        return None
    date_text = found.group("date").strip().rstrip(",")
    dotted = _DOTTED.fullmatch(date_text)
    if dotted:  # day first, as wherever dates are written with dots
        day, month, year = (int(part) for part in dotted.groups())
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        date_text = f"{year:04d}-{month:02d}-{day:02d}"
    try:
        parse_date_text(date_text)
    except InvalidDateError:
        return None
    rest = [part for part in _SEPARATORS.split(line[: found.start()] + " , " + line[found.end() :]) if part.strip()]
    names: list[str] = []
    time = ""
    for raw in rest:
        part = raw.strip()
        part = part if _TIME.fullmatch(part) else part.strip(" .")
        sources = re.findall(r"\(([^()]{2,40})\)", part)
        part = re.sub(r"\s*\([^()]{2,40}\)", "", part).strip()
        if _TIME.fullmatch(part):
            time = time or part
        elif _WEEKDAYS.fullmatch(part):
            continue
        elif part and _is_name(part):
            names.append(part)
        elif part:
            return None  # words that are neither a name, a weekday nor a time: a sentence, not a dateline
        names.extend(source for source in sources if _is_name(source))
    place = next((name for name in names if name.casefold() in PLACES), "")
    source = ", ".join(name for name in names if name != place)
    if place.isupper():  # 'MOSCOW, Oct. 30 (TASS)': the place as a name is written
        place = place.title()
    return Dateline(place=place, date_text=_date_of(date_text, time), source=source)
