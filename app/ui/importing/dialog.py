"""ImportDialog: the metadata of a new source, prefilled from the file, with a preview of its text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.date_text import parse_date_text
from app.domain.dates import InvalidDateError
from app.domain.documents import DocumentKind
from app.services.importers.base import Extracted, FileImportError
from app.services.importing import MetadataInput

ENCODINGS = ("utf-8", "utf-16", "windows-1250", "windows-1251", "windows-1252", "iso-8859-2", "koi8-r", "mac-roman")
PREVIEW_PARAGRAPHS = 6

Reread = Callable[[str | None], Extracted]


class ImportDialog(QDialog):
    """Shows what will be imported; `metadata()` and `extracted` give the user's choices."""

    def __init__(  # noqa: PLR0915 - one form, built top to bottom
        self, name: str, extracted: Extracted, reread: Reread | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self.setWindowTitle(f"Import — {name}")
        self.setMinimumWidth(680)
        self.extracted = extracted
        self._reread = reread
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label, hint in (
            ("title", "&Title", "as the document is known"),
            ("issuer", "&Issuer or author", "Government of the USSR, Imre Nagy, the Legation in Budapest"),
            ("date", "&Date", "1 November 1956 · c. 29 Oct 1956 · 1–2 Nov 1956 · early November 1956"),
            ("place", "&Place", "where it was issued"),
            ("language", "&Language", "en, hu, ru …"),
            ("source", "&Source", "the publication the text was taken from"),
            ("url", "&Address (URL)", "where it can be found online"),
            ("rights", "&Rights", "who holds them, or public domain"),
        ):
            field = QLineEdit(self)
            field.setObjectName(f"import_{key}")
            field.setPlaceholderText(hint)
            self.fields[key] = field
            form.addRow(label + ":", field)
            if key == "date":
                self.date_feedback = QLabel(self)
                self.date_feedback.setObjectName("DateFeedback")
                form.addRow("", self.date_feedback)
        self.kind = QComboBox(self)
        self.kind.setObjectName("import_kind")
        for kind in DocumentKind:
            self.kind.addItem(kind.label, kind.value)
        self.kind.setCurrentIndex(self.kind.findData(DocumentKind.OTHER.value))
        form.insertRow(4, "&Kind:", self.kind)
        self.encoding = QComboBox(self)
        self.encoding.setObjectName("import_encoding")
        self.encoding.setVisible(extracted.encoding is not None)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("ImportPreview")
        self.preview.setReadOnly(True)
        self.preview.setMaximumHeight(170)
        self.problem = QLabel(self)
        self.problem.setObjectName("ImportProblem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Import")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        preview_header = QHBoxLayout()
        preview_header.addWidget(QLabel("Preview of the first paragraphs:", self), 1)
        if extracted.encoding is not None:
            encoding_label = QLabel("&Encoding:", self)
            encoding_label.setBuddy(self.encoding)
            preview_header.addWidget(encoding_label)
            preview_header.addWidget(self.encoding)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(preview_header)
        layout.addWidget(self.preview)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._fill(extracted, first=True)
        self.fields["date"].textChanged.connect(self._check_date)
        self.fields["title"].textChanged.connect(self._check_ready)
        self.encoding.currentIndexChanged.connect(self._on_encoding)
        self._check_date()

    def _fill(self, extracted: Extracted, first: bool = False) -> None:
        self.extracted = extracted
        if first:
            self.fields["title"].setText(extracted.title)
            self.fields["issuer"].setText(extracted.author)
            self.fields["date"].setText(extracted.date_text)
            self.fields["language"].setText(extracted.language)
            self.fields["url"].setText(extracted.url)
            self.encoding.blockSignals(True)
            self.encoding.clear()
            names = list(ENCODINGS)
            if extracted.encoding and extracted.encoding not in names:
                names.insert(0, extracted.encoding)
            for name in names:
                self.encoding.addItem(name)
            self.encoding.setCurrentText(extracted.encoding or "utf-8")
            self.encoding.blockSignals(False)
        shown = extracted.paragraphs[:PREVIEW_PARAGRAPHS]
        more = len(extracted.paragraphs) - len(shown)
        text = "\n\n".join(f"¶{n}  {p[:600]}" for n, p in enumerate(shown, start=1))
        self.preview.setPlainText(text + (f"\n\n… and {more} more paragraphs" if more > 0 else ""))

    def _on_encoding(self) -> None:
        if self._reread is None:
            return
        try:
            self._fill(self._reread(self.encoding.currentText()))
        except FileImportError as exc:
            self.preview.setPlainText("")
            self.problem.setText(str(exc))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self.problem.clear()
        self._check_ready()

    def _check_date(self) -> None:
        typed = self.fields["date"].text().strip()
        if not typed:
            self.date_feedback.setText("No date: the document will not be placed on the timeline.")
        else:
            try:
                self.date_feedback.setText(f"→ {parse_date_text(typed).display()}")
            except InvalidDateError as exc:
                self.date_feedback.setText(f"⚠ {str(exc).capitalize()}")
        self._check_ready()

    def _check_ready(self) -> None:
        date_ok = not self.date_feedback.text().startswith("⚠")
        ready = bool(self.fields["title"].text().strip()) and date_ok and not self.problem.text()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def chosen_encoding(self) -> str | None:
        return self.encoding.currentText() if self.extracted.encoding is not None else None

    def metadata(self) -> MetadataInput:
        values = {key: field.text().strip() for key, field in self.fields.items()}
        return MetadataInput(kind=str(self.kind.currentData()), **values)
