"""Thirty members on one shared library at once: a minute of adding and editing shared notes and links.

A PostgreSQL server of the run's own (durable: fsync on, as a real server runs) holds a library with five
documents and 40 shared notes. Each member is a process with its own login role and its own Parallax
services; for the time given it edits notes (reading one, pausing as if typing, saving over the revision it
read), adds notes and links paragraphs. Every acknowledged save is logged. Afterwards the library is checked:
the saves of each note form one chain (each written over the revision the previous one made: none was
overwritten unseen), its text is the last save's, every conflict's text is kept among the note's earlier
versions, every note and link added is there.
The floor: one raw UPDATE + COMMIT on the same server, each taken by the same process right after a save.
Run: python bench/shared_load.py [--members N] [--seconds S]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))
from common import report  # noqa: E402

if TYPE_CHECKING:
    from tests.pg_server import PostgresServer

PASSWORD = "member-1956"
POOL = 40  # shared notes every member edits


def _address(port: int, user: str) -> str:
    return f"postgresql://{user}:{PASSWORD}@127.0.0.1:{port}/seminar"


def prepare(server: PostgresServer, members: int) -> list[int]:
    from app.domain.documents import DocumentMetadata
    from app.services.infrastructure.storage import parse_location
    from app.services.library import NewDocument
    from app.services.registry import open_services

    with server.admin() as admin:
        for name in ["teacher", *(f"member{n:02d}" for n in range(members))]:
            admin.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{PASSWORD}'")
        admin.execute("CREATE DATABASE seminar OWNER teacher")
    port = server.port
    library, services = open_services(parse_location(_address(port, "teacher")), setting_up=True)
    services.sharing.setup()
    for n in range(members):
        services.sharing.add_member(f"member{n:02d}", "editor")
    for d in range(5):
        paragraphs = tuple(f"Paragraph {p} of telegram {d}, on Budapest and the negotiations." for p in range(1, 41))
        services.library.add_document(NewDocument(DocumentMetadata(title=f"Telegram {d}"), paragraphs))
    notes = [services.notes.create(title=f"Seminar note {n}", body="Start.").result.id for n in range(POOL)]
    library.close()
    with server.admin("seminar") as admin:
        admin.execute("CREATE TABLE bench_floor (id integer PRIMARY KEY, n integer NOT NULL)")
        admin.execute(f"INSERT INTO bench_floor SELECT g, 0 FROM generate_series(0, {members - 1}) g")
        for n in range(members):
            admin.execute(f"GRANT SELECT, UPDATE ON bench_floor TO member{n:02d}")
    return notes


def member(port: int, index: int, seconds: float, notes: list[int], out: str) -> None:
    """One member's minute; its log goes to `out` (JSON)."""
    import psycopg

    from app.domain.alignment.links import ParagraphSpan
    from app.services.infrastructure.storage import parse_location
    from app.services.notes import NoteConflictError, NoteDraft
    from app.services.registry import open_services

    name = f"member{index:02d}"
    rng = random.Random(index)
    library, services = open_services(parse_location(_address(port, name)))
    floor = psycopg.connect(host="127.0.0.1", port=port, dbname="seminar", user=name, password=PASSWORD)
    log: dict[str, list[Any]] = {key: [] for key in ("saves", "conflicts", "created", "links", "save_s", "floor_s")}
    documents = [doc.id for doc in services.library.list_documents() if doc.metadata.title.startswith("Telegram")]
    pool = list(notes)
    deadline = time.monotonic() + seconds
    counter = 0
    while time.monotonic() < deadline:
        counter += 1
        roll = rng.random()
        if roll < 0.6:
            note_id = rng.choice(pool)
            note = services.notes.get(note_id)
            time.sleep(rng.uniform(0, 0.05))  # typing
            text = f"Edited by {name}, edit {counter}."
            base = NoteDraft(note.title, note.body, note.tags, note.date_edtf)
            started = time.perf_counter()
            try:
                saved = services.notes.save(
                    note_id, title=note.title, body=text, base_revision=note.revision, base=base
                )
                log["saves"].append([note_id, note.revision, saved.revision, text])
            except NoteConflictError:
                log["conflicts"].append([note_id, text])
            log["save_s"].append(time.perf_counter() - started)
            started = time.perf_counter()
            floor.execute("UPDATE bench_floor SET n = n + 1 WHERE id = %s", (index,))
            floor.commit()
            log["floor_s"].append(time.perf_counter() - started)
        elif roll < 0.8:
            created = services.notes.create(title=f"{name}'s note {counter}", body="New.").result
            log["created"].append(created.id)
        else:
            left, right = rng.sample(documents, 2)
            first = rng.randint(1, 40)
            link = services.alignment.link(left, ParagraphSpan(first, first), right, ParagraphSpan(first, first))
            log["links"].append([left, right, first, link.result.id])
    floor.close()
    library.close()
    Path(out).write_text(json.dumps(log), encoding="utf-8")


