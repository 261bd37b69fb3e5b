"""Reads scanned pages with Tesseract in a process of its own (run by scan.py), so that Cancel can end it at once
and a page that hangs or eats memory is stopped by the limits set on this process.

Input on stdin: one line of JSON (the request), then the file's bytes. Output on stdout: one line of JSON per
event: {"total": N}, {"reading": i} when page i begins, {"page": i, ...} with its words and image, {"done": true},
or {"error": "one line"}.
"""

from __future__ import annotations

import base64
import json
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

RENDER_DPI = 300  # PDF pages are rendered for reading at this resolution (Tesseract's own recommendation)


_SAYING = threading.Lock()  # lines are written whole, from the reading thread and the preparing one


def _say(message: dict[str, Any]) -> None:
    line = json.dumps(message, ensure_ascii=False) + "\n"
    with _SAYING:
        sys.stdout.write(line)
        sys.stdout.flush()


def _pdf_pages(data: bytes, wanted: set[int] | None) -> Iterator[tuple[int, str, Any, int | None]]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    _say({"total": len(document)})
    for index in range(len(document)):
        if wanted is not None and index not in wanted:
            continue
        try:
            label = document.get_page_label(index) or str(index + 1)
        except (pdfium.PdfiumError, AttributeError):
            label = str(index + 1)
        page = document[index]
        image = page.render(scale=RENDER_DPI / 72, grayscale=True).to_pil()
        page.close()
        yield index, label, image, RENDER_DPI
    document.close()


def _image_pages(data: bytes, wanted: set[int] | None) -> Iterator[tuple[int, str, Any, int | None]]:
    from app.services.importers.ocr_images import frame_count, frames

    _say({"total": frame_count(data)})
    for index, (image, dpi) in enumerate(frames(data)):
        if wanted is None or index in wanted:
            yield index, str(index + 1), image, dpi


UPRIGHT_CONFIDENCE = 60  # a page read with a lower mean confidence may lie on its side: its orientation is checked


def _mean(words: list[Any]) -> float:
    confidences = [w.confidence for w in words if w.confidence is not None]
    return sum(confidences) / len(confidences) if confidences else 0.0


def _words(words: list[Any]) -> list[list[Any]]:
    return [[w.text, *(w.box or (None,) * 4), w.confidence, w.block, w.par, w.line] for w in words]


def run(request: dict[str, Any], data: bytes) -> None:
    from app.services.importers.ocr_engine import open_engine
    from app.services.importers.ocr_images import for_storage, prepare

    codes = [str(code) for code in request["languages"]]
    ocr_pages = set(request["ocr_pages"]) if request.get("ocr_pages") is not None else None
    wanted = None if request.get("pages") is None else set(request["pages"])
    engine = open_engine(codes, request.get("setting", "auto")) if codes else None
    pages = _pdf_pages(data, wanted) if request["kind"] == "pdf" else _image_pages(data, wanted)

    def prepared_next() -> tuple[int, str, Any, bool] | None:
        found = next(pages, None)  # rendering and opening stay on this one thread (PDFium is not thread-safe)
        if found is None:
            return None
        index, label, image, dpi = found
        read = ocr_pages is None or index in ocr_pages
        return index, label, prepare(image, dpi, deskew=read), read

    # While Tesseract reads a page (it lets go of Python's lock), the next page is rendered and made ready and this
    # one is shrunk for the library, on the second core: the steps around the reading cost no time of their own.
    with ThreadPoolExecutor(max_workers=2) as helpers:
        coming = helpers.submit(prepared_next)
        while (item := coming.result()) is not None:
            index, label, prepared, read = item
            coming = helpers.submit(prepared_next)
            storing = helpers.submit(for_storage, prepared.image, prepared.dpi)
            _say({"reading": index})
            words: list[list[Any]] | None = None
            if read and engine is not None:
                set_threshold(engine, prepared.uneven)
                found = engine.recognise(prepared.image, prepared.dpi)
                if _mean(found) < UPRIGHT_CONFIDENCE and (turn := engine.turn_needed(prepared.image, prepared.dpi)):
                    turned = prepare(prepared.image.rotate(turn, expand=True), prepared.dpi)
                    again = engine.recognise(turned.image, turned.dpi)
                    if _mean(again) > _mean(found):  # it was on its side or upside down: keep it turned
                        prepared, found = turned, again
                        storing = helpers.submit(for_storage, prepared.image, prepared.dpi)
                words = _words(found)
            stored, media_type, width, height = storing.result()
            _say({
                "page": index, "label": label, "width": prepared.image.width, "height": prepared.image.height,
                "words": words, "image": base64.b64encode(stored).decode("ascii"), "media_type": media_type,
                "image_width": width, "image_height": height, "skew": prepared.skew, "uneven": prepared.uneven,
            })  # fmt: skip
    if engine is not None:
        engine.close()
    _say({"done": True})


def set_threshold(engine: Any, uneven: bool) -> None:
    """Sauvola's local threshold for unevenly lit pages, Tesseract's default (Otsu) otherwise (see ocr_images)."""
    engine.set_threshold_method(2 if uneven else 0)


def main() -> int:
    from app.services.importers.ocr_engine import OcrUnavailableError
    from app.services.importers.ocr_images import UnreadableImageError

    request = json.loads(sys.stdin.buffer.readline())
    data = sys.stdin.buffer.read()
    limit = int(request.get("memory_limit") or 0)
    if limit and sys.platform != "win32":  # set here, before any page is read (POSIX only)
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        run(request, data)
    except (OcrUnavailableError, UnreadableImageError) as exc:
        _say({"error": str(exc)})
    except Exception as exc:  # pypdfium2's errors and the like: the file, not the program
        if type(exc).__name__ == "PdfiumError":
            _say({"error": "this PDF is damaged or not a PDF"})
            return 0
        raise
    return 0


if __name__ == "__main__":
    sys.exit(main())
