"""EditionDialog: which documents of a TEI edition to import, by level of division, dates and words in the title."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.dates.historical import HistoricalDate, InvalidDateError
from app.domain.dates.written import parse_date_text
from app.services.editions import EditionChoice, chosen, parse_date, span_of
from app.services.importers.tei_blocks import WHOLE_TEXT

if TYPE_CHECKING:
    from app.services.importers.tei import TeiText

PREVIEW_DOCUMENTS = 300  # listed in the dialog; all of them are imported


def _count(number: int, word: str = "document") -> str:
    return f"{number:,} {word}{'' if number == 1 else 's'}"


class EditionDialog(QDialog):
    """Shows how many documents the file holds and their dates; `choice()` is what the user picked."""

    def __init__(self, name: str, text: TeiText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EditionDialog")
        self.setWindowTitle(f"Import edition — {name}")
        self.setMinimumWidth(640)
        self._text = text
        self.summary = QLabel(self)
        self.summary.setObjectName("EditionSummary")
        self.summary.setWordWrap(True)
        self.level = QComboBox(self)
        self.level.setObjectName("EditionLevel")
        for level, count in text.levels:
            self.level.addItem(f"each “{level}” division ({_count(count)})", level)
        self.level.addItem("the whole text as one document", WHOLE_TEXT)
        self.level.setCurrentIndex(max(0, self.level.findData(text.default_level)))
        self.date_from = self._field("EditionFrom", "1 October 1956")
        self.date_to = self._field("EditionTo", "30 November 1956")
        self.words = self._field("EditionWords", "words in the title: telegram Budapest")
        self.count = QLabel(self)
        self.count.setObjectName("EditionCount")
        self.count.setWordWrap(True)
        self.preview = QListWidget(self)
        self.preview.setObjectName("EditionPreview")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Import")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("One document is:", self.level)
        form.addRow("Dated &from:", self.date_from)
        form.addRow("&To:", self.date_to)
        form.addRow("&Title has:", self.words)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.level.currentIndexChanged.connect(self._update)
        self._update()

    def _field(self, name: str, hint: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setPlaceholderText(hint)
        field.setClearButtonEnabled(True)
        field.textChanged.connect(self._update)
        return field

    @staticmethod
    def _date(field: QLineEdit) -> HistoricalDate | None:
        return parse_date_text(field.text()) if field.text().strip() else None

    def choice(self) -> EditionChoice:
        """What the fields say; raises InvalidDateError for a date that cannot be read."""
        return EditionChoice(self.level.currentData(), self._date(self.date_from), self._date(self.date_to),
                             self.words.text())  # fmt: skip

    def _update(self) -> None:
        level = self.level.currentData()
        documents = self._text.documents(level)
        span = span_of(documents)
        self.summary.setText(f"{_count(len(documents))} found" + (f", dated {span}" if span else "") + ".")
        self.preview.clear()
        try:
            choice = self.choice()
        except InvalidDateError as exc:
            self._show_count(f"⚠ {str(exc).capitalize()}", ready=False)
            return
        found = chosen(documents, choice)
        for document in found[:PREVIEW_DOCUMENTS]:
            date = parse_date(document)
            self.preview.addItem(f"{date.display(document.place) if date else 'undated'} — {document.title}")
        if not found:
            self._show_count("No document matches: change the dates or the words.", ready=False)
        elif len(found) == len(documents):
            self._show_count(f"All {_count(len(found))} will be imported, as one collection.", ready=True)
        else:
            within = span_of(found)
            dated = f" (dated {within})" if within else ""
            self._show_count(f"{len(found):,} of {_count(len(documents))} will be imported{dated}, as one collection.",
                             ready=True)  # fmt: skip

    def _show_count(self, text: str, *, ready: bool) -> None:
        self.count.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
