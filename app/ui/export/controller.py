"""ExportController: File › Export Notes…, Export Bibliography…, Print…, and Edit › Copy Citation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from app.domain.errors import ParallaxError
from app.domain.export.bundle_html import render_html
from app.domain.export.bundle_markdown import render_markdown
from app.domain.export.print_html import document_print_html
from app.domain.i18n import translate
from app.domain.timeline import DateRange
from app.render.pdf import pdf_bytes, print_html
from app.services.export import BundleFormat, ExportService
from app.ui.common.actions import add_action
from app.ui.common.prompter import Prompter
from app.ui.common.settings import WindowSettings
from app.ui.common.signals import AppSignals
from app.ui.compare.document_tabs import DocumentTabs
from app.ui.export.dialogs import ExportBibliographyDialog, ExportNotesDialog

REPLACE = "Replace"
_FILTERS = {".md": "Markdown (*.md)", ".html": "HTML (*.html)", ".pdf": "PDF (*.pdf)", ".txt": "Text (*.txt)",
            ".json": "CSL-JSON (*.json)", ".bib": "BibTeX (*.bib)"}  # fmt: skip


class ExportController(QObject):
    def __init__(
        self,
        *,
        export: ExportService,
        signals: AppSignals,
        tabs: DocumentTabs,
        prompter: Prompter,
        window: QWidget,
        picked_range: Callable[[], DateRange | None],
        selected_documents: Callable[[], list[int]],
        open_note: Callable[[], int | None],
        notes_focused: Callable[[], bool],
        settings: WindowSettings | None = None,
    ) -> None:
        super().__init__(window)
        self.status = signals.status
        self._export = export
        self._tabs = tabs
        self._prompter = prompter
        self._window = window
        self._picked_range = picked_range
        self._selected_documents = selected_documents
        self._open_note = open_note
        self._notes_focused = notes_focused
        self._folder = Path.home()
        self._settings = settings
        export.parallax_numbers = settings.parallax_numbers if settings is not None else False

    def build_menu(self, file_menu: QMenu) -> None:
        add_action(self._window, file_menu, translate("Menus", "E&xport Notes…"), self.export_notes, "Ctrl+Shift+E")
        add_action(self._window, file_menu, translate("Menus", "Export &Bibliography…"), self.export_bibliography)
        add_action(self._window, file_menu, translate("Menus", "&Print…"), self.print_current, "Ctrl+P")
        numbers = add_action(
            self._window, file_menu, translate("Menus", "Cite Parallax's ¶ Num&bers Too"), lambda: None
        )
        numbers.setObjectName("cite_parallax_numbers")
        numbers.setCheckable(True)
        numbers.setChecked(self._export.parallax_numbers)
        numbers.setToolTip("Citations give the printed page; with this on, also Parallax's ¶ (“¶17 in Parallax”)")
        numbers.toggled.connect(self.set_parallax_numbers)

    def set_parallax_numbers(self, on: bool) -> None:
        """Whether citations (copied, exported, printed) give Parallax's ¶ numbers as well as the printed page."""
        self._export.parallax_numbers = on
        if self._settings is not None:
            self._settings.set_parallax_numbers(on)
        self.status.emit("Citations give Parallax's ¶ numbers too." if on else "Citations give the printed page.")

    # -- files ---------------------------------------------------------------------------------------
    def _target(self, title: str, name: str, suffix: str) -> Path | None:
        """Where to write, asked for; an existing file is replaced only when the user says so."""
        path = self._prompter.save_file(title, self._folder / f"{name}{suffix}", _FILTERS[suffix])
        if path is None:
            return None
        if not path.suffix:
            path = path.with_suffix(suffix)
        if path.exists() and not path.is_dir():
            answer = self._prompter.choose(
                "Replace the file?", f"{path.name} already exists in {path.parent}. Replace it?", [REPLACE]
            )
            if answer != REPLACE:
                return None
        return path

    def _write(self, path: Path, make: Callable[[], bytes], done: str) -> bool:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._export.write(path, make())
        except ParallaxError as exc:
            QApplication.restoreOverrideCursor()
            self._prompter.error("Export failed", str(exc))
            return False
        QApplication.restoreOverrideCursor()
        self._folder = path.parent
        self.status.emit(f"{done} {path}.")
        return True

    def export_notes(self) -> bool:
        dialog = ExportNotesDialog(self._export.tags(), self._picked_range(), self._window)
        if not self._prompter.run_dialog(dialog):
            return False
        scope, form = dialog.scope(), dialog.chosen_format()
        path = self._target("Export Notes", "parallax-notes", form.suffix)
        if path is None:
            return False

        def make() -> bytes:
            bundle = self._export.bundle(scope)
            if form is BundleFormat.PDF:
                return pdf_bytes(render_html(bundle, for_print=True), bundle.title)
            text = render_markdown(bundle) if form is BundleFormat.MARKDOWN else render_html(bundle)
            return text.encode("utf-8")

        return self._write(path, make, "Exported the notes to")

    def export_bibliography(self) -> bool:
        selected = self._selected_documents()
        total = len(self._export.document_ids())
        dialog = ExportBibliographyDialog(len(selected), total, self._window)
        if not self._prompter.run_dialog(dialog):
            return False
        form = dialog.chosen_format()
        ids = selected if dialog.selected_only.isChecked() else []
        path = self._target("Export Bibliography", "parallax-bibliography", form.suffix)
        if path is None:
            return False
        return self._write(
            path, lambda: self._export.bibliography(form, ids).encode("utf-8"), "Wrote the bibliography to"
        )

    # -- printing and citing --------------------------------------------------------------------------
    def _print_html(self) -> tuple[str, str] | None:
        """The note being written (when the notes panel has the focus, or no document is open), else the document."""
        note_id = self._open_note()
        pane = self._tabs.current_pane()
        if note_id is not None and (self._notes_focused() or pane is None):
            bundle = self._export.bundle_of_note(note_id)
            return render_html(bundle, for_print=True, contents=False), bundle.notes[0].note.title
        if pane is None or pane.document_id is None:
            return None
        document = self._export.document(pane.document_id)
        return document_print_html(document, self._export.citation(document.id)), document.title

    def print_current(self) -> bool:
        from PySide6.QtPrintSupport import QPrinter

        try:
            made = self._print_html()
        except ParallaxError as exc:
            self._prompter.error("Cannot print", str(exc))
            return False
        if made is None:
            self.status.emit("Open a document or a note to print it.")
            return False
        html, title = made
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        if not self._prompter.set_up_printer(printer):
            return False
        print_html(html, printer)
        self.status.emit(f"Printed “{title}”.")
        return True

    def copy_citation(self) -> str:
        """A full note citation of the selected paragraphs (or the one last clicked), on the clipboard."""
        pane = self._tabs.current_pane()
        span = pane.selected_paragraphs() if pane is not None else None
        if pane is None or pane.document_id is None or span is None:
            self.status.emit("Select a passage (or click a paragraph) in a document to cite it.")
            return ""
        citation = self._export.citation(pane.document_id, span.first, span.last)
        data = QMimeData()
        data.setText(citation.plain())
        data.setHtml(citation.html())
        QGuiApplication.clipboard().setMimeData(data)
        self.status.emit(f"Copied: {citation.plain()}")
        return citation.plain()
