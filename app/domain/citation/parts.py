"""The pieces every citation form shares: names, page ranges, titles, and the parts of a document's metadata.

Person or institution? An issuer is taken for a person when it is two or three words, each capitalised (an initial
such as "E." counts; lower-case particles such as "de" or "von" may sit between them), none an acronym ("USSR") and
none an institutional word (Government, Council, Assembly, Committee, Ministry, Party, Nations, of, the…, and the
commonest Hungarian, Russian, German and French ones). Anything else is an institution and is never inverted. The
heuristic errs on the side of institutions: "Dwight D. Eisenhower Jr." (four words) stays as written rather than
becoming "Jr., Dwight D. Eisenhower". Names written family-name first ("Nagy Imre") cannot be told apart and are
inverted wrongly; enter them in Western order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.dates.zones import place_key
from app.domain.documents import DocumentKind, DocumentMetadata, SourceCitation

_INSTITUTIONAL = frozenset((
    "government", "council", "assembly", "committee", "department", "legation", "embassy", "ministry", "party",
    "presidium", "nations", "of", "the", "office", "agency", "bureau", "union", "association", "federation", "republic",
    "state", "states", "commission", "congress", "senate", "parliament", "court", "press", "radio", "service",
    "secretariat", "society", "university", "institute", "archive", "archives", "organization", "command", "army",
    "staff", "news", "kingdom", "board", "corporation", "company", "group", "league", "front", "movement", "soviet",
    "revolutionary", "workers", "and", "for",
))  # fmt: skip
# The same in the other languages Parallax reads, as stems: Hungarian and Russian add endings ("Szövetsége").
_INSTITUTIONAL_STEMS = (
    "szövetség", "bizottság", "kormány", "tanács", "minisztérium", "egyesület", "pártja",
    "правительств", "комитет", "совет", "министерств", "партия", "президиум",
    "regierung", "ministerium", "komitee", "gouvernement", "comité", "conseil", "ministère",
)  # fmt: skip
_PARTICLES = frozenset(("de", "da", "di", "du", "la", "le", "van", "von", "der", "den", "ter"))
_ARTICLES = ("the ", "a ", "an ", "az ")
_SHORT_TITLE_BREAKS = frozenset((
    "on", "to", "from", "of", "concerning", "regarding", "about", "for", "in", "at", "between", "with", "by", "during",
    "о", "об", "по", "между",
))  # fmt: skip  # a short title stops before the first of these after its second word
_DANGLING = _SHORT_TITLE_BREAKS | {"a", "an", "the", "and", "az", "és", "и"}  # never the last word of a short title

# How Chicago describes a kind of document after its title, and the title words that make the description redundant.
DESCRIPTORS: dict[DocumentKind, tuple[str, tuple[str, ...]]] = {
    DocumentKind.SPEECH: ("speech", ("speech", "address", "remarks")),
    DocumentKind.BROADCAST: ("radio broadcast", ("broadcast",)),
    DocumentKind.TELEGRAM: ("telegram", ("telegram", "cable")),
    DocumentKind.LETTER: ("letter", ("letter",)),
    DocumentKind.RESOLUTION: ("resolution", ("resolution",)),
    DocumentKind.MINUTES: ("minutes", ("minutes",)),
}


def clean(text: str) -> str:
    """A field as it may appear in a citation: no surrounding spaces, no trailing comma, colon or semicolon."""
    return " ".join(text.split()).rstrip(",;:").strip()


def is_person(name: str) -> bool:
    """Whether an issuer looks like a person (see the module docstring for the heuristic)."""
    words = clean(name).split()
    named = [word for word in words if word not in _PARTICLES]
    if not 2 <= len(named) <= 3 or words[0] in _PARTICLES or words[-1] in _PARTICLES:
        return False
    for word in named:
        letters = [char for char in word if char.isalpha()]
        if not letters or not letters[0].isupper():
            return False
        if len(letters) > 1 and all(char.isupper() for char in letters):
            return False  # an acronym: USSR, CPSU, TASS
        bare = word.strip(".,'’").lower()
        if bare in _INSTITUTIONAL or bare.startswith(_INSTITUTIONAL_STEMS):
            return False
    return True


def split_person(name: str) -> tuple[str, str]:
    """(family, given) for a person: 'Charles de Gaulle' → ('Gaulle', 'Charles de')."""
    words = clean(name).split()
    return words[-1], " ".join(words[:-1])


def inverted(name: str) -> str:
    """The bibliography form: 'Nagy, Imre' for a person, an institution as written."""
    name = clean(name)
    if not is_person(name):
        return name
    family, given = split_person(name)
    return f"{family}, {given}"


def surname(name: str) -> str:
    """The shortened-note form: the family name of a person, an institution as written."""
    name = clean(name)
    return split_person(name)[0] if is_person(name) else name


def split_names(names: str) -> tuple[list[str], bool]:
    """'A, B, and C' or 'A and B' or 'A et al.' → the names, and whether others were left unnamed."""
    text = clean(names)
    others = bool(re.search(r",?\s+et al\.?$", text))
    text = re.sub(r",?\s+et al\.?$", "", text)
    parts = re.split(r",\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*", text)
    return [clean(part) for part in parts if clean(part)], others


# Page ranges -----------------------------------------------------------------------------------------------------

_NUMERIC_RANGE = re.compile(r"^\s*(\d+)\s*(?:-{1,2}|–|—)\s*(\d+)\s*$")
_ROMAN_START = re.compile(r"^[ivxlcdm]+(?=$|[\s,.–—-])", re.IGNORECASE)


def _abbreviated_end(first: int, last: int) -> str:
    """The second number of a range as Chicago 9.61 writes it."""
    a, b = str(first), str(last)
    if last <= first or len(a) != len(b) or first < 100 or first % 100 == 0:
        return b
    changed = next(index for index, (x, y) in enumerate(zip(a, b, strict=True)) if x != y)
    tail = len(b) - changed  # how many digits change
    if len(b) >= 4 and tail >= len(b) - 1:
        return b  # three digits change in a four-digit number: all of it (1496–1504)
    if first % 100 >= 10:
        tail = max(tail, 2)  # 321–28, not 321–8
    return b[-tail:]


def abbreviate_pages(pages: str) -> str:
    """'252–255' → '252–55' and '101-108' → '101–8' with an en dash; anything not numeric passes through."""
    parts = []
    for part in clean(pages).split(","):
        match = _NUMERIC_RANGE.match(part)
        if match is None:
            parts.append(part.strip())
            continue
        first, last = int(match[1]), int(match[2])
        parts.append(f"{match[1]}–{_abbreviated_end(first, last)}")
    return ", ".join(part for part in parts if part)


def full_pages(pages: str, dash: str) -> str:
    """Every page range written in full with `dash` ('-' for CSL-JSON, '--' for BibTeX); other text as it is."""
    parts = []
    for part in clean(pages).split(","):
        match = _NUMERIC_RANGE.match(part)
        parts.append(f"{match[1]}{dash}{match[2]}" if match else part.strip())
    return ", ".join(part for part in parts if part)


def is_page_reference(pages: str) -> bool:
    """Page numbers ('252–255', 'xii') rather than a place in a series such as 'doc. 148'."""
    text = clean(pages)
    return bool(text) and (text[0].isdigit() or bool(_ROMAN_START.match(text)))


# Titles ----------------------------------------------------------------------------------------------------------


def quoted(title: str) -> str:
    """A title in curly double quotes; quotation marks inside it become single ones."""
    inner = title.replace("“", "‘").replace("”", "’")
    opening = True
    while '"' in inner:
        inner = inner.replace('"', "‘" if opening else "’", 1)
        opening = not opening
    return f"“{inner}”"


def without_article(title: str) -> str:
    lowered = title.lower()
    for article in _ARTICLES:
        if lowered.startswith(article) and len(title) > len(article):
            return title[len(article) :]
    return title


def short_title(title: str) -> str:
    """Chicago's shortened title: before any colon, no leading article, and cut before a preposition if long."""
    text = without_article(clean(title).split(":")[0].strip())
    words = text.split()
    if len(words) <= 4:
        return text.rstrip(",;")
    for index, word in enumerate(words[2:], start=2):
        if word.lower() in _SHORT_TITLE_BREAKS:
            words = words[:index]
            break
    if len(words) > 5:
        words = words[:4]
    while len(words) > 1 and words[-1].lower() in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(",;")


