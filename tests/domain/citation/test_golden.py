"""Citations checked against golden files: one realistic 1956 source of each kind, in every form.

The golden files under tests/domain/citation/golden/citations/ hold the exact text Parallax produces for each.
When a change to the output is intended, regenerate them with

    PARALLAX_REGOLD=1 python -m pytest tests/domain/citation/test_golden.py

and read the diff in git before committing it. Without that variable a golden test never writes anything: it fails
with a diff of what changed, and a missing golden file is a failure too.
"""

from __future__ import annotations

import difflib
import json
import os
import re
from dataclasses import replace
from pathlib import Path

import pytest

from app.domain.citation.chicago import (
    Locator,
    bibliography_entry,
    bibtex_entry,
    bibtex_key,
    csl_item,
    note_citation,
    short_note,
    sort_key,
)
from app.domain.documents import DocumentKind, DocumentMetadata, SourceCitation
from tests.builders import DECLARATION
from tests.domain.citation.csl import check_csl_item

# Golden files: one realistic source of each kind -------------------------------------------------------------------

GOLDEN = Path(__file__).parent / "golden" / "citations"
REGOLD = os.environ.get("PARALLAX_REGOLD") == "1"

ZINNER_NATIONAL_COMMUNISM = SourceCitation(
    publication="National Communism and Popular Revolt in Eastern Europe",
    editor="Paul E. Zinner",
    publisher="Columbia University Press",
    place="New York",
    year="1956",
    pages="463–464",
)
HISTORY_IN_DOCUMENTS = SourceCitation(
    publication="The 1956 Hungarian Revolution: A History in Documents",
    editor="Csaba Békés, Malcolm Byrne, and János M. Rainer",
    publisher="Central European University Press",
    place="Budapest",
    year="2002",
)

EXAMPLES: dict[str, tuple[DocumentMetadata, Locator]] = {
    "declaration": (DECLARATION, Locator(17, page="254")),
    "broadcast": (
        DocumentMetadata(
            title="Declaration of Hungary’s Neutrality",
            issuer="Imre Nagy",
            date_edtf="1956-11-01",
            place="Radio Free Kossuth, Budapest",
            language="en",
            kind=DocumentKind.BROADCAST,
            source=ZINNER_NATIONAL_COMMUNISM,
        ),
        Locator(2, 3, page="464"),
    ),
    "speech": (
        DocumentMetadata(
            title="Radio and Television Report to the American People on the Developments in Eastern Europe "
            "and the Middle East",
            issuer="Dwight D. Eisenhower",
            date_edtf="1956-10-31",
            place="Washington",
            language="en",
            kind=DocumentKind.SPEECH,
            source=SourceCitation(
                publication="Public Papers of the Presidents of the United States: Dwight D. Eisenhower, 1956",
                publisher="Government Printing Office",
                place="Washington",
                year="1958",
            ),
            url="https://teachingamericanhistory.org/document/radio-and-television-report-to-the-american-people-"
            "on-the-developments-in-eastern-europe-and-the-middle-east/",
        ),
        Locator(9, page="1062"),
    ),
    "telegram": (
        DocumentMetadata(
            title="Telegram From the Legation in Hungary to the Department of State",
            issuer="United States Legation in Hungary",
            date_edtf="1956-10-31",
            place="Budapest",
            language="en",
            kind=DocumentKind.TELEGRAM,
            source=SourceCitation(
                publication="Foreign Relations of the United States, 1955–1957, Eastern Europe, Volume XXV",
                publisher="Government Printing Office",
                place="Washington",
                year="1990",
                pages="doc. 148",
            ),
            archive="Office of the Historian",
            url="https://history.state.gov/historicaldocuments/frus1955-57v25/d148",
        ),
        Locator(2, page="350"),
    ),
    "letter": (
        DocumentMetadata(
            title="Letter to Dag Hammarskjöld",
            issuer="Imre Nagy",
            date_edtf="1956-11-02",
            place="Budapest",
            language="en",
            kind=DocumentKind.LETTER,
            source=HISTORY_IN_DOCUMENTS,
        ),
        Locator(1, page="330"),
    ),
    "resolution": (
        DocumentMetadata(
            title="Resolution 1004 (ES-II): The Situation in Hungary",
            issuer="United Nations General Assembly",
            date_edtf="1956-11-04",
            place="New York",
            language="en",
            kind=DocumentKind.RESOLUTION,
            archive="United Nations Official Document System",
            url="https://undocs.org/A/RES/1004(ES-II)",
        ),
        Locator(4, 5, page="2"),
    ),
    "minutes": (
        DocumentMetadata(
            title="Working Notes from the Session of the CPSU CC Presidium on 30 October 1956",
            issuer="Presidium of the CPSU Central Committee",
            date_edtf="1956-10-30",
            place="Moscow",
            language="en",
            kind=DocumentKind.MINUTES,
            archive="Wilson Center Digital Archive",
            url="https://digitalarchive.wilsoncenter.org/document/working-notes-session-cpsu-cc-presidium-30-october-1956",
        ),
        Locator(6, page="3"),
    ),
    "newspaper-article": (
        DocumentMetadata(
            title="Декларация Правительства Союза ССР об основах развития и дальнейшего укрепления дружбы и "
            "сотрудничества между Советским Союзом и другими социалистическими государствами",
            date_edtf="1956-10-31",
            place="Moscow",
            language="ru",
            kind=DocumentKind.NEWSPAPER_ARTICLE,
            source=SourceCitation(publication="Pravda"),
        ),
        Locator(17, page="1"),
    ),
    "memoir": (
        DocumentMetadata(
            title="Khrushchev Remembers",
            issuer="Nikita Khrushchev",
            date_edtf="1970",
            language="en",
            kind=DocumentKind.MEMOIR,
            source=SourceCitation(editor="Strobe Talbott", publisher="Little, Brown", place="Boston", year="1970"),
        ),
        Locator(12, page="418"),
    ),
    "other": (
        DocumentMetadata(
            title="A Szovjetunió kormányának nyilatkozata a Szovjetunió és a többi szocialista állam közötti barátság "
            "és együttműködés fejlődésének és további megszilárdításának alapjairól",
            language="hu",
            kind=DocumentKind.OTHER,
            archive="Budapest City Archives (Hungaricana)",
            url="https://library.hungaricana.hu/en/view/HU_BFL_XXXV_15_b_1957_6a_2/?pg=48",
        ),
        Locator(3, page="1"),
    ),
    "approximate": (
        DocumentMetadata(
            title="Leaflet to the Soldiers of the Soviet Army",
            issuer="Hungarian Revolutionary Youth",
            date_edtf="1956-10-29~",
            place="Budapest",
            language="en",
            kind=DocumentKind.OTHER,
            archive="Open Society Archives",
        ),
        Locator(1, 2, page="1"),
    ),
}


