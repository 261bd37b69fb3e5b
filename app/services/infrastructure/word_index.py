"""Keeping the search keys of every paragraph, note and title in step with their words.

The keys are computed in Python (app/domain/language/word_forms.py) and stored in `forms` columns that the FTS5
index takes in beside the text. New documents get theirs as they are stored (`document_forms`); anything else
written leaves them NULL, and before every commit of a library's sessions the rows still without keys are given
theirs (`fill_pending`), so that no way of writing a text can leave it out of the inflected search. When a library
is opened, the rows a migration (or another program) left without keys are filled the same way.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.orm import Session, sessionmaker

from app.domain.language.detect import detect_language
from app.domain.language.word_forms import WordForms

BATCH = 2_000  # rows keyed per round trip
DETECT_SAMPLE = 40  # paragraphs read to detect a document's language
_shared: WordForms | None = None
_lock = threading.Lock()


def word_forms() -> WordForms:
    """The process's one WordForms, with the dictionaries of app/services/infrastructure/lemmas.py."""
    global _shared  # noqa: PLW0603 - stemmers and dictionaries are loaded once per process
    with _lock:
        if _shared is None:
            from app.services.infrastructure.lemmas import DictionaryLemmas

            _shared = WordForms(DictionaryLemmas())
        return _shared


def document_language(written: str, paragraphs: Sequence[str]) -> str:
    """The language a document's words are keyed in: as its description says, else as detected from its text."""
    if written.strip():
        return written.strip()
    return detect_language(" ".join(paragraphs[:DETECT_SAMPLE]))


def document_forms(language: str, title: str, issuer: str, paragraphs: Sequence[str]) -> tuple[str, list[str]]:
    """The keys of a new document's title and issuer, and of each of its paragraphs."""
    forms = word_forms()
    return forms.keys(f"{title} {issuer}", language), [forms.keys(paragraph, language) for paragraph in paragraphs]


def _rows(session: Session, sql: str, **params: Any) -> list[Any]:
    return list(session.connection().execute(text(sql), params).all())


def _fill_documents(session: Session, forms: WordForms) -> int:
    done = 0
    while rows := _rows(
        session, "SELECT id, title, issuer, language FROM documents WHERE forms IS NULL LIMIT :n", n=BATCH
    ):
        updates = []
        for doc_id, title, issuer, written in rows:
            language = written
            if not written.strip():
                sample = _rows(
                    session,
                    "SELECT text FROM paragraphs WHERE document_id = :doc ORDER BY number LIMIT :n",
                    doc=doc_id,
                    n=DETECT_SAMPLE,
                )
                language = detect_language(" ".join(row[0] for row in sample))
            updates.append({"id": doc_id, "forms": forms.keys(f"{title} {issuer}", language), "language": language})
        session.connection().execute(
            text("UPDATE documents SET forms = :forms, language = :language WHERE id = :id"), updates
        )
        done += len(rows)
    return done


def _fill_paragraphs(session: Session, forms: WordForms) -> int:
    done = 0
    while rows := _rows(
        session,
        "SELECT p.id, p.text, d.language FROM paragraphs p JOIN documents d ON d.id = p.document_id "
        "WHERE p.forms IS NULL ORDER BY p.id LIMIT :n",
        n=BATCH,
    ):
        updates = [{"id": row_id, "forms": forms.keys(words, language)} for row_id, words, language in rows]
        session.connection().execute(text("UPDATE paragraphs SET forms = :forms WHERE id = :id"), updates)
        done += len(rows)
    return done


def _fill_notes(session: Session, forms: WordForms) -> int:
    done = 0
    while rows := _rows(session, "SELECT id, title, body FROM notes WHERE forms IS NULL LIMIT :n", n=BATCH):
        updates = []
        for note_id, title, body in rows:
            language = detect_language(f"{title}. {body}")
            updates.append({"id": note_id, "forms": forms.keys(f"{title} {body}", language), "language": language})
        session.connection().execute(
            text("UPDATE notes SET forms = :forms, language = :language WHERE id = :id"), updates
        )
        done += len(rows)
    return done


def fill_pending(session: Session) -> int:
    """Give every row without keys its keys, in this session's transaction; how many rows were keyed.

    Documents first: a document without a language gets the one detected from its text, which its paragraphs
    are then keyed in."""
    forms = word_forms()
    return _fill_documents(session, forms) + _fill_paragraphs(session, forms) + _fill_notes(session, forms)


def pending(session: Session) -> bool:
    """Whether any row is without keys (three look-ups in partial indexes: cheap enough for every commit)."""
    return any(
        _rows(session, f"SELECT 1 FROM {table} WHERE forms IS NULL LIMIT 1")  # noqa: S608 - our own table names
        for table in ("documents", "paragraphs", "notes")
    )


def keep_keys_current(sessions: sessionmaker[Session]) -> None:
    """Before each commit of these sessions, key whatever the transaction wrote without keys."""

    def before_commit(session: Session) -> None:
        session.flush()
        if pending(session):
            fill_pending(session)

    event.listen(sessions, "before_commit", before_commit)


def key_library(sessions: sessionmaker[Session]) -> int:
    """Key every row left without keys (after an upgrade) in one transaction; how many rows were keyed."""
    with sessions.begin() as session:
        return fill_pending(session) if pending(session) else 0
