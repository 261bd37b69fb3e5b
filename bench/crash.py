"""Kill Parallax mid-write, again and again: nothing that was saved may be lost, nothing may be half-written.

A child process saves notes and imports documents in a loop, and writes a line to a log only after each call
returned. The parent kills it with SIGKILL at a random moment, then checks the library: every logged note and
document is there, every document has all of its paragraphs (no transaction half-applied), and the full check
(integrity, foreign keys, search indexes) passes. The next child carries on in the same library, so a save is
also repeated after a crash. The test suite runs a few cycles; the full run here is 100.
Run: python bench/crash.py [--cycles N] [--seed N]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPHS_PER_DOCUMENT = 3


def worker(db: Path, log: Path) -> None:
    """Save notes and import documents until killed; log each one only once the call has returned."""
    sys.path.insert(0, str(ROOT))
    from app.domain.documents import DocumentMetadata
    from app.services.library import NewDocument
    from app.services.registry import open_services

    _library, services = open_services(db)
    with log.open("a", encoding="utf-8") as record:
        number = len(log.read_text(encoding="utf-8").splitlines())  # carry on numbering after the last kill
        while True:
            number += 1
            note = services.notes.create(
                title=f"Note {number}", body=f"Saved before the crash, number {number}."
            ).result
            services.notes.save(note.id, title=note.title, body=note.body + " Edited.", tags=["crash"], date_edtf="")
            record.write(f"note {note.id}\n")
            paragraphs = tuple(f"Paragraph {n} of document {number}." for n in range(1, PARAGRAPHS_PER_DOCUMENT + 1))
            doc_id = services.library.add_document(
                NewDocument(DocumentMetadata(title=f"Document {number}", date_edtf="1956-11-04"), paragraphs)
            )
            record.write(f"document {doc_id}\n")
            record.flush()
            os.fsync(record.fileno())


@dataclass
class Outcome:
    cycles: int
    notes: int
    documents: int
    problems: list[str]


def check_library(db: Path, log: Path) -> tuple[int, int, list[str]]:
    """What the log says was saved, and what is wrong in the library."""
    sys.path.insert(0, str(ROOT))
    from db.safety import check

    problems = list(check(db, full=True).problems)
    saved = [line.split() for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]
    connection = sqlite3.connect(db)
    try:
        if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'notes'").fetchone() is None:
            # Killed before the first start had made the library (migrations are one transaction, so nothing
            # of it is there): only right if nothing was logged as saved either.
            return 0, 0, [f"{len(saved)} saves were logged, but the library has no tables"] if saved else []
        notes = {row[0]: row[1] for row in connection.execute("SELECT id, body FROM notes")}
        counts = dict(
            connection.execute(
                "SELECT p.document_id, count(*) FROM paragraphs p JOIN documents d ON d.id = p.document_id "
                "WHERE d.title LIKE 'Document %' GROUP BY p.document_id"
            )
        )
        titles = {row[0] for row in connection.execute("SELECT id FROM documents")}
    finally:
        connection.close()
    for kind, number in saved:
        if kind == "note" and not notes.get(int(number), "").endswith("Edited."):
            problems.append(f"note {number} was saved (edited) but is not there as saved")
        if kind == "document" and int(number) not in titles:
            problems.append(f"document {number} was imported but is missing")
    problems += [f"document {doc} has {n} paragraphs" for doc, n in counts.items() if n != PARAGRAPHS_PER_DOCUMENT]
    return sum(kind == "note" for kind, _ in saved), sum(kind == "document" for kind, _ in saved), problems


def _wait_for_saves(log: Path, child: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    """Until the worker has logged a save of this run (or has ended, or `timeout` has passed)."""
    before = log.stat().st_size
    deadline = time.monotonic() + timeout
    while log.stat().st_size == before and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)


def kill_cycles(folder: Path, cycles: int, rng: random.Random) -> Outcome:
    """Start the worker, kill it at a random moment, check; `cycles` times on one library."""
    db, log = folder / "library.sqlite3", folder / "saved.log"
    log.touch()
    problems: list[str] = []
    notes = documents = 0
    for _ in range(cycles):
        child = subprocess.Popen([sys.executable, __file__, "--worker", str(db), str(log)], stderr=subprocess.PIPE)
        _wait_for_saves(log, child)  # start-up takes half a second, or seconds on a loaded machine
        time.sleep(rng.uniform(0.0, 0.8))  # then kill at a random moment among the saves
        child.send_signal(signal.SIGKILL)
        _, err = child.communicate()
        if child.returncode != -signal.SIGKILL:
            problems.append(f"the worker ended by itself ({child.returncode}): {err.decode()[-300:]}")
            break
        notes, documents, found = check_library(db, log)
        if found:
            problems += found
            break
    return Outcome(cycles, notes, documents, problems)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1956)
    parser.add_argument("--worker", nargs=2, metavar=("DB", "LOG"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(Path(args.worker[0]), Path(args.worker[1]))
        return
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        outcome = kill_cycles(Path(folder), args.cycles, random.Random(args.seed))
    elapsed = time.perf_counter() - started
    print(f"{outcome.cycles} kills in {elapsed:.0f} s: {outcome.notes} notes and {outcome.documents} documents saved "
          f"before the kills, all present and whole" if not outcome.problems else "PROBLEMS:")  # fmt: skip
    for problem in outcome.problems:
        print(f"  {problem}")
    sys.exit(1 if outcome.problems else 0)


if __name__ == "__main__":
    main()
