import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from db.engine import LibraryOpenError, make_engine
from db.files import newest_revision_file
from db.migrate import (
    SCRIPT_LOCATION,
    backup_before_migration,
    current_revision,
    head_revision,
    upgrade_to_head,
)
from db.models import Base
from db.search_index import is_search_table

# A document row written with SQL alone, as an older Parallax would have left it.
KEPT_DOCUMENT = text(
    "INSERT INTO documents (title, issuer, date_edtf, date_approximate, place, language, kind, "
    "source_publication, source_editor, source_publisher, source_place, source_year, source_pages, "
    "archive, url, rights, original_format, content_hash, created_at, updated_at) VALUES "
    "('Kept', '', '', 0, '', '', 'other', '', '', '', '', '', '', '', '', '', '', 'h', '2026-01-01', '2026-01-01')"
)


def test_an_empty_file_is_brought_to_head(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "new.db")
    upgrade_to_head(engine, tmp_path / "new.db")
    assert current_revision(engine) == head_revision()
    assert {"documents", "paragraphs"} <= set(inspect(engine).get_table_names())
    upgrade_to_head(engine, tmp_path / "new.db")  # a second start changes nothing
    assert current_revision(engine) == head_revision()


def test_models_match_what_the_migrations_build(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "new.db")
    upgrade_to_head(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_name": lambda name, kind, _parent: kind != "table" or not is_search_table(name)}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_revisions_form_one_line() -> None:
    script = ScriptDirectory(SCRIPT_LOCATION)
    revisions = list(script.walk_revisions())
    assert len(script.get_heads()) == 1
    assert len(script.get_bases()) == 1
    for revision in revisions:
        assert not revision.is_merge_point
        assert len(script.get_revisions(revision.revision)[0].nextrev) <= 1


def test_every_connection_gets_the_storage_pragmas(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "new.db")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert (connection.execute(text("PRAGMA busy_timeout")).scalar() or 0) >= 1000


def test_a_file_from_a_newer_parallax_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    engine = make_engine(path)
    upgrade_to_head(engine, path)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    with pytest.raises(LibraryOpenError, match="newer version of Parallax"):
        upgrade_to_head(engine, path)
    assert current_revision(engine) == "9999_from_the_future"


def test_other_sqlite_files_and_non_sqlite_files_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(LibraryOpenError, match="not a Parallax library"):
        upgrade_to_head(make_engine(other), other)
    with sqlite3.connect(other) as connection:
        assert [row[0] for row in connection.execute("SELECT name FROM sqlite_master")] == ["recipes"]

    text_file = tmp_path / "notes.txt"
    text_file.write_text("just some notes\n" * 10)
    with pytest.raises(LibraryOpenError, match="not an SQLite database"):
        make_engine(text_file)
    assert text_file.read_text() == "just some notes\n" * 10


def test_a_missing_folder_or_a_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LibraryOpenError, match="does not exist"):
        make_engine(tmp_path / "no" / "such" / "library.db")
    with pytest.raises(LibraryOpenError, match="is a folder"):
        make_engine(tmp_path)


