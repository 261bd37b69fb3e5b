"""0013_pages: a library of the schema before it upgrades with nothing moved, and the new tables empty."""

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import text

from app.services.registry import open_services
from db.engine import make_engine
from db.migrate import alembic_config, head_revision
from tests.db.test_every_shipped_version import DOCUMENT, EDITION, NOTE, PARAGRAPHS, TAG


def test_a_library_before_pages_upgrades_with_its_documents_and_notes_untouched(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    engine = make_engine(path)
    command.upgrade(alembic_config(engine), "0011_instants")
    with engine.begin() as connection:
        for statements in (DOCUMENT, PARAGRAPHS, TAG, NOTE, EDITION):
            for statement in statements.split("; "):
                connection.execute(text(statement))
    before = sqlite3.connect(path).execute("SELECT id, content_hash, updated_at FROM documents").fetchall()
    engine.dispose()
    library, services = open_services(path)
    try:
        document = services.library.get_document(500)
        assert document.pages == ()
        assert document.doubtful == ()
        assert [p.quote for p in services.notes.get(80).passages] == ["neutrality"]
        assert not services.notes.get(80).passages[0].orphaned
    finally:
        library.close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
        kept = connection.execute("SELECT id, content_hash, updated_at FROM documents WHERE id = 500").fetchall()
        assert kept == [row for row in before if row[0] == 500]
        for table in ("page_images", "document_pages", "page_words"):
            assert connection.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
