"""Other members' changes to a shared library, as they commit: what changed, so that the window can show it.

`ChangeFeed.listen` runs until its job is cancelled (on a worker thread of the window's), reporting through the
job: each change as `Progress(done=row ID, label=what changed)`, and the server answering or not as the labels
`answering` and `unreachable`. A library file has no feed: one window has it at a time.
"""

from __future__ import annotations

from app.services.changes import Fact
from app.services.infrastructure.storage import Library
from app.services.tasks import Job

ANSWERING, UNREACHABLE = "answering", "unreachable"
FACTS = {
    "documents": Fact.DOCUMENTS,
    "collections": Fact.DOCUMENTS,
    "notes": Fact.NOTES,
    "alignment_links": Fact.LINKS,
    "events": Fact.EVENTS,
}


class ChangeFeed:
    def __init__(self, library: Library) -> None:
        self._library = library

    def listen(self, job: Job) -> None:
        from db.postgres.listener import listen

        def changed(table: str, row_id: int) -> None:
            if table in FACTS:
                job.report(row_id, 0, table)

        def state(answering: bool) -> None:
            job.report(0, 0, ANSWERING if answering else UNREACHABLE)

        listen(self._library.engine, changed, state, lambda: job.cancelled)


def change_feed(library: Library) -> ChangeFeed | None:
    return ChangeFeed(library) if library.shared else None
