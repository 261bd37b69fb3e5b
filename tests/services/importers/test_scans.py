"""Scans read with real Tesseract: pages the tests draw with Qt, saved as PNG, TIFF and image-only PDF."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from difflib import SequenceMatcher
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from app.domain.errors import Cancelled
from app.services.importers.scan import OcrRequest, ScanNeedsLanguageError
from app.services.registry import Services
from app.services.tasks import Job
from tests.scan_samples import (
    photographed,
    rotated,
    sample_pages,
    save_pdf,
    save_png,
    save_text_pdf,
    scaled_to_dpi,
)

HU = OcrRequest(("hu",))
EN = OcrRequest(("en",))


@pytest.fixture(scope="module", autouse=True)
def qt_app() -> QGuiApplication:
    return QGuiApplication.instance() or QGuiApplication([])  # type: ignore[return-value]


def word_accuracy(truth: list[str], read: list[str]) -> float:
    matcher = SequenceMatcher(None, truth, read, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(truth)


def text_words(services: Services, document_id: int) -> list[str]:
    return [w for p in services.library.get_document(document_id).paragraphs for w in p.text.split()]


def import_scan(services: Services, path: Path, request: OcrRequest) -> int:
    [outcome] = services.importing.import_files([path], ocr=request)
    assert outcome.ok, outcome.error
    assert outcome.document_id is not None
    return outcome.document_id


def test_a_hungarian_png_is_read_with_its_accents_and_kept_with_its_page(services: Services, tmp_path: Path) -> None:
    [page] = sample_pages("hu", 1, per_page=4)
    document_id = import_scan(services, save_png(page, tmp_path / "nepszava.png"), HU)
    document = services.library.get_document(document_id)
    assert word_accuracy(page.words, text_words(services, document_id)) >= 0.95
    assert "fűzöld" in " ".join(p.text for p in document.paragraphs)  # ű, ö: the accents are read
    assert [p.page for p in document.paragraphs] == ["1"] * len(document.paragraphs)
    [info] = document.pages
    assert info.image_id is not None
    assert info.languages == "hun"
    assert 1500 < info.image_width < 1800  # kept at 200 dpi, not the 300 dpi it was read at
    assert info.width == 2480  # the boxes are in the pixels the page was read at
    data, media_type = services.pages.image(info.image_id)
    assert media_type == "image/webp"
    assert data.startswith(b"RIFF")
    assert 30_000 < len(data) < 300_000
    hits = services.search.search("ökörszem").hits
    assert [hit.document_id for hit in hits] == [document_id]


def test_words_are_linked_both_ways_between_the_page_and_the_text(services: Services, tmp_path: Path) -> None:
    [page] = sample_pages("en", 1, per_page=3, seed=4)
    document_id = import_scan(services, save_png(page, tmp_path / "legation.png"), EN)
    document = services.library.get_document(document_id)
    words = services.pages.words_on_page(document_id, 1)
    placed = [w for w in words if w.paragraph is not None]
    assert len(placed) >= 0.95 * len(page.words)
    for word in placed:  # each word on the page points at itself in the text
        text = document.paragraphs[word.paragraph - 1].text  # type: ignore[operator]
        assert text[word.start : word.end] in (word.text, word.text[:-1])  # a hyphenated half without its hyphen
        assert word.box is not None
        assert word.box[2] > word.box[0]
    first = services.pages.words_in_paragraphs(document_id, [2])  # ¶1 is the running head: one page has no others
    assert first[0].text == document.paragraphs[1].text.split()[0]  # and the text points back at its boxes
    assert first[0].box is not None
    assert first[-1].box is not None
    assert first[0].box[1] < first[-1].box[1]


def test_an_image_only_pdf_of_several_pages_keeps_page_numbers_and_joins_hyphenation(
    services: Services, tmp_path: Path
) -> None:
    pages = sample_pages("en", 3, per_page=4, seed=11)
    document_id = import_scan(services, save_pdf([p.image for p in pages], tmp_path / "frus.pdf"), EN)
    document = services.library.get_document(document_id)
    truth = [w for page in pages for w in page.words]
    assert word_accuracy(truth, text_words(services, document_id)) >= 0.95
    assert [p.number for p in document.pages] == [1, 2, 3]
    assert {p.page for p in document.paragraphs} == {"1", "2", "3"}
    text = " ".join(p.text for p in document.paragraphs)
    assert "THE HUNGARIAN REVOLUTION" not in text  # the running head is dropped, as in a PDF's text
    unplaced = {w.text for w in services.pages.words_on_page(document_id, 2) if w.paragraph is None}
    assert {"THE", "HUNGARIAN", "REVOLUTION"} <= unplaced  # its words keep their boxes but have no place
    hyphenated = [w for page in pages for w in page.words if w.strip(".,") in {"University", "broadcast"}]
    for word in hyphenated:  # drawn across two lines with a hyphen, read back whole
        assert word.strip(".,") in text


def test_the_same_page_image_is_stored_once(services: Services, tmp_path: Path) -> None:
    [page] = sample_pages("en", 1, per_page=2, seed=2)
    path = save_png(page, tmp_path / "twice.png")
    first = import_scan(services, path, EN)
    [again] = services.importing.import_files([path], ocr=EN, allow_duplicate=True)
    assert again.ok
    ids = {services.library.get_document(i).pages[0].image_id for i in (first, again.document_id)}  # type: ignore[arg-type]
    assert len(ids) == 1


def test_a_scan_without_a_language_says_so_and_a_missing_language_says_how_to_install_it(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [page] = sample_pages("hu", 1, per_page=1)
    path = save_png(page, tmp_path / "leaflet.png")
    with pytest.raises(ScanNeedsLanguageError, match=r"leaflet.png: a scan \(1 page to read with OCR\)"):
        services.importing.read(path)
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path / "empty"))
    (tmp_path / "empty").mkdir()
    [outcome] = services.importing.import_files([path], ocr=HU)
    assert not outcome.ok
    assert "\n" not in outcome.error
    assert "Hungarian (hun.traineddata)" in outcome.error
    assert "sudo apt-get install tesseract-ocr tesseract-ocr-hun" in outcome.error
    text = tmp_path / "note.txt"
    text.write_text("Other imports still work.\n", encoding="utf-8")
    [plain] = services.importing.import_files([text])
    assert plain.ok  # nothing else breaks
    assert len(services.library.list_documents()) == 2  # the Declaration and the note; no half a scan


def test_a_pdf_with_a_text_layer_keeps_it_and_a_mixed_pdf_is_read_page_by_page(
    services: Services, tmp_path: Path
) -> None:
    text_pdf = save_text_pdf(["The Legation reports that the streets are quiet."], tmp_path / "text.pdf")
    [outcome] = services.importing.import_files([text_pdf])  # no language needed: nothing to read with OCR
    assert outcome.ok
    assert services.library.get_document(outcome.document_id).pages == ()  # type: ignore[arg-type]
    # A mixed PDF: a page with text, then a scanned page.
    from pypdfium2 import PdfDocument

    scanned = save_pdf([sample_pages("en", 1, per_page=2, seed=8)[0].image], tmp_path / "scanned.pdf")
    mixed = PdfDocument.new()
    mixed.import_pages(PdfDocument(str(text_pdf)))
    mixed.import_pages(PdfDocument(str(scanned)))
    mixed.save(str(tmp_path / "mixed.pdf"))
    with pytest.raises(ScanNeedsLanguageError) as needs:
        services.importing.read(tmp_path / "mixed.pdf")
    assert (needs.value.pages, needs.value.to_read) == (2, 1)
    document_id = import_scan(services, tmp_path / "mixed.pdf", EN)
    document = services.library.get_document(document_id)
    assert document.paragraphs[0].text == "The Legation reports that the streets are quiet."
    assert document.paragraphs[0].page == "1"
    assert {p.page for p in document.paragraphs[1:]} == {"2"}
    assert [p.languages for p in document.pages] == ["", "eng"]  # read from its text, read with OCR
    assert all(p.image_id is not None for p in document.pages)


def test_a_tiff_of_two_pages_and_a_photographed_askew_page_are_read(services: Services, tmp_path: Path) -> None:
    pages = sample_pages("en", 2, per_page=2, seed=5)
    tiff = tmp_path / "two.tiff"
    from PIL import Image

    images = [Image.open(save_png(p, tmp_path / f"p{i}.png")) for i, p in enumerate(pages)]
    images[0].save(tiff, save_all=True, append_images=images[1:], compression="tiff_deflate")
    document_id = import_scan(services, tiff, EN)
    assert len(services.library.get_document(document_id).pages) == 2
    assert word_accuracy([w for p in pages for w in p.words], text_words(services, document_id)) >= 0.95
    # A phone photo: the page askew by 3°, light falling off to one side, stored turned by its EXIF tag.
    [page] = sample_pages("hu", 1, per_page=3, seed=6)
    photo = photographed(rotated(page.image, 3))
    save_png(photo, tmp_path / "photo.png")
    sideways = Image.open(tmp_path / "photo.png").convert("L").rotate(90, expand=True)  # held landscape
    exif = Image.Exif()
    exif[0x0112] = 6  # "turn 90° clockwise to show": what a phone writes for a photo taken sideways
    sideways.save(tmp_path / "photo.jpg", quality=92, exif=exif)
    document_id = import_scan(services, tmp_path / "photo.jpg", HU)
    assert word_accuracy(page.words, text_words(services, document_id)) >= 0.9  # 94% here; 28% without deskewing


def test_correcting_a_paragraph_keeps_the_boxes_of_its_words(services: Services, tmp_path: Path) -> None:
    [page] = sample_pages("en", 1, per_page=2, seed=3)
    document_id = import_scan(services, save_png(page, tmp_path / "p.png"), EN)
    paragraph = services.library.get_document(document_id).paragraphs[0]
    before = services.pages.words_in_paragraphs(document_id, [1])
    words = paragraph.text.split()
    words[1] = words[1].upper() + "X"  # the second word corrected
    services.library.edit_paragraph(document_id, 1, "Inserted " + " ".join(words))
    after = services.pages.words_in_paragraphs(document_id, [1])
    text = services.library.get_document(document_id).paragraphs[0].text
    assert len(after) == len(before)
    assert [w.box for w in after] == [w.box for w in before]  # every word keeps its box
    assert text[after[0].start : after[0].end] == before[0].text  # moved along by the inserted word
    assert text[after[1].start : after[1].end] == words[1]  # the corrected word has the box of the misread one
    assert after[1].corrected
    assert not after[0].corrected


def test_reading_a_page_again_keeps_corrections_to_the_other_pages(services: Services, tmp_path: Path) -> None:
    pages = sample_pages("en", 2, per_page=3, seed=21)
    document_id = import_scan(services, save_pdf([p.image for p in pages], tmp_path / "two.pdf"), EN)
    document = services.library.get_document(document_id)
    on_first = [p.number for p in document.paragraphs if p.page == "1"]
    services.library.edit_paragraph(document_id, on_first[0], "A corrected first paragraph.")
    count = services.page_reader.reread_page(document_id, 2, OcrRequest(("en", "hu"), "single-column"))
    document = services.library.get_document(document_id)
    assert document.paragraphs[0].text == "A corrected first paragraph."
    assert len(document.paragraphs) == count
    assert document.pages[1].languages == "eng+hun"
    assert document.pages[1].setting == "single-column"
    truth = list(pages[1].words)
    assert word_accuracy(truth, [w for p in document.paragraphs if p.page == "2" for w in p.text.split()]) >= 0.95
    placed = [w for w in services.pages.words_on_page(document_id, 2) if w.paragraph]
    assert len(placed) >= 0.95 * len(truth)


def test_cancel_stops_the_reading_at_once(services: Services, tmp_path: Path) -> None:
    pages = sample_pages("en", 4, per_page=6, seed=9)
    path = save_pdf([p.image for p in pages], tmp_path / "long.pdf")
    job = Job(lambda step: job.cancel() if step.label.startswith("page 2") else None)
    with pytest.raises(Cancelled):
        services.importing.read(path, ocr=EN, job=job)
    assert not _ocr_workers()  # the worker was ended, not left reading
    assert services.importing.import_files([path], ocr=EN, job=job) == []  # a cancelled batch imports nothing
    assert [d.title for d in services.library.list_documents() if d.title == "long"] == []


def _ocr_workers() -> list[int]:
    """The OCR worker processes this test process started that are still there."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            command = (entry / "cmdline").read_bytes()
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if b"ocr_worker" in command and parent == os.getpid():
            found.append(int(entry.name))
    return found


