"""Comparing two documents: word-level differences per aligned pair, and the terms they share.

Word differences are for versions of one text. Two documents in different languages are compared by their
aligned paragraphs only; two that hardly align (a telegram beside the Declaration) are said to be different
texts rather than shown as one long difference. What is said of the rest is measured over the paragraphs that
align, beside those that have no counterpart.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.alignment.links import AlignmentLink
from app.domain.alignment.suggest import AlignmentMethod, suggest_alignment
from app.domain.comparison.coverage import Coverage, coverage, different_languages, percent
from app.domain.comparison.shared_terms import SharedTerm, shared_terms
from app.domain.comparison.word_diff import DiffOptions, PairDiff, diff_pair, overall_similarity, word_count
from app.domain.documents import DocumentDetail
from app.services.alignment import AlignmentService
from app.services.library import LibraryService


@dataclass(frozen=True)
class Comparison:
    left: DocumentDetail
    right: DocumentDetail
    pairs: list[PairDiff]  # empty when the two are not compared word by word (see `comparable`)
    similarity: float  # 0..1, by words over both whole texts; unaligned paragraphs count as different
    from_stored_links: bool  # False when no links were stored and a suggestion was used instead
    coverage: Coverage  # what aligns, and how alike it is
    links: list[AlignmentLink]  # the links compared
    languages: tuple[str, str] | None = None  # the two languages' names, when they differ

    @property
    def comparable(self) -> bool:
        """Versions of one text in one language: their word differences mean something."""
        return self.languages is None and (self.from_stored_links or self.coverage.related)

    def headline(self, left_name: str = "A", right_name: str = "B") -> str:
        """One line on what was compared: how alike over what stretch, or why words were not compared."""
        if self.languages is not None:
            first, second = self.languages
            advice = "" if self.from_stored_links else " (to link them: Compare › Suggest Alignment, Ctrl+Shift+A)"
            return (f"{left_name} is in {first} and {right_name} in {second}: word differences compare the wording "
                    f"of one language; read the two by their aligned paragraphs{advice}.")  # fmt: skip
        if not self.comparable:
            return (f"{left_name} and {right_name} are not versions of one text: only "
                    f"{percent(self.coverage.aligned_share)} of the shorter one is in paragraphs that align, and word "
                    "differences are for versions of one text.")  # fmt: skip
        return self.coverage.headline(left_name, right_name)


def texts_of(document: DocumentDetail, first: int, last: int) -> list[str]:
    return [paragraph.text for paragraph in document.paragraphs[first - 1 : last]]


def links_to_compare(
    alignment: AlignmentService, left: DocumentDetail, right: DocumentDetail, method: AlignmentMethod | None = None
) -> tuple[list[AlignmentLink], bool]:
    """The stored links between two documents, or (if there are none) a fresh suggestion, not stored."""
    stored = alignment.links(left.id, right.id)
    if stored:
        return stored, True
    texts = ([p.text for p in left.paragraphs], [p.text for p in right.paragraphs])
    languages = (left.metadata.language, right.metadata.language)
    return suggest_alignment(*texts, method or AlignmentMethod.SIMILARITY, languages=languages), False


class ComparisonService:
    def __init__(self, library: LibraryService, alignment: AlignmentService) -> None:
        self._library = library
        self._alignment = alignment

    def differences(self, left_id: int, right_id: int, options: DiffOptions | None = None) -> Comparison:
        options = options or DiffOptions()
        left, right = self._library.get_document(left_id), self._library.get_document(right_id)
        languages = different_languages(left.metadata.language, right.metadata.language)
        method = AlignmentMethod.LENGTH if languages is not None else None
        links, stored = links_to_compare(self._alignment, left, right, method)
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
        aligned = coverage(
            [(pair.link.left, pair.link.right, pair.similarity, pair.words) for pair in pairs],
            [word_count([p.text], options) for p in left.paragraphs],
            [word_count([p.text], options) for p in right.paragraphs],
        )
        result = Comparison(left, right, pairs, overall_similarity(pairs, unaligned), stored, aligned, usable,
                            languages)  # fmt: skip
        if result.comparable:
            return result
        return Comparison(left, right, [], result.similarity, stored, aligned, usable, languages)

    def shared_terms(self, left_id: int, right_id: int, limit: int = 30) -> list[SharedTerm]:
        left, right = self._library.get_document(left_id), self._library.get_document(right_id)
        return shared_terms([p.text for p in left.paragraphs], [p.text for p in right.paragraphs], limit)
