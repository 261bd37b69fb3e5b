"""A document's metadata as a CSL-JSON item and as a BibTeX entry, for reference managers and LaTeX.

Dates. A document has its own date (the Declaration: 30 October 1956); a text taken from an edited volume, or a memoir,
also has the year its book was printed (1957). In both formats the date of publication fields hold the book's year,
because that is how every style writes the imprint "(New York: Harper & Brothers, 1957)"; the document's own date goes
to the field made for the date a text first appeared: CSL's `original-date` and biblatex's `origdate`. Everything else
(a telegram known from an archive, a newspaper issue) has only its own date, in `issued` and `date`. CSL dates keep
the date's precision ([[1956, 11]] for November 1956), mark approximate dates with `circa`, and give a range two
date-parts; biblatex's `date` takes the stored EDTF form as it is (without the time of day), and `year`/`month` serve
classic BibTeX.

Names. Persons become {"family", "given"} in CSL and "Family, Given" in BibTeX; institutions stay whole, as a CSL
literal and in an extra pair of braces in BibTeX. An editor list "A, B, and C" is split into names; "et al." becomes
BibTeX's "and others" and is left out of CSL, which has no way to say it.
"""

from __future__ import annotations

import re

from app.domain.citation.parts import Parts, full_pages, is_person, parts_of, split_names, split_person
from app.domain.dates.historical import HistoricalDate, InvalidDateError, Precision
from app.domain.documents import DocumentKind, DocumentMetadata
from app.domain.text.paragraphs import fold

# CSL --------------------------------------------------------------------------------------------------------------

_CSL_GENRES = {
    DocumentKind.DECLARATION: "declaration",
    DocumentKind.SPEECH: "speech",  # Chicago's descriptor: "(speech, Washington, 31 October 1956)"
    DocumentKind.BROADCAST: "radio broadcast",
    DocumentKind.TELEGRAM: "telegram",
    DocumentKind.LETTER: "letter",
    DocumentKind.RESOLUTION: "resolution",
    DocumentKind.MINUTES: "minutes",
}
_CSL_STANDALONE_TYPES = {
    DocumentKind.SPEECH: "speech",
    DocumentKind.BROADCAST: "speech",
    DocumentKind.TELEGRAM: "personal_communication",
    DocumentKind.LETTER: "personal_communication",
    DocumentKind.MEMOIR: "book",
}
_PLACE_IS_PUBLISHER = (DocumentKind.NEWSPAPER_ARTICLE, DocumentKind.MEMOIR)


def _csl_type(meta: DocumentMetadata, parts: Parts) -> str:
    if parts.form == "newspaper":
        return "article-newspaper"
    if parts.form == "volume":
        return "chapter"
    return _CSL_STANDALONE_TYPES.get(meta.kind, "document")


def _csl_name(name: str) -> dict[str, str]:
    if is_person(name):
        family, given = split_person(name)
        return {"family": family, "given": given}
    return {"literal": name}


def _point_parts(point: HistoricalDate) -> list[int]:
    when = point.lo
    if point.precision is Precision.YEAR:
        return [when.year]
    if point.precision is Precision.MONTH:
        return [when.year, when.month]
    return [when.year, when.month, when.day]


def _csl_date(text: str) -> dict[str, object] | None:
    """{'date-parts': [[1956, 10, 30]]} at the date's precision; a date Parallax cannot read goes as a literal."""
    if not text.strip():
        return None
    try:
        date = HistoricalDate.parse(text)
    except InvalidDateError:
        return {"literal": text.strip()}
    points = date.edtf.split("/") if date.is_range else [date.edtf]
    result: dict[str, object] = {"date-parts": [_point_parts(HistoricalDate.parse(point)) for point in points]}
    if date.approximate:
        result["circa"] = True
    return result


def csl_item(meta: DocumentMetadata, item_id: str) -> dict[str, object]:
    """One CSL-JSON item (the fields of the CSL 1.0 specification only); empty fields are left out."""
    parts = parts_of(meta)
    source = parts.source
    item_type = _csl_type(meta, parts)
    item: dict[str, object] = {"id": item_id, "type": item_type}

    def put(name: str, value: object) -> None:
        if value:
            item[name] = value

    put("title", parts.title)
    put("author", [_csl_name(parts.author)] if parts.author else None)
    put("genre", _CSL_GENRES.get(meta.kind) if parts.form != "newspaper" else None)
    own_date = _csl_date(meta.date_edtf)
    book_year = _csl_date(source.year) if item_type in ("chapter", "book") else None
    put("issued", book_year or own_date)
    put("original-date", own_date if book_year and own_date != book_year else None)
    put("container-title", source.publication)
    if parts.form != "newspaper":
        editors, _ = split_names(source.editor)
        put("editor", [_csl_name(editor) for editor in editors])
        put("publisher", source.publisher)
    put("publisher-place", source.place or (parts.place if meta.kind in _PLACE_IS_PUBLISHER else ""))
    put("event-place", parts.place if meta.kind not in _PLACE_IS_PUBLISHER else "")
    put("page", full_pages(source.pages, "-"))
    put("archive", parts.archive)
    put("URL", parts.url)
    put("language", meta.language.strip())
    return item


# BibTeX -----------------------------------------------------------------------------------------------------------

_TEX_SPECIAL = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&", "$": r"\$",
    "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
}  # fmt: skip
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_KEY_STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "az",
        "and",
        "of",
        "on",
        "in",
        "by",
        "to",
        "for",
        "from",
        "with",
        "at",
        "der",
        "die",
        "das",
        "le",
        "la",
        "les",
    ]
)
_ENTRY_TYPES = {"newspaper": "article", "volume": "incollection", "book": "book"}


