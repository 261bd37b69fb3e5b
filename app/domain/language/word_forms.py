"""Word forms for search: one key per word, the same for a word's inflections, in the language of its text.

A word's key is its dictionary form (the lemma, where a lemmatiser knows the word: Hungarian "csapatok" →
"csapat") folded (no case, no accents, ё as е) and stemmed with the language's Snowball stemmer, behind a tag
of its language ("hu0csap"): a query's words are keyed in each language the library has, and a key matches only
the texts of its own language (English "nemzet" does not meet Hungarian "nemzeti", though both stem to
"nemzet"). Keys are computed the same way for the words of a text and for the words of a query, so "Varsói
Szerződés" finds "a Varsói Szerződést". The index keeps one key per word, in the order of the words, beside the
words themselves: a phrase of keys is a phrase of words, and the n-th key marks the n-th word (`marked_words`).

This module is the one place where words become keys; any search engine (SQLite's FTS5 today) is fed from it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from app.domain.language.languages import ENGLISH, FRENCH, GERMAN, HUNGARIAN, RUSSIAN, language_code
from app.domain.text.paragraphs import fold

# Words as SQLite's unicode61 tokenizer cuts them: letters and digits of any script, not '_'.
WORD = re.compile(r"[^\W_]+")
_SNOWBALL = {ENGLISH: "english", HUNGARIAN: "hungarian", RUSSIAN: "russian", GERMAN: "german", FRENCH: "french"}
# Where a dictionary form is worth looking up: the stem of a Hungarian dictionary form often differs from its
# inflections' (forradalom → forradal, forradalma → forradalm), and Russian names and nouns alternate stems
# (Хрущев → хрущ, Хрущева → хрущев). Measured on Hungarian and Russian sources: see README, Search.
LEMMATISED = frozenset({HUNGARIAN, RUSSIAN})
_CACHE_LIMIT = 300_000  # keys remembered per process; a library's vocabulary is far smaller
# Hungarian nouns in -alom/-elem drop that vowel before an ending (forradalom → forradalma, hatalom → hatalma,
# védelem → védelme), and neither stemmer nor dictionary joins the two: a query for the dictionary form also
# looks for the keys of the shortened stem.
_HUNGARIAN_SYNCOPE = re.compile(r"(?P<stem>\w{2,}[ae]l)(?P<vowel>[oe])m")


class Lemmatiser(Protocol):
    def lemma(self, word: str, language: str) -> str | None:
        """The dictionary form of a lower-case word, or None when the word is not known."""


def words(text: str) -> list[str]:
    return WORD.findall(text)


def word_spans(text: str) -> list[tuple[int, int]]:
    """Where each word of `text` starts and ends."""
    return [match.span() for match in WORD.finditer(text)]


class WordForms:
    """Keys of words in a language; thread-safe (the search and import workers share one)."""

    def __init__(self, lemmatiser: Lemmatiser | None = None) -> None:
        self._lemmatiser = lemmatiser
        self._stemmers: dict[str, Any] = {}  # PyStemmer's Stemmer (no type stubs)
        self._cache: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def key(self, word: str, language: str) -> str:
        """The key of one word (a run of letters or digits) in a language ('' or unknown: the folded word)."""
        found = self._cache.get((language, word))
        if found is not None:
            return found
        with self._lock:  # Snowball stemmers keep state between calls: one caller at a time
            key = self._compute(word, language)
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[(language, word)] = key
        return key

    def _compute(self, word: str, language: str, *, lemma: bool = True) -> str:
        return f"{language or 'xx'}0{self._stem(word, language, lemma)}"

    def _stem(self, word: str, language: str, with_lemma: bool) -> str:
        lower = word.lower()
        if with_lemma and language in LEMMATISED and self._lemmatiser is not None and not lower.isdigit():
            lemma = self._lemmatiser.lemma(lower, language)
            found = WORD.findall(lemma.lower()) if lemma else []
            if len(found) == 1:  # a lemma of several words, or none, says nothing about this word
                lower = found[0]
        folded = fold(lower)
        stemmer = self._stemmer(language)
        if stemmer is None:
            return folded
        stem = str(stemmer.stemWord(folded))
        return stem if WORD.fullmatch(stem) else folded

    def _stemmer(self, language: str) -> Any:
        if language not in _SNOWBALL:
            return None
        stemmer = self._stemmers.get(language)
        if stemmer is None:
            from Stemmer import Stemmer  # loaded with the first word that needs it, not with the window

            stemmer = self._stemmers[language] = Stemmer(_SNOWBALL[language])
        return stemmer

    def stem(self, word: str, language: str) -> str:
        """A word's Snowball stem, folded, without a tag (names compared across languages start from it)."""
        with self._lock:
            return self._stem(word, language_code(language), with_lemma=False)

    def keys(self, text: str, language: str) -> str:
        """The keys of every word of `text`, in order, separated by spaces: what the index keeps beside the text."""
        code = language_code(language)
        return " ".join(self.key(word, code) for word in WORD.findall(text))

    def query_keys(self, tokens: Sequence[str], languages: Iterable[str]) -> list[tuple[str, ...]]:
        """The keys a typed word (or hyphenated run of words) may have in any of `languages`, each once."""
        found: dict[tuple[str, ...], None] = {}
        for language in languages:
            code = language_code(language)
            found[tuple(self.key(token, code) for token in tokens)] = None
            if code in LEMMATISED:  # a word typed without its accents is no dictionary form: its stem alone
                with self._lock:
                    found[tuple(self._compute(token, code, lemma=False) for token in tokens)] = None
            if code == HUNGARIAN and len(tokens) == 1:
                syncope = _HUNGARIAN_SYNCOPE.fullmatch(tokens[0].lower())
                if syncope:
                    found[(self.key(syncope["stem"] + "m" + ("a" if syncope["vowel"] == "o" else "e"), code),)] = None
        return list(found)


def marked_words(marked_keys: str, start: str, end: str) -> list[int]:
    """Which words a row's keys mark, from the keys as the index highlights them: 'a [forradalom] nep' -> [1].

    Keys hold no spaces, so the n-th space-separated piece is the n-th word's key, wherever the marks fall.
    """
    marked: list[int] = []
    inside = False
    for number, piece in enumerate(marked_keys.split(" ")):
        if start in piece:
            inside = True
        if inside:
            marked.append(number)
        if end in piece and piece.rfind(end) > piece.rfind(start):
            inside = False
    return marked
