"""One unit of work, and what a library that cannot be written just now turns into for the caller."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.domain.errors import StorageError


class LibraryWriteError(StorageError):
    """The library could not be written just now (disk full, I/O error, read-only); nothing of the change was kept."""


def failure_reason(exc: SQLAlchemyError) -> str:
    """SQLite's own words ('database or disk is full', 'disk I/O error'), without SQLAlchemy's statement dump."""
    original = getattr(exc, "orig", None)
    text = str(original if original is not None else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


@contextmanager
def writing(sessions: sessionmaker[Session], error: Callable[[str], Exception]) -> Iterator[Session]:
    """One transaction, committed or rolled back whole; a full disk, an I/O error or a read-only file raises `error`."""
    try:
        with sessions.begin() as session:
            yield session
    except IntegrityError:
        raise  # a rule of the data, not a failing disk: callers know what it means
    except SQLAlchemyError as exc:
        raise error(f"the library could not be written: {failure_reason(exc)}") from exc
