"""DocumentInfoDialog: everything recorded about a document, read-only and selectable for copying."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.domain.documents import DocumentDetail


def info_rows(document: DocumentDetail) -> list[tuple[str, str]]:
    """(label, value) pairs for the fields that are filled in."""
    meta = document.metadata
    date = meta.date
    date_text = meta.date_display
    if date is not None and meta.date_edtf != date_text:
        date_text += f"  ({meta.date_edtf})"
    rows = [
        ("Title", meta.title),
        ("Issuer", meta.issuer),
        ("Date", date_text),
        ("In UTC", date.display_utc() if date is not None else ""),
        ("Dated how", meta.date_basis),
        ("Place", meta.place),
        ("Kind", meta.kind.label),
        ("Language", meta.language),
        ("Source", meta.source.display()),
        ("Archive", meta.archive),
        ("Address", meta.url),
        ("Rights", meta.rights),
        ("Tags", ", ".join(meta.tags)),
        ("Translation of", f"document ID {meta.translation_of}" if meta.translation_of else ""),
        ("Paragraphs", str(len(document.paragraphs))),
        ("Library ID", str(document.id)),
    ]
    return [(label, value) for label, value in rows if value]


class DocumentInfoDialog(QDialog):
    def __init__(self, document: DocumentDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DocumentInfoDialog")
        self.setWindowTitle(f"About this document — {document.title[:60]}")
        self.setMinimumWidth(560)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, value in info_rows(document):
            field = QLabel(value, self)
            field.setWordWrap(True)
            # Plain text only: an address is shown to be copied, never opened from here.
            field.setTextFormat(Qt.TextFormat.PlainText)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(f"{label}:", field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
