"""Comparing two documents: word-level differences per aligned pair, and the terms they share."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.alignment.links import AlignmentLink
from app.domain.alignment.suggest import AlignmentMethod, suggest_alignment
from app.domain.comparison.shared_terms import SharedTerm, shared_terms
from app.domain.comparison.word_diff import DiffOptions, PairDiff, diff_pair, overall_similarity, word_count
from app.domain.documents import DocumentDetail
from app.services.alignment import AlignmentService
from app.services.library import LibraryService


@dataclass(frozen=True)
class Comparison:
    left: DocumentDetail
    right: DocumentDetail
    pairs: list[PairDiff]
    similarity: float  # 0..1, by words; unaligned paragraphs count as different
    from_stored_links: bool  # False when no links were stored and a suggestion was used instead


def texts_of(document: DocumentDetail, first: int, last: int) -> list[str]:
    return [paragraph.text for paragraph in document.paragraphs[first - 1 : last]]


def links_to_compare(
    alignment: AlignmentService, left: DocumentDetail, right: DocumentDetail
) -> tuple[list[AlignmentLink], bool]:
    """The stored links between two documents, or (if there are none) a fresh similarity suggestion."""
    stored = alignment.links(left.id, right.id)
    if stored:
        return stored, True
    texts = ([p.text for p in left.paragraphs], [p.text for p in right.paragraphs])
    return suggest_alignment(*texts, AlignmentMethod.SIMILARITY), False


class ComparisonService:
    def __init__(self, library: LibraryService, alignment: AlignmentService) -> None:
        self._library = library
        self._alignment = alignment

    def differences(self, left_id: int, right_id: int, options: DiffOptions | None = None) -> Comparison:
        options = options or DiffOptions()
        left, right = self._library.get_document(left_id), self._library.get_document(right_id)
        links, stored = links_to_compare(self._alignment, left, right)
        usable = [
            link
            for link in links
            if link.left.last <= len(left.paragraphs) and link.right.last <= len(right.paragraphs)
        ]
        pairs = [
            diff_pair(
                link,
                texts_of(left, link.left.first, link.left.last),
                texts_of(right, link.right.first, link.right.last),
                options,
            )
            for link in usable
        ]
        covered_left = {n for link in usable for n in range(link.left.first, link.left.last + 1)}
        covered_right = {n for link in usable for n in range(link.right.first, link.right.last + 1)}
        unaligned = word_count([p.text for p in left.paragraphs if p.number not in covered_left], options)
        unaligned += word_count([p.text for p in right.paragraphs if p.number not in covered_right], options)
        return Comparison(left, right, pairs, overall_similarity(pairs, unaligned), stored)

    def shared_terms(self, left_id: int, right_id: int, limit: int = 30) -> list[SharedTerm]:
        left, right = self._library.get_document(left_id), self._library.get_document(right_id)
        return shared_terms([p.text for p in left.paragraphs], [p.text for p in right.paragraphs], limit)
