"""A bibliography of documents in one of the three forms Parallax writes: Chicago, CSL-JSON and BibTeX."""

from __future__ import annotations

import json
from collections.abc import Sequence
from enum import StrEnum

from app.domain.citation.chicago import bibliography_entry, bibtex_entry, bibtex_key, csl_item, sort_key
from app.domain.documents import DocumentMetadata


class BibliographyFormat(StrEnum):
    CHICAGO = "chicago"
    CSL_JSON = "csl-json"
    BIBTEX = "bibtex"

    @property
    def suffix(self) -> str:
        return {"chicago": ".txt", "csl-json": ".json", "bibtex": ".bib"}[self.value]

    @property
    def label(self) -> str:
        return {"chicago": "Chicago (notes and bibliography)", "csl-json": "CSL-JSON", "bibtex": "BibTeX"}[self.value]


def render_bibliography(documents: Sequence[tuple[int, DocumentMetadata]], form: BibliographyFormat) -> str:
    """The documents in bibliography order (author, then title), in the chosen form."""
    ordered = sorted(documents, key=lambda pair: (sort_key(pair[1]), pair[0]))
    if form is BibliographyFormat.CSL_JSON:
        items = [csl_item(meta, f"parallax-{doc_id}") for doc_id, meta in ordered]
        return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
    if form is BibliographyFormat.BIBTEX:
        taken: set[str] = set()
        entries = []
        for _doc_id, meta in ordered:
            key = bibtex_key(meta, taken)
            taken.add(key)
            entries.append(bibtex_entry(meta, key).strip())
        return "\n\n".join(entries) + "\n"
    return "\n\n".join(bibliography_entry(meta).plain() for _doc_id, meta in ordered) + "\n"
