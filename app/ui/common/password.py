"""The password a shared library's server asks for, typed unseen; kept in the system keyring only if asked."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class PasswordDialog(QDialog):
    def __init__(self, title: str, label: str, offer_keyring: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PasswordDialog")
        self.setWindowTitle(title)
        text = QLabel(label, self)
        text.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setObjectName("PasswordField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName("Password")
        self.keep = QCheckBox("Keep it in the system keyring (never in Parallax's settings)", self)
        self.keep.setObjectName("KeepPassword")
        self.keep.setVisible(offer_keyring)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (text, self.field, self.keep, buttons):
            layout.addWidget(widget)

    def password(self) -> str:
        return self.field.text()

    def remember(self) -> bool:
        return not self.keep.isHidden() and self.keep.isChecked()
