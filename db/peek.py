"""A library read with the standard sqlite3 module alone, for the window's first page.

The window shows the document being read before SQLAlchemy is loaded (which takes longer than painting the
window). Only a library already at the current schema is read this way, and nothing is written to it (the
connection has `query_only` on): anything unusual (a new or older file, a damaged one, a locked one) returns
None, and the full start deals with it as always.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.files import LibraryOpenError, check_sqlite_header, is_read_only, newest_revision_file, read_only_uri


@dataclass(frozen=True)
class PeekedDocument:
    """One live document as stored: its `documents` row by column name, and what hangs off it."""

    row: dict[str, Any]
    tags: tuple[str, ...]
    blocks: tuple[tuple[int | None, str, str | None, str, int, str], ...]  # number, text, page, kind, level, label
    footnotes: tuple[tuple[int | None, str, str], ...]  # paragraph number (None: under the heading), label, text
    collection: str


def peek_documents(
    path: Path, ids: Sequence[int], bundled_key: str = "", *, shown_only: bool = False
) -> list[PeekedDocument] | None:
    """The live documents `ids` (or, given none, the bundled document `bundled_key`); None unless all are found
    in a library at the current schema. `shown_only`: none of them may be in a collection the user has hidden
    (a session is restored with the documents the library shows)."""
    connection = _connect(path)
    if connection is None:
        return None
    try:
        if not ids and bundled_key:
            found = _bundled_document_id(connection, bundled_key)
            ids = [found] if found is not None else []
        documents = [_read_document(connection, doc_id, shown_only) for doc_id in ids]
    except (sqlite3.Error, OverflowError):  # OverflowError: an ID too large for SQLite (a settings file edited)
        return None
    finally:
        connection.close()
    if not documents or any(document is None for document in documents):
        return None
    return [document for document in documents if document is not None]


def _connect(path: Path) -> sqlite3.Connection | None:
    if not path.is_file():
        return None
    try:
        check_sqlite_header(path)
    except LibraryOpenError:
        return None
    # Where the file can be written, it is opened as usual (without creating it) but refuses every write: closed
    # last, such a connection tidies away the -wal and -shm files it made, as a read-only one could not.
    uri = read_only_uri(path) if is_read_only(path) else f"{path.resolve().as_uri()}?mode=rw"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=0.5)
    except sqlite3.Error:
        return None
    try:
        connection.execute("PRAGMA query_only = ON")
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        revision = None
    if revision is None or revision[0] != newest_revision_file():
        connection.close()
        return None
    connection.row_factory = sqlite3.Row
    return connection


def _in_hidden_collection(connection: sqlite3.Connection, document_id: int) -> bool:
    hidden = connection.execute(
        "SELECT 1 FROM collection_documents cd JOIN collections c ON c.id = cd.collection_id "
        "WHERE cd.document_id = ? AND c.hidden",
        (document_id,),
    ).fetchone()
    return hidden is not None


def _bundled_document_id(connection: sqlite3.Connection, key: str) -> int | None:
    """The ID of a bundled document that is in the library and not in the trash."""
    row = connection.execute("SELECT id FROM documents WHERE bundle_key = ? AND deleted_at IS NULL", (key,)).fetchone()
    return int(row["id"]) if row else None


def _read_document(connection: sqlite3.Connection, document_id: int, shown_only: bool) -> PeekedDocument | None:
    """A live document with its tags, paragraphs, footnotes and collection; None if absent or in the trash (or,
    `shown_only`, in a hidden collection)."""
    found = connection.execute("SELECT * FROM documents WHERE id = ? AND deleted_at IS NULL", (document_id,)).fetchone()
    if found is None or (shown_only and _in_hidden_collection(connection, document_id)):
        return None
    tags = connection.execute(
        "SELECT t.name FROM tags t JOIN document_tags dt ON dt.tag_id = t.id WHERE dt.document_id = ? ORDER BY t.name",
        (document_id,),
    )
    blocks = connection.execute(
        "SELECT number, text, page, kind, level, label FROM paragraphs WHERE document_id = ? ORDER BY position",
        (document_id,),
    )
    footnotes = connection.execute(
        "SELECT paragraph_number, label, text FROM footnotes WHERE document_id = ? ORDER BY position",
        (document_id,),
    )
    collection = connection.execute(
        "SELECT c.name FROM collections c JOIN collection_documents cd ON cd.collection_id = c.id "
        "WHERE cd.document_id = ?",
        (document_id,),
    ).fetchone()
    return PeekedDocument(
        row=dict(found),
        tags=tuple(tag["name"] for tag in tags),
        blocks=tuple((b["number"], b["text"], b["page"], b["kind"], b["level"], b["label"]) for b in blocks),
        footnotes=tuple((n["paragraph_number"], n["label"], n["text"]) for n in footnotes),
        collection=collection["name"] if collection else "",
    )
