"""PDF: text page by page, read in a separate, limited process, then put back into paragraphs."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from collections import Counter
from typing import Any

from app.domain.text.paragraphs import normalize_paragraph
from app.services.importers.base import Extracted, FileImportError, find_date
from app.services.importers.pages import paragraphs_from_pages

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


def extract_pdf(data: bytes, _encoding: str | None = None) -> Extracted:
    payload = read_pages(data)
    raw_pages = payload.get("pages")
    pages = page_texts(raw_pages) if isinstance(raw_pages, list) else []
    if not pages:
        raise FileImportError("this PDF has no pages")
    if not any(text.strip() for _label, text in pages):
        raise FileImportError("this PDF has no text layer (a scan?); run OCR on it first")
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
