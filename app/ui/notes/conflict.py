"""Two members saved one note: the other's version beside the user's, to merge by hand (nothing is lost either
way: the user's text is kept among the note's earlier versions)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.services.notes import NoteConflictError


class ConflictDialog(QDialog):
    """Theirs on the left (read-only), the user's on the right, which they edit into the merged text; Save Merged
    stores the right-hand side over theirs, Keep Theirs leaves the note as the other member saved it."""

    def __init__(self, conflict: NoteConflictError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NoteConflictDialog")
        self.setWindowTitle("The note was saved by someone else meanwhile")
        theirs, mine = conflict.theirs, conflict.mine
        self.conflict = conflict
        who = theirs.saved_by or theirs.author or "someone else"
        heading = QLabel(
            f"<b>{who}</b> saved “{theirs.title}” while you were writing it. Your text is kept among its earlier "
            "versions whatever you choose. Merge the two on the right, or keep theirs.",
            self,
        )
        heading.setWordWrap(True)
        self.theirs_title = QLineEdit(theirs.title, self)
        self.theirs_title.setReadOnly(True)
        self.theirs_text = QPlainTextEdit(theirs.body, self)
        self.theirs_text.setObjectName("TheirsText")
        self.theirs_text.setReadOnly(True)
        self.theirs_text.setAccessibleName(f"The note as {who} saved it")
        self.merged_title = QLineEdit(mine.title, self)
        self.merged_title.setObjectName("MergedTitle")
        self.merged_text = QPlainTextEdit(mine.body, self)
        self.merged_text.setObjectName("MergedText")
        self.merged_text.setAccessibleName("Your text, to merge with theirs")
        take = QPushButton("Copy Theirs Below Yours", self)
        take.clicked.connect(self._append_theirs)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton("Save Merged Text", QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button = buttons.addButton("Keep Theirs", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        grid = QGridLayout(self)
        grid.addWidget(heading, 0, 0, 1, 2)
        grid.addWidget(QLabel(f"As {who} saved it:", self), 1, 0)
        grid.addWidget(QLabel("Yours (edit it into the merged text):", self), 1, 1)
        grid.addWidget(self.theirs_title, 2, 0)
        grid.addWidget(self.merged_title, 2, 1)
        grid.addWidget(self.theirs_text, 3, 0)
        grid.addWidget(self.merged_text, 3, 1)
        grid.addWidget(take, 4, 1)
        grid.addWidget(buttons, 5, 0, 1, 2)
        self.resize(900, 520)

    def _append_theirs(self) -> None:
        self.merged_text.appendPlainText("\n" + self.theirs_text.toPlainText())

    def merged(self) -> tuple[str, str]:
        return self.merged_title.text(), self.merged_text.toPlainText()
