"""TrashDialog: documents in the trash, each one click from coming back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.domain.documents import DocumentSummary


class TrashDialog(QDialog):
    def __init__(self, documents: list[DocumentSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TrashDialog")
        self.setWindowTitle("Trash")
        self.setMinimumSize(560, 360)
        self.list = QListWidget(self)
        self.list.setObjectName("TrashList")
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setAccessibleName("Documents in the trash")
        self.list.setAccessibleDescription("Select documents and press Restore to take them out of the trash.")
        for doc in documents:
            when = doc.metadata.date_display or "undated"
            item = QListWidgetItem(f"{doc.metadata.title} — {when} (ID {doc.id})")
            item.setData(Qt.ItemDataRole.UserRole, doc.id)
            self.list.addItem(item)
        hint = "Select documents and press Restore." if documents else "The trash is empty."
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = buttons.addButton("&Restore", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.list.itemSelectionChanged.connect(lambda: self.restore_button.setEnabled(bool(self.selected_ids())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(hint, self))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def selected_ids(self) -> list[int]:
        return [int(item.data(Qt.ItemDataRole.UserRole)) for item in self.list.selectedItems()]
