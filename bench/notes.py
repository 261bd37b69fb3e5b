"""Saving a note (what the autosave does a second after typing stops) against one raw SQLite commit.

Parallax's path validates the note, keeps a revision when one is due, writes the row and its tags in one
transaction with synchronous=FULL, then reads the note back with its passages (checked against their documents'
texts) and its links. The floor is one UPDATE of the same row and a COMMIT on a plain sqlite3 connection to the
same file with the same pragmas. The library holds the Declaration and 300 other notes, each quoting it.
Run: python bench/notes.py [--runs N] [--saves N]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import report, row

from app.services.bundled import DECLARATION_KEY
from app.services.registry import open_services

QUOTES = [
    "withdraw the Soviet military units from the city of Budapest",
    "prepared to enter into the appropriate negotiations",
    "principles of complete equality",
]


def prepare(db: Path, others: int) -> int:
    library, services = open_services(db)
    notes = services.notes
    declaration = services.library.find_bundled(DECLARATION_KEY)
    assert declaration is not None
    passages = [notes.find_quote(declaration, quote) for quote in QUOTES]
    for number in range(others):
        notes.create([passages[number % 3]], title=f"Note {number}", body=f"About [[Note {number + 1}]].")
    note = notes.create(passages[:2], title="Note under test", tags=["Budapest"], date_edtf="1956-10-30").result
    library.close()
    return note.id


def parallax_saves(db: Path, note_id: int, count: int) -> list[float]:
    library, services = open_services(db)
    samples = []
    body = "The offer to withdraw was overtaken within a day."
    for number in range(count):
        start = time.perf_counter()
        services.notes.save(note_id, title="Note under test", body=f"{body} {number}", tags=["Budapest"],
                            date_edtf="1956-10-30")  # fmt: skip
        samples.append(time.perf_counter() - start)
    library.close()
    return samples


def raw_commits(db: Path, note_id: int, count: int) -> list[float]:
    connection = sqlite3.connect(db, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    samples = []
    for number in range(count):
        start = time.perf_counter()
        connection.execute("BEGIN")
        connection.execute("UPDATE notes SET body = ? WHERE id = ?", (f"raw {number}", note_id))
        connection.execute("COMMIT")
        samples.append(time.perf_counter() - start)
    connection.close()
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--saves", type=int, default=50)
    parser.add_argument("--notes", type=int, default=300)
    args = parser.parse_args()
    ours: list[float] = []
    floor: list[float] = []
    with tempfile.TemporaryDirectory(prefix="parallax-bench-", dir=Path(__file__).resolve().parent) as folder:
        db = Path(folder) / "notes.sqlite3"
        note_id = prepare(db, args.notes)
        for _ in range(args.runs):
            ours += parallax_saves(db, note_id, args.saves)
            floor += raw_commits(db, note_id, args.saves)
    report(
        "notes",
        [row(f"save a note ({args.notes} other notes)", ours, floor, "one UPDATE + COMMIT, synchronous=FULL")],
        args.runs,
    )


if __name__ == "__main__":
    main()
