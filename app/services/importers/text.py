"""Plain text: decoding that never guesses silently, and paragraphs as a reader sees them."""

from __future__ import annotations

import codecs
import re
import statistics

from app.domain.text.paragraphs import normalize_paragraph
from app.services.importers.base import Extracted, FileImportError, find_date, guess_title
from app.services.importers.pages import paragraphs_from_pages

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Text and the encoding used: the one asked for, else a BOM, else strict UTF-8, else detection."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except LookupError as exc:
            raise FileImportError(f"unknown encoding {encoding!r}") from exc
        except UnicodeDecodeError as exc:
            raise FileImportError(f"the text is not valid {encoding} (byte {exc.start})") from exc
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise FileImportError(f"the text starts as {name} but is not valid {name}") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise FileImportError("this is a binary file, not text (it contains NUL bytes)")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise FileImportError("cannot tell how this text is encoded; choose an encoding")
    return str(best), best.encoding


def check_text(text: str) -> None:
    if "\x00" in text:
        raise FileImportError("this is a binary file, not text (it contains NUL bytes)")
    sample = text[:20000]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 200):
        raise FileImportError("this looks like a binary file, not text")


def text_paragraphs(text: str) -> list[str]:
    """Blank lines separate paragraphs; hard-wrapped lines are joined; without blank lines, indents or line
    length tell where paragraphs begin."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n").lstrip("\ufeff")
    blocks = [block for block in re.split(r"\n[ \t]*\n", text) if block.strip()]
    paragraphs: list[str] = []
    for block in blocks:
        lines = [line for line in block.split("\n") if line.strip()]
        paragraphs.extend(_split_unblanked(lines) if len(lines) > 3 else [" ".join(lines)])
    return [p for p in (normalize_paragraph(p) for p in paragraphs) if p]


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


def extract_text(data: bytes, encoding: str | None = None) -> Extracted:
    text, used = decode(data, encoding)
    check_text(text.replace("\f", "\n"))
    pages: list[str] = []
    if text.count("\f") >= 2:  # a text printed in pages: drop running heads and page numbers, keep page labels
        paragraphs, pages = paragraphs_from_pages([(str(n), page) for n, page in enumerate(text.split("\f"), 1)])
    else:
        paragraphs = text_paragraphs(text)
    if not paragraphs:
        raise FileImportError("the file has no text")
    title = guess_title(paragraphs)
    skip = 1 if title and len(paragraphs) > 1 else 0
    return Extracted(
        paragraphs=tuple(paragraphs[skip:]),
        pages=tuple(pages[skip:]),
        original_format="text/plain",
        title=title,
        date_text=find_date(paragraphs),
        encoding=used,
    )
