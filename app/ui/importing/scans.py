"""Scans in the window: the import form asks for the languages to read a scan in, Tesseract reads it in the
background page by page (with Cancel), and a page can be read again in other languages or with another setting."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import Cancelled
from app.services.importers.base import Extracted, FileImportError
from app.services.importers.ocr_engine import LANGUAGES, SETTINGS, installed_languages, language_name
from app.services.importers.scan import OcrRequest, ScanNeedsLanguageError
from app.services.metadata import MetadataInput
from app.ui.dialogs.metadata_form import MetadataForm

if TYPE_CHECKING:
    from app.services.page_reading import PageReader
    from app.ui.importing.controller import ImportController

NOT_INSTALLED_HINT = (
    "Tesseract's language data is not installed: sudo apt-get install tesseract-ocr tesseract-ocr-eng "
    "tesseract-ocr-hun (other systems: Tesseract's installer)."
)
SETTING_LABELS = {"auto": "Find the text's layout", "single-column": "One column of text", "sparse": "Scattered text"}


class LanguageChoice(QGroupBox):
    """One box per language Tesseract can read here; those not installed say how to install them."""

    def __init__(self, checked: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__("Read with OCR in (several for a bilingual page)", parent)
        self.setObjectName("OcrLanguages")
        installed = installed_languages()
        self.boxes: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        for code in [*LANGUAGES, *(c for c in installed if c not in LANGUAGES)]:
            box = QCheckBox(language_name(code), self)
            box.setObjectName(f"ocr_{code}")
            box.setChecked(code in checked and code in installed)
            if code not in installed:
                box.setEnabled(False)
                box.setToolTip(f"Not installed: sudo apt-get install tesseract-ocr-{LANGUAGES[code][0]}")
            self.boxes[code] = box
            row.addWidget(box)
        self.setting = QComboBox(self)
        self.setting.setObjectName("ocr_setting")
        for setting in SETTINGS:
            self.setting.addItem(SETTING_LABELS[setting], setting)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        form = QFormLayout()
        form.addRow("&Layout:", self.setting)
        layout.addLayout(form)
        if not installed:
            missing = QLabel(NOT_INSTALLED_HINT, self)
            missing.setObjectName("OcrMissing")
            missing.setWordWrap(True)
            layout.addWidget(missing)

    def request(self) -> OcrRequest:
        codes = tuple(code for code, box in self.boxes.items() if box.isChecked())
        return OcrRequest(codes, str(self.setting.currentData()))


class ScanDialog(QDialog):
    """The description of a scan to import, and the languages to read it in."""

    def __init__(self, name: str, scan: ScanNeedsLanguageError, languages: tuple[str, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("ScanDialog")
        self.setWindowTitle(f"Import scan — {name}")
        self.setMinimumWidth(700)
        self.form = MetadataForm(self)
        self.form.set_values(MetadataInput(title=Path(name).stem.replace("_", " "), language=languages[0]))
        pages = f"{scan.pages} page{'s' if scan.pages != 1 else ''}"
        read = "all of them" if scan.to_read == scan.pages else f"{scan.to_read} of them (the others have text)"
        self.about = QLabel(f"A scan: {pages}, {read} to be read with Tesseract in the background.", self)
        self.about.setObjectName("ScanAbout")
        self.languages = LanguageChoice(languages, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Read and Import")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.about)
        layout.addWidget(self.languages)
        layout.addWidget(self.buttons)
        for box in self.languages.boxes.values():
            box.toggled.connect(self._check_ready)
        self.form.changed.connect(self._check_ready)
        self._check_ready()

    def _check_ready(self) -> None:
        ready = not self.form.problem() and bool(self.languages.request().languages)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)


class ReadAgainDialog(QDialog):
    def __init__(self, label: str, languages: tuple[str, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("ReadAgainDialog")
        self.setWindowTitle(f"Read page {label} again")
        note = QLabel("The page's text is replaced by the new reading; corrections to other pages are kept.", self)
        note.setWordWrap(True)
        self.languages = LanguageChoice(languages, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Read Again")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.languages)
        layout.addWidget(buttons)


class ScanImports:
    """The import controller's scans: the form, the reading in the background, reading a page again."""

    def __init__(self, controller: ImportController, reader: PageReader | None) -> None:
        self._controller = controller
        self._reader = reader
        self.languages: tuple[str, ...] = ("en",)  # those chosen last (until the window closes)

    def offer(self, path: Path, scan: ScanNeedsLanguageError) -> None:
        """The scan's form; on Import, its pages are read in the background and the document stored."""
        controller = self._controller
        dialog = ScanDialog(path.name, scan, self.languages, controller.parent_widget)
        dialog.form.set_documents([(d.id, d.title) for d in controller.documents()])
        if not controller.prompter.run_dialog(dialog):
            return
        request, given = dialog.languages.request(), dialog.form.values()
        self.languages = request.languages
        controller.run_in_background(
            lambda job: controller.service.read(path, ocr=request, job=job), scan.to_read,
            f"Reading {path.name} with Tesseract…", lambda extracted: self._store(path, extracted, given),
            failed=self._failed,
        )  # fmt: skip

    def _store(self, path: Path, extracted: Extracted, given: MetadataInput) -> None:
        self._controller.store_reviewed(path, extracted, given)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, Cancelled):
            return
        if isinstance(error, FileImportError):
            self._controller.prompter.error("Cannot import", str(error))
            return
        raise error

    def read_again(self, document_id: int, page: int, label: str, done: Callable[[int], None]) -> None:
        """Ask how to read page `page` again, then read it in the background; `done` gets the document's ID."""
        controller = self._controller
        if self._reader is None:
            return
        reader = self._reader
        dialog = ReadAgainDialog(label, self.languages, controller.parent_widget)
        if not controller.prompter.run_dialog(dialog):
            return
        request = dialog.languages.request()
        if not request.languages:
            controller.prompter.error("Read page again", "Choose at least one language.")
            return
        controller.run_in_background(
            lambda job: reader.reread_page(document_id, page, request, job), 1, f"Reading page {label} again…",
            lambda _count: done(document_id), failed=self._failed,
        )  # fmt: skip