def test_the_command_line_reads_a_scan_in_two_languages_and_lists_its_pages(tmp_path: Path) -> None:
    [page] = sample_pages("hu", 1, per_page=2, seed=13)
    path = save_png(page, tmp_path / "kossuth.png")
    db = tmp_path / "cli.sqlite3"

    def parallax(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "app", "--db", str(db), *args], capture_output=True, text=True, check=False,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])},
        )  # fmt: skip

    refused = parallax("import", str(path))
    assert refused.returncode == 1
    assert refused.stderr.strip().splitlines() == [
        "parallax: error: kossuth.png: a scan (1 page to read with OCR); give its language, e.g. --language hu"
    ]
    done = parallax("import", str(path), "--language", "hu", "--language", "en")
    assert done.returncode == 0, done.stderr
    document_id = done.stdout.strip()
    shown = json.loads(parallax("show", document_id, "--json").stdout)
    [listed] = shown["pages"]
    assert listed["languages"] == ["hun", "eng"]
    assert listed["image"]["bytes"] > 10_000
    assert listed["words"] >= len(page.words)
    assert shown["language"] == "hu"
    text = parallax("show", document_id, "--pages").stdout
    assert "p. 1     image 1653×2339" in text
    assert "OCR hun+eng" in text
    assert sqlite3.connect(db).execute("SELECT count(*) FROM page_images").fetchone() == (1,)


