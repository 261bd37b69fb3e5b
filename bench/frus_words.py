"""Every word of a TEI edition, as Parallax imports it: a check on real volumes that are not in the repository.

For each document (`div[@type="document"]`) of the file given, the words of its text are gathered here by a
walk of the XML of its own, independent of Parallax's reader: all text in document order, the words inside
<note> apart (they are the footnotes), nothing of the elements Parallax leaves out on purpose (running heads,
figures, struck-out words, the readings a <choice> does not pick). Then the edition is read as Parallax reads it
(`read_tei(...).documents("document")`) and the two are compared word for word (NFC, case-folded `\\w+` tokens,
as multisets): every word lost from the text or the footnotes, and every word added, is reported.

Run outside the test suite, on a volume of Foreign Relations of the United States (public domain) or another
edition: python bench/frus_words.py PATH/TO/volume.xml [--json OUT.json] [--show N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from lxml import etree
from lxml.etree import _Element as Element  # lxml's element type, for annotations

from app.services.importers.tei import read_tei, xml_parser

TEI = "{http://www.tei-c.org/ns/1.0}"
# Elements inside which words run on without a break (everything else separates words).
INLINE = {"hi", "persName", "placeName", "gloss", "ref", "date", "term", "orgName", "rs", "foreign", "emph", "title",
          "name", "seg", "num", "abbr", "expan", "corr", "reg", "sic", "orig", "add", "unclear", "supplied",
          "q"}  # fmt: skip
LEFT_OUT = {"fw", "figure", "facsimile", "del", "teiHeader", "surplus", "metamark"}
PREFERRED = ("corr", "reg", "expan")
WORD = re.compile(r"\w+")


def _local(element: Element) -> str:
    return element.tag.rpartition("}")[2] if isinstance(element.tag, str) else ""


def _walk(element: Element, body: list[str], notes: list[str], in_note: bool) -> None:
    """The words of `element`: the text's into `body`, the notes' into `notes`."""
    name = _local(element)
    if name in LEFT_OUT:
        return
    out = notes if in_note or name == "note" else body
    separator = "" if name in INLINE else " "
    out.append(separator + (element.text or ""))
    if name == "choice":
        readings = [child for child in element if _local(child)]
        picked = next((r for wanted in PREFERRED for r in readings if _local(r) == wanted), None)
        picked = picked if picked is not None else (readings[0] if readings else None)
        if picked is not None:
            _walk(picked, body, notes, in_note)
    else:
        for child in element:
            _walk(child, body, notes, in_note or name == "note")
            out.append(child.tail or "")
    out.append(separator)


def _words(text: str) -> Counter[str]:
    return Counter(WORD.findall(unicodedata.normalize("NFC", text).casefold()))


def expected(path: Path) -> dict[str, tuple[Counter[str], Counter[str]]]:
    """Each document's words (its number: text, notes), read from the XML here."""
    root = etree.fromstring(path.read_bytes(), xml_parser())
    found: dict[str, tuple[Counter[str], Counter[str]]] = {}
    for div in root.iter(f"{TEI}div"):
        if div.get("type") != "document":
            continue
        body: list[str] = []
        notes: list[str] = []
        _walk(div, body, notes, in_note=False)
        found[div.get("n") or div.get("{http://www.w3.org/XML/1998/namespace}id") or str(len(found))] = (
            _words("".join(body)),
            _words(" ".join(notes)),
        )
    return found


def compare(path: Path) -> dict[str, Any]:
    wanted = expected(path)
    documents = read_tei(path.read_bytes()).documents("document")
    rows: list[dict[str, Any]] = []
    for document in documents:
        body, notes = wanted.get(document.number, (Counter(), Counter()))
        got_body = _words(" ".join(block.text for block in document.blocks))
        got_notes = _words(" ".join(note.text for note in document.footnotes))
        # A note printed in the text ('[Attachment]') is read into the text: its words may move, not vanish.
        lost_body = (body - got_body) - (got_notes - notes)
        lost_notes = (notes - got_notes) - (got_body - body)
        added = (got_body + got_notes) - (body + notes)
        rows.append({
            "document": document.number,
            "title": document.title[:80],
            "words": sum(body.values()),
            "note_words": sum(notes.values()),
            "lost": sum(lost_body.values()),
            "lost_from_notes": sum(lost_notes.values()),
            "added": sum(added.values()),
            "lost_examples": sorted(lost_body)[:12],
            "added_examples": sorted(added)[:12],
            "blocks": Counter(block.kind.value for block in document.blocks),
            "paragraphs": sum(1 for block in document.blocks if block.number is not None),
        })  # fmt: skip
    missing = sorted(set(wanted) - {document.number for document in documents})
    return {
        "file": str(path),
        "documents": len(rows),
        "documents_in_file": len(wanted),
        "documents_not_read": missing,
        "words": sum(int(r["words"]) for r in rows),
        "note_words": sum(int(r["note_words"]) for r in rows),
        "documents_losing_words": sum(1 for r in rows if r["lost"] or r["lost_from_notes"]),
        "words_lost": sum(int(r["lost"]) for r in rows),
        "note_words_lost": sum(int(r["lost_from_notes"]) for r in rows),
        "words_added": sum(int(r["added"]) for r in rows),
        "blocks": dict(sum((Counter(r["blocks"]) for r in rows), Counter())),
        "rows": rows,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--json", type=Path, help="write every document's figures here")
    parser.add_argument("--show", type=int, default=10, help="list the N documents that lose most")
    args = parser.parse_args()
    result = compare(args.path)
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2, default=dict), encoding="utf-8")
    print(f"{result['documents']} documents read of {result['documents_in_file']} in {args.path.name}")
    print(f"words of the text: {result['words']:,}, of the notes: {result['note_words']:,}")
    print(f"documents losing a word: {result['documents_losing_words']}")
    print(f"words lost: {result['words_lost']} from the text, {result['note_words_lost']} from the notes; "
          f"words added: {result['words_added']}")  # fmt: skip
    print("blocks:", ", ".join(f"{kind} {count}" for kind, count in sorted(result["blocks"].items())))
    worst = sorted(result["rows"], key=lambda r: -(r["lost"] + r["lost_from_notes"]))
    for row in worst[: args.show]:
        if row["lost"] or row["lost_from_notes"]:
            print(f"  d{row['document']}: {row['lost']} lost {row['lost_examples']}")
    return 0 if not result["documents_losing_words"] else 1


if __name__ == "__main__":
    sys.exit(main())
