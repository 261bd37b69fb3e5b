"""Word-level differences between aligned paragraph runs of two texts in one language."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz.distance import Levenshtein

from app.domain.alignment.links import AlignmentLink
from app.domain.text.paragraphs import fold

_TOKEN = re.compile(r"[^\W_]+(?:['’ʼ‐‑-][^\W_]+)*|[^\w\s]", re.UNICODE)
# Typographic apostrophes, quotes and dashes are the same characters as the plain ones, unless punctuation counts.
_PLAIN = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "‐": "-", "‑": "-", "–": "-", "—": "-", "−": "-",
                        "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})  # fmt: skip


class Change(StrEnum):
    ONLY_HERE = "only here"  # words the other text does not have
    CHANGED = "changed"  # words the other text has in another form


@dataclass(frozen=True)
class DiffOptions:
    ignore_case: bool = True
    ignore_punctuation: bool = True


@dataclass(frozen=True)
class ChangedRange:
    """Characters start..end of paragraph `number` differ from the other text."""

    number: int
    start: int
    end: int
    change: Change


@dataclass(frozen=True)
class _Token:
    number: int
    start: int
    end: int
    key: str


@dataclass(frozen=True)
class PairDiff:
    link: AlignmentLink
    left: list[ChangedRange]
    right: list[ChangedRange]
    similarity: float  # 0..1, over the words compared
    words: int  # words compared on both sides together
    edits: list[WordEdit]


@dataclass(frozen=True)
class WordEdit:
    """One difference in words: 'old' only on the left, 'new' only on the right, or one replaced by the other."""

    old: str
    new: str

    def display(self) -> str:
        if not self.new:
            return f"- {self.old}"
        if not self.old:
            return f"+ {self.new}"
        return f"~ {self.old} → {self.new}"


def _tokens(texts: Sequence[str], first_number: int, options: DiffOptions) -> list[_Token]:
    tokens = []
    for offset, text in enumerate(texts):
        keyed = fold(text) if options.ignore_case else text
        if options.ignore_punctuation:
            keyed = keyed.translate(_PLAIN)  # one character for one: offsets stay those of `text`
        for found in _TOKEN.finditer(text):
            if options.ignore_punctuation and not found.group()[0].isalnum():
                continue
            tokens.append(_Token(first_number + offset, found.start(), found.end(), keyed[found.start() : found.end()]))
    return tokens


def _ranges(tokens: list[_Token], start: int, end: int, change: Change) -> list[ChangedRange]:
    """One range per paragraph for tokens[start:end], so a change spanning paragraphs is marked in each."""
    ranges: list[ChangedRange] = []
    for token in tokens[start:end]:
        last = ranges[-1] if ranges else None
        if last is not None and last.number == token.number:
            ranges[-1] = ChangedRange(last.number, last.start, token.end, change)
        else:
            ranges.append(ChangedRange(token.number, token.start, token.end, change))
    return ranges


def _changed_blocks(left: list[str], right: list[str]) -> list[tuple[int, int, int, int]]:
    """Token ranges that differ, with neighbouring edits merged ("withdraw" → "pull out" is one change)."""
    blocks: list[tuple[int, int, int, int]] = []
    for op in Levenshtein.opcodes(left, right):
        if op.tag == "equal":
            continue
        if blocks and blocks[-1][1] == op.src_start and blocks[-1][3] == op.dest_start:
            blocks[-1] = (blocks[-1][0], op.src_end, blocks[-1][2], op.dest_end)
        else:
            blocks.append((op.src_start, op.src_end, op.dest_start, op.dest_end))
    return blocks


def _words(tokens: list[_Token], start: int, end: int, texts: Sequence[str], first_number: int) -> str:
    return " ".join(texts[token.number - first_number][token.start : token.end] for token in tokens[start:end])


def diff_pair(
    link: AlignmentLink, left_texts: Sequence[str], right_texts: Sequence[str], options: DiffOptions | None = None
) -> PairDiff:
    """Differences between the left run (texts of ¶link.left) and the right run (texts of ¶link.right)."""
    options = options or DiffOptions()
    left = _tokens(left_texts, link.left.first, options)
    right = _tokens(right_texts, link.right.first, options)
    left_changes: list[ChangedRange] = []
    right_changes: list[ChangedRange] = []
    edits: list[WordEdit] = []
    left_keys, right_keys = [token.key for token in left], [token.key for token in right]
    for src_start, src_end, dest_start, dest_end in _changed_blocks(left_keys, right_keys):
        old = _words(left, src_start, src_end, left_texts, link.left.first)
        new = _words(right, dest_start, dest_end, right_texts, link.right.first)
        edits.append(WordEdit(old, new))
        change = Change.CHANGED if old and new else Change.ONLY_HERE
        left_changes += _ranges(left, src_start, src_end, change)
        right_changes += _ranges(right, dest_start, dest_end, change)
    words = len(left) + len(right)
    same = 1.0 if not words else 1.0 - Levenshtein.distance(left_keys, right_keys) / max(len(left), len(right))
    return PairDiff(link, left_changes, right_changes, same, words, edits)


def overall_similarity(pairs: Sequence[PairDiff], unaligned_words: int = 0) -> float:
    """Similarity weighted by words; words in paragraphs that answer nothing count as different."""
    total = sum(pair.words for pair in pairs) + unaligned_words
    if not total:
        return 1.0
    return sum(pair.similarity * pair.words for pair in pairs) / total


def word_count(texts: Sequence[str], options: DiffOptions | None = None) -> int:
    return len(_tokens(texts, 1, options or DiffOptions()))