def _tex(text: str) -> str:
    """Text safe inside a braced BibTeX field; accents stay as UTF-8, which biblatex reads as it is."""
    return "".join(_TEX_SPECIAL.get(char, char) for char in text)


def _bib_name(name: str) -> str:
    if is_person(name):
        family, given = split_person(name)
        return _tex(f"{family}, {given}")
    return "{" + _tex(name) + "}"  # braces keep an institution whole: no "USSR, Government of the"


def _ascii(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


def _key_name(parts: Parts) -> str:
    """A person's family name, an institution's acronym or initials, or an unsigned article's newspaper."""
    name = parts.author or (parts.source.publication if parts.form == "newspaper" else "")
    if not name or is_person(name):
        return _ascii(split_person(name)[0]) if name else ""
    words = [word.strip(".,()") for word in name.split()]
    for word in words:
        if len(word) > 1 and word.isupper() and word.isalpha():
            return _ascii(word)
    capitalised = [word for word in words if word[:1].isupper()]
    if len(capitalised) > 1:
        return _ascii("".join(word[0] for word in capitalised))
    return _ascii(name)


def _key_word(meta: DocumentMetadata, parts: Parts) -> str:
    """The first significant title word that can be written in ASCII, or else the kind of document."""
    for word in parts.title.split():
        folded = _ascii(word)
        readable = len(folded) >= 3 and folded[0].isalpha() and len(folded) * 2 >= len(word)
        if readable and folded not in _KEY_STOPWORDS:
            return folded
    kind_word = meta.kind.value.split()[-1]
    return "document" if meta.kind is DocumentKind.OTHER else kind_word


def _letters(number: int) -> str:
    """1 → 'b', 25 → 'z', 26 → 'ba': the suffixes that tell apart keys that would otherwise be the same."""
    letters = ""
    while True:
        number, digit = divmod(number, 26)
        letters = chr(ord("a") + digit) + letters
        if number == 0:
            return letters


def bibtex_key(meta: DocumentMetadata, taken: set[str]) -> str:
    """'ussr1956declaration': ASCII only, and not in `taken` (b, c… appended). The caller records the key it uses."""
    parts = parts_of(meta)
    date = meta.date
    year = str(date.lo.year) if date is not None else ""
    name, word = _key_name(parts), _key_word(meta, parts)
    base = f"{name}{year}{word}" if name else f"{word}{year}"
    key, number = base, 0
    while key in taken:
        number += 1
        key = base + _letters(number)
    return key


def _biblatex_date(text: str) -> str:
    try:
        date = HistoricalDate.parse(text)
    except InvalidDateError:
        return ""
    return re.sub(r"T[\d:]+", "", date.edtf)


def _date_fields(meta: DocumentMetadata, parts: Parts, entry_type: str) -> list[tuple[str, str]]:
    own = _biblatex_date(meta.date_edtf)
    book_year = parts.source.year if entry_type in ("incollection", "book") else ""
    if book_year:
        printed = _biblatex_date(book_year)
        fields = [("date", printed), ("origdate", own if own != printed else ""), ("year", _tex(book_year))]
        return [(name, value) for name, value in fields if value]
    date = meta.date
    if date is None:
        return []
    fields = [("date", own), ("year", str(date.lo.year))]
    if date.precision is not Precision.YEAR:
        fields.append(("month", _MONTHS[date.lo.month - 1]))
    return fields


def bibtex_entry(meta: DocumentMetadata, key: str) -> str:
    """One entry: @incollection, @article (a newspaper), @book (a memoir) or @misc, with date, year and month."""
    parts = parts_of(meta)
    source = parts.source
    entry_type = _ENTRY_TYPES.get(parts.form, "misc")
    fields: list[tuple[str, str]] = []
    if parts.author:
        fields.append(("author", _bib_name(parts.author)))
    if parts.title:
        fields.append(("title", "{" + _tex(parts.title) + "}"))  # the inner braces keep the title's capitals
    if source.publication:
        fields.append(("journal" if entry_type == "article" else "booktitle", _tex(source.publication)))
    editors, others = split_names(source.editor)
    if editors and entry_type != "article":
        fields.append(("editor", " and ".join([*(_bib_name(name) for name in editors), *(["others"] * others)])))
    if entry_type != "article":
        fields.append(("publisher", _tex(source.publisher)))
        fields.append(("address", _tex(source.place or (parts.place if entry_type == "book" else ""))))
    fields.extend(_date_fields(meta, parts, entry_type))
    fields.append(("pages", _tex(full_pages(source.pages, "--"))))
    described = ", ".join(piece for piece in (parts.descriptor, parts.place) if piece)
    described = described[:1].upper() + described[1:]
    if entry_type == "misc":
        fields.append(("howpublished", _tex(described)))
    notes = [", ".join(piece for piece in (described, parts.date) if piece)] if entry_type == "incollection" else []
    if parts.archive:
        notes.append(f"Also available at {parts.archive}" if parts.printed else parts.archive)
    fields.append(("note", _tex(". ".join(note for note in notes if note))))
    fields.append(("url", parts.url.replace("{", "%7B").replace("}", "%7D")))  # a verbatim field: nothing escaped
    body = ",\n".join(
        f"  {name} = {value}" if name == "month" else f"  {name} = {{{value}}}" for name, value in fields if value
    )
    return f"@{entry_type}{{{key},\n{body}\n}}\n"
