"""A full disk while importing or describing a document: the user is told, nothing is half-stored, a retry works.

SQLite's max_page_count stops the library file growing by one more page: a real SQLITE_FULL from SQLite itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import event

from app.cli import main
from app.services.infrastructure.storage import Library
from app.services.library import LibraryService, LibraryStorageError
from app.services.registry import Services
from db.safety import check

FULL = "the library could not be written: database or disk is full"


def fill_disk(library: Library) -> Callable[[], None]:
    """From now on the library cannot grow; returns what frees the space again."""

    def cap(dbapi_connection: object, _record: object) -> None:
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count = {pages}")
        cursor.close()

    library.engine.dispose()  # new connections, each capped
    event.listen(library.engine, "connect", cap)

    def free() -> None:
        event.remove(library.engine, "connect", cap)
        library.engine.dispose()

    return free


def long_text(path: Path) -> Path:
    path.write_text("\n\n".join(f"Telegram {n}: the situation in Budapest is grave. " * 20 for n in range(200)))
    return path


def test_an_import_on_a_full_disk_stores_nothing_says_why_and_can_be_repeated(
    started: tuple[Library, Services], tmp_path: Path
) -> None:
    library, services = started
    source = long_text(tmp_path / "telegrams.txt")
    free = fill_disk(library)
    outcome = services.importing.import_file(source)
    assert outcome.error == f"telegrams.txt: not imported: {FULL}"
    assert [d.id for d in services.library.list_documents()] == [1]  # the Declaration alone
    free()
    assert services.importing.import_file(source).ok  # the same import, once there is room
    assert len(services.library.list_documents()) == 2
    assert check(library.path, full=True).ok


def test_the_command_line_says_in_one_line_that_nothing_changed(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def full(*_args: object) -> None:
        raise LibraryStorageError(FULL)

    monkeypatch.setattr(LibraryService, "edit_document", full)
    assert main(["--db", str(db_path), "edit", "1", "--place", "Moscow"]) == 1
    assert capsys.readouterr().err == f"parallax: error: {FULL}; nothing changed\n"


def test_an_edition_on_a_full_disk_leaves_no_half_collection_and_imports_later(
    started: tuple[Library, Services], tmp_path: Path
) -> None:
    from tests.services.test_editions import AUTUMN
    from tests.tei_samples import edition_xml, write

    library, services = started
    long = "The Legation reports that the situation in Budapest remains grave and uncertain. " * 30
    documents = "".join(
        f'<div type="document" n="{n}" frus:doc-dateTime-min="1956-10-{n:02d}T09:00:00-05:00" '
        f'frus:doc-dateTime-max="1956-10-{n:02d}T09:00:00-05:00"><head>Telegram {n}</head><p>{n}. {long}</p></div>'
        for n in range(1, 29)
    )  # some 70 KB of text: more than the library's free pages
    path = write(tmp_path, "frus.xml", edition_xml(documents))
    text = services.importing.read_edition(path)
    assert text is not None
    free = fill_disk(library)
    outcome = services.importing.import_edition(path, text, AUTUMN)
    assert outcome.error.startswith("frus.xml: ")
    assert outcome.error.endswith(FULL)
    assert outcome.document_ids == ()
    assert services.collections.list_collections() == []
    assert [d.id for d in services.library.list_documents()] == [1]
    free()
    again = services.importing.import_edition(path, text, AUTUMN)
    assert again.error == ""
    assert again.document_ids
