"""What to export, and in which form: the notes (all, a tag's, a period's) or the documents' bibliography."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.citation.bibliography import BibliographyFormat
from app.domain.export.bundle import Scope
from app.domain.timeline import DateRange
from app.services.export import BundleFormat
from app.ui.common.accessibility import describe


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setDefault(True)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ExportNotesDialog(QDialog):
    """All notes, the notes of a tag, or those of the range picked on the timeline; as Markdown, HTML or PDF."""

    def __init__(self, tags: list[str], period: DateRange | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExportNotesDialog")
        self.setWindowTitle("Export Notes")
        self._period = period
        self.all_notes = QRadioButton("All notes", self)
        self.by_tag = QRadioButton("Notes tagged", self)
        self.tag = QComboBox(self)
        self.tag.setObjectName("ExportTag")
        self.tag.addItems(tags)
        describe(self.tag, "Tag", "The tag whose notes are exported.")
        self.by_period = QRadioButton(
            f"Notes dated {period.display()} (the dates picked on the timeline)"
            if period
            else "Notes of a period (first drag along the timeline's ruler to pick its dates)",
            self,
        )
        self.by_tag.setEnabled(bool(tags))
        self.tag.setEnabled(False)
        self.by_period.setEnabled(period is not None)
        group = QButtonGroup(self)
        for button in (self.all_notes, self.by_tag, self.by_period):
            group.addButton(button)
        self.by_tag.toggled.connect(self.tag.setEnabled)
        (self.by_period if period else self.all_notes).setChecked(True)

        self.form = QComboBox(self)
        self.form.setObjectName("ExportFormat")
        describe(self.form, "Format", "Markdown, HTML or PDF.")
        for form in BundleFormat:
            self.form.addItem(form.label, form)
        explain = QLabel(
            "Each note with its quoted passages and their citations (passages from several documents side by side), "
            "the bibliography of the documents quoted, and the timeline's events of the period in date order.",
            self,
        )
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.all_notes)
        layout.addWidget(self.by_tag)
        layout.addWidget(self.tag)
        layout.addWidget(self.by_period)
        formats = QFormLayout()
        formats.addRow("Format:", self.form)
        layout.addLayout(formats)
        layout.addWidget(_buttons(self, "Export…"))

    def scope(self) -> Scope:
        if self.by_tag.isChecked() and self.tag.currentText():
            return Scope(tag=self.tag.currentText())
        if self.by_period.isChecked() and self._period is not None:
            return Scope(period=self._period)
        return Scope()

    def chosen_format(self) -> BundleFormat:
        return BundleFormat(self.form.currentData())


class ExportBibliographyDialog(QDialog):
    """The documents selected in the library, or all of them; as Chicago, CSL-JSON or BibTeX."""

    def __init__(self, selected: int, total: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExportBibliographyDialog")
        self.setWindowTitle("Export Bibliography")
        self.selected_only = QRadioButton(
            "The document selected in the library"
            if selected == 1
            else f"The {selected} documents selected in the library",
            self,
        )
        self.everything = QRadioButton(f"All {total} documents in the library", self)
        self.selected_only.setEnabled(selected > 0)
        (self.selected_only if selected else self.everything).setChecked(True)
        self.form = QComboBox(self)
        self.form.setObjectName("BibliographyFormat")
        describe(self.form, "Format", "A Chicago bibliography, CSL-JSON for reference managers, or BibTeX.")
        for form in BibliographyFormat:
            self.form.addItem(form.label, form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.selected_only)
        layout.addWidget(self.everything)
        formats = QFormLayout()
        formats.addRow("Format:", self.form)
        layout.addLayout(formats)
        layout.addWidget(_buttons(self, "Export…"))

    def chosen_format(self) -> BibliographyFormat:
        return BibliographyFormat(self.form.currentData())
