"""The services of one open library, made together: what the window and the command line are handed.

The composition root (app/bootstrap.py) opens the library and calls `build_services`; the window's parts and the
commands only ever see the `Services` it returns, so none of them needs to know how a library is opened."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.alignment import AlignmentService
    from app.services.collections import CollectionService
    from app.services.comparison import ComparisonService
    from app.services.export import ExportService
    from app.services.importing import ImportService
    from app.services.infrastructure.journal import NoteJournal
    from app.services.infrastructure.storage import Library, Location
    from app.services.library import LibraryService
    from app.services.live import ChangeFeed
    from app.services.notes import NotesService
    from app.services.page_reading import PageReader
    from app.services.pages import PageService
    from app.services.safety import SafetyService
    from app.services.search import SearchService
    from app.services.sharing import SharingService
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
    pages: PageService
    page_reader: PageReader
    sharing: SharingService
    journal: NoteJournal  # note text typed but not yet stored (the library could not take it just then)
    changes: ChangeFeed | None  # a shared library's: other members' changes as they commit


def build_services(library: Library) -> Services:
    """The services over an open library; the bundled documents and events seeded unless it is read-only or
    shared (a shared library is seeded once, by its owner's `setup`)."""
    # Imported here, not at the top: the window's first page is up before any of them is loaded.
    from app.services.alignment import AlignmentService
    from app.services.bundled import seed_bundled_documents
    from app.services.collections import CollectionService
    from app.services.comparison import ComparisonService
    from app.services.export import ExportService
    from app.services.importing import ImportService
    from app.services.infrastructure.journal import NoteJournal
    from app.services.library import LibraryService
    from app.services.live import change_feed
    from app.services.notes import NotesService
    from app.services.page_reading import PageReader
    from app.services.pages import PageService
    from app.services.safety import SafetyService
    from app.services.search import SearchService
    from app.services.sharing import SharingService
    from app.services.timeline import TimelineService

    documents = LibraryService(library.sessions)
    alignment = AlignmentService(library.sessions)
    notes = NotesService(library.sessions, member=library.member)
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
        safety=SafetyService(library.location, library.engine if library.shared else None),
        export=ExportService(documents, notes, timeline),
        pages=PageService(library.sessions),
        page_reader=PageReader(library.sessions),
        sharing=SharingService(library),
        journal=NoteJournal.for_library(library.describe()),
        changes=change_feed(library),
    )
    if not library.read_only:
        from app.services.infrastructure.word_index import keep_keys_current, key_library

        keep_keys_current(library.sessions)
        if library.member is None or library.member.may_edit:  # a reader may not write the sources' keys
            key_library(library.sessions)  # what an upgrade (or another program) left without search keys
    if not library.read_only and not library.shared:
        seed_bundled_documents(services.library)
        services.timeline.seed_bundled()
    return services


def open_services(
    location: Location, *, read_only: bool = False, password: str | None = None, setting_up: bool = False
) -> tuple[Library, Services]:
    """Open the library at `location` (migrating a file), seed the bundled documents once, make the services.

    A library opened read-only is used as it is: nothing is seeded. `setting_up`: a shared library opened by its
    owner to make or upgrade it (see SharingService.setup)."""
    from app.services.infrastructure.storage import SharedAddress, open_library

    if isinstance(location, SharedAddress):
        from app.services.infrastructure.shared_storage import open_shared_library

        library = open_shared_library(location, password=password, read_only=read_only, setting_up=setting_up)
    else:
        library = open_library(location, read_only=read_only)
    try:
        return library, build_services(library)
    except BaseException:  # seeding failed (a full disk, say): the library is let go of, not left open
        library.close()
        raise
