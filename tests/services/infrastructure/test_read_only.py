"""A library that cannot be written where it is: opened read-only, read in full, changed never."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from app.services.infrastructure.storage import LibraryOpenError
from app.services.library import LibraryStorageError
from app.services.registry import open_services
from db.engine import is_read_only, make_engine, read_only_uri
from db.migrate import alembic_config


def _prepared(db_path: Path) -> int:
    """A library as a user left it: the Declaration and one note on it. Returns the note's ID."""
    library, services = open_services(db_path)
    try:
        return services.notes.create(title="Withdrawal offer", body="¶17 offers talks.").result.id
    finally:
        library.close()


def _rows(db_path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(db_path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_a_read_only_library_is_read_whole_and_every_write_is_refused_by_sqlite(db_path: Path) -> None:
    note_id = _prepared(db_path)
    before = _rows(db_path, "SELECT id, title, deleted_at FROM documents")
    library, services = open_services(db_path, read_only=True)
    try:
        assert library.read_only
        [document] = services.library.list_documents()
        assert document.title.startswith("Declaration")
        assert services.notes.get(note_id).title == "Withdrawal offer"
        assert services.search.search("Budapest").hits
        with pytest.raises(LibraryStorageError, match="could not be written: attempt to write a readonly database"):
            services.library.move_to_trash(document.id)
    finally:
        library.close()
    assert _rows(db_path, "SELECT id, title, deleted_at FROM documents") == before


def test_a_library_needing_an_upgrade_is_refused_read_only_and_left_as_it_was(db_path: Path) -> None:
    from alembic import command

    engine = make_engine(db_path)
    command.upgrade(alembic_config(engine), "0005_search")
    engine.dispose()
    with pytest.raises(LibraryOpenError, match=r"older Parallax and must be upgraded.*copy it to a folder"):
        open_services(db_path, read_only=True)
    assert _rows(db_path, "SELECT version_num FROM alembic_version") == [("0005_search",)]


def test_a_library_from_a_newer_parallax_is_refused_read_only_too(db_path: Path) -> None:
    _prepared(db_path)
    connection = sqlite3.connect(db_path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    with pytest.raises(LibraryOpenError, match="newer version of Parallax"):
        open_services(db_path, read_only=True)


def test_a_missing_library_is_not_created_read_only(tmp_path: Path) -> None:
    with pytest.raises(LibraryOpenError, match="does not exist"):
        open_services(tmp_path / "absent.sqlite3", read_only=True)
    assert not (tmp_path / "absent.sqlite3").exists()


def test_unwritable_media_is_recognised_and_read_without_sqlites_side_files(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _prepared(db_path)
    assert not is_read_only(db_path)
    real_access = os.access
    # What a read-only mount reports (the tests may run as root, for whom chmod would change nothing).
    monkeypatch.setattr(os, "access", lambda path, mode: mode != os.W_OK and real_access(path, mode))
    assert is_read_only(db_path)
    assert read_only_uri(db_path).endswith("?mode=ro&immutable=1")
    (db_path.parent / (db_path.name + "-wal")).write_bytes(b"x" * 32)  # left by a copy made while it was open
    assert read_only_uri(db_path).endswith("?mode=ro")  # then SQLite must read that journal too
    assert not is_read_only(db_path.parent / "absent.sqlite3")  # a new library is made, not opened read-only
