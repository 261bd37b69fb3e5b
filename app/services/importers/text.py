"""Plain text: decoding that never guesses silently, and paragraphs as a reader sees them."""

from __future__ import annotations

import codecs
import itertools
import re
import statistics
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from app.domain.text.blocks import Block, BlockKind, BlockList
from app.domain.text.paragraphs import normalize_paragraph
from app.services.importers.base import MAX_TEXT_BYTES, Extracted, FileImportError, find_date, guess_title
from app.services.importers.pages import paragraphs_from_pages
from app.services.importers.structure import finish

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    replaced: int = 0  # invalid bytes, each run of them shown as U+FFFD
    detected: bool = False  # the encoding was guessed from the bytes


_ESCAPED = re.compile("[\udc80-\udcff]+")
_OTHER_LETTERS = re.compile("[^\x00-\x7f\udc80-\udcff]+")  # what decoded as UTF-8 beyond ASCII


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Text and the encoding used (see `decode_counted`)."""
    decoded = decode_counted(data, encoding)
    return decoded.text, decoded.encoding


def decode_counted(data: bytes, encoding: str | None = None) -> Decoded:
    """The text: in the encoding asked for, else as its BOM says, else UTF-8, else as detected. A UTF-8 text with a
    few bad bytes (a damaged file) stays UTF-8 with those bytes replaced, and says how many there were."""
    if encoding:
        try:
            return Decoded(data.decode(encoding), encoding)
        except LookupError as exc:
            raise FileImportError(f"unknown encoding {encoding!r}") from exc
        except UnicodeDecodeError as exc:
            raise FileImportError(f"the text is not valid {encoding} (byte {exc.start})") from exc
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(name), name)
            except UnicodeDecodeError as exc:
                raise FileImportError(f"the text starts as {name} but is not valid {name}") from exc
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise FileImportError("this is a binary file, not text (it contains NUL bytes)")
    escaped = data.decode("utf-8", "surrogateescape")
    bad = sum(len(run) for run in _ESCAPED.findall(escaped))
    good = sum(map(len, _OTHER_LETTERS.findall(escaped)))
    if good and bad <= max(4, good):  # sound UTF-8 letters as many as bad bytes: damaged UTF-8, not cp1250
        return Decoded(_ESCAPED.sub("\ufffd", escaped), "utf-8", replaced=bad)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise FileImportError("cannot tell how this text is encoded; choose an encoding")
    return Decoded(str(best), best.encoding, detected=True)


def check_text(text: str) -> None:
    if "\x00" in text:
        raise FileImportError("this is a binary file, not text (it contains NUL bytes)")
    sample = text[:20000]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 200):
        raise FileImportError("this looks like a binary file, not text")


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def text_paragraphs(text: str) -> list[str]:
    """Blank lines separate paragraphs; hard-wrapped lines are joined; without blank lines, indents or line
    length tell where paragraphs begin."""
    return list(iter_paragraphs(text))


def iter_paragraphs(text: str) -> Iterator[str]:
    """The paragraphs of `text` (see text_paragraphs) one at a time, so that a million of them are never a list."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n").lstrip("\ufeff")
    start = 0
    for found in itertools.chain(_BLANK_LINE.finditer(text), [None]):
        end = found.start() if found is not None else len(text)
        block = text[start:end]
        start = found.end() if found is not None else len(text)
        if not block.strip():
            continue
        lines = [line for line in block.split("\n") if line.strip()]
        for paragraph in _split_unblanked(lines) if len(lines) > 3 else [" ".join(lines)]:
            normalized = normalize_paragraph(paragraph)
            if normalized:
                yield normalized


def _split_unblanked(lines: list[str]) -> list[str]:
    """Inside a block with no blank lines: one paragraph per long line, or a new one at each indent."""
    lengths = [len(line.strip()) for line in lines]
    if statistics.median(lengths) > 160:  # one paragraph per line, never wrapped
        return lines
    indented = [line[:1] in " \t" for line in lines]
    if 1 < sum(indented) < len(lines):
        paragraphs: list[str] = []
        current: list[str] = []
        for line, starts in zip(lines, indented, strict=True):
            if starts and current:
                paragraphs.append(" ".join(current))
                current = []
            current.append(line)
        paragraphs.append(" ".join(current))
        return paragraphs
    return [" ".join(lines)]


# A heading standing alone in a plain text: a short line in capitals, or one that names a part, a chapter or a
# section ('Part one: the events', 'II. The negotiations'), without a closing full stop.
_HEADING = re.compile(
    r"(?:(?:part|chapter|section|book|appendix|annex|rész|fejezet|часть|глава|раздел|teil|kapitel|abschnitt"
    r"|partie|chapitre)\b.{0,70}|[IVXLC]{1,6}\.\s+\S.{0,70}|[^a-zа-яёáéíóöőúüű.!?]{3,80})",
    re.IGNORECASE,
)


def _is_heading(paragraph: str, following: str | None) -> bool:
    if len(paragraph) > 80 or paragraph.endswith((".", ",", ";", ":", "!", "?")) or following is None:
        return False
    if not _HEADING.fullmatch(paragraph) or sum(char.isalpha() for char in paragraph) < 3:
        return False
    capitals = paragraph.isupper() or not paragraph[0].islower()
    return capitals and len(following) > len(paragraph)


def text_blocks(paragraphs: Iterable[str], pages: Sequence[str] = ()) -> BlockList:
    """Paragraphs as blocks: a first line that reads as a title, and lines that read as headings, become headings.
    Read with one paragraph of lookahead, into a compact list."""
    blocks = BlockList()
    ahead = iter(paragraphs)
    current = next(ahead, None)
    index = 0
    while current is not None:
        following = next(ahead, None)
        block = Block(current, page=pages[index] if index < len(pages) else None)
        if index == 0 and following is not None and guess_title([current]):
            block = replace(block, kind=BlockKind.HEADING, level=1)
        elif index and _is_heading(current, following):
            block = replace(block, kind=BlockKind.HEADING, level=2)
        blocks.append(block)
        current, index = following, index + 1
    return blocks


def extract_text(data: bytes, encoding: str | None = None, _max_bytes: int = MAX_TEXT_BYTES) -> Extracted:
    decoded = decode_counted(data, encoding)
    text, used, replaced = decoded.text, decoded.encoding, decoded.replaced
    del decoded
    check_text(text)
    pages: list[str] = []
    if text.count("\f") >= 2:  # a text printed in pages: drop running heads and page numbers, keep page labels
        paged, pages = paragraphs_from_pages([(str(n), page) for n, page in enumerate(text.split("\f"), 1)])
        blocks = text_blocks(paged, pages)
    else:
        blocks = text_blocks(iter_paragraphs(text))
    del text  # the blocks hold the words now
    if not blocks:
        raise FileImportError("the file has no text")
    finished = finish(blocks)
    return Extracted(
        blocks=finished.blocks,
        original_format="text/plain",
        title=finished.title,
        date_text=finished.date_text or find_date([block.text for block in blocks[:6]]),
        place=finished.place,
        encoding=used,
        replaced=replaced,
    )
