"""The window over a shared library: the password its server asks for, the line in the status bar that says
who is reading it and whether the server answers, and what a reader's window leaves on."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QMainWindow

from app.services.infrastructure import passwords
from app.services.infrastructure.storage import Membership, PasswordNeededError, SharedAddress
from app.ui.common.prompter import Prompter
from app.ui.common.read_only import make_reader

ROLES = {"owner": "owner", "editor": "editor", "reader": "reader"}
UNREACHABLE = (
    "The shared library's server is not answering. Notes you write are kept on this computer and saved when it "
    "answers again."
)


def ask_password(prompter: Prompter, address: SharedAddress, needed: PasswordNeededError) -> str | None:
    """Ask for the password (saying if the last one was refused); keep it in the keyring if the user agrees."""
    why = "That password was refused. " if needed.refused else ""
    answer = prompter.ask_password(
        "Password", f"{why}The server of {address.display()} asks for {address.user}'s password.", True
    )
    if answer is None:
        return None
    password, remember = answer
    if remember:
        try:
            passwords.store(address, password)
        except passwords.PasswordStoreError as exc:
            prompter.info("Password not kept", f"The password was not kept: {exc}. It is asked for at each start.")
    return password


class SharedStatus(QLabel):
    """'Shared library … · alice (editor)' in the status bar, or that the server is not answering."""

    def __init__(self, window: QMainWindow, location: str, member: Membership | None) -> None:
        super().__init__(window)
        self.setObjectName("SharedStatus")
        self._location = location
        self._member = member
        window.statusBar().addPermanentWidget(self)
        self.set_answering(True)

    def set_answering(self, answering: bool) -> None:
        if not answering:
            self.setText(f"<b style='color:#b3261e'>{escape(UNREACHABLE)}</b>")
            self.setToolTip(self._location)
            return
        who = ""
        if self._member is not None:
            who = f" · {escape(self._member.user)} ({ROLES.get(self._member.role, self._member.role)})"
        self.setText(f"Shared library{who}")
        self.setToolTip(self._location)


def apply_membership(window: QMainWindow, member: Membership | None) -> None:
    """A reader's window: documents, links and events cannot be changed; their own notes can (if allowed)."""
    if member is not None and not member.may_edit and member.may_write_notes:
        make_reader(window)
