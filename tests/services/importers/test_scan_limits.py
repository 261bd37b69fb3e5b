"""A scan is read under the limits a PDF is read with: here, the number of pages."""

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QImage

from app.services.importers.scan import MAX_PAGES, OcrRequest
from app.services.registry import Services
from tests.scan_samples import save_pdf


@pytest.fixture(scope="module", autouse=True)
def qt_app() -> QGuiApplication:
    return QGuiApplication.instance() or QGuiApplication([])  # type: ignore[return-value]


def test_a_scan_of_more_pages_than_the_limit_is_refused_in_one_line_and_nothing_is_stored(
    services: Services, tmp_path: Path
) -> None:
    blank = QImage(60, 80, QImage.Format.Format_Grayscale8)
    blank.fill(QColor("white"))
    path = save_pdf([blank] * (MAX_PAGES + 1), tmp_path / "whole_archive.pdf", dpi=72)
    before = len(services.library.list_documents())
    [outcome] = services.importing.import_files([path], ocr=OcrRequest(("en",)))
    assert not outcome.ok
    assert (
        outcome.error
        == f"whole_archive.pdf: it has {MAX_PAGES + 1} scanned pages; at most {MAX_PAGES} are read with OCR at once"
    )
    assert len(services.library.list_documents()) == before
