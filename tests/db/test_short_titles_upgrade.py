"""A library from before short titles opens with every document given one, made from its title, and keeps the
short titles the user sets from then on."""

import sqlite3
from pathlib import Path

from sqlalchemy import text

from app.domain.short_titles import short_title_of
from app.services.metadata import MetadataInput, apply_input
from app.services.registry import open_services
from db.engine import make_engine
from db.migrate import alembic_config

OLD_DOCUMENT = (
    "INSERT INTO documents (id, title, issuer, date_edtf, date_approximate, place, language, kind, "
    "source_publication, source_editor, source_publisher, source_place, source_year, source_pages, source_number, "
    "archive, url, rights, original_format, content_hash, created_at, updated_at) VALUES (7, "
    "'130. Telegram From the Legation in Hungary to the Department of State', 'Legation in Hungary', '1956-10-28', "
    "0, 'Budapest', 'en', 'telegram', '', '', '', '', '', '', '130', '', '', '', '', 'h7', "
    "'2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')"
)


def test_documents_of_an_older_library_get_a_short_title_and_keep_one_set_later(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "library.sqlite3"
    engine = make_engine(path)
    command.upgrade(alembic_config(engine), "0014_shared")
    with engine.begin() as connection:
        connection.execute(text(OLD_DOCUMENT))
    engine.dispose()
    library, services = open_services(path)
    try:
        meta = services.library.get_document(7).metadata
        assert meta.short_title == ""
        assert short_title_of(meta) == "130. Telegram From the Legation"
        given = MetadataInput(short_title="Wailes, 28 Oct")
        services.library.update_metadata(7, apply_input(meta, given, keep_empty=True))
        assert short_title_of(services.library.get_document(7).metadata) == "Wailes, 28 Oct"
        current = services.library.get_document(7).metadata
        cleared = apply_input(current, MetadataInput(title=meta.title), keep_empty=False)
        services.library.update_metadata(7, cleared)  # a form with the field emptied: made from the title again
        assert short_title_of(services.library.get_document(7).metadata) == "130. Telegram From the Legation"
    finally:
        library.close()
    assert sqlite3.connect(path).execute("SELECT title FROM documents WHERE id = 7").fetchone()[0].startswith("130.")