def test_words_read_with_low_confidence_are_listed_until_corrected(services: Services, tmp_path: Path) -> None:
    [page] = sample_pages("hu", 1, per_page=3, seed=6)
    poor = photographed(scaled_to_dpi(page.image, 110))  # a small, grainy, unevenly lit photograph
    document_id = import_scan(services, save_png(poor, tmp_path / "poor.png"), HU)
    document = services.library.get_document(document_id)
    assert document.doubtful  # Tesseract was unsure of some words here
    words = {(w.paragraph, w.start): w for w in services.pages.words_on_page(document_id, 1) if w.paragraph}
    for span in document.doubtful:
        assert words[(span.paragraph, span.start)].confidence < 60  # type: ignore[operator]
    first = document.doubtful[0]
    text = document.paragraphs[first.paragraph - 1].text
    corrected = text[: first.start] + "JAVÍTVA" + text[first.end :]
    services.library.edit_paragraph(document_id, first.paragraph, corrected)
    after = services.library.get_document(document_id).doubtful
    assert (first.paragraph, first.start) not in {(s.paragraph, s.start) for s in after}
    assert len(after) == len(document.doubtful) - 1


def test_a_page_scanned_upside_down_is_turned_and_read(services: Services, tmp_path: Path) -> None:
    [page] = sample_pages("en", 1, per_page=3, seed=31)
    path = save_png(rotated(page.image, 180), tmp_path / "upside_down.png")
    document_id = import_scan(services, path, EN)
    assert word_accuracy(page.words, text_words(services, document_id)) >= 0.95
    placed = [w for w in services.pages.words_on_page(document_id, 1) if w.paragraph == 2]
    assert placed[0].box is not None
    assert placed[-1].box is not None
    assert placed[0].box[1] < placed[-1].box[1]  # the boxes are those of the page turned upright, as it is kept
