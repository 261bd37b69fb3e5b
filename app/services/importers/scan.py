"""Scans: image files, and PDF pages without a text layer, read with Tesseract in a worker process.

The worker (ocr_worker.py) is started for each file and reports page by page; Cancel ends it at once (a page
being read cannot be interrupted any other way), and so do the limits a PDF is read under: a page that takes
longer than PAGE_TIME_LIMIT_S, a process that needs more than MEMORY_LIMIT_BYTES, a file of more than MAX_PAGES.
"""

from __future__ import annotations

import base64
import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

from app.domain.errors import Cancelled
from app.domain.pages import OcrWord, ReadPage, ScanText
from app.domain.text.blocks import paragraph_blocks
from app.domain.text.paragraphs import normalize_paragraph
from app.services.importers.base import Extracted, FileImportError, find_date
from app.services.importers.ocr_engine import (
    NOT_INSTALLED,
    SETTINGS,
    OcrUnavailableError,
    engine_available,
    find_tessdata,
    tesseract_code,
)
from app.services.importers.scan_text import paragraphs_from_scan

if TYPE_CHECKING:
    from app.services.tasks import Job

PAGE_TIME_LIMIT_S = 60  # as for reading a PDF's text, but for each page
MEMORY_LIMIT_BYTES = 2 * 1024**3
MAX_PAGES = 500

IMAGE_TYPES = {
    b"\xff\xd8\xff": "image/jpeg",
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"II*\x00": "image/tiff",
    b"MM\x00*": "image/tiff",
}


@dataclass(frozen=True)
class OcrRequest:
    """How a scan is to be read: in which languages (several for a bilingual page) and with which layout setting."""

    languages: tuple[str, ...]
    setting: str = "auto"

    def codes(self) -> list[str]:
        return list(dict.fromkeys(tesseract_code(language) for language in self.languages if language.strip()))

    @property
    def label(self) -> str:
        return "+".join(self.codes())


class ScanNeedsLanguageError(FileImportError):
    """A scan was met with no language to read it in: the window asks for one, the command line says so."""

    def __init__(self, pages: int, to_read: int, name: str = "") -> None:
        count = f"{pages} page{'s' if pages != 1 else ''}" if to_read == pages else f"{to_read} of its {pages} pages"
        prefix = f"{name}: " if name else ""
        super().__init__(f"{prefix}a scan ({count} to read with OCR); give its language, e.g. --language hu")
        self.pages = pages
        self.to_read = to_read

    def named(self, name: str) -> ScanNeedsLanguageError:
        """The same, its message naming the file."""
        return ScanNeedsLanguageError(self.pages, self.to_read, name)


def image_type(data: bytes) -> str | None:
    return next((kind for magic, kind in IMAGE_TYPES.items() if data.startswith(magic)), None)


def check_ocr(request: OcrRequest) -> None:
    """FileImportError, in one line saying what to install, if Tesseract or a language's data is missing."""
    if not request.codes():
        raise FileImportError("give the language of the scan, e.g. --language hu (several for a bilingual page)")
    if request.setting not in SETTINGS:
        raise FileImportError(f"unknown OCR setting {request.setting!r}: one of {', '.join(SETTINGS)}")
    try:
        find_tessdata(request.codes())
    except OcrUnavailableError as exc:
        raise FileImportError(str(exc)) from exc
    if not engine_available():
        raise FileImportError(NOT_INSTALLED)


def _lines(stream: IO[bytes], out: queue.Queue[bytes | None]) -> None:
    for line in iter(stream.readline, b""):
        out.put(line)
    out.put(None)


def _words(rows: list[list[Any]] | None) -> tuple[OcrWord, ...]:
    if rows is None:
        return ()
    words = []
    for text, x0, y0, x1, y1, confidence, block, par, line in rows:
        box = (int(x0), int(y0), int(x1), int(y1)) if x0 is not None else None
        words.append(OcrWord(str(text), box, confidence, int(block), int(par), int(line)))
    return tuple(words)


