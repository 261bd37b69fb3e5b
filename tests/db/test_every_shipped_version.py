"""Every schema version that has shipped is upgraded to the current one with everything in it kept.

Each version's library is built by the migrations up to that version and filled with SQL alone, as that
Parallax would have left it (no model of today's code is used), then opened the way Parallax opens it.
"""

import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text

from app.services.registry import open_services
from db.engine import make_engine
from db.migrate import SCRIPT_LOCATION, alembic_config

SHIPPED = [revision.revision for revision in reversed(list(ScriptDirectory(SCRIPT_LOCATION).walk_revisions()))]
NOW = "'2026-01-01 00:00:00.000000'"

DOCUMENT = (
    "INSERT INTO documents (id, title, issuer, date_edtf, date_lo, date_hi, date_precision, date_approximate, place, "
    "language, kind, source_publication, source_editor, source_publisher, source_place, source_year, source_pages, "
    "archive, url, rights, original_format, content_hash, created_at, updated_at) VALUES (500, 'Nagy to the UN', "
    "'Imre Nagy', '1956-11-01', '1956-11-01 00:00:00.000000', '1956-11-01 23:59:59.000000', 'day', 0, 'Budapest', "
    f"'en', 'telegram', '', '', '', '', '', '', '', '', '', '', 'h500', {NOW}, {NOW})"
)
PARAGRAPHS = (
    "INSERT INTO paragraphs (document_id, number, text) VALUES "
    "(500, 1, 'The Hungarian Government declares its neutrality.'), (500, 2, 'It asks the United Nations for help.')"
)
TAG = "INSERT INTO tags (id, name) VALUES (70, 'neutrality'); INSERT INTO document_tags VALUES (500, 70)"
NOTE = (
    "INSERT INTO notes (id, title, body, date_edtf, date_lo, date_hi, date_precision, date_approximate, created_at, "
    f"updated_at) VALUES (80, 'Neutral', 'Within a day of the Declaration.', '1956-11-01', "
    f"'1956-11-01 00:00:00.000000', '1956-11-01 23:59:59.000000', 'day', 0, {NOW}, {NOW}); "
    "INSERT INTO passage_anchors (note_id, document_id, position, start_offset, end_offset, quote, prefix, suffix, "
    f"content_hash, orphaned, created_at) VALUES (80, 500, 0, 38, 48, 'neutrality', 'declares its ', '.', 'h500', 0, "
    f"{NOW})"
)
EVENT = (
    "INSERT INTO events (id, label, description, date_edtf, date_lo, date_hi, date_precision, date_approximate, "
    "place, category, source, url, hidden, edited, created_at, updated_at) VALUES (90, 'My own event', '', "
    "'1956-11-02', '1956-11-02 00:00:00.000000', '1956-11-02 23:59:59.000000', 'day', 0, '', 'other', '', '', 0, 0, "
    f"{NOW}, {NOW})"
)
EDITION = (
    "INSERT INTO collections (id, name, citation, hidden, created_at) "
    f"VALUES (60, 'FRUS 1955–1957, XXV', '', 0, {NOW}); "
    "INSERT INTO collection_documents (document_id, collection_id) VALUES (500, 60); "
    "INSERT INTO footnotes (document_id, paragraph_number, position, label, text) VALUES (500, 1, 1, '1', 'Received "
    "at 2:49 p.m.'); UPDATE documents SET source_number = '133' WHERE id = 500"
)
FILLS = {
    "0001_documents": [DOCUMENT, PARAGRAPHS],
    "0002_tags": [TAG],
    "0004_notes": [NOTE],
    "0006_events": [EVENT],
    "0007_editions": [EDITION],
}


def _library_at(version: str, path: Path) -> None:
    from alembic import command

    engine = make_engine(path)
    try:
        command.upgrade(alembic_config(engine), version)
        with engine.begin() as connection:
            for revision in SHIPPED[: SHIPPED.index(version) + 1]:
                for statements in FILLS.get(revision, []):
                    for statement in statements.split("; "):
                        connection.execute(text(statement))
    finally:
        engine.dispose()


def test_the_versions_form_the_line_this_test_knows() -> None:
    assert SHIPPED[0] == "0001_documents"
    assert set(FILLS) <= set(SHIPPED)


@pytest.mark.parametrize("version", SHIPPED)
def test_each_shipped_version_upgrades_with_documents_notes_anchors_and_events_kept(
    tmp_path: Path, version: str
) -> None:
    path = tmp_path / f"library-{version}.sqlite3"
    _library_at(version, path)
    library, services = open_services(path)
    try:
        document = services.library.get_document(500)
        assert document.metadata.title == "Nagy to the UN"
        assert [p.text for p in document.paragraphs][1] == "It asks the United Nations for help."
        assert services.search.search("neutrality").hits[0].document_id == 500  # the index covers old rows too
        # the upgrade keys the old rows' words: "declare" finds "declares" (in another form of the word)
        hits = [(h.paragraph, h.other_forms) for h in services.search.search("declare").hits if h.document_id == 500]
        assert hits == [(1, True)]
        if SHIPPED.index(version) >= SHIPPED.index("0002_tags"):
            assert document.metadata.tags == ("neutrality",)
        if SHIPPED.index(version) >= SHIPPED.index("0004_notes"):
            note = services.notes.get(80)
            assert note.title == "Neutral"
            assert [p.quote for p in note.passages] == ["neutrality"]
            assert not note.passages[0].orphaned
            assert 80 in {hit.note_id for hit in services.search.search("days").hits}  # "a day", in other forms
        labels = {item.label for item in services.timeline.items()}
        assert "Pravda prints the Soviet Declaration" in labels  # the bundled events arrive with the upgrade
        if SHIPPED.index(version) >= SHIPPED.index("0006_events"):
            assert "My own event" in labels
        if SHIPPED.index(version) >= SHIPPED.index("0007_editions"):
            assert document.collection == "FRUS 1955–1957, XXV"
            assert [(f.paragraph, f.text) for f in document.footnotes] == [(1, "Received at 2:49 p.m.")]
            assert document.metadata.source.number == "133"
    finally:
        library.close()
    backups = list(tmp_path.glob(f"{path.name}.before-*.bak"))
    assert len(backups) == (0 if version == SHIPPED[-1] else 1)
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone() == ("ok",)