def test_the_backup_before_a_migration_is_a_sound_copy(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    engine = make_engine(path)
    upgrade_to_head(engine, path)
    with engine.begin() as connection:
        connection.execute(KEPT_DOCUMENT)
    backup = backup_before_migration(path, head_revision())
    assert backup.parent == path.parent
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT title FROM documents").fetchall() == [("Kept",)]


def test_revision_ids_are_their_file_names_so_the_head_can_be_found_without_alembic() -> None:
    script = ScriptDirectory(SCRIPT_LOCATION)
    for revision in script.walk_revisions():
        assert Path(revision.path).stem == revision.revision
    ordered = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert ordered == sorted(ordered)
    assert newest_revision_file() == head_revision()


def test_an_older_library_is_backed_up_then_upgraded_with_its_documents_kept(tmp_path: Path) -> None:
    from alembic import command

    from db.migrate import alembic_config

    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    command.upgrade(alembic_config(engine), "0001_documents")
    with engine.begin() as connection:
        connection.execute(KEPT_DOCUMENT)
    upgrade_to_head(engine, path)
    assert current_revision(engine) == head_revision()
    [backup] = list(tmp_path.glob("old.sqlite3.before-0001_documents-*.bak"))
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT title FROM documents").fetchall() == [("Kept",)]
    with engine.connect() as connection:
        assert connection.execute(text("SELECT title FROM documents")).scalars().all() == ["Kept"]
        assert "tags" in inspect(connection).get_table_names()


def _fail_on_table(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make the migration that creates table `name` stop as a crash would, after the earlier ones ran."""
    from alembic.operations import Operations

    create_table = Operations.create_table

    def failing(self: Operations, table_name: str, *columns: Any, **kw: Any) -> object:  # Any: Alembic's own
        if table_name == name:
            raise RuntimeError("the process stopped here")
        return create_table(self, table_name, *columns, **kw)

    monkeypatch.setattr(Operations, "create_table", failing)


def test_a_migration_stopped_half_way_leaves_no_trace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole upgrade is one transaction: stopped anywhere, the file is as it was, and the next start succeeds."""
    db = tmp_path / "new.db"
    engine = make_engine(db)
    _fail_on_table(monkeypatch, "collections")  # made by the last migration, after six others
    with pytest.raises(RuntimeError, match="stopped here"):
        upgrade_to_head(engine, db)
    assert current_revision(engine) is None
    assert inspect(engine).get_table_names() == []
    monkeypatch.undo()
    upgrade_to_head(engine, db)
    assert current_revision(engine) == head_revision()


def test_an_upgrade_stopped_half_way_keeps_the_older_library_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "old.db"
    engine = make_engine(db)
    from alembic import command

    from db.migrate import alembic_config

    command.upgrade(alembic_config(engine), "0005_search")
    with engine.begin() as connection:
        connection.execute(KEPT_DOCUMENT)
    _fail_on_table(monkeypatch, "collections")
    with pytest.raises(RuntimeError, match="stopped here"):
        upgrade_to_head(engine, db)
    assert current_revision(engine) == "0005_search"
    assert "events" not in inspect(engine).get_table_names()  # 0006 ran before 0007 failed: undone with it
    with engine.connect() as connection:
        assert connection.execute(text("SELECT title FROM documents")).scalar() == "Kept"
    monkeypatch.undo()
    upgrade_to_head(engine, db)
    assert current_revision(engine) == head_revision()


def test_after_an_upgrade_the_library_s_transactions_are_whole_again(tmp_path: Path) -> None:
    """The upgrade takes over the driver's transactions; the connections it hands back roll back as before."""
    engine = make_engine(tmp_path / "new.db")
    upgrade_to_head(engine, tmp_path / "new.db")
    with engine.connect() as connection:
        connection.execute(KEPT_DOCUMENT)
        connection.rollback()
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM documents")).scalar() == 0
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1  # off for the upgrade only


REBUILD_DOCUMENTS = """
from alembic import op

revision = "0099_rebuild_documents"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("documents", recreate="always"):
        pass  # a future change to `documents` in batch mode: copied to a new table, the old one dropped


def downgrade():
    pass
"""


def test_a_migration_that_rebuilds_documents_keeps_their_paragraphs(tmp_path: Path) -> None:
    """Batch mode drops the old table; with foreign keys enforced, that would cascade to every paragraph."""
    import shutil

    from alembic import command

    from db.migrate import alembic_config

    db = tmp_path / "library.sqlite3"
    engine = make_engine(db)
    upgrade_to_head(engine, db)
    with engine.begin() as connection:
        connection.execute(KEPT_DOCUMENT)
        connection.execute(text("INSERT INTO paragraphs (document_id, number, text) VALUES (1, 1, 'Kept.')"))
    scripts = tmp_path / "migrations"
    shutil.copytree(SCRIPT_LOCATION, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "0099_rebuild_documents.py").write_text(
        REBUILD_DOCUMENTS.replace("{head}", head_revision()), encoding="utf-8"
    )
    config = alembic_config(engine)
    config.set_main_option("script_location", str(scripts))
    command.upgrade(config, "head")
    assert current_revision(engine) == "0099_rebuild_documents"
    with engine.connect() as connection:
        assert connection.execute(text("SELECT text FROM paragraphs")).scalars().all() == ["Kept."]
