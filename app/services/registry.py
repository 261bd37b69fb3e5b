"""The services of one open library, made together: what the window and the command line are handed.

The composition root (app/bootstrap.py) opens the library and calls `build_services`; the window's parts and the
commands only ever see the `Services` it returns, so none of them needs to know how a library is opened."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.alignment import AlignmentService
    from app.services.collections import CollectionService
    from app.services.comparison import ComparisonService
    from app.services.export import ExportService
    from app.services.importing import ImportService
    from app.services.infrastructure.storage import Library
    from app.services.library import LibraryService
    from app.services.notes import NotesService
    from app.services.safety import SafetyService
    from app.services.search import SearchService
    from app.services.timeline import TimelineService


@dataclass(frozen=True)
class Services:
    library: LibraryService
    collections: CollectionService
    importing: ImportService
    alignment: AlignmentService
    comparison: ComparisonService
    notes: NotesService
    search: SearchService
    timeline: TimelineService
    safety: SafetyService
    export: ExportService


def build_services(library: Library) -> Services:
    """The services over an open library; the bundled documents and events seeded unless it is read-only."""
    # Imported here, not at the top: the window's first page is up before any of them is loaded.
    from app.services.alignment import AlignmentService
    from app.services.bundled import seed_bundled_documents
    from app.services.collections import CollectionService
    from app.services.comparison import ComparisonService
    from app.services.export import ExportService
    from app.services.importing import ImportService
    from app.services.library import LibraryService
    from app.services.notes import NotesService
    from app.services.safety import SafetyService
    from app.services.search import SearchService
    from app.services.timeline import TimelineService

    documents = LibraryService(library.sessions)
    alignment = AlignmentService(library.sessions)
    notes = NotesService(library.sessions)
    timeline = TimelineService(library.sessions)
    collections = CollectionService(library.sessions)
    services = Services(
        library=documents,
        collections=collections,
        importing=ImportService(documents, collections=collections),
        alignment=alignment,
        comparison=ComparisonService(documents, alignment),
        notes=notes,
        search=SearchService(library.sessions),
        timeline=timeline,
        safety=SafetyService(library.path),
        export=ExportService(documents, notes, timeline),
    )
    if not library.read_only:
        from app.services.infrastructure.word_index import keep_keys_current, key_library

        keep_keys_current(library.sessions)
        key_library(library.sessions)  # what an upgrade (or another program) left without search keys
        seed_bundled_documents(services.library)
        services.timeline.seed_bundled()
    return services


def open_services(db_path: Path, *, read_only: bool = False) -> tuple[Library, Services]:
    """Open the library at `db_path` (migrating it), seed the bundled documents once, make the services.

    A library opened read-only is used as it is: nothing is seeded."""
    from app.services.infrastructure.storage import open_library

    library = open_library(db_path, read_only=read_only)
    try:
        return library, build_services(library)
    except BaseException:  # seeding failed (a full disk, say): the library is let go of, not left open
        library.close()
        raise
