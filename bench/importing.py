"""Importing 1,000 text files against a raw executemany of the same rows into the same schema.

Parallax's path reads, decodes and splits each file, looks for duplicates, and commits whole documents in groups
of 50 (so that a crash or Cancel never leaves half a document). The floor inserts the same documents and
paragraphs with two executemany calls in one transaction. Run: python bench/importing.py [--runs N] [--files N]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import report, row

from app.domain.text.paragraphs import content_hash
from app.services.importers.text import text_paragraphs
from app.services.registry import open_services

WORDS = [
    "legation",
    "budapest",
    "soviet",
    "troops",
    "nagy",
    "neutrality",
    "warsaw",
    "treaty",
    "united",
    "nations",
    "assembly",
    "telegram",
]


def make_files(folder: Path, count: int) -> list[Path]:
    rng = random.Random(1956)
    paths = []
    for number in range(count):
        paragraphs = [
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(15, 60))).capitalize() + "."
            for _ in range(rng.randint(3, 12))
        ]
        path = folder / f"telegram-{number:04d}.txt"
        path.write_text(f"Telegram {number}\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
        paths.append(path)
    return paths


def parallax_import(db: Path, paths: list[Path]) -> float:
    library, services = open_services(db)
    start = time.perf_counter()
    outcomes = services.importing.import_files(paths)  # the path the window and `parallax import` take
    elapsed = time.perf_counter() - start
    assert all(outcome.ok for outcome in outcomes)
    library.close()
    return elapsed


def raw_executemany(db: Path, paths: list[Path]) -> float:
    library, _services = open_services(db)  # the same schema, migrated the same way
    library.close()
    texts = [text_paragraphs(path.read_text(encoding="utf-8")) for path in paths]
    now = datetime.now().isoformat(" ")
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA synchronous = FULL")
    start = time.perf_counter()
    with connection:
        base = connection.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0]
        connection.executemany(
            "INSERT INTO documents (id, title, issuer, date_edtf, date_approximate, place, language, kind, "
            "source_publication, source_editor, source_publisher, source_place, source_year, source_pages, archive, "
            "url, rights, original_format, content_hash, created_at, updated_at) "
            "VALUES (?, ?, '', '', 0, '', '', 'other', '', '', '', '', '', '', '', '', '', 'text/plain', ?, ?, ?)",
            [(base + i + 1, p[0], content_hash(p[1:]), now, now) for i, p in enumerate(texts)],
        )
        connection.executemany(
            "INSERT INTO paragraphs (document_id, number, text) VALUES (?, ?, ?)",
            [(base + i + 1, n, text) for i, p in enumerate(texts) for n, text in enumerate(p[1:], start=1)],
        )
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--files", type=int, default=1000)
    options = parser.parse_args()
    ours, floor = [], []
    with tempfile.TemporaryDirectory() as folder:
        paths = make_files(Path(folder), options.files)
        for run in range(options.runs):
            ours.append(parallax_import(Path(folder) / f"ours-{run}.sqlite3", paths))
            floor.append(raw_executemany(Path(folder) / f"floor-{run}.sqlite3", paths))
    report(
        "importing",
        [row(f"import {options.files} text files", ours, floor, "raw executemany, one transaction")],
        options.runs,
    )


if __name__ == "__main__":
    main()
