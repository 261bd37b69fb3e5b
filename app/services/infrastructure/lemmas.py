"""Dictionary forms of Hungarian and Russian words, from simplemma's dictionaries kept as compact tries on disk.

simplemma's own default holds a language's dictionary as a Python dict: 5 s to load and 140–180 MiB each. Its
marisa-trie form takes about 17 MiB and loads in a third of a second once it has been built, which takes a few
seconds, once per machine and simplemma version, into Parallax's cache folder (PARALLAX_CACHE_DIR, else the
user's cache directory). A cache that cannot be written only means the trie is built again next time.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from app import APP_NAME

if TYPE_CHECKING:
    from simplemma import Lemmatizer


def cache_folder() -> Path:
    configured = os.environ.get("PARALLAX_CACHE_DIR")
    if configured:
        return Path(configured)
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False)


class DictionaryLemmas:
    """simplemma behind a lock for its first use of each language (its dictionaries are built lazily)."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder
        self._lemmatizer: Lemmatizer | None = None
        self._ready: set[str] = set()
        self._lock = threading.Lock()

    def _make(self) -> Lemmatizer:
        from simplemma import Lemmatizer, __version__
        from simplemma.strategies import DefaultStrategy
        from simplemma.strategies.dictionaries.trie_dictionary_factory import TrieDictionaryFactory

        folder = (self._folder or cache_folder()) / "lemmas" / __version__
        factory = TrieDictionaryFactory(disk_cache_dir=str(folder))
        return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory))

    def lemma(self, word: str, language: str) -> str | None:
        if not word:
            return None
        if language not in self._ready:
            with self._lock:  # one thread builds or loads a language's trie; the others wait for it
                if self._lemmatizer is None:
                    self._lemmatizer = self._make()
                self._lemmatizer.lemmatize("a", lang=language)
                self._ready.add(language)
        assert self._lemmatizer is not None
        try:
            return str(self._lemmatizer.lemmatize(word, lang=language))
        except (ValueError, TypeError):  # a language or a token simplemma does not take
            return None
