"""What a comparison of two texts can say: how alike the paragraphs that align are, and what has no counterpart.

Word differences are for versions of one text: two translations, a draft and its final text. A similarity
measured over all of both texts says little when one covers a stretch of the other ("Similarity: 12.8%" for a
translation of one section); measured over the stretch that aligns, beside what has no counterpart, it says
what a reader wants ("92% alike over ¶14–20; ¶1–13 have no counterpart"). Texts in different languages, or
that hardly align at all, are not compared word by word.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.domain.alignment.links import ParagraphSpan
from app.domain.language.languages import NAMES, language_code

RELATED_SHARE = 0.2  # below this share of the shorter text's words in paragraphs that align: not one text


def runs(numbers: Iterable[int]) -> list[ParagraphSpan]:
    """Paragraph numbers as runs: 1, 2, 3, 7 -> ¶1–3, ¶7."""
    found: list[ParagraphSpan] = []
    for number in sorted(set(numbers)):
        if found and found[-1].last == number - 1:
            found[-1] = ParagraphSpan(found[-1].first, number)
        else:
            found.append(ParagraphSpan(number, number))
    return found


def percent(value: float) -> str:
    """'92%'; '99.6%' rather than a '100%' that would hide a difference (and '0.4%' rather than '0%')."""
    whole = f"{value:.0%}"
    if (whole == "100%" and value < 1) or (whole == "0%" and value > 0):
        return f"{value:.1%}"
    return whole


def spans_display(spans: Sequence[ParagraphSpan]) -> str:
    return ", ".join(span.display() for span in spans)


@dataclass(frozen=True)
class Coverage:
    """Which paragraphs of each text align, and how alike the aligned ones are."""

    similarity: float  # 0..1, by words, over the paragraphs that align
    left_aligned: tuple[ParagraphSpan, ...]
    left_alone: tuple[ParagraphSpan, ...]  # paragraphs with no counterpart
    right_aligned: tuple[ParagraphSpan, ...]
    right_alone: tuple[ParagraphSpan, ...]
    aligned_share: float  # of the shorter text's words, the share in paragraphs that align

    @property
    def related(self) -> bool:
        """Whether the two read as versions of one text (enough of them aligns)."""
        return bool(self.left_aligned) and self.aligned_share >= RELATED_SHARE

    def headline(self, left_name: str = "A", right_name: str = "B") -> str:
        """'92% alike over ¶14–20 of A (¶1–6 of B); ¶1–13 of A have no counterpart.'"""
        if not self.left_aligned:
            return "No paragraphs of the two texts align."
        text = (f"{percent(self.similarity)} alike over {spans_display(self.left_aligned)} of {left_name} "
                f"({spans_display(self.right_aligned)} of {right_name})")  # fmt: skip
        alone = [f"{spans_display(spans)} of {name}" for spans, name in ((self.left_alone, left_name),
                 (self.right_alone, right_name)) if spans]  # fmt: skip
        if alone:
            count = sum(span.count for spans in (self.left_alone, self.right_alone) for span in spans)
            text += f"; {' and '.join(alone)} {'has' if count == 1 else 'have'} no counterpart"
        return text + "."


def coverage(
    pairs: Sequence[tuple[ParagraphSpan, ParagraphSpan, float, int]],
    left_words: Sequence[int],
    right_words: Sequence[int],
) -> Coverage:
    """From aligned pairs (left run, right run, similarity, words compared) and each paragraph's word count."""
    left = {n for span, _, _, _ in pairs for n in range(span.first, span.last + 1) if n <= len(left_words)}
    right = {n for _, span, _, _ in pairs for n in range(span.first, span.last + 1) if n <= len(right_words)}
    words = sum(count for _, _, _, count in pairs)
    similarity = sum(alike * count for _, _, alike, count in pairs) / words if words else 0.0
    shares = []
    for aligned, counts in ((left, left_words), (right, right_words)):
        total = sum(counts)
        shares.append(sum(counts[n - 1] for n in aligned) / total if total else 0.0)
    shorter = 0 if sum(left_words) <= sum(right_words) else 1
    return Coverage(
        similarity=similarity,
        left_aligned=tuple(runs(left)),
        left_alone=tuple(runs(set(range(1, len(left_words) + 1)) - left)),
        right_aligned=tuple(runs(right)),
        right_alone=tuple(runs(set(range(1, len(right_words) + 1)) - right)),
        aligned_share=shares[shorter],
    )


def different_languages(left: str, right: str) -> tuple[str, str] | None:
    """The names of two documents' languages when they differ (both known); else None."""
    first, second = language_code(left), language_code(right)
    if first and second and first != second:
        return NAMES[first], NAMES[second]
    return None
