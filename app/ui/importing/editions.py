"""EditionImports: a TEI edition picked for import gets its dialog, then its documents import in the background."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.domain.dates.historical import InvalidDateError
from app.services.editions import EditionOutcome, chosen
from app.services.importers.tei_blocks import WHOLE_TEXT
from app.services.importing import ImportService
from app.ui.common.prompter import Prompter
from app.ui.common.signals import AppSignals
from app.ui.importing.edition_dialog import EditionDialog

if TYPE_CHECKING:
    from app.services.importers.tei import TeiText
    from app.ui.importing.controller import ImportController


class EditionImports:
    def __init__(
        self,
        service: ImportService,
        prompter: Prompter,
        parent: QWidget,
        imports: ImportController,
        signals: AppSignals,
    ) -> None:
        self._signals = signals
        self._service = service
        self._prompter = prompter
        self._parent = parent
        self._imports = imports

    def offer(self, path: Path, text: TeiText) -> bool:
        """Ask which documents to import and start importing them; False when the whole text is to be one document."""
        dialog = EditionDialog(path.name, text, self._parent)
        if not self._prompter.run_dialog(dialog):
            return True
        try:
            choice = dialog.choice()
        except InvalidDateError as exc:
            self._prompter.error("Cannot import", f"{path.name}: {exc}")
            return True
        if choice.level == WHOLE_TEXT:
            return False
        total = len(chosen(text.documents(choice.level or text.default_level), choice))

        self._imports.run_in_background(
            lambda job: self._service.import_edition(path, text, choice, job=job), total,
            f"Importing {total:,} documents of {path.name}…", self._done,
        )  # fmt: skip
        return True

    def _done(self, outcome: EditionOutcome) -> None:
        if outcome.document_ids:
            self._signals.documents_changed.emit()
        if not outcome.document_ids:
            self._prompter.error("Nothing imported", outcome.error)
            return
        summary = f"Imported {len(outcome.document_ids):,} documents as one collection in the library."
        if outcome.duplicates:
            summary += f" {outcome.duplicates:,} were already in the library and were left out."
        if outcome.cancelled:
            summary += " Cancelled: the rest were not imported (each document is stored whole or not at all)."
        if outcome.date_problems:
            summary += "\n\nImported undated, since the dates they give cannot be true:\n" + "\n".join(
                outcome.date_problems
            )
        self._prompter.info("Import finished", summary)
