"""File › Open Shared Library…: a shared library's address, typed or picked from the recent ones."""

from __future__ import annotations

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

from app.services.infrastructure.storage import LibraryOpenError, SharedAddress, parse_location

PLACEHOLDER = "postgresql://USER@HOST[:PORT]/DATABASE"
SSL_CHOICES = [
    ("as the server prefers (prefer)", ""),
    ("always encrypted (require)", "require"),
    ("encrypted, and the server's certificate checked (verify-full)", "verify-full"),
    ("never encrypted (disable)", "disable"),
]


class SharedLibraryDialog(QDialog):
    """Accepted only with a sound address; `chosen()` is it, without any password (the window asks for that)."""

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SharedLibraryDialog")
        self.setWindowTitle("Open Shared Library")
        self.address = QLineEdit(self)
        self.address.setObjectName("SharedAddress")
        self.address.setPlaceholderText(PLACEHOLDER)
        self.address.setAccessibleName("Address of the shared library")
        self.ssl = QComboBox(self)
        self.ssl.setObjectName("SharedSslMode")
        for label, mode in SSL_CHOICES:
            self.ssl.addItem(label, mode)
        self.recent = QListWidget(self)
        self.recent.setObjectName("RecentShared")
        self.recent.addItems(recent)
        self.recent.currentTextChanged.connect(self.address.setText)
        self.recent.itemActivated.connect(lambda _item: self._accept())
        self.problem = QLabel(self)
        self.problem.setObjectName("SharedAddressProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self._chosen: SharedAddress | None = None
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Address:", self.address)
        form.addRow("Encryption:", self.ssl)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("A library on a PostgreSQL server, shared by a class or a team. Its owner gives you "
                                "the address; the password is asked for when the library opens.", self))  # fmt: skip
        layout.addLayout(form)
        if recent:
            layout.addWidget(QLabel("Opened lately:", self))
            layout.addWidget(self.recent)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        text = self.address.text().strip()
        mode = self.ssl.currentData()
        if mode and "sslmode=" not in text:
            text += ("&" if "?" in text else "?") + f"sslmode={mode}"
        try:
            found = parse_location(text)
        except LibraryOpenError as exc:
            self.problem.setText(str(exc))
            return
        if not isinstance(found, SharedAddress):
            self.problem.setText(f"Write the address as {PLACEHOLDER}.")
            return
        self._chosen = found
        self.accept()

    def chosen(self) -> SharedAddress | None:
        return self._chosen
