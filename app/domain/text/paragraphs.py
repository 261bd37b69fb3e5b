"""Turning running text into numbered paragraphs, and fingerprinting it."""

from __future__ import annotations

import re
import unicodedata

_BLANK_LINE = re.compile(r"\n[ \t\f\v]*\n")


def normalize_paragraph(text: str) -> str:
    """One paragraph on one line: NFC, single spaces, no soft hyphens or stray whitespace."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.replace("\u00ad", "").split())


def split_paragraphs(text: str) -> list[str]:
    """Split plain text on blank lines; line breaks inside a paragraph become spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    parts = (normalize_paragraph(part) for part in _BLANK_LINE.split(text))
    return [part for part in parts if part]


def content_hash(paragraphs: list[str]) -> str:
    """A fingerprint of the text alone, so the same text imported twice is recognised."""
    import hashlib  # loading OpenSSL takes a few ms the first page need not wait for

    digest = hashlib.sha256()
    for paragraph in paragraphs:
        digest.update(normalize_paragraph(paragraph).encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


_NO_DECOMPOSITION = {
    "ł": "l",
    "ø": "o",
    "đ": "d",
    "ı": "i",
    "ħ": "h",
}  # letters Unicode does not split into base + mark
_KEPT = {"й"}  # a letter of its own in Russian (й is not и), as SQLite's index keeps it; ё is folded to е
_fold_table: dict[int, str] = {}


def _fold_char(char: str) -> str:
    lower = char.lower()
    if lower in _KEPT:
        return lower
    base = unicodedata.normalize("NFD", lower)[0] if char.isalpha() else char
    return _NO_DECOMPOSITION.get(base, base)


def fold(text: str) -> str:
    """Lower case without accents, one character per character, so offsets in the result are offsets in `text`."""
    table = _fold_table
    for char in set(text):
        if ord(char) not in table:
            table[ord(char)] = _fold_char(char)
    return text.translate(table)
