"""Writing a file the user asked for: all of it or none of it, and a reason in one line when it cannot be done."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from app.domain.errors import StorageError


class FileWriteError(StorageError):
    """The file could not be written; the message names it and says why."""


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a hidden file beside `path`, flush it to disk, then rename it into place (an old file stays whole
    until the new one is complete)."""
    path = path.expanduser()
    if path.is_dir():
        raise FileWriteError(f"cannot write {path}: it is a folder")
    folder = path.parent
    if not folder.is_dir():
        raise FileWriteError(f"cannot write {path}: folder {folder} does not exist")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise FileWriteError(f"cannot write in {folder}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise FileWriteError(f"cannot write {path}: {exc.strerror or exc}") from exc
