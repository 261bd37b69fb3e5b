"""EditMetadataDialog: a document's description in the metadata form, saved only when it can be."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.services.metadata import MetadataInput
from app.ui.dialogs.metadata_form import MetadataForm


class EditMetadataDialog(QDialog):
    def __init__(
        self, title: str, values: MetadataInput, documents: list[tuple[int, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EditMetadataDialog")
        self.setWindowTitle(f"Edit — {title[:60]}")
        self.setMinimumWidth(640)
        self.form = MetadataForm(self)
        self.form.set_documents(documents)
        self.form.set_values(values)
        self.problem = QLabel(self)
        self.problem.setObjectName("EditProblem")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.form.changed.connect(self._check)
        self._check()

    def _check(self) -> None:
        problem = self.form.problem()
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)

    def values(self) -> MetadataInput:
        return self.form.values()
