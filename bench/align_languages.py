"""How well suggested links pair the English Declaration with its translations: precision and recall of links.

Two kinds of pair. Built here from the bundled English text: "translations" whose every word is replaced by a
made-up word of about the length a Hungarian word would have (0.965 of the English, varied by ±30%), numbers
kept and the names of Hungary, Budapest, Warsaw and the Soviet Union written as Hungarian writes them, whole and
in the partial shapes newspapers printed (the Hungary section under a lead of its own, the opening, a middle
stretch, one with a paragraph split in two and one with a paragraph left out). And real Hungarian texts, kept
outside the repository: give their folder (TEXTS/hu/*.txt, paragraphs separated by blank lines) and a folder of
answers (ALIGNMENTS/*.tsv: `english<TAB>hungarian<TAB>note` rows such as `2<TAB>4-5`, `-` for no counterpart,
'#' comments; the first row names the columns) with --real TEXTS ALIGNMENTS; each answer file names its text in
its comment lines (`texts/hu/NAME.txt`).

A suggested link is right when the same paragraphs are linked in the answer. Also given: the same with a link
the user made first (the first link of the answer), to show the suggestions around it.
Run: python bench/align_languages.py [--real TEXTS ALIGNMENTS] [--json OUT]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.domain.alignment.links import AlignmentLink, ParagraphSpan
from app.domain.alignment.suggest import suggest_alignment
from app.domain.text.paragraphs import split_paragraphs
from app.services.bundled import DECLARATION_KEY, load_bundled

Pairs = set[tuple[tuple[int, int], tuple[int, int]]]
_NAMES = {"hungary": "Magyarország", "hungarian": "magyar", "budapest": "Budapesten", "warsaw": "Varsói",
          "soviet": "szovjet", "ussr": "Szovjetunió"}  # fmt: skip


def _made_up(word: str) -> str:
    if word.isdigit():
        return word
    if word.lower() in _NAMES:
        return _NAMES[word.lower()]
    digest = hashlib.sha256(word.encode()).digest()
    length = max(1, round(len(word) * 0.965 * (0.7 + 0.6 * digest[0] / 255)))
    return "".join("aeiouklmnrst"[digest[1 + k % 30] % 12] for k in range(length))


def translate(text: str) -> str:
    return re.sub(r"[^\W_]+", lambda match: _made_up(match.group()), text)


def _pairs(links: list[AlignmentLink]) -> Pairs:
    return {((link.left.first, link.left.last), (link.right.first, link.right.last)) for link in links}


def _score(found: Pairs, answer: Pairs) -> dict[str, object]:
    right = len(found & answer)
    return {"right": right, "suggested": len(found), "answer": len(answer),
            "precision": round(right / len(found), 3) if found else 1.0,
            "recall": round(right / len(answer), 3) if answer else 1.0}  # fmt: skip


def simulated(english: list[str]) -> dict[str, tuple[list[str], Pairs]]:
    hungarian = [translate(text) for text in english]
    lead = "A szovjet kormány nyilatkozatának a magyarországi eseményekkel foglalkozó részét közöljük:"
    whole = {((n, n), (n, n)) for n in range(1, 21)}
    split = [*hungarian[:6], hungarian[6][: len(hungarian[6]) // 2] + ".", hungarian[6][len(hungarian[6]) // 2 :]]
    split += hungarian[7:]
    return {
        "whole translation": (hungarian, whole),
        "the Hungary section (¶14–20) under a lead": ([lead, *hungarian[13:]], {((n, n), (n - 12, n - 12))
                                                                                 for n in range(14, 21)}),
        "the opening (¶1–5)": (hungarian[:5], {((n, n), (n, n)) for n in range(1, 6)}),
        "a middle stretch (¶8–12)": (hungarian[7:12], {((n, n), (n - 7, n - 7)) for n in range(8, 13)}),
        "¶7 split in two": (split, {((n, n), (n, n)) for n in range(1, 7)} | {((7, 7), (7, 8))}
                             | {((n, n), (n + 1, n + 1)) for n in range(8, 21)}),
        "¶10 left out": (hungarian[:9] + hungarian[10:], {((n, n), (n, n)) for n in range(1, 10)}
                         | {((n, n), (n - 1, n - 1)) for n in range(11, 21)}),
    }  # fmt: skip


def _span(text: str) -> tuple[int, int] | None:
    if text.strip() == "-":
        return None
    span = ParagraphSpan.parse(text)
    return span.first, span.last


def real(texts: Path, answers: Path) -> dict[str, tuple[list[str], Pairs]]:
    cases = {}
    for path in sorted(answers.glob("*.tsv")):
        lines = path.read_text(encoding="utf-8").splitlines()
        named = re.search(r"texts/hu/([\w.-]+?\.txt)", "\n".join(line for line in lines if line.startswith("#")))
        if named is None or not (texts / "hu" / named.group(1)).exists():
            continue
        pairs: Pairs = set()
        for line in lines:
            cells = line.split("\t")
            if line.startswith("#") or len(cells) < 2 or cells[0] == "english":
                continue
            left, right = _span(cells[0]), _span(cells[1])
            if left and right:
                pairs.add((left, right))
        cases[f"real: {named.group(1)}"] = (split_paragraphs((texts / "hu" / named.group(1)).read_text("utf-8")), pairs)
    return cases


def measure(english: list[str], cases: dict[str, tuple[list[str], Pairs]]) -> dict[str, object]:
    results: dict[str, object] = {}
    for name, (hungarian, answer) in cases.items():
        found = _pairs(suggest_alignment(english, hungarian, languages=("en", "hu")))
        first = min(answer)
        pinned = AlignmentLink(ParagraphSpan(*first[0]), ParagraphSpan(*first[1]))
        around = _pairs(suggest_alignment(english, hungarian, languages=("en", "hu"), fixed=[pinned])) | {first}
        results[name] = {"suggested": _score(found, answer), "with the first link made by hand": _score(around, answer),
                         "wrong": sorted(found - answer), "missed": sorted(answer - found)}  # fmt: skip
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", nargs=2, type=Path, metavar=("TEXTS", "ALIGNMENTS"))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    english = list(load_bundled(DECLARATION_KEY).paragraphs)
    cases = simulated(english) | (real(*args.real) if args.real else {})
    results = measure(english, cases)
    print("| pair | links right / suggested / in the answer | precision | recall | with one link made first |")
    print("|---|---|---:|---:|---|")
    for name, result in results.items():
        plain, pinned = result["suggested"], result["with the first link made by hand"]  # type: ignore[index]
        print(f"| {name} | {plain['right']} / {plain['suggested']} / {plain['answer']} | {plain['precision']:.2f} | "
              f"{plain['recall']:.2f} | {pinned['right']} / {pinned['suggested']} ({pinned['precision']:.2f}, "
              f"{pinned['recall']:.2f}) |")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1, default=list), encoding="utf-8")


if __name__ == "__main__":
    main()