# The parts of a document's metadata that every form reads the same way ------------------------------------------


@dataclass(frozen=True)
class Parts:
    """A document's metadata, cleaned, with the decisions about its form taken once."""

    author: str
    title: str
    date: str
    place: str
    descriptor: str
    source: SourceCitation
    archive: str
    url: str
    form: str  # 'volume' (text from an edited volume), 'newspaper', 'book' (a memoir), or 'document'

    @property
    def printed(self) -> bool:
        """Whether the text comes from a printed source, which the notes then cite instead of archive and URL."""
        return bool(self.source.publication or self.source.publisher)

    @property
    def imprint(self) -> str:
        """'New York: Harper & Brothers, 1957' with absent parts left out."""
        source = self.source
        place = source.place or (self.place if self.form == "book" else "")
        year = source.year or (self.date[-4:] if self.form == "book" and self.date[-4:].isdigit() else "")
        where = ": ".join(part for part in (place, source.publisher) if part)
        return ", ".join(part for part in (where, year) if part)

    @property
    def newspaper_place(self) -> str:
        """The city after a newspaper's name, unless the name already says it ('New York Times')."""
        place = self.source.place or self.place
        return "" if place.lower() in self.source.publication.lower() else place


def _cited_date(meta: DocumentMetadata) -> str:
    """The date as cited: on its place's clock without repeating the place ('30 October 1956, 14:00' from
    Budapest), another zone named ('13:22 (UTC−5)'), an approximate date as such; a document of an edition
    (one with its number there) that has no date is 'n.d.'."""
    date = meta.date
    if date is None:
        return clean(meta.date_edtf) or ("n.d." if meta.source.number.strip() else "")
    shown = date.display(meta.place)
    own_zone = f" ({place_key(meta.place)})" if place_key(meta.place) else ""
    return clean(shown.replace(own_zone, "", 1) if own_zone else shown)


