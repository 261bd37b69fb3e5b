"""A full disk while importing: the user is told, nothing is half-stored, a retry works (fill_disk makes it full
for real: SQLite itself refuses to grow the file)."""

from __future__ import annotations

from pathlib import Path

from app.services.infrastructure.storage import Library
from app.services.registry import Services
from db.safety import check
from tests.builders import AUTUMN, FULL, edition_xml, fill_disk, long_text, write


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
    assert library.path is not None
    assert check(library.path, full=True).ok


def test_an_edition_on_a_full_disk_leaves_no_half_collection_and_imports_later(
    started: tuple[Library, Services], tmp_path: Path
) -> None:
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
