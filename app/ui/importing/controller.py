"""ImportController: File > Import, drag and drop and paste, one file with its form or many in the background.

A TEI edition gets its own dialog (EditionDialog) and is imported in the background like many files.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.domain.documents import DocumentSummary
from app.services.importers.base import Extracted, FileImportError, shown_name
from app.services.importers.scan import OcrRequest, ScanNeedsLanguageError
from app.services.importing import ImportOutcome, ImportService
from app.services.metadata import MetadataInput
from app.services.tasks import Job, Progress
from app.ui.common.prompter import Prompter
from app.ui.common.read_only import unless_read_only
from app.ui.common.settings import MAX_IMPORT_MB, WindowSettings
from app.ui.common.signals import AppSignals
from app.ui.common.tasks import TaskRunner
from app.ui.importing.dialog import ImportDialog, Reread
from app.ui.importing.editions import EditionImports
from app.ui.importing.scans import ScanImports

if TYPE_CHECKING:
    from app.services.page_reading import PageReader

FILE_FILTER = (
    "Sources (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.pdf *.docx *.epub *.xml *.jpg *.jpeg *.png *.tif "
    "*.tiff);;Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"
)
OPEN_EXISTING, IMPORT_ANYWAY = "Open the one in the library", "Import anyway"


class ImportController(QObject):
    document_imported = Signal(int)  # a document to open: new, or the one already there

    def __init__(
        self,
        *,
        service: ImportService,
        documents: Callable[[], list[DocumentSummary]],
        prompter: Prompter,
        parent: QWidget,
        settings: WindowSettings,
        signals: AppSignals,
        page_reader: PageReader | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._settings = settings
        service.max_bytes = settings.import_limit_mb * 1_000_000
        self._documents = documents
        self._prompter = prompter
        self._parent = parent
        self._signals = signals
        self._runner = TaskRunner("import", self)
        self.progress: QProgressDialog | None = None
        self.editions = EditionImports(service, prompter, parent, self, signals)
        self.scans = ScanImports(self, page_reader)

    @property
    def service(self) -> ImportService:
        return self._service

    @property
    def prompter(self) -> Prompter:
        return self._prompter

    @property
    def parent_widget(self) -> QWidget:
        return self._parent

    def documents(self) -> list[DocumentSummary]:
        return self._documents()

    def read_page_again(self, document_id: int, page: int) -> None:
        """Read a page of a scan again, in the languages and with the setting the reader chooses."""
        if self.busy():
            self._prompter.error("Read page again", "An import is still running; wait for it or cancel it.")
            return
        self.scans.read_again(document_id, page, str(page), self._signals.document_changed.emit)

    def ask_limit(self) -> None:
        """The import size limit, a preference kept between runs."""
        megabytes = self._prompter.ask_number(
            "Import size limit", "Largest file to import, in MB:", self._settings.import_limit_mb, 1, MAX_IMPORT_MB
        )
        if megabytes is not None:
            self._settings.set_import_limit_mb(megabytes)
            self._service.max_bytes = megabytes * 1_000_000

    def busy(self) -> bool:
        return self.progress is not None

    @unless_read_only
    def choose_files(self) -> None:
        paths = self._prompter.open_files("Import sources", FILE_FILTER)
        if paths:
            self.import_paths(paths)

    @unless_read_only
    def import_paths(self, paths: list[Path]) -> None:
        if self.busy():
            self._prompter.error("Import", "Another import is still running; wait for it or cancel it.")
        elif len(paths) == 1:
            self._import_one(paths[0])
        elif paths:
            self._import_batch(paths)

    @unless_read_only
    def paste(self, mime: QMimeData | None) -> None:
        """Paste as new source: the clipboard's HTML if it has some, else its plain text."""
        if mime is None:
            self._prompter.error("Paste as new source", "The clipboard holds no text to import.")
            return
        if mime.hasHtml() and mime.html().strip():
            name, data = "pasted.html", mime.html().encode("utf-8")
        elif mime.hasText() and mime.text().strip():
            name, data = "pasted.txt", mime.text().encode("utf-8")
        else:
            self._prompter.error("Paste as new source", "The clipboard holds no text to import.")
            return
        try:
            extracted = self._service.read_data(name, data)
        except FileImportError as exc:
            self._prompter.error("Paste as new source", str(exc))
            return
        self._review_and_store(Path("pasted text"), extracted, reread=None)

    def _import_one(self, path: Path) -> None:
        try:
            edition = self._service.read_edition(path)
            if edition is not None and self.editions.offer(path, edition):
                return  # an edition, imported (or not) as the user chose in its dialog
            extracted = self._service.read(path)
        except ScanNeedsLanguageError as scan:
            self.scans.offer(path, scan)
            return
        except FileImportError as exc:
            self._prompter.error("Cannot import", str(exc))
            return
        self._review_and_store(path, extracted, reread=lambda encoding: self._service.read(path, encoding))

    def _review_and_store(self, path: Path, extracted: Extracted, reread: Reread | None) -> None:
        dialog = ImportDialog(shown_name(path), extracted, reread, self._parent)
        dialog.form.set_documents([(document.id, document.title) for document in self._documents()])
        if not self._prompter.run_dialog(dialog):
            return
        self.store_reviewed(path, dialog.extracted, dialog.metadata())

    def store_reviewed(self, path: Path, extracted: Extracted, given: MetadataInput) -> None:
        """Store what the reader looked at in the form, asking first if the library has the text already."""
        outcome = self._service.store(path, extracted, given, keep_empty=False)
        if outcome.duplicate_of is not None:
            choice = self._prompter.choose(
                "Already in the library",
                f"This text is already in the library (ID {outcome.duplicate_of}).",
                [OPEN_EXISTING, IMPORT_ANYWAY],
            )
            if choice == OPEN_EXISTING:
                self.document_imported.emit(outcome.duplicate_of)
                return
            if choice != IMPORT_ANYWAY:
                return
            outcome = self._service.store(path, extracted, given, allow_duplicate=True, keep_empty=False)
        if outcome.document_id is None:
            self._prompter.error("Cannot import", outcome.error)
            return
        self._signals.documents_changed.emit()
        self.document_imported.emit(outcome.document_id)

    def _import_batch(self, paths: list[Path]) -> None:
        label = f"Importing {len(paths)} files…"
        self.run_in_background(
            lambda job: self._service.import_files(paths, job=job, ocr=OcrRequest(self.scans.languages)), len(paths),
            label,
            lambda outcomes: self._on_batch_done(outcomes, len(paths)),
        )  # fmt: skip

    def run_in_background(
        self, work: Callable[[Job], Any], total: int, label: str, done: Callable[[Any], None],
        failed: Callable[[Exception], None] | None = None,
    ) -> None:  # fmt: skip
        """Run `work` on the import thread behind a progress dialog with Cancel; `done` gets its result."""
        progress = QProgressDialog(label, "Cancel", 0, total, self._parent)
        progress.setObjectName("ImportProgress")
        progress.setWindowTitle("Import")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.progress = progress

        def finished(result: object) -> None:
            progress.reset()
            progress.deleteLater()
            self.progress = None
            done(result)

        def did_not_finish(error: Exception) -> None:
            progress.reset()
            progress.deleteLater()
            self.progress = None
            if failed is None:
                raise error
            failed(error)

        task = self._runner.run(work, finished, failed=did_not_finish, progress=self._on_progress)
        progress.canceled.connect(task.cancel)

    def cancel(self) -> None:
        """Stop an import under way (between two files or groups: each is stored whole or not at all)."""
        self._runner.cancel()

    def _on_progress(self, step: Progress) -> None:
        if self.progress is not None:
            if step.total and step.total != self.progress.maximum():
                self.progress.setMaximum(step.total)
            self.progress.setValue(step.done)
            self.progress.setLabelText(
                f"Reading {step.label}…" if step.label.startswith("page") else f"Importing {step.label}…"
            )

    def _on_batch_done(self, outcomes: list[ImportOutcome], total: int) -> None:
        imported = [o.document_id for o in outcomes if o.document_id is not None]
        failures = [o.error for o in outcomes if o.error]
        if imported:
            self._signals.documents_changed.emit()
        summary = f"Imported {len(imported)} of {total} files."
        if len(outcomes) < total:  # the files after a Cancel have no outcome
            summary += f" Cancelled: {total - len(outcomes)} not imported."
        # How files were read, where the reader should know (bytes replaced, blocks Parallax did not know).
        notices = [f"{shown_name(o.path)}: {notice}" for o in outcomes for notice in o.notices]
        noted = ("\n\nHow some files were read:\n" + "\n".join(notices)) if notices else ""
        if failures:
            self._prompter.error("Import finished with problems", summary + "\n\n" + "\n".join(failures) + noted)
        else:
            self._prompter.info("Import finished", summary + noted)
