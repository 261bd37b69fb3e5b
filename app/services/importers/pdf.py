"""PDF: text page by page, read in a separate, limited process, then put back into paragraphs."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from app.domain.text.paragraphs import normalize_paragraph
from app.services.importers.base import Extracted, FileImportError, find_date
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

if TYPE_CHECKING:
    from app.services.tasks import Job

TIME_LIMIT_S = 60
MEMORY_LIMIT_BYTES = 2 * 1024**3


def _limit_memory() -> None:  # runs in the child before it starts reading
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))


def read_pages(data: bytes) -> dict[str, object]:
    """Run the worker; its JSON, or FileImportError for a timeout, a crash or an unreadable file."""
    limit = _limit_memory if sys.platform != "win32" else None  # resource limits are POSIX only
    try:
        result = subprocess.run(
            [sys.executable, "-m", "app.services.importers.pdf_worker"],
            input=data, capture_output=True, timeout=TIME_LIMIT_S, check=False, preexec_fn=limit,
        )  # fmt: skip
    except subprocess.TimeoutExpired as exc:
        raise FileImportError(f"reading this PDF took over {TIME_LIMIT_S} s; it was stopped") from exc
    try:
        payload = json.loads(result.stdout)
    except ValueError:
        payload = None
    if result.returncode != 0 or not isinstance(payload, dict):
        raise FileImportError("this PDF cannot be read (the reader stopped on it)")
    if "error" in payload:
        raise FileImportError("this PDF is damaged or not a PDF")
    return payload


def page_texts(raw_pages: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Each page's lines as text, with a blank line wherever two lines are clearly further apart than the
    document's usual line spacing (how most printed paragraphs are told apart)."""
    steps = []
    for page in raw_pages:
        bottoms = [bottom for _text, bottom in page["lines"] if bottom is not None]
        steps += [a - b for a, b in itertools.pairwise(bottoms) if a > b]
    # The commonest step is the spacing inside a paragraph; a wider one starts a new paragraph.
    usual = Counter(round(step * 2) / 2 for step in steps).most_common(1)[0][0] if steps else None
    texts = []
    for page in raw_pages:
        out: list[str] = []
        previous: float | None = None
        for text, bottom in page["lines"]:
            if usual and previous is not None and bottom is not None and previous - bottom > 1.6 * usual:
                out.append("")
            out.append(str(text))
            previous = bottom
        texts.append((str(page["label"]), "\n".join(out)))
    return texts


MIN_PAGE_TEXT = 20  # characters: a page with fewer and with an image on it is a scanned page


def pages_to_read(raw_pages: list[dict[str, Any]], pages: list[tuple[str, str]]) -> list[int]:
    """The pages that are images without text (a scan, or scanned pages in a PDF that has others with text)."""
    return [
        index
        for index, (raw, (_label, text)) in enumerate(zip(raw_pages, pages, strict=True))
        if raw.get("images", 0) and len("".join(text.split())) < MIN_PAGE_TEXT
    ]


def extract_pdf(
    data: bytes, _encoding: str | None = None, request: OcrRequest | None = None, job: Job | None = None
) -> Extracted:
    payload = read_pages(data)
    raw_pages = payload.get("pages")
    pages = page_texts(raw_pages) if isinstance(raw_pages, list) else []
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
    return Extracted(
        paragraphs=tuple(paragraphs),
        original_format="application/pdf",
        pages=tuple(labels),
        title=normalize_paragraph(str(payload.get("title") or "")),
        author=normalize_paragraph(str(payload.get("author") or "")),
        date_text=find_date(paragraphs),
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
