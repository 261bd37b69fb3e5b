"""PDF: text page by page, read in a separate, limited process, then put back into paragraphs."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from app.domain.text.blocks import Block, BlockKind
from app.domain.text.paragraphs import normalize_paragraph
from app.services.importers.base import MAX_TEXT_BYTES, Extracted, FileImportError, find_date
from app.services.importers.pages import paragraphs_from_pages
from app.services.importers.scan import (
    MAX_PAGES,
    OcrRequest,
    ScanNeedsLanguageError,
    check_ocr,
    read_scan,
    scan_extracted,
)
from app.services.importers.scan_text import text_layer_words
from app.services.importers.structure import finish

if TYPE_CHECKING:
    from app.services.tasks import Job

TIME_LIMIT_S = 60
BASE_MEMORY_BYTES = 384 * 1024**2  # Python and PDFium themselves
MEMORY_PER_BYTE = 8  # and so much for each byte the import size limit allows: memory follows the limit


def memory_limit(max_bytes: int) -> int:
    return BASE_MEMORY_BYTES + MEMORY_PER_BYTE * max_bytes


def _limiter(limit: int) -> Callable[[], None]:
    def limit_memory() -> None:  # runs in the child before it starts reading
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return limit_memory


def read_pages(data: bytes, max_bytes: int = MAX_TEXT_BYTES) -> dict[str, object]:
    """Run the worker; its JSON, or FileImportError for a timeout, a crash or an unreadable file."""
    limit = _limiter(memory_limit(max_bytes)) if sys.platform != "win32" else None  # resource limits are POSIX only
    try:
        result = subprocess.run(  # noqa: S603 - our own worker, run by this interpreter with a number as its argument
            [sys.executable, "-m", "app.services.importers.pdf_worker", str(max_bytes)],
            input=data, capture_output=True, timeout=TIME_LIMIT_S, check=False, preexec_fn=limit,
        )  # fmt: skip
    except subprocess.TimeoutExpired as exc:
        raise FileImportError(f"reading this PDF took over {TIME_LIMIT_S} s; it was stopped") from exc
    try:
        payload = json.loads(result.stdout)
    except ValueError:
        payload = None
    if result.returncode != 0 or not isinstance(payload, dict):
        raise FileImportError(
            "this PDF cannot be read (the reader stopped on it: it may expand to more than the import size limit "
            "allows)"
        )
    if payload.get("too_much"):
        raise FileImportError(f"this PDF expands to more text than the import size limit ({_mb(max_bytes)}) allows")
    if "error" in payload:
        raise FileImportError("this PDF is damaged or not a PDF")
    return payload


def _mb(count: int) -> str:
    return f"{count / 1e6:.0f} MB"


def _body_size(raw_pages: list[dict[str, Any]]) -> float:
    """The size of the running text: the font size most of the characters are set in."""
    weights: Counter[float] = Counter()
    for page in raw_pages:
        for line in page["lines"]:
            if len(line) > 2 and line[2]:
                weights[round(float(line[2]) * 2) / 2] += len(str(line[0]))
    return weights.most_common(1)[0][0] if weights else 0.0


def _is_heading(line: list[Any], body: float) -> int:
    """The level of a line that is clearly a heading (set larger than the text, or bold and short, without a
    closing full stop), else 0."""
    text = str(line[0]).strip()
    size = float(line[2]) if len(line) > 2 and line[2] else 0.0
    bold = bool(line[3]) if len(line) > 3 else False
    if not text or len(text) > 120 or text.endswith((".", ",", ";")) or not body or not any(c.isalpha() for c in text):
        return 0
    if size >= 1.35 * body:
        return 1
    if size >= 1.15 * body:
        return 2
    return 3 if bold and len(text) <= 80 and size >= body * 0.95 else 0


def page_texts(raw_pages: list[dict[str, Any]]) -> tuple[list[tuple[str, str]], dict[str, int]]:
    """Each page's lines as text, with a blank line wherever two lines are clearly further apart than the
    document's usual line spacing (how most printed paragraphs are told apart), and around headings; and the
    headings found, by their text, with their level."""
    steps = []
    for page in raw_pages:
        bottoms = [line[1] for line in page["lines"] if line[1] is not None]
        steps += [a - b for a, b in itertools.pairwise(bottoms) if a > b]
    # The commonest step is the spacing inside a paragraph; a wider one starts a new paragraph.
    usual = Counter(round(step * 2) / 2 for step in steps).most_common(1)[0][0] if steps else None
    body = _body_size(raw_pages)
    texts = []
    headings: dict[str, int] = {}
    for page in raw_pages:
        out: list[str] = []
        previous: float | None = None
        for line in page["lines"]:
            text, bottom = str(line[0]), line[1]
            level = _is_heading(line, body)
            if level or (usual and previous is not None and bottom is not None and previous - bottom > 1.6 * usual):
                out.append("")
            out.append(text)
            if level:
                headings.setdefault(normalize_paragraph(text), level)
                out.append("")
            previous = bottom
        texts.append((str(page["label"]), "\n".join(out)))
    return texts, headings


MIN_PAGE_TEXT = 20  # characters: a page with fewer and with an image on it is a scanned page


def pages_to_read(raw_pages: list[dict[str, Any]], pages: list[tuple[str, str]]) -> list[int]:
    """The pages that are images without text (a scan, or scanned pages in a PDF that has others with text)."""
    return [
        index
        for index, (raw, (_label, text)) in enumerate(zip(raw_pages, pages, strict=True))
        if raw.get("images", 0) and len("".join(text.split())) < MIN_PAGE_TEXT
    ]


def extract_pdf(
    data: bytes, _encoding: str | None = None, max_bytes: int = MAX_TEXT_BYTES, request: OcrRequest | None = None,
    job: Job | None = None,
) -> Extracted:  # fmt: skip
    payload = read_pages(data, max_bytes)
    raw_pages = payload.get("pages")
    pages, headings = page_texts(raw_pages) if isinstance(raw_pages, list) else ([], {})
    if not pages or not isinstance(raw_pages, list):
        raise FileImportError("this PDF has no pages")
    scanned = pages_to_read(raw_pages, pages)
    if scanned:
        if request is None:
            raise ScanNeedsLanguageError(len(pages), len(scanned))
        return _extract_scanned(data, pages, scanned, request, job=job, payload=payload)
    if not any(text.strip() for _label, text in pages):
        raise FileImportError("this PDF has neither text nor page images")
    paragraphs, labels = paragraphs_from_pages(pages)
    if not paragraphs:
        raise FileImportError("this PDF has no text apart from page numbers and running heads")
    blocks = [
        Block(text, BlockKind.HEADING, label, level=headings[text]) if text in headings else Block(text, page=label)
        for text, label in zip(paragraphs, labels, strict=True)
    ]
    finished = finish(blocks)
    return Extracted(
        blocks=finished.blocks,
        original_format="application/pdf",
        title=normalize_paragraph(str(payload.get("title") or "")) or finished.title,
        author=normalize_paragraph(str(payload.get("author") or "")),
        date_text=finished.date_text or find_date(paragraphs),
        place=finished.place,
    )


def _extract_scanned(
    data: bytes, pages: list[tuple[str, str]], scanned: list[int], request: OcrRequest, *, job: Job | None,
    payload: dict[str, object],
) -> Extracted:  # fmt: skip
    """Pages without text read with OCR, the others by their text layer; every page's image is kept."""
    check_ocr(request)
    if len(scanned) > MAX_PAGES:
        raise FileImportError(f"it has {len(scanned)} scanned pages; at most {MAX_PAGES} are read with OCR at once")
    read = read_scan("pdf", data, request, job, ocr_pages=scanned)
    kept = []
    for index, (label, text) in enumerate(pages):
        page, by_ocr = read[index]
        kept.append(page if by_ocr else replace(page, label=label, words=text_layer_words(text)))
    title, author = str(payload.get("title") or ""), str(payload.get("author") or "")
    return scan_extracted(kept, "application/pdf", title, author)
