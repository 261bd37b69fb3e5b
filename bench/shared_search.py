"""Search on a shared library of 100,000 generated documents on PostgreSQL, against the raw `tsvector @@ query`.

The library is the one bench/search.py generates for FTS5 (the same vocabulary and the same two words), in a
PostgreSQL server of its own whose folder is kept between runs (/var/tmp/parallax-bench-shared-search; delete it
to rebuild). Parallax's path parses what was typed, compiles it to websearch_to_tsquery, ranks a bounded number
of matches (paragraphs, titles and notes, titles weighted) and builds the first page with marked snippets. The
floor is the plain query in the same run: the paragraphs whose vector matches, ranked by the same ts_rank, the
first 20 with the same ts_headline snippets.
Run: python bench/shared_search.py [--documents N] [--runs N]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))
from common import report, row  # noqa: E402
from search import COMMON, MEDIUM, PARAGRAPHS_PER_DOCUMENT, WORDS_PER_PARAGRAPH, _vocabulary, interleaved  # noqa: E402

if TYPE_CHECKING:
    from tests.pg_server import PostgresServer

KEPT = Path("/var/tmp/parallax-bench-shared-search")
DOCUMENTS_COPY = (
    "COPY documents (id, title, issuer, date_edtf, date_approximate, place, language, kind, source_publication, "
    "source_editor, source_publisher, source_place, source_year, source_pages, archive, url, rights, "
    "original_format, content_hash, created_at, updated_at, source_number) FROM STDIN"
)
PASSWORD = "reader-1956"
FLOOR_SQL = (
    "SELECT top.id, {snippet} FROM (SELECT p.id, ts_rank(p.search_vector, q.query) AS rank, p.text "
    "FROM paragraphs p, (SELECT websearch_to_tsquery('parallax_simple', %(term)s) AS query) q "
    "WHERE p.search_vector @@ q.query ORDER BY rank DESC, p.id LIMIT 20) top, "
    "(SELECT websearch_to_tsquery('parallax_simple', %(term)s) AS query) q ORDER BY top.rank DESC, top.id"
)


def build(server: PostgresServer, documents: int) -> None:
    from app.services.infrastructure.storage import parse_location
    from app.services.registry import open_services

    with server.admin() as admin:
        admin.execute(f"CREATE ROLE owner LOGIN PASSWORD '{PASSWORD}'")
        admin.execute("CREATE DATABASE library OWNER owner")
    address = parse_location(f"postgresql://owner:{PASSWORD}@127.0.0.1:{server.port}/library")
    library, services = open_services(address, setting_up=True)
    services.sharing.setup()
    library.close()
    rng = random.Random(1956)
    words, cumulative = _vocabulary(rng)
    started = time.perf_counter()
    with server.admin("library") as admin:
        admin.execute("DROP INDEX ix_paragraphs_search_vector")  # made again once the rows are in: much faster
        for first in range(0, documents, 5000):
            with admin.cursor() as cursor:
                with cursor.copy(DOCUMENTS_COPY) as copy:
                    for number in range(first, min(documents, first + 5000)):
                        empty = ("",) * 10
                        copy.write_row((number + 1000, f"Telegram {number} on {rng.choice(words)}",
                                        "Department of State", "", False, "", "", "telegram", *empty,
                                        f"h{number}", "2026-01-01", "2026-01-01", ""))  # fmt: skip
                with cursor.copy("COPY paragraphs (document_id, number, text) FROM STDIN") as copy:
                    for number in range(first, min(documents, first + 5000)):
                        for paragraph in range(1, PARAGRAPHS_PER_DOCUMENT + 1):
                            text = rng.choices(words, cum_weights=cumulative, k=WORDS_PER_PARAGRAPH)
                            if paragraph == 1 and rng.random() < 0.96:
                                text[rng.randrange(len(text))] = COMMON
                            if paragraph == 3 and number % 100 == 0:
                                text[rng.randrange(len(text))] = MEDIUM
                            copy.write_row((number + 1000, paragraph, " ".join(text).capitalize() + "."))
            print(f"\r{first + 5000:,} documents, {time.perf_counter() - started:.0f} s", end="", file=sys.stderr)
        admin.execute("CREATE INDEX ix_paragraphs_search_vector ON paragraphs USING gin (search_vector)")
        admin.execute("SELECT setval(pg_get_serial_sequence('documents', 'id'), (SELECT max(id) FROM documents))")
        admin.execute("VACUUM ANALYZE")
        admin.execute("CREATE ROLE reader LOGIN PASSWORD '" + PASSWORD + "'")
    library, services = open_services(address)
    services.sharing.add_member("reader", "reader")
    library.close()
    print(file=sys.stderr)


def main() -> None:
    import psycopg

    from app.services.infrastructure.storage import parse_location
    from app.services.registry import open_services
    from db.postgres.search_repository import snippet
    from tests.pg_server import PostgresServer

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=31)
    args = parser.parse_args()
    kept = KEPT.with_name(f"{KEPT.name}-{args.documents}")
    server = PostgresServer.start(keep_in=kept)
    try:
        with server.admin() as admin:
            if not admin.execute("SELECT 1 FROM pg_database WHERE datname = 'library'").fetchone():
                build(server, args.documents)
        address = parse_location(f"postgresql://reader:{PASSWORD}@127.0.0.1:{server.port}/library")
        library, services = open_services(address)
        floor = psycopg.connect(host="127.0.0.1", port=server.port, dbname="library", user="reader", password=PASSWORD)
        sql = FLOOR_SQL.format(snippet=snippet("top.text").replace("q.query", "q.query"))
        with server.admin("library") as admin:
            found = admin.execute("SELECT pg_database_size('library')").fetchone()
            assert found is not None
            size = found[0] / 1e6
        rows = []
        for label, term in ((f"“{MEDIUM}” (about 1% of documents)", MEDIUM), (f"“{COMMON}” (nearly all)", COMMON)):
            matching = floor.execute("SELECT count(*) FROM paragraphs WHERE search_vector @@ websearch_to_tsquery("
                                     "'parallax_simple', %s)", (term,)).fetchone()  # fmt: skip
            assert matching is not None
            count = matching[0]
            services.search.search(term, limit=20)  # warm the caches for both
            floor.execute(sql, {"term": term}).fetchall()
            floor.rollback()

            def search(term: str = term) -> None:
                services.search.search(term, limit=20)

            def raw_query(term: str = term) -> None:
                floor.execute(sql, {"term": term}).fetchall()
                floor.rollback()

            ours, raw = interleaved(search, raw_query, args.runs)
            measure = f"first page for {label}, {count:,} matching ¶, {args.documents:,} documents ({size:.0f} MB)"
            rows.append(row(measure, ours, raw, "raw `search_vector @@ query` ORDER BY ts_rank LIMIT 20, same snippets",
                            paired=True))  # fmt: skip
        floor.close()
        library.close()
    finally:
        server.keep()
    report("shared_search", rows, args.runs)


if __name__ == "__main__":
    main()