def parts_of(meta: DocumentMetadata) -> Parts:
    source = SourceCitation(*(clean(value) for value in (
        meta.source.publication, meta.source.editor, meta.source.publisher,
        meta.source.place, meta.source.year, meta.source.pages, meta.source.number,
    )))  # fmt: skip
    title = clean(meta.title)
    number = source.number
    if number and title.startswith(f"{number}. ") and len(title) > len(number) + 2:
        title = title[len(number) + 2 :]  # '133. Telegram From …' lists well; the citation gives 'doc. 133' instead
    descriptor = ""
    if meta.kind in DESCRIPTORS:
        word, synonyms = DESCRIPTORS[meta.kind]
        if not any(synonym in title.lower() for synonym in synonyms):
            descriptor = word
    if meta.kind is DocumentKind.NEWSPAPER_ARTICLE and source.publication:
        form = "newspaper"
    elif source.publication:
        form = "volume"
    elif meta.kind is DocumentKind.MEMOIR:
        form = "book"
    else:
        form = "document"
    return Parts(
        author=clean(meta.issuer),
        title=title,
        date=_cited_date(meta),
        place=clean(meta.place),
        descriptor=descriptor,
        source=source,
        archive=clean(meta.archive),
        url=meta.url.strip(),
        form=form,
    )
