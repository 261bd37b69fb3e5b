"""Importing a generated 4 MB TEI edition of 500 documents, against lxml's parse plus a raw executemany.

Parallax's path parses the file with the hardened parser, reads each document's title, date, place, pages,
paragraphs and footnotes, checks for duplicates, and stores the documents in one new collection, 50 to a
transaction. The floor parses the same file with lxml, takes every <p>'s text with itertext(), and inserts the
documents and paragraphs with two executemany calls in one transaction into the same schema.
Run: python bench/tei_import.py [--runs N] [--documents N]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import report, row
from importing import WORDS
from lxml import etree

from app.services.editions import EditionChoice
from app.services.registry import open_services

TEI = "http://www.tei-c.org/ns/1.0"
KINDS = (
    ("Telegram From the Legation in Hungary to the Department of State", "Budapest", "+01:00"),
    ("Telegram From the Embassy in the Soviet Union to the Department of State", "Moscow", "+03:00"),
    ("Memorandum of Discussion at the National Security Council", "Washington", "-05:00"),
    ("Letter From President Eisenhower to Premier Bulganin", "Washington", "-05:00"),
    ("Telegram From the Mission at the United Nations to the Department of State", "New York", "-05:00"),
)


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 30))]
    words[rng.randrange(len(words))] = f"<persName>{rng.choice(('Nagy', 'Kádár', 'Wailes', 'Bohlen'))}</persName>"
    words[rng.randrange(len(words))] = f"<hi rend='italic'>{rng.choice(WORDS)}</hi>"
    return " ".join(words).capitalize() + "."


def make_edition(path: Path, documents: int) -> Path:
    """A FRUS-like volume: documents with heads and source notes, datelines, page breaks, notes and line breaks."""
    rng = random.Random(1956)
    parts, page, start = [], 1, date(1956, 9, 20)
    for number in range(1, documents + 1):
        title, place, offset = rng.choice(KINDS)
        day = start + timedelta(days=number * 75 // documents)
        when = f"{day:%Y-%m-%d}T{rng.randint(0, 23):02d}:{rng.choice((0, 15, 30, 45)):02d}:00{offset}"
        paragraphs = []
        for index in range(rng.randint(9, 13)):
            note = f"<note n='{index + 2}'>{_sentence(rng)}</note>" if rng.random() < 0.15 else ""
            paragraphs.append(f"<p>{_sentence(rng)}<lb/>{_sentence(rng)}{note} {_sentence(rng)}</p>")
            if rng.random() < 0.12:
                page += 1
                paragraphs.append(f"<pb n='{page}'/>")
        parts.append(
            f"<div type='document' n='{number}' xml:id='d{number}' frus:doc-dateTime-min='{day}T00:00:00-05:00' "
            f"frus:doc-dateTime-max='{day}T23:59:59-05:00'><head>{number}. {escape(title)}<note n='1' type='source'>"
            f"Source: Department of State, Central Files, 764.00/{number}. Secret.</note></head><opener><dateline>"
            f"<placeName>{place}</placeName>, <date when='{when}'>{day:%B %d, %Y}</date></dateline></opener>"
            + "".join(paragraphs) + "</div>"
        )  # fmt: skip
    path.write_text(
        f"<?xml version='1.0' encoding='UTF-8'?><TEI xmlns='{TEI}' xmlns:frus='http://history.state.gov/frus/ns/1.0'>"
        "<teiHeader><fileDesc><titleStmt><title type='complete'>Foreign Relations of the United States, 1955–1957, "
        "Volume XXV, Eastern Europe (generated)</title><editor role='primary'>A. Editor</editor></titleStmt>"
        "<publicationStmt><publisher>Generated for the benchmark</publisher><date>1990</date></publicationStmt>"
        "</fileDesc></teiHeader><text><body><div type='chapter'><head>Hungary</head>"
        + "".join(parts) + "</div></body></text></TEI>",
        encoding="utf-8",
    )  # fmt: skip
    return path


def parallax_import(db: Path, edition: Path) -> tuple[float, int]:
    library, services = open_services(db)
    start = time.perf_counter()
    text = services.importing.read_edition(edition)  # the path the window and `parallax import` take
    assert text is not None
    outcome = services.importing.import_edition(edition, text, EditionChoice())
    elapsed = time.perf_counter() - start
    assert outcome.error == "", outcome.error
    library.close()
    return elapsed, len(outcome.document_ids)


def raw_floor(db: Path, edition: Path) -> float:
    library, _services = open_services(db)  # the same schema, migrated the same way
    library.close()
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA synchronous = FULL")
    now = datetime.now().isoformat(" ")
    start = time.perf_counter()
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    root = etree.fromstring(edition.read_bytes(), parser)
    divs = root.iter(f"{{{TEI}}}div")
    documents = [
        ("".join(div.find(f"{{{TEI}}}head").itertext()), ["".join(p.itertext()) for p in div.iter(f"{{{TEI}}}p")])
        for div in divs
        if div.get("type") == "document"
    ]
    with connection:
        base = connection.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0]
        connection.executemany(
            "INSERT INTO documents (id, title, issuer, date_edtf, date_approximate, place, language, kind, "
            "source_publication, source_editor, source_publisher, source_place, source_year, source_pages, "
            "source_number, archive, url, rights, original_format, content_hash, created_at, updated_at) "
            "VALUES (?, ?, '', '', 0, '', '', 'other', '', '', '', '', '', '', '', '', '', '', '', '', ?, ?)",
            [(base + i + 1, title, now, now) for i, (title, _) in enumerate(documents)],
        )
        connection.executemany(
            "INSERT INTO paragraphs (document_id, number, text) VALUES (?, ?, ?)",
            [(base + i + 1, n, t) for i, (_, texts) in enumerate(documents) for n, t in enumerate(texts, start=1)],
        )
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--documents", type=int, default=500)
    options = parser.parse_args()
    ours, floor = [], []
    with tempfile.TemporaryDirectory() as folder:
        edition = make_edition(Path(folder) / "edition.xml", options.documents)
        size = edition.stat().st_size / 1e6
        for run in range(options.runs):
            elapsed, count = parallax_import(Path(folder) / f"ours-{run}.sqlite3", edition)
            assert count == options.documents
            ours.append(elapsed)
            floor.append(raw_floor(Path(folder) / f"floor-{run}.sqlite3", edition))
    measure = f"import a {size:.1f} MB TEI edition of {options.documents} documents"
    report("tei_import", [row(measure, ours, floor, "lxml parse + raw executemany, one transaction")], options.runs)


if __name__ == "__main__":
    main()
