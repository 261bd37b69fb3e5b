"""The words and phrases two texts share most distinctively ("non-interference", "Warsaw Treaty")."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.text.paragraphs import fold

_CLAUSE = re.compile(r"[.,;:!?()\[\]«»“”\"—–]+")
_POSSESSIVE = re.compile(r"['’]s$")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)  # "non-interference", "20th", "1956"

# Function words of the languages Parallax reads: never a term, nor part of one.
_FUNCTION_WORDS = """
a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her here
hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other
our ours out over own same she should so some such than that the their theirs them then there these they this
those through to too under until up very was we were what when where which while who whom why will with would
you your shall upon may must whose thus therefore however within without well among another toward towards
via per every many much even still yet ever never make made one two
az és a egy hogy nem is de meg mint már csak vagy ez azt ki mely amely volt van lesz ha pedig s
и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня
еще нет о из ему ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может
они тут где есть надо ней для мы тебя их чем была сам чтобы без будто чего раз тоже себе под будет ж кто этот
der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass
le la les de des et en un une du dans que qui pour pas par sur au avec ce il est sont aux ne se
"""
_STOPWORDS = frozenset(_FUNCTION_WORDS.split())


@dataclass(frozen=True)
class SharedTerm:
    text: str  # as most often written
    left_count: int
    right_count: int
    score: float


def _phrases(texts: Sequence[str], longest: int) -> tuple[Counter[str], dict[str, Counter[str]]]:
    """Counts of folded words and phrases (up to `longest` words, never across punctuation), with their spellings."""
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    for text in texts:
        for clause in _CLAUSE.split(text):
            words = _WORD.findall(clause)
            keys = [_POSSESSIVE.sub("", fold(word)) for word in words]
            for size in range(1, longest + 1):
                for start in range(len(words) - size + 1):
                    part = keys[start : start + size]
                    if any(key in _STOPWORDS for key in part):
                        continue  # "Warsaw Treaty" is a term; "presence of Soviet" is a stretch of prose
                    if size == 1 and len(part[0]) < 4:
                        continue
                    key = " ".join(part)
                    counts[key] += 1
                    spellings.setdefault(key, Counter())[" ".join(words[start : start + size])] += 1
    return counts, spellings


def shared_terms(left: Sequence[str], right: Sequence[str], limit: int = 30, longest: int = 3) -> list[SharedTerm]:
    """Terms found in both texts, best first: frequent in both, longer phrases ahead of their single words."""
    left_counts, spellings = _phrases(left, longest)
    right_counts, right_spellings = _phrases(right, longest)
    # A phrase met once on each side is usually a coincidence of wording; a word needs only to be in both.
    shared = {
        key
        for key in left_counts
        if key in right_counts and (" " not in key or min(left_counts[key], right_counts[key]) >= 2)
    }
    terms: list[SharedTerm] = []
    for key in shared:
        size = key.count(" ") + 1
        both = min(left_counts[key], right_counts[key])
        if size == 1 and _swallowed(key, shared, left_counts, right_counts):
            continue
        spelling = (spellings[key] + right_spellings[key]).most_common(1)[0][0]
        score = math.log1p(both) * (1.0 + 0.6 * (size - 1)) * min(1.6, len(key) / 8)
        terms.append(SharedTerm(spelling, left_counts[key], right_counts[key], score))
    terms.sort(key=lambda term: (-term.score, term.text.casefold()))
    return _without_overlaps(terms)[:limit]


def _swallowed(word: str, shared: set[str], left: Counter[str], right: Counter[str]) -> bool:
    """A single word that (nearly) only occurs inside one shared phrase adds nothing beside it."""
    for phrase in shared:
        inside = " " in phrase and word in phrase.split()
        if inside and left[phrase] >= 0.8 * left[word] and right[phrase] >= 0.8 * right[word]:
            return True
    return False


def _without_overlaps(terms: list[SharedTerm]) -> list[SharedTerm]:
    """Of two phrases where one is inside the other with the same counts, keep the longer."""
    kept: list[SharedTerm] = []
    for term in terms:
        folded = fold(term.text)
        if any(
            folded in fold(other.text) and (other.left_count, other.right_count) == (term.left_count, term.right_count)
            for other in kept
        ):
            continue
        kept.append(term)
    return kept
