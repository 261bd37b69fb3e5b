"""How large a library of 500 scanned pages is: 10 generated A4 pages (5 English, 5 Hungarian, full of text) are
read with OCR once, then stored 50 times over as 50 documents of 10 pages each, every page image made different
(a dot moved) so that none is shared, through the same storage path as an import. Prints the file's size.
"""

from __future__ import annotations

import argparse
import io
import os
import sqlite3
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from app.domain.pages import ScanText  # noqa: E402
from app.services.importers.scan import OcrRequest  # noqa: E402
from app.services.registry import open_services  # noqa: E402
from tests.scan_samples import sample_pages, save_pdf  # noqa: E402


def _different(image: bytes, seed: int) -> bytes:
    """The same page with one grey dot of its own, re-encoded as the worker encodes pages."""
    picture = Image.open(io.BytesIO(image))
    picture.putpixel((seed % picture.width, 10 + seed // picture.width), 128)
    out = io.BytesIO()
    picture.save(out, "WEBP", quality=60, method=2)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=50)
    copies = parser.parse_args().documents
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    folder = Path(tempfile.mkdtemp(prefix="parallax-bench-scans-"))
    library, services = open_services(folder / "library.sqlite3")
    read = []
    for language in ("en", "hu"):
        pdf = save_pdf([p.image for p in sample_pages(language, 5, per_page=8, seed=3)], folder / f"{language}.pdf")
        read.append(services.importing.read(pdf, ocr=OcrRequest((language,))))
    base = (folder / "library.sqlite3").stat().st_size
    news = []
    for copy in range(copies):
        for extracted in read:
            assert extracted.scan is not None
            pages = tuple(replace(p, image=_different(p.image, copy)) for p in extracted.scan.pages)
            scan = ScanText(pages, extracted.scan.placements)
            news.append(replace(extracted, scan=scan))
    from app.domain.documents import DocumentMetadata
    from app.services.library import NewDocument

    for index in range(0, len(news), 10):
        services.library.add_documents([
            NewDocument(DocumentMetadata(title=f"Scan {i}"), e.paragraphs, pages=e.pages, scan=e.scan)
            for i, e in enumerate(news[index : index + 10], index)
        ])  # fmt: skip
    library.close()
    path = folder / "library.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages, images, image_bytes, words = connection.execute(
            "SELECT (SELECT count(*) FROM document_pages), (SELECT count(*) FROM page_images), "
            "(SELECT sum(length(data)) FROM page_images), (SELECT count(*) FROM page_words)"
        ).fetchone()
    size = path.stat().st_size
    print(f"{pages} pages ({images} images, {image_bytes / 1e6:.1f} MB of WebP; {words} words with boxes): "
          f"library file {size / 1e6:.1f} MB (was {base / 1e6:.1f}); {size / pages / 1e3:.0f} KB a page")  # fmt: skip
    del app


if __name__ == "__main__":
    main()
