"""Importing a scan from the window: the form asks for its languages, Tesseract reads it in the background (real
OCR), the document opens with its page; Cancel leaves nothing behind."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from app.services.registry import Services
from tests.scan_samples import sample_pages, save_pdf, save_png
from tests.ui.helpers import WindowMaker, button, child, current_pane


def _read_in(*codes: str, title: str = "") -> Callable[[QDialog], bool]:
    """Answer the scan's form as a user would: tick these languages only (and type a title), then Read and Import."""

    def answer(dialog: QDialog) -> bool:
        for box in dialog.findChildren(QCheckBox):
            if box.objectName().startswith("ocr_") and box.isEnabled():
                box.setChecked(box.objectName()[4:] in codes)
        if title:
            child(dialog, QLineEdit, "meta_title").setText(title)
        return button(dialog, QDialogButtonBox.StandardButton.Ok).isEnabled()

    return answer


def test_a_scan_imported_from_the_window_is_read_in_the_languages_ticked_and_opens_with_its_page(
    make_window: WindowMaker, services: Services, tmp_path: Path, qtbot: QtBot
) -> None:
    [page] = sample_pages("hu", 1, per_page=3, seed=5)
    path = save_png(page, tmp_path / "nepszabadsag.png")
    window, prompter = make_window()
    seen: list[tuple[str, bool]] = []

    def answer(dialog: QDialog) -> bool:
        seen.append((child(dialog, QLabel, "ScanAbout").text(), child(dialog, QCheckBox, "ocr_en").isChecked()))
        assert _read_in()(dialog) is False  # no language ticked: the form cannot be sent
        return _read_in("hu", title="Népszabadság, 28 October")(dialog)

    prompter.dialog_answer = answer
    window.parts.importer.import_paths([path])
    qtbot.waitUntil(lambda: not window.parts.importer.busy(), timeout=60_000)
    assert prompter.errors == []
    assert seen == [("A scan: 1 page, all of them to be read with Tesseract in the background.", True)]
    [summary] = [d for d in services.library.list_documents() if d.title == "Népszabadság, 28 October"]
    document = services.library.get_document(summary.id)
    assert [p.languages for p in document.pages] == ["hun"]
    text = " ".join(p.text for p in document.paragraphs)
    assert sum(word in text for word in page.words) >= 0.95 * len(page.words)
    qtbot.waitUntil(lambda: current_pane(window).document is not None, timeout=10_000)
    assert current_pane(window).document.title == "Népszabadság, 28 October"  # type: ignore[union-attr]


def test_cancelling_the_reading_of_a_scan_stores_nothing(
    make_window: WindowMaker, services: Services, tmp_path: Path, qtbot: QtBot
) -> None:
    pages = sample_pages("en", 6, per_page=8, seed=9)
    path = save_pdf([p.image for p in pages], tmp_path / "telegrams.pdf")
    before = len(services.library.list_documents())
    window, prompter = make_window()
    prompter.dialog_answer = _read_in("en")
    window.parts.importer.import_paths([path])
    qtbot.waitUntil(window.parts.importer.busy, timeout=10_000)
    window.parts.importer.cancel()
    qtbot.waitUntil(lambda: not window.parts.importer.busy(), timeout=20_000)
    assert prompter.errors == []
    assert len(services.library.list_documents()) == before
