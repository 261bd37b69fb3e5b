"""ImportDialog: the metadata of a new source, prefilled from the file, with a preview of its text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.language.languages import NAMES
from app.services.importers.base import Extracted, FileImportError
from app.services.metadata import MetadataInput
from app.ui.dialogs.metadata_form import MetadataForm

ENCODINGS = ("utf-8", "utf-16", "windows-1250", "windows-1251", "windows-1252", "iso-8859-2", "koi8-r", "mac-roman")
PREVIEW_PARAGRAPHS = 6

Reread = Callable[[str | None], Extracted]


class ImportDialog(QDialog):
    """Shows what will be imported; `metadata()`, `extracted` and `chosen_encoding()` give the user's choices."""

    def __init__(self, name: str, extracted: Extracted, reread: Reread | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self.setWindowTitle(f"Import — {name}")
        self.setMinimumWidth(700)
        self.extracted = extracted
        self._reread = reread
        self._read_problem = ""
        self.form = MetadataForm(self)
        self.form.set_values(
            MetadataInput(
                title=extracted.title, issuer=extracted.author, date=extracted.date_text,
                language=extracted.language, url=extracted.url,
            )
        )  # fmt: skip
        if extracted.language and extracted.detected_language:
            name = NAMES.get(extracted.language, extracted.language)
            self.form.fields["language"].setToolTip(f"Detected from the text: {name}. Change it if it is wrong.")
            self.form.fields["language"].setPlaceholderText("")
        self.encoding = QComboBox(self)
        self.encoding.setObjectName("import_encoding")
        names = list(ENCODINGS)
        if extracted.encoding and extracted.encoding not in names:
            names.insert(0, extracted.encoding)
        self.encoding.addItems(names)
        self.encoding.setCurrentText(extracted.encoding or "utf-8")
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("ImportPreview")
        self.preview.setReadOnly(True)
        self.preview.setMaximumHeight(170)
        self.problem = QLabel(self)
        self.problem.setObjectName("ImportProblem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Import")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        header = QHBoxLayout()
        header.addWidget(QLabel("Preview of the first paragraphs:", self), 1)
        if extracted.encoding is not None:
            label = QLabel("E&ncoding:", self)
            label.setBuddy(self.encoding)
            header.addWidget(label)
            header.addWidget(self.encoding)
        else:
            self.encoding.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(header)
        layout.addWidget(self.preview)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._show_preview(extracted)
        self.form.changed.connect(self._check_ready)
        self.encoding.currentIndexChanged.connect(self._on_encoding)
        self._check_ready()

    def _show_preview(self, extracted: Extracted) -> None:
        self.extracted = extracted
        shown = extracted.paragraphs[:PREVIEW_PARAGRAPHS]
        more = len(extracted.paragraphs) - len(shown)
        text = "\n\n".join(f"¶{n}  {p[:600]}" for n, p in enumerate(shown, start=1))
        self.preview.setPlainText(text + (f"\n\n… and {more} more paragraphs" if more > 0 else ""))

    def _on_encoding(self) -> None:
        if self._reread is None:
            return
        try:
            self._show_preview(self._reread(self.encoding.currentText()))
            self._read_problem = ""
        except FileImportError as exc:
            self.preview.clear()
            self._read_problem = str(exc)
        self._check_ready()

    def _check_ready(self) -> None:
        problem = self._read_problem or self.form.problem()
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def chosen_encoding(self) -> str | None:
        return self.encoding.currentText() if self.extracted.encoding is not None else None

    def metadata(self) -> MetadataInput:
        return self.form.values()
