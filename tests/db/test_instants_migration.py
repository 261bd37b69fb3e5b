"""0011_instants: a library of the schema before it (0010_word_forms) keeps every date, ordered by instant after."""

import importlib.util
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from app.domain.dates.zones import known_places, offset_at
from app.domain.timeline import sorted_items
from app.services.registry import open_services
from db.engine import make_engine
from db.migrate import SCRIPT_LOCATION, alembic_config

NOW = "'2026-01-01 00:00:00.000000'"


def _document(doc_id: int, title: str, edtf: str, *bounds: str) -> str:
    lo, hi, precision, place = bounds
    return (
        "INSERT INTO documents (id, title, issuer, date_edtf, date_lo, date_hi, date_precision, date_approximate, "
        "place, language, kind, source_publication, source_editor, source_publisher, source_place, source_year, "
        "source_pages, source_number, archive, url, rights, original_format, content_hash, created_at, updated_at) "
        f"VALUES ({doc_id}, '{title}', '', '{edtf}', '{lo}', '{hi}', '{precision}', 0, '{place}', 'en', 'telegram', "
        f"'', '', '', '', '', '', '', '', '', '', '', 'h{doc_id}', {NOW}, {NOW})"
    )


# As version 0007 stored them: the clock of the place, without its offset.
FILL = [
    _document(1, "From Moscow", "1956-10-30T22:00", "1956-10-30 22:00:00.000000", "1956-10-30 22:00:00.000000",
              "time", "Moscow"),
    _document(2, "From Washington", "1956-10-30T13:22", "1956-10-30 13:22:00.000000", "1956-10-30 13:22:00.000000",
              "time", "Washington"),
    _document(3, "From Budapest", "1956-10-30T14:00", "1956-10-30 14:00:00.000000", "1956-10-30 14:00:00.000000",
              "time", "Budapest"),
    _document(4, "A day in Budapest", "1956-10-30", "1956-10-30 00:00:00.000000", "1956-10-30 23:59:59.000000",
              "day", "Budapest"),
    _document(5, "Somewhere unknown", "1956-10-30T12:00", "1956-10-30 12:00:00.000000",
              "1956-10-30 12:00:00.000000", "time", "Narnia"),
    _document(6, "Before the clocks changed", "1956-10-27T12:00", "1956-10-27 12:00:00.000000",
              "1956-10-27 12:00:00.000000", "time", "New York"),
    "INSERT INTO paragraphs (document_id, number, text) VALUES (3, 1, 'Nagy spoke at noon.')",
    ("INSERT INTO notes (id, title, body, date_edtf, date_lo, date_hi, date_precision, date_approximate, created_at, "
    "updated_at) VALUES (80, 'At noon', 'A note.', '1956-10-30T12:00', '1956-10-30 12:00:00.000000', "
    f"'1956-10-30 12:00:00.000000', 'time', 0, {NOW}, {NOW})"),
    ("INSERT INTO passage_anchors (note_id, document_id, position, start_offset, end_offset, quote, prefix, suffix, "
    f"content_hash, orphaned, created_at) VALUES (80, 3, 0, 0, 4, 'Nagy', '', ' spoke', 'h3', 0, {NOW})"),
    ("INSERT INTO events (id, label, description, date_edtf, date_lo, date_hi, date_precision, date_approximate, "
    "place, category, source, url, hidden, edited, created_at, updated_at) VALUES (90, 'My Moscow event', '', "
    "'1956-10-30T21:00', '1956-10-30 21:00:00.000000', '1956-10-30 21:00:00.000000', 'time', 0, 'Moscow', 'ussr', "
    f"'', '', 0, 0, {NOW}, {NOW})"),
]  # fmt: skip


def test_an_older_library_keeps_its_dates_and_is_ordered_by_the_instant(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "library.sqlite3"
    engine = make_engine(path)
    command.upgrade(alembic_config(engine), "0010_word_forms")
    with engine.begin() as connection:
        for statement in FILL:
            connection.execute(text(statement))
    engine.dispose()

    library, services = open_services(path)
    try:
        documents = {d.title: d.metadata for d in services.library.list_documents()}
        assert documents["From Budapest"].date_edtf == "1956-10-30T14:00:00+01:00"  # the same clock, now with its zone
        assert documents["From Budapest"].date_display == "30 October 1956, 14:00 (Budapest)"
        assert documents["From Washington"].date_edtf == "1956-10-30T13:22:00-05:00"
        assert documents["From Moscow"].date_edtf == "1956-10-30T22:00:00+03:00"
        assert documents["Before the clocks changed"].date_edtf == "1956-10-27T12:00:00-04:00"  # daylight time
        assert documents["A day in Budapest"].date_edtf == "1956-10-30"  # a day stays a day
        assert documents["Somewhere unknown"].date_edtf == "1956-10-30T12:00"  # no clock known: as it was
        order = [d.title for d in services.library.list_documents() if not d.title.startswith("Declaration")]
        assert order == [
            "Before the clocks changed", "A day in Budapest", "Somewhere unknown", "From Budapest",
            "From Washington", "From Moscow",
        ]  # fmt: skip
        note = services.notes.get(80)
        assert note.date_edtf == "1956-10-30T12:00"
        assert [p.quote for p in note.passages] == ["Nagy"]
        assert not note.passages[0].orphaned
        timeline = [item.label for item in sorted_items(services.timeline.items())]
        # 21:00 in Moscow (18:00 UTC) came before 13:22 in Washington (18:22 UTC), 22:00 in Moscow after it
        assert timeline.index("My Moscow event") < timeline.index("From Washington") < timeline.index("From Moscow")
    finally:
        library.close()
    with make_engine(path).connect() as connection:
        stored: dict[str, object] = dict(connection.execute(text("SELECT title, date_utc_lo FROM documents")).all())
    assert str(stored["From Budapest"]).startswith("1956-10-30 13:00")
    assert str(stored["From Washington"]).startswith("1956-10-30 18:22")


def test_the_migration_s_own_clocks_are_the_app_s() -> None:
    spec = importlib.util.spec_from_file_location("instants", Path(SCRIPT_LOCATION) / "versions" / "0011_instants.py")
    assert spec is not None
    assert spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    assert {name.casefold() for name in known_places()} == set(migration.CLOCKS_1956)
    for place in known_places():
        for day in range(1, 366, 3):
            for hour in (0, 1, 2, 3, 12, 23):
                local = datetime(1956, 1, 1, hour) + timedelta(days=day)
                assert migration.offset_minutes(place, local) == offset_at(place, local), (place, local)
