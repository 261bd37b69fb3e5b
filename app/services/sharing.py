"""A shared library's members: the owner's setup, adding and removing members, and listing them.

Members are the server's own login roles, made by its administrator (CREATE ROLE … LOGIN PASSWORD …); Parallax
only grants them the library. Everything here is the owner's to do (the server refuses the rest), except the
list of members, which every member may read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from app.domain.errors import ConflictError, InvalidInputError, NotFoundError, StorageError
from app.services.anchoring import utc_now
from app.services.bundled import seed_bundled_documents
from app.services.infrastructure.storage import Library, Membership
from app.services.infrastructure.transactions import failure_reason
from db.models import MEMBER_ROLES
from db.postgres import members as db_members

ROLES = ("editor", "reader")  # what `member add` makes someone; the owner is whoever set the library up


class SharingError(InvalidInputError):
    """Something about members that cannot be done as asked; the message says why in one line."""


class NotSharedError(InvalidInputError):
    def __init__(self, what: str) -> None:
        super().__init__(f"{what} is for shared libraries (parallax --db postgresql://USER@HOST/DATABASE …)")


class NotOwnerError(ConflictError):
    """Only the library's owner may do this."""


class SharingStorageError(StorageError):
    """The server did not take the change; none of it was kept."""


@dataclass(frozen=True)
class Member:
    name: str
    role: str
    added_at: datetime
    can_login: bool


@dataclass(frozen=True)
class SetupReport:
    owner: str
    documents_seeded: int
    events_seeded: int
    members_granted: int
    readers_write_notes: bool


class SharingService:
    def __init__(self, library: Library) -> None:
        self._library = library

    def _engine(self, what: str) -> Library:
        if not self._library.shared:
            raise NotSharedError(what)
        return self._library

    def members(self) -> list[Member]:
        library = self._engine("`members`")
        with library.engine.connect() as connection:
            return [Member(m.name, m.role, m.added_at, m.can_login) for m in db_members.members(connection)]

    def setup(self, *, readers_write_notes: bool | None = None) -> SetupReport:
        """As the owner: the schema at head (done by opening it so), the owner its first member, the bundled
        documents and events seeded (once; later setups add only what is new), every member granted anew."""
        from app.services.library import LibraryService
        from app.services.timeline import TimelineService

        library = self._engine("`setup`")
        with library.engine.begin() as connection:
            user = db_members.current_user(connection)
            owner = db_members.database_owner(connection)
            if user != owner and not db_members.is_superuser(connection):
                raise NotOwnerError(f"setup is run by the database's owner ({owner}); {user} may not change its schema")
            db_members.put_member(connection, user, "owner", utc_now())
            if readers_write_notes is not None:
                db_members.set_option(connection, "readers_write_notes", "yes" if readers_write_notes else "no")
            allowed = db_members.option(connection, "readers_write_notes") != "no"
            granted = 0
            for member in db_members.members(connection):
                if member.can_login and member.name != user:
                    db_members.grant(connection, member.name, member.role)
                    granted += 1
        documents = len(seed_bundled_documents(LibraryService(library.sessions)))
        events = TimelineService(library.sessions).seed_bundled()
        return SetupReport(user, documents, events, granted, allowed)

    def add_member(self, name: str, role: str) -> Member:
        if role not in ROLES:
            raise SharingError(f"a member is an editor or a reader, not {role!r}")
        library = self._engine("`member add`")
        try:
            with library.engine.begin() as connection:
                self._check_owner(connection)
                found = db_members.login(connection, name)
                if not found.exists:
                    raise NotFoundError(
                        f"the server has no role {name!r}; its administrator makes one with "
                        f"CREATE ROLE {db_members.quoted(name)} LOGIN PASSWORD '…'"
                    )
                if found.superuser:
                    raise SharingError(
                        f"{name} is a superuser (or bypasses row-level security), whom the server never holds to "
                        "the library's rules; add an ordinary login role instead"
                    )
                if not found.can_login:
                    raise SharingError(f"{name} may not log in (a group role?); add a login role")
                if db_members.role_of(connection, name) == "owner":
                    raise SharingError(f"{name} is the library's owner")
                db_members.put_member(connection, name, role, utc_now())
                db_members.grant(connection, name, role)
        except DBAPIError as exc:
            raise SharingStorageError(f"the server refused: {failure_reason(exc)}") from exc
        return next(member for member in self.members() if member.name == name)

    def remove_member(self, name: str) -> None:
        library = self._engine("`member remove`")
        try:
            with library.engine.begin() as connection:
                user = self._check_owner(connection)
                if name == user:
                    raise SharingError("the owner cannot remove themselves")
                if not db_members.drop_member(connection, name):
                    raise NotFoundError(f"{name} is not a member of this library")
                if db_members.login(connection, name).exists:
                    db_members.revoke(connection, name)
        except DBAPIError as exc:
            raise SharingStorageError(f"the server refused: {failure_reason(exc)}") from exc

    def membership(self) -> Membership | None:
        return self._library.member

    @staticmethod
    def _check_owner(connection: Connection) -> str:
        user = db_members.current_user(connection)
        if db_members.role_of(connection, user) != "owner" and not db_members.is_superuser(connection):
            raise NotOwnerError(f"only the library's owner may change its members ({user} is not)")
        return user


__all__ = ["MEMBER_ROLES", "ROLES", "Member", "NotOwnerError", "SetupReport", "SharingError", "SharingService"]