def read_scan(
    kind: str, data: bytes, request: OcrRequest | None, job: Job | None = None, *,
    ocr_pages: Sequence[int] | None = None, pages: Sequence[int] | None = None,
) -> dict[int, tuple[ReadPage, bool]]:  # fmt: skip
    """Run the worker over the file; each page's ReadPage (by index) and whether it was read by OCR."""
    codes = request.codes() if request is not None else []
    message = {"kind": kind, "languages": codes, "setting": request.setting if request else "auto",
               "ocr_pages": None if ocr_pages is None else list(ocr_pages),
               "pages": None if pages is None else list(pages), "memory_limit": MEMORY_LIMIT_BYTES}  # fmt: skip
    process = subprocess.Popen(
        [sys.executable, "-m", "app.services.importers.ocr_worker"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL, env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )  # fmt: skip
    assert process.stdin is not None
    assert process.stdout is not None
    lines: queue.Queue[bytes | None] = queue.Queue()
    threading.Thread(target=_lines, args=(process.stdout, lines), daemon=True).start()
    try:
        try:
            process.stdin.write(json.dumps(message).encode() + b"\n" + data)
            process.stdin.close()
        except BrokenPipeError:
            pass  # the worker stopped before reading it all: what it said is read below
        return _collect(process, lines, job or _Unwatched(), request, ocr_pages)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()


class _Unwatched:
    """Progress no one follows and a Cancel no one asks for (a read without a Job)."""

    cancelled = False

    def report(self, done: int, total: int = 0, label: str = "") -> None:
        pass


def _collect(
    process: subprocess.Popen[bytes], lines: queue.Queue[bytes | None], job: Job | _Unwatched,
    request: OcrRequest | None,
    ocr_pages: Sequence[int] | None,
) -> dict[int, tuple[ReadPage, bool]]:  # fmt: skip
    read: dict[int, tuple[ReadPage, bool]] = {}
    total, current, deadline = 0, -1, time.monotonic() + PAGE_TIME_LIMIT_S
    while True:
        if job.cancelled:
            process.kill()
            raise Cancelled
        if time.monotonic() > deadline:
            process.kill()
            where = f"page {current + 1}" if current >= 0 else "this file"
            raise FileImportError(f"reading {where} took over {PAGE_TIME_LIMIT_S} s; it was stopped")
        try:
            line = lines.get(timeout=0.1)
        except queue.Empty:
            continue
        if line is None:
            raise FileImportError(
                f"the OCR stopped on page {current + 1} (out of memory?)"
                if current >= 0
                else "this file cannot be read"
            )
        event = json.loads(line)
        if "error" in event:
            raise FileImportError(str(event["error"]))
        if "total" in event:
            total = int(event["total"])
            if total > MAX_PAGES:
                raise FileImportError(f"it has {total} pages; at most {MAX_PAGES} are read with OCR at once")
        elif "reading" in event:
            current, deadline = int(event["reading"]), time.monotonic() + PAGE_TIME_LIMIT_S
            job.report(len(read), total, f"page {current + 1} of {total}")
        elif "page" in event:
            index = int(event["page"])
            by_ocr = event["words"] is not None
            page = ReadPage(
                label=str(event["label"]), width=int(event["width"]), height=int(event["height"]),
                words=_words(event["words"]), image=base64.b64decode(event["image"]),
                media_type=str(event["media_type"]), image_width=int(event["image_width"]),
                image_height=int(event["image_height"]), languages=request.label if by_ocr and request else "",
                setting=request.setting if by_ocr and request else "auto",
            )  # fmt: skip
            read[index] = (page, by_ocr)
            job.report(len(read), total, f"page {index + 1} of {total}")
        elif event.get("done"):
            return read


def scan_extracted(pages: list[ReadPage], original_format: str, title: str = "", author: str = "") -> Extracted:
    """The paragraphs of read pages, with the pages and words kept for the library."""
    paragraphs, labels, placements = paragraphs_from_scan(pages)
    if not paragraphs:
        raise FileImportError("no text was found on the scan (is it the right language, or a picture?)")
    return Extracted(
        blocks=paragraph_blocks(paragraphs, labels),  # plain paragraphs: the word boxes follow them one by one
        original_format=original_format,
        title=normalize_paragraph(title),
        author=normalize_paragraph(author),
        date_text=find_date(paragraphs),
        scan=ScanText(tuple(pages), tuple(placements)),
    )


def extract_image(data: bytes, request: OcrRequest | None, job: Job | None = None) -> Extracted:
    """A photographed or scanned page (JPEG, PNG) or pages (TIFF), read in the request's languages."""
    from app.services.importers.ocr_images import UnreadableImageError, frame_count

    try:
        count = frame_count(data)
    except UnreadableImageError as exc:
        raise FileImportError(str(exc)) from exc
    if request is None:
        raise ScanNeedsLanguageError(count, count)
    check_ocr(request)
    if count > MAX_PAGES:
        raise FileImportError(f"it has {count} pages; at most {MAX_PAGES} are read with OCR at once")
    read = read_scan("image", data, request, job)
    pages = [read[index][0] for index in sorted(read)]
    return scan_extracted(pages, image_type(data) or "image")