def verify(server: PostgresServer, logs: list[dict[str, list[Any]]], notes: list[int]) -> list[str]:
    """What the library shows against what every member was told; returns what is wrong."""
    problems = []
    with server.admin("seminar") as admin:
        bodies = dict(admin.execute("SELECT id, body FROM notes").fetchall())
        kept = admin.execute("SELECT note_id, body FROM note_revisions WHERE conflicting").fetchall()
        links = {row[0] for row in admin.execute("SELECT id FROM alignment_links").fetchall()}
    for note_id in notes:
        saves = sorted((s for log in logs for s in log["saves"] if s[0] == note_id), key=lambda s: s[2])
        made = [s[2] for s in saves]
        if len(set(made)) != len(made):
            problems.append(f"note {note_id}: two saves acknowledged as the same revision")
        previous = 1
        for _note, base, result, _text in saves:
            if base != previous or result != base + 1:
                problems.append(f"note {note_id}: a save over revision {base} after revision {previous}")
            previous = result
        final = saves[-1][3] if saves else "Start."
        if bodies.get(note_id) != final:
            problems.append(f"note {note_id}: its text is not the last acknowledged save's")
    conflicts = {(c[0], c[1]) for log in logs for c in log["conflicts"]}
    missing = conflicts - {(note, body) for note, body in kept}
    problems += [f"note {note}: a conflicting text was not kept" for note, _ in missing]
    created = {note for log in logs for note in log["created"]}
    problems += [f"note {note} was acknowledged but is not there" for note in created - set(bodies)]
    linked = {link[3] for log in logs for link in log["links"] if link[3] is not None}
    problems += [f"link {link} was acknowledged but is not there" for link in linked - links]
    return problems


def main() -> None:
    from tests.pg_server import PostgresServer

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    server = PostgresServer.start(durable=True, connections=3 * args.members + 20)
    try:
        notes = prepare(server, args.members)
        folder = Path(tempfile.mkdtemp(prefix="parallax-load-"))
        context = multiprocessing.get_context("spawn")
        processes = [
            context.Process(target=member, args=(server.port, n, args.seconds, notes, str(folder / f"{n}.json")))
            for n in range(args.members)
        ]
        for process in processes:
            process.start()
        for process in processes:
            process.join()
        logs = [json.loads((folder / f"{n}.json").read_text()) for n in range(args.members)]
        problems = verify(server, logs, notes)
    finally:
        server.destroy()
    saves = [s for log in logs for s in log["save_s"]]
    floors = [s for log in logs for s in log["floor_s"]]
    p95 = statistics.quantiles(saves, n=20)[-1]
    floor95 = statistics.quantiles(floors, n=20)[-1]
    counts = {key: sum(len(log[key]) for log in logs) for key in ("saves", "conflicts", "created", "links")}
    print(f"{args.members} members, {args.seconds:.0f} s: {counts}; problems: {len(problems)}")
    for problem in problems[:20]:
        print("  ", problem)
    rows = [
        {"measure": f"note save, p95, {args.members} members for {args.seconds:.0f} s ({counts['saves']} saves, "
                    f"{counts['conflicts']} conflicts kept, {counts['created']} notes and {counts['links']} links "
                    f"added; {len(problems)} lost or overwritten)",
         "ours_ms": round(p95 * 1000, 2), "floor_ms": round(floor95 * 1000, 2),
         "floor": "one raw UPDATE + COMMIT on the same server, p95, taken after each save",
         "ratio": round(p95 / floor95, 2)},
        {"measure": "note save, median", "ours_ms": round(statistics.median(saves) * 1000, 2),
         "floor_ms": round(statistics.median(floors) * 1000, 2), "floor": "the same, median",
         "ratio": round(statistics.median(saves) / statistics.median(floors), 2)},
    ]  # fmt: skip
    report("shared_load", rows, 1)
    if problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
