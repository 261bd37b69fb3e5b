"""The migrations on PostgreSQL: the same chain builds the same schema as on SQLite, 0014_shared goes down and
up again on both back ends, an older shared library is upgraded with everything kept, and two members starting
at once migrate one after the other."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from db.engine import make_engine
from db.migrate import alembic_config, current_revision, head_revision, include_in_comparison, upgrade_to_head
from db.models import Base
from db.postgres.address import parse_address
from db.postgres.engine import make_shared_engine
from tests.pg_fixtures import PASSWORDS
from tests.pg_server import PostgresServer


@pytest.fixture
def owned(pg_server: PostgresServer, pg_roles: dict[str, str]) -> Iterator[Engine]:
    """An empty database the teacher owns, and an engine connected as the teacher (no superuser)."""
    name = f"m_{uuid.uuid4().hex[:10]}"
    with pg_server.admin() as admin:
        admin.execute(f"CREATE DATABASE {name} OWNER {pg_roles['teacher']}")
    address = parse_address(f"postgresql://{pg_roles['teacher']}@127.0.0.1:{pg_server.port}/{name}")
    engine = make_shared_engine(address, PASSWORDS["teacher"])
    yield engine
    engine.dispose()
    with pg_server.admin() as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_an_empty_database_is_brought_to_head_and_matches_the_models(owned: Engine) -> None:
    upgrade_to_head(owned, "the test database")
    assert current_revision(owned) == head_revision()
    with owned.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": include_in_comparison("postgresql")})
        assert compare_metadata(context, Base.metadata) == []
        assert connection.execute(text("SELECT count(*) FROM pg_policies")).scalar_one() > 10
    upgrade_to_head(owned, "the test database")  # a second time changes nothing


def test_0014_goes_down_and_up_again_on_postgresql(owned: Engine) -> None:
    upgrade_to_head(owned)
    command.downgrade(alembic_config(owned), "0013_pages")
    assert "members" not in inspect(owned).get_table_names()
    assert "author" not in {column["name"] for column in inspect(owned).get_columns("notes")}
    upgrade_to_head(owned)
    assert current_revision(owned) == head_revision()


def test_0014_goes_down_and_up_again_on_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    engine = make_engine(path)
    upgrade_to_head(engine, path)
    command.downgrade(alembic_config(engine), "0013_pages")
    assert "members" not in inspect(engine).get_table_names()
    upgrade_to_head(engine, path)
    with engine.connect() as connection:  # FTS5's triggers are still there: no table was rebuilt
        assert connection.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")).scalar() == 9
    engine.dispose()


NOW = "'2026-01-01 00:00:00'"
OLDER_LIBRARY = [
    (
        "INSERT INTO documents (id, title, issuer, date_edtf, date_approximate, place, language, kind, "
        "source_publication, source_editor, source_publisher, source_place, source_year, source_pages, archive, url, "
        "rights, original_format, "
        "content_hash, created_at, updated_at) VALUES (500, 'Nagy to the UN', 'Imre Nagy', '1956-11-01', false, '', "
        f"'en', 'telegram', '', '', '', '', '', '', '', '', '', '', 'h500', {NOW}, {NOW})"
    ),
    (
        "INSERT INTO documents (id, title, issuer, date_edtf, date_approximate, place, language, kind, "
        "source_publication, source_editor, source_publisher, source_place, source_year, source_pages, archive, url, "
        "rights, original_format, "
        "content_hash, created_at, updated_at) VALUES (501, 'Reply', '', '', false, '', 'en', 'other', '', '', '', "
        f"'', '', '', '', '', '', '', 'h501', {NOW}, {NOW})"
    ),
    (
        "INSERT INTO paragraphs (document_id, number, text) VALUES (500, 1, 'The Hungarian Government declares its "
        "neutrality.'), (500, 2, 'It asks the United Nations for help.'), (501, 1, 'Received.')"
    ),
    "INSERT INTO tags (id, name) VALUES (70, 'Neutrality')",
    "INSERT INTO document_tags VALUES (500, 70)",
    (
        "INSERT INTO notes (id, title, body, date_edtf, date_approximate, created_at, updated_at) VALUES "
        f"(80, 'Neutral', 'Within a day.', '', false, {NOW}, {NOW})"
    ),
    (
        "INSERT INTO passage_anchors (note_id, document_id, position, start_offset, end_offset, quote, prefix, suffix, "
        f"content_hash, orphaned, created_at) VALUES (80, 500, 0, 38, 48, 'neutrality', 'declares its ', '.', 'h500', "
        f"false, {NOW})"
    ),
    (
        "INSERT INTO alignment_links (left_document_id, left_first, left_last, right_document_id, right_first, "
        f"right_last, origin, created_at) VALUES (500, 1, 2, 501, 1, 1, 'user', {NOW})"
    ),
    "SELECT setval(pg_get_serial_sequence('documents', 'id'), 501)",
    "SELECT setval(pg_get_serial_sequence('notes', 'id'), 80)",
]


def test_a_shared_library_of_the_previous_schema_is_upgraded_with_everything_kept(owned: Engine) -> None:
    command.upgrade(alembic_config(owned), "0007_editions")
    with owned.begin() as connection:
        for statement in OLDER_LIBRARY:
            connection.execute(text(statement))
    upgrade_to_head(owned)
    with owned.connect() as connection:
        assert connection.execute(text("SELECT title FROM documents WHERE id = 500")).scalar() == "Nagy to the UN"
        assert connection.execute(text("SELECT title, author, private, revision FROM notes WHERE id = 80")).one() == (
            "Neutral",
            "",
            False,
            1,
        )
        assert connection.execute(text("SELECT quote FROM passage_anchors WHERE note_id = 80")).scalar() == "neutrality"
        assert connection.execute(text("SELECT right_document_id, revision FROM alignment_links")).one() == (501, 1)
        found = connection.execute(
            text("SELECT document_id FROM paragraphs WHERE search_vector @@ websearch_to_tsquery('parallax_simple', "
                 "'neutrality')")
        ).scalars()  # fmt: skip
        assert list(found) == [500]
        with pytest.raises(Exception, match="uq_tags_name_folded"), connection.begin_nested():
            connection.execute(text("INSERT INTO tags (name) VALUES ('NEUTRALITY')"))  # unique whatever the case


UPGRADE = """
import sys
from db.migrate import upgrade_to_head
from db.postgres.address import parse_address
from db.postgres.engine import make_shared_engine
engine = make_shared_engine(parse_address(sys.argv[1]))
upgrade_to_head(engine)
print("upgraded")
"""


def test_members_starting_at_once_migrate_one_after_the_other(owned: Engine, pg_roles: dict[str, str]) -> None:
    """Three processes upgrading one new library together (Alembic is one process's at a time)."""
    import os
    import subprocess
    import sys

    with owned.connect() as connection:
        name = connection.execute(text("SELECT current_database()")).scalar()
        port = connection.execute(text("SELECT inet_server_port()")).scalar()
    address = f"postgresql://{pg_roles['teacher']}@127.0.0.1:{port}/{name}"
    environment = {**os.environ, "PGPASSWORD": PASSWORDS["teacher"]}
    root = Path(__file__).resolve().parents[2]
    starts = [
        subprocess.Popen([sys.executable, "-c", UPGRADE, address], cwd=root, env=environment, text=True,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(3)
    ]  # fmt: skip
    results = [start.communicate(timeout=120) for start in starts]
    assert [(start.returncode, out.strip()) for start, (out, _err) in zip(starts, results, strict=True)] == [
        (0, "upgraded")
    ] * 3, [err for _out, err in results]
    assert current_revision(owned) == head_revision()
