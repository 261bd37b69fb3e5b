"""The documents that ship with Parallax, read from resources/ and put into a library once."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.domain.documents import DocumentKind, DocumentMetadata, SourceCitation
from app.domain.text.paragraphs import split_paragraphs

if TYPE_CHECKING:  # the keys are needed before the storage stack is loaded (app/services/first_page.py)
    from app.services.library import LibraryService, NewDocument

DECLARATION_KEY = "declaration-1956-10-30"
BUNDLED_KEYS = (DECLARATION_KEY,)


def load_bundled(key: str) -> NewDocument:
    """Read a bundled document's metadata (JSON) and text (paragraphs separated by blank lines)."""
    import json
    from importlib import resources

    from app.services.library import NewDocument

    folder = resources.files("resources") / "documents"
    meta: dict[str, Any] = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
    text = (folder / meta["text"]).read_text(encoding="utf-8")
    source: dict[str, str] = meta.get("source", {})
    metadata = DocumentMetadata(
        title=meta["title"],
        issuer=meta["issuer"],
        date_edtf=meta["date"],
        place=meta["place"],
        language=meta["language"],
        kind=DocumentKind(meta["kind"]),
        source=SourceCitation(**source),
        archive=meta.get("archive", ""),
        url=meta.get("url", ""),
        rights=meta.get("rights", ""),
        original_format=meta.get("original_format", ""),
    )
    return NewDocument(metadata=metadata, paragraphs=tuple(split_paragraphs(text)), bundle_key=meta["bundle_key"])


def seed_bundled_documents(library: LibraryService) -> list[int]:
    """Put every bundled document into the library unless it was added before; returns new IDs."""
    added = []
    for key in BUNDLED_KEYS:
        new_id = library.ensure_bundled(load_bundled(key))
        if new_id is not None:
            added.append(new_id)
    return added
