"""Recall and precision of search in Hungarian and Russian sources, measured on texts kept outside the repository.

TEXTS holds one folder per language (TEXTS/hu/*.txt, TEXTS/ru/*.txt; paragraphs separated by blank lines; files
named *.raw-ocr.* are left out). GOLD is a JSON file: {"hu": {"forradalom": {"infl": ["forradalom",
"forradalma"], "family": [...]}, "Varsói Szerződés": {"words": [["varsoi"], ["szerzodes", "szerzodesben"]]}}}:
for each query, as typed, the accent-folded word forms that make a paragraph relevant (`infl`; a query of
several words lists them per word under `words`). A paragraph is relevant when it holds an accepted form of
every word of the query.

Each language's texts are imported into a new library with their language left for Parallax to detect, and
every query is run through Parallax's search. Reported, at paragraph level: recall and precision of the words
as typed (the first tier of hits), of all forms (what the search box shows), and, computed with the same word
keys outside the index, of Snowball stems alone and of the other key recipes considered.
Run: python bench/search_languages.py TEXTS GOLD [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.domain.documents import DocumentMetadata
from app.domain.language.word_forms import WordForms, words
from app.domain.text.paragraphs import split_paragraphs
from app.services.infrastructure.word_index import word_forms
from app.services.library import NewDocument
from app.services.registry import open_services

Paragraph = tuple[str, int]  # file stem, number


def _gold_fold(word: str) -> str:
    """Fold as the gold forms are written: Latin accents removed, Cyrillic letters kept (as the index keeps them)."""
    out = []
    for char in word.lower():
        if "\u0400" <= char <= "\u04ff":
            out.append(char)
        else:
            out.append("".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)))
    return "".join(out)


def _texts(folder: Path) -> dict[str, list[str]]:
    return {
        path.stem: split_paragraphs(path.read_text(encoding="utf-8"))
        for path in sorted(folder.glob("*.txt"))
        if ".raw-ocr." not in path.name
    }


def _relevant(gold: dict[str, dict[str, Any]], texts: dict[str, list[str]]) -> dict[str, set[Paragraph]]:
    tokens = {(stem, n): {_gold_fold(w) for w in words(text)} for stem, ps in texts.items() for n, text in
              enumerate(ps, 1)}  # fmt: skip
    relevant = {}
    for query, entry in gold.items():
        per_word = entry.get("words") or [entry.get("infl", [])]
        relevant[query] = {p for p, found in tokens.items() if all(found & set(forms) for forms in per_word)}
    return relevant


def _score(got: dict[str, set[Paragraph]], relevant: dict[str, set[Paragraph]]) -> dict[str, float]:
    hits = sum(len(got[q] & relevant[q]) for q in relevant)
    found = sum(len(got[q]) for q in relevant)
    wanted = sum(len(relevant[q]) for q in relevant)
    empty = sum(1 for q in relevant if relevant[q] and not got[q])
    return {"recall": round(hits / wanted, 3) if wanted else 1.0, "precision": round(hits / found, 3) if found else 1.0,
            "relevant": wanted, "returned": found, "empty_answers": empty}  # fmt: skip


def _offline(language: str, texts: dict[str, list[str]], queries: list[str], key: Callable[[str], set[str]]
             ) -> dict[str, set[Paragraph]]:  # fmt: skip
    keyed = {(stem, n): set().union(*(key(w) for w in words(text))) for stem, ps in texts.items() for n, text in
             enumerate(ps, 1) if words(text)}  # fmt: skip
    got = {}
    for query in queries:
        wanted = [key(w) for w in words(query)]
        got[query] = {p for p, found in keyed.items() if all(found & keys for keys in wanted)}
    return got


def measure(language: str, folder: Path, gold: dict[str, dict[str, Any]]) -> dict[str, object]:
    texts = _texts(folder)
    relevant = _relevant(gold, texts)
    with tempfile.TemporaryDirectory() as scratch:
        library, services = open_services(Path(scratch) / "library.sqlite3")
        ids = {}
        for stem, paragraphs in texts.items():
            ids[services.library.add_document(NewDocument(DocumentMetadata(title=stem), tuple(paragraphs)))] = stem
        detected = {stem: services.library.get_document(doc).metadata.language for doc, stem in ids.items()}
        typed: dict[str, set[Paragraph]] = {}
        every: dict[str, set[Paragraph]] = {}
        for query in gold:
            hits = [hit for hit in services.search.search(query, limit=2000).hits if hit.paragraph is not None]
            found = {(ids[hit.document_id], hit.paragraph or 0, hit.other_forms) for hit in hits
                     if hit.document_id in ids}  # fmt: skip
            typed[query] = {(stem, n) for stem, n, other in found if not other}
            every[query] = {(stem, n) for stem, n, _ in found}
        library.close()
    stems = WordForms(lemmatiser=None)
    forms = word_forms()
    recipes: dict[str, Callable[[str], set[str]]] = {
        "Snowball stem of the folded word": lambda w: {stems.key(w, language)},
        "dictionary form, then its stem (Parallax's key)": lambda w: {forms.key(w, language)},
        "Parallax's key or the Snowball stem": lambda w: {forms.key(w, language), "s:" + stems.key(w, language)},
    }
    result: dict[str, object] = {
        "paragraphs": sum(len(ps) for ps in texts.values()),
        "queries": len(gold),
        "detected": {stem: detected[stem] for stem in sorted(detected)},
        "search: words as typed": _score(typed, relevant),
        "search: all forms (the search box)": _score(every, relevant),
    }
    for name, recipe in recipes.items():
        result[f"offline: {name}"] = _score(_offline(language, texts, list(gold), recipe), relevant)
    result["misses"] = {
        q: sorted(f"{s}:{n}" for s, n in relevant[q] - every[q]) for q in gold if relevant[q] - every[q]
    }
    result["false hits"] = {q: sorted(f"{s}:{n}" for s, n in every[q] - relevant[q]) for q in gold
                            if every[q] - relevant[q]}  # fmt: skip
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    results = {language: measure(language, args.texts / language, gold[language]) for language in gold}
    for language, result in results.items():
        print(f"\n{language}: {result['queries']} queries, {result['paragraphs']} paragraphs")
        print("| method | recall | precision | dictionary forms with no answer |")
        print("|---|---:|---:|---:|")
        for name, score in result.items():
            if isinstance(score, dict) and "recall" in score:
                print(f"| {name} | {score['recall']:.3f} | {score['precision']:.3f} | {score['empty_answers']} |")
        detected = result["detected"]
        languages = sorted(set(detected.values())) if isinstance(detected, dict) else []
        print(f"languages detected: {languages}")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
