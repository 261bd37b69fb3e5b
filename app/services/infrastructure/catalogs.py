"""Qt's compiled translation catalogues (.qm), read without Qt, for the command line.

A .qm file is a 16-byte signature followed by tagged blocks: one of hashes (of each source text with its
disambiguation, pointing into the messages) and one of messages, each a record of tags holding its context,
source text and translation(s) (Qt's format, as lrelease writes it). A string is looked up as Qt looks it up:
by the hash of its text and disambiguation, then without the disambiguation. Plural forms are the translations
of one message in the order of the language's rule."""

from __future__ import annotations

import bisect
import configparser
import struct
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from app.domain.errors import InvalidInputError

SIGNATURE = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_HASHES_BLOCK, _MESSAGES_BLOCK = 0x42, 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8

# Which plural form a count takes, as Qt's rules for these languages have it.
PLURAL_FORM: dict[str, Callable[[int], int]] = {
    "en": lambda n: 0 if n == 1 else 1,
    "hu": lambda _n: 0,  # one form: a noun after a number stays singular ("3 jegyzet")
    "ru": lambda n: 0 if n % 10 == 1 and n % 100 != 11 else 1 if 2 <= n % 10 <= 4 and not 10 <= n % 100 < 20 else 2,
}


def elf_hash(data: bytes) -> int:
    """The hash Qt keys a catalogue's messages by (never 0)."""
    value = 0
    for byte in data:
        value = ((value << 4) + byte) & 0xFFFFFFFF
        high = value & 0xF0000000
        if high:
            value ^= high >> 24
        value &= ~high & 0xFFFFFFFF
    return value or 1


@dataclass(frozen=True)
class _Message:
    context: str | None  # None where the catalogue does not store it
    source: str | None
    comment: str | None
    translations: tuple[str, ...]


@dataclass
class Catalog:
    language: str
    hashes: list[tuple[int, int]] = field(default_factory=list)  # (hash, message offset), sorted
    messages: dict[int, _Message] = field(default_factory=dict)  # by offset in the messages block

    def translate(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        """The translation, or '' where the catalogue has none (the caller keeps its source text)."""
        for comment in dict.fromkeys((disambiguation or "", "")):
            wanted = elf_hash((text + comment).encode("utf-8"))
            start = bisect.bisect_left(self.hashes, (wanted, -1))
            for found, offset in self.hashes[start:]:
                if found != wanted:
                    break
                message = self.messages.get(offset)
                if message is not None and _matches(message, context, text, comment):
                    return _form(message.translations, self.language, n)
        return ""


def _matches(message: _Message, context: str, text: str, comment: str) -> bool:
    return (
        message.context in (None, context) and message.source in (None, text) and message.comment in (None, comment, "")
    )


def _form(translations: tuple[str, ...], language: str, n: int) -> str:
    if not translations:
        return ""
    index = PLURAL_FORM.get(language, PLURAL_FORM["en"])(n) if n >= 0 else 0
    return translations[min(index, len(translations) - 1)]


def read_catalog(data: bytes, language: str) -> Catalog:
    """The messages of a .qm file's bytes; a file that is not one is refused in one line."""
    if not data.startswith(SIGNATURE):
        raise InvalidInputError("not a Qt translation catalogue (.qm)")
    catalog, at = Catalog(language), len(SIGNATURE)
    try:
        while at < len(data):
            tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
            if at + 5 + length > len(data):
                raise IndexError("a block runs past the end of the file")
            block = data[at + 5 : at + 5 + length]
            if tag == _HASHES_BLOCK:
                catalog.hashes = sorted(struct.iter_unpack(">II", block))
            elif tag == _MESSAGES_BLOCK:
                catalog.messages = _read_messages(block)
            at += 5 + length
    except (struct.error, IndexError, UnicodeDecodeError) as exc:
        raise InvalidInputError(f"a damaged translation catalogue ({exc})") from exc
    return catalog


def _read_messages(block: bytes) -> dict[int, _Message]:
    messages: dict[int, _Message] = {}
    at = start = 0
    fields: dict[int, str] = {}
    translations: list[str] = []
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == _END:
            messages[start] = _Message(
                fields.get(_CONTEXT), fields.get(_SOURCE), fields.get(_COMMENT), tuple(translations)
            )
            fields, translations, start = {}, [], at
            continue
        if tag == _OBSOLETE1:
            continue
        length = struct.unpack_from(">I", block, at)[0]
        at += 4
        length = 0 if length == 0xFFFFFFFF else length  # a null string
        if at + length > len(block):
            raise IndexError("a message runs past the end of its block")
        value = block[at : at + length]
        at += length
        if tag == _TRANSLATION:
            translations.append(value.decode("utf-16-be"))
        elif tag in (_SOURCE, _CONTEXT, _COMMENT):
            fields[tag] = value.decode("utf-8")
    return messages


def bundled_catalog(language: str) -> Catalog | None:
    """Parallax's catalogue for `language` from resources/translations, if it ships one."""
    try:
        data = resources.files("resources").joinpath("translations", f"parallax_{language}.qm").read_bytes()
    except (FileNotFoundError, OSError):
        return None
    try:
        return read_catalog(data, language)
    except InvalidInputError:
        return None  # a damaged catalogue in the installation: the strings stay in English


LANGUAGE_KEY = ("interface", "language")  # where the window's settings file keeps the Language menu's choice


def saved_language(settings_file: Path) -> str | None:
    """The language chosen in the window's Language menu, read from its settings file (an ini file) without Qt."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings_file, encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return None  # a settings file the command line cannot read: the system's language
    section, key = LANGUAGE_KEY
    return parser.get(section, key, fallback=None)


def system_locales(environ: Mapping[str, str]) -> list[str]:
    """The user's locales in the order POSIX programs consult them (LANGUAGE's list first)."""
    names = environ.get("LANGUAGE", "").split(":")
    names += [environ.get(variable, "") for variable in ("LC_ALL", "LC_MESSAGES", "LANG")]
    return [name for name in names if name]
