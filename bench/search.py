"""Search on a generated library of 100,000 documents (about 300 MB of text) against the raw FTS5 query.

Parallax's path parses what was typed, compiles it, ranks a bounded number of matches (paragraphs, titles and
notes, titles weighted) and builds the first page of hits with marked snippets. The floor is the plain FTS5
query on the same file in the same run: `MATCH ? ORDER BY rank LIMIT 20` with the same snippet() call, which
ranks every match. Two terms: one in about 1% of the documents, one in nearly every document.
The library is built once into bench/results/ (kept between runs: delete it to rebuild).
Run: python bench/search.py [--documents N] [--runs N]
"""

from __future__ import annotations

import argparse
import itertools
import random
import sqlite3
import sys
import time
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import RESULTS, report, row

from app.services.infrastructure.word_index import word_forms
from app.services.registry import open_services

PARAGRAPHS_PER_DOCUMENT = 10
WORDS_PER_PARAGRAPH = 48
MEDIUM, COMMON = "legation", "soviet"  # in about 1% of the documents, and in nearly all of them
FLOOR_SQL = (
    "SELECT rowid, snippet(paragraphs_fts, 0, '[', ']', '…', 18) FROM paragraphs_fts "
    "WHERE paragraphs_fts MATCH ? ORDER BY rank LIMIT 20"
)


def _vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    letters = "abcdefghijklmnopqrstuvwxyzáéöőüű"
    words = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(3, 10))) for _ in range(30_000)})
    weights = [1.0 / (rank + 1) for rank in range(len(words))]  # Zipf: a few words everywhere, most rare
    return words, list(itertools.accumulate(weights))


def build(db: Path, documents: int) -> None:
    library, _services = open_services(db)  # the schema as Parallax makes it, with the search triggers
    library.close()
    rng = random.Random(1956)
    words, cumulative = _vocabulary(rng)
    forms = word_forms()  # each paragraph's search keys, as Parallax stores them beside its words
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=OFF")  # building the test data only
    now = datetime(2026, 1, 1).isoformat(" ")
    started = time.perf_counter()
    for first in range(0, documents, 1000):
        doc_rows, paragraph_rows = [], []
        for number in range(first, min(documents, first + 1000)):
            doc_id = number + 1000  # clear of the bundled Declaration
            title = f"Telegram {number} on {rng.choice(words)}"
            empty = ("",) * 10  # the source, archive, address and rights fields
            doc_rows.append((doc_id, title, "Department of State", "", 0, "", "en", "telegram", *empty, f"h{number}",
                             now, now, forms.keys(f"{title} Department of State", "en")))  # fmt: skip
            for paragraph in range(1, PARAGRAPHS_PER_DOCUMENT + 1):
                text = rng.choices(words, cum_weights=cumulative, k=WORDS_PER_PARAGRAPH)
                if paragraph == 1 and rng.random() < 0.96:
                    text[rng.randrange(len(text))] = COMMON
                if paragraph == 3 and number % 100 == 0:
                    text[rng.randrange(len(text))] = MEDIUM
                words_of = " ".join(text).capitalize() + "."
                paragraph_rows.append((doc_id, paragraph, words_of, forms.keys(words_of, "en")))
        connection.executemany(
            "INSERT INTO documents (id, title, issuer, date_edtf, date_approximate, place, language, kind, "
            "source_publication, source_editor, source_publisher, source_place, source_year, source_pages, archive, "
            "url, rights, original_format, content_hash, created_at, updated_at, forms) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            doc_rows,
        )
        connection.executemany(
            "INSERT INTO paragraphs (document_id, number, text, forms) VALUES (?, ?, ?, ?)", paragraph_rows
        )
        connection.commit()
        print(f"\r{first + 1000:,} documents, {time.perf_counter() - started:.0f} s", end="", file=sys.stderr)
    connection.execute("INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('optimize')")
    connection.commit()
    connection.close()
    print(file=sys.stderr)


def raw_search(connection: sqlite3.Connection, term: str) -> list[tuple[object, ...]]:
    """The floor: FTS5's own ranked first page, nothing around it."""
    return connection.execute(FLOOR_SQL, (term,)).fetchall()


def interleaved(ours: Callable[[], object], floor: Callable[[], object], runs: int) -> tuple[list[float], list[float]]:
    """Both timed in turn, run after run, so that the machine's slow moments fall on both alike."""
    samples: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for function, kept in ((ours, samples[0]), (floor, samples[1])):
            start = time.perf_counter()
            function()
            kept.append(time.perf_counter() - start)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=31)
    args = parser.parse_args()
    RESULTS.mkdir(exist_ok=True)
    db = RESULTS / f"search-{args.documents}.sqlite3"
    if not db.exists():
        build(db, args.documents)
    size_mb = db.stat().st_size / 1e6
    library, services = open_services(db)
    floor = sqlite3.connect(db)
    rows = []
    for label, term in ((f"“{MEDIUM}” (about 1% of documents)", MEDIUM), (f"“{COMMON}” (nearly all)", COMMON)):
        count = floor.execute("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH ?", (term,)).fetchone()
        services.search.search(term, limit=20)  # warm the page cache for both, as a second search would find it
        floor.execute(FLOOR_SQL, (term,)).fetchall()
        ours, raw = interleaved(
            partial(services.search.search, term, limit=20), partial(raw_search, floor, term), args.runs
        )
        measure = f"first page for {label}, {count[0]:,} matching ¶, {args.documents:,} documents ({size_mb:.0f} MB)"
        rows.append(row(measure, ours, raw, "raw FTS5 MATCH … ORDER BY rank LIMIT 20"))
    floor.close()
    library.close()
    report("search", rows, args.runs)


if __name__ == "__main__":
    main()