def _diff(expected: str, actual: str, name: str) -> str:
    """A unified diff of two texts (junk detection off, so repeated JSON lines are compared too)."""
    old, new = expected.splitlines(), actual.splitlines()
    lines = [f"--- golden/citations/{name}", f"+++ {name} as produced now"]
    for group in difflib.SequenceMatcher(None, old, new, autojunk=False).get_grouped_opcodes(2):
        for tag, i1, i2, j1, j2 in group:
            lines += [" " + line for line in old[i1:i2]] if tag == "equal" else []
            lines += ["-" + line for line in old[i1:i2]] if tag in ("replace", "delete") else []
            lines += ["+" + line for line in new[j1:j2]] if tag in ("replace", "insert") else []
    return "\n".join(lines)


def check_golden(name: str, actual: str) -> None:
    """Compare with the golden file; write it only when PARALLAX_REGOLD=1 asks for it."""
    path = GOLDEN / name
    if REGOLD:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"no golden file {path}; run with PARALLAX_REGOLD=1 to write it, then review it")
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        pytest.fail(
            f"{name} changed (PARALLAX_REGOLD=1 rewrites it if this is intended):\n{_diff(expected, actual, name)}"
        )


def _golden_text(meta: DocumentMetadata, locator: Locator) -> str:
    return (
        f"Full note:\n{note_citation(meta).plain()}\n\n"
        f"Full note in Markdown:\n{note_citation(meta).markdown()}\n\n"
        f"Note at {locator.display()}:\n{note_citation(meta, locator).plain()}\n\n"
        f"Short note at {locator.display()}:\n{short_note(meta, locator).plain()}\n\n"
        f"Bibliography:\n{bibliography_entry(meta).plain()}\n"
    )


def test_every_kind_of_document_has_an_example() -> None:
    assert {meta.kind for meta, _ in EXAMPLES.values()} == set(DocumentKind)
    assert {path.name for path in GOLDEN.glob("*.txt")} == {f"{name}.txt" for name in EXAMPLES} or REGOLD


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_chicago_citations_match_their_golden_file(name: str) -> None:
    meta, locator = EXAMPLES[name]
    check_golden(f"{name}.txt", _golden_text(meta, locator))


def test_csl_json_matches_its_golden_file() -> None:
    items = [csl_item(meta, name) for name, (meta, _) in EXAMPLES.items()]
    for item in items:
        check_csl_item(item)
    check_golden("all.csl.json", json.dumps(items, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


def test_bibtex_matches_its_golden_file() -> None:
    taken: set[str] = set()
    entries = []
    for meta, _ in sorted(EXAMPLES.values(), key=lambda example: sort_key(example[0])):
        key = bibtex_key(meta, taken)
        taken.add(key)
        assert key.isascii()
        assert re.fullmatch(r"[a-z][a-z0-9]*", key)
        entries.append(bibtex_entry(meta, key))
    assert len(taken) == len(EXAMPLES)
    check_golden("all.bib", "\n".join(entries))


def test_a_changed_citation_fails_with_a_readable_diff() -> None:
    if REGOLD:
        pytest.skip("writing golden files")
    meta, locator = EXAMPLES["declaration"]
    changed = _golden_text(replace(meta, place="Kremlin"), locator)
    with pytest.raises(pytest.fail.Exception, match=r"(?s)-Government of the USSR.*Moscow.*\+Government.*Kremlin"):
        check_golden("declaration.txt", changed)
