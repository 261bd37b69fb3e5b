"""Notes in a shared library: who may change which, and the conflict two members' saves of one note make.

The server holds every member to its rules (db/postgres/policies.py); these say the same before a change is
tried, so that the member hears why in a sentence instead of meeting a refusal (or a silent 0 rows changed).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.errors import ConflictError
from app.domain.notes.model import Note
from app.services.infrastructure.storage import Membership
from app.services.infrastructure.transactions import NotPermittedError


@dataclass(frozen=True)
class NoteDraft:
    """A note as a member typed it."""

    title: str
    body: str
    tags: tuple[str, ...]
    date_edtf: str


class NoteConflictError(ConflictError):
    """The note was saved by someone else since this text was written over it. Both texts are kept: theirs is
    the note, this one is among its earlier versions (marked as a conflict); the window shows them side by side."""

    def __init__(self, theirs: Note, mine: NoteDraft) -> None:
        who = theirs.saved_by or theirs.author or "someone else"
        super().__init__(
            f"“{theirs.title}” was saved by {who} while you wrote; both texts are kept (yours among its earlier "
            "versions), so that you can merge them"
        )
        self.theirs = theirs
        self.mine = mine


def check_may_change(member: Membership | None, author: str, private: bool) -> None:
    """Raise NotPermittedError unless `member` may change a note by `author` (private or shared)."""
    if member is None:
        return
    if private and author != member.user:
        raise NotPermittedError("this private note is another member's")
    if private and not member.may_write_notes:
        raise NotPermittedError("the library's owner does not let readers write notes")
    if not private and not member.may_edit:
        raise NotPermittedError(f"{member.user} is a reader of this library: readers write private notes only")


def check_may_create(member: Membership | None, private: bool) -> None:
    if member is not None:
        check_may_change(member, member.user, private)
