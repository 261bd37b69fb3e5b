"""0012_blocks upgrades a library of the schema before it in place: every paragraph stays a paragraph with its
number, so no note, footnote, link or citation moves.

The library is built by the migrations up to 0010_word_forms and filled with SQL alone, as that Parallax left it.
"""

import sqlite3
from pathlib import Path

from sqlalchemy import text

from app.services.registry import open_services
from db.engine import make_engine
from db.migrate import alembic_config

NOW = "'2026-01-01 00:00:00.000000'"
TEXTS: dict[int, list[tuple[str, str | None]]] = {
    700: [
        ("The Soviet Government deeply regrets the bloodshed in Hungary.", "318"),
        ("It is ready to withdraw its units from Budapest.", "318"),
        ("Negotiations on the troops stationed in Hungary will follow.", "319"),
    ],
    701: [
        ("A szovjet kormány mélységesen sajnálja a vérontást.", None),
        ("Kész kivonni egységeit Budapestről.", None),
    ],
}


def _document(doc_id: int, title: str, pages: str) -> str:
    return (
        "INSERT INTO documents (id, title, issuer, date_edtf, date_lo, date_hi, date_precision, date_approximate, "
        "place, language, kind, source_publication, source_editor, source_publisher, source_place, source_year, "
        "source_pages, source_number, archive, url, rights, original_format, content_hash, created_at, updated_at) "
        f"VALUES ({doc_id}, '{title}', 'Government of the USSR', '1956-10-30', '1956-10-30 00:00:00.000000', "
        "'1956-10-30 23:59:59.000000', 'day', 0, 'Moscow', 'en', 'declaration', 'Department of State Bulletin', "
        f"'', '', '', '1956', '{pages}', '', '', '', '', 'text/plain', 'h{doc_id}', {NOW}, {NOW})"
    )


def _library_before_blocks(path: Path) -> None:
    from alembic import command

    engine = make_engine(path)
    try:
        command.upgrade(alembic_config(engine), "0011_instants")
        with engine.begin() as connection:
            run = connection.execute
            run(text(_document(700, "Declaration of 30 October", "318–319")))
            run(text(_document(701, "Nyilatkozat", "")))
            for doc_id, paragraphs in TEXTS.items():
                for number, (body, page) in enumerate(paragraphs, start=1):
                    run(
                        text("INSERT INTO paragraphs (document_id, number, text, page) VALUES (:d, :n, :t, :p)"),
                        {"d": doc_id, "n": number, "t": body, "p": page},
                    )
            run(
                text(
                    "INSERT INTO footnotes (document_id, paragraph_number, position, label, text) VALUES "
                    "(700, 2, 1, '3', 'Pravda printed it on 31 October.'), (700, NULL, 2, '1', 'Source: TASS.')"
                )
            )
            run(
                text(
                    "INSERT INTO alignment_links (left_document_id, left_first, left_last, right_document_id, "
                    f"right_first, right_last, origin, created_at) VALUES (700, 1, 1, 701, 1, 1, 'user', {NOW}), "
                    f"(700, 2, 3, 701, 2, 2, 'suggested', {NOW})"
                )
            )
            run(
                text(
                    "INSERT INTO notes (id, title, body, date_edtf, date_approximate, created_at, updated_at) "
                    f"VALUES (80, 'Withdrawal', 'The offer of ¶2.', '', 0, {NOW}, {NOW})"
                )
            )
            keys = "UPDATE paragraphs SET forms = 'kész kivon egység budapest' WHERE document_id = 701 AND number = 2"
            run(text(keys))
            start = len(TEXTS[700][0][0]) + 2 + len("It is ready to ")
            run(
                text(
                    "INSERT INTO passage_anchors (note_id, document_id, position, start_offset, end_offset, quote, "
                    "prefix, suffix, content_hash, orphaned, created_at) VALUES (80, 700, 0, :s, :e, "
                    f"'withdraw its units', 'It is ready to ', ' from Budapest.', 'h700', 0, {NOW})"
                ),
                {"s": start, "e": start + len("withdraw its units")},
            )
    finally:
        engine.dispose()


def test_an_older_library_upgrades_with_every_paragraph_note_link_and_citation_where_it_was(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    _library_before_blocks(path)
    library, services = open_services(path)
    try:
        declaration = services.library.get_document(700)
        assert [(p.number, p.text, p.page) for p in declaration.paragraphs] == [
            (number, body, page) for number, (body, page) in enumerate(TEXTS[700], start=1)
        ]
        assert [(b.kind.value, b.number) for b in declaration.text_blocks] == [("paragraph", n) for n in (1, 2, 3)]
        assert [(f.paragraph, f.label) for f in declaration.footnotes] == [(2, "3"), (None, "1")]

        links = services.alignment.links(700, 701)
        assert sorted((link.left.display(), link.right.display(), link.origin.value) for link in links) == [
            ("¶1", "¶1", "user"),
            ("¶2–3", "¶2", "suggested"),
        ]

        note = services.notes.get(80)
        assert [(p.quote, p.place, p.orphaned) for p in note.passages] == [("withdraw its units", "¶2", False)]
        assert "¶2" in note.passages[0].citation()

        citation = services.export.citation(700, 2).plain()
        assert "318" in citation  # the printed page of ¶2, as before
        assert services.search.search("Budapest").hits[0].paragraph == 2  # the index was rebuilt over the rows
        new_id = services.importing.import_file(
            _written(tmp_path, "# A heading\n\nA paragraph on Budapest.\n")
        ).document_id
        assert new_id is not None
        hits = services.search.search('"paragraph on Budapest"').hits  # the triggers were made again
        assert [(hit.document_id, hit.paragraph is not None) for hit in hits] == [(new_id, True)]
    finally:
        library.close()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    rows = connection.execute("SELECT document_id, position, number, kind FROM paragraphs WHERE document_id = 701")
    assert rows.fetchall() == [(701, 1, 1, "paragraph"), (701, 2, 2, "paragraph")]
    kept = connection.execute("SELECT forms FROM paragraphs WHERE document_id = 701 AND number = 2").fetchone()
    assert kept == ("kész kivon egység budapest",)  # search keys made before the upgrade are not made again
    indexes = {row[1] for row in connection.execute("PRAGMA index_list(paragraphs)")}
    assert "ix_paragraphs_forms_pending" in indexes


def _written(folder: Path, content: str) -> Path:
    path = folder / "new-source.md"
    path.write_text(content, encoding="utf-8")
    return path
