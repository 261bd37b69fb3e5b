"""One unit of work, and what a library that cannot be written just now turns into for the caller."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.domain.errors import ConflictError, StorageError

INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL's SQLSTATE for a permission or row-level security refusal


class LibraryWriteError(StorageError):
    """The library could not be written just now (disk full, I/O error, read-only); nothing of the change was kept."""


class LibraryUnavailableError(StorageError):
    """A shared library's server is not answering (restarted, the network cut); nothing of the change was kept."""


class ChangedMeanwhileError(ConflictError):
    """A row changed (or went) between reading it and writing it: another member saved first."""


class NotPermittedError(ConflictError):
    """The shared library's server does not let this member make this change."""


def failure_reason(exc: SQLAlchemyError) -> str:
    """SQLite's own words ('database or disk is full', 'disk I/O error'), without SQLAlchemy's statement dump."""
    original = getattr(exc, "orig", None)
    text = str(original if original is not None else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def refused_by_server(exc: BaseException) -> bool:
    return isinstance(exc, DBAPIError) and getattr(exc.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE


@contextmanager
def writing(sessions: sessionmaker[Session], error: Callable[[str], Exception]) -> Iterator[Session]:
    """One transaction, committed or rolled back whole; a full disk, an I/O error, a read-only file or a server
    gone away raises `error`; another member's change in between raises ChangedMeanwhileError; a change the
    server does not allow this member, NotPermittedError."""
    try:
        with sessions.begin() as session:
            yield session
    except IntegrityError:
        raise  # a rule of the data, not a failing disk: callers know what it means
    except StaleDataError as exc:
        raise ChangedMeanwhileError("it was changed by another member meanwhile; nothing of yours was lost") from exc
    except LibraryUnavailableError as exc:
        raise error(f"the library could not be written: {exc}") from exc
    except SQLAlchemyError as exc:
        if refused_by_server(exc):
            raise NotPermittedError(f"the library's server does not let you do this ({failure_reason(exc)})") from exc
        raise error(f"the library could not be written: {failure_reason(exc)}") from exc
