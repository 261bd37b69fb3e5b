"""One Parallax at a time writes to a library: a lock file beside it, held by the window for as long as it is open."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from app.domain.errors import ConflictError

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


class LibraryInUseError(ConflictError):
    """Another Parallax holds the library; the message says so in one line."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class LibraryLock:
    """An exclusive lock on a library, released when the process ends however it ends (the OS drops it)."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self._handle: IO[str] | None = None

    def acquire(self, purpose: str = "") -> None:
        """Take the lock or raise LibraryInUseError naming who holds it."""
        try:
            handle = self.path.open("a+", encoding="utf-8")
        except OSError as exc:  # a read-only folder: there can be no writer beside us either
            if not os.access(self.path.parent, os.W_OK):
                return
            raise LibraryInUseError(f"cannot create {self.path}: {exc.strerror or exc}") from exc
        if not _try_lock(handle):
            holder = ""
            with contextlib.suppress(OSError):  # Windows refuses to read a region another process has locked
                handle.seek(0)
                holder = handle.read().strip()
            handle.close()
            who = f" (process {holder})" if holder.isdigit() else ""
            raise LibraryInUseError(
                f"the library {self.path.with_suffix('')} is already open in Parallax{who}"
                + (f"; close that window to {purpose}" if purpose else "")
            )
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            with contextlib.suppress(OSError):
                self._handle.close()  # closing drops the lock; the file stays, harmlessly
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def __enter__(self) -> LibraryLock:
        self.acquire()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.release()
