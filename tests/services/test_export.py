"""Research bundles and bibliographies: what a reader of the exported file sees, and the links that work in it."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

from app.domain.citation.bibliography import BibliographyFormat
from app.domain.citation.chicago import Locator, note_citation, short_note
from app.domain.export.bundle import Scope
from app.domain.export.bundle_html import render_html
from app.domain.export.bundle_markdown import render_markdown
from app.domain.timeline import DateRange
from app.services.export import ExportError, ExportService
from app.services.infrastructure.files import FileWriteError
from app.services.registry import Services
from tests.builders import NAGY, WITHDRAW


@pytest.fixture
def export(services: Services) -> ExportService:
    return ExportService(
        services.library, services.notes, services.timeline, clock=lambda: datetime(2026, 11, 26, tzinfo=UTC)
    )


class Links(HTMLParser):
    """Every id, every internal href, and anything that would load something."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.loads: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag == "a" and values.get("href"):
            self.hrefs.append(str(values["href"]))
        if tag in {"img", "script", "link", "iframe", "object"} or values.get("src"):
            self.loads.append(tag)


def test_markdown_has_each_note_with_its_quotes_citations_bibliography_and_the_periods_events(
    export: ExportService, services: Services, notes: tuple[int, int]
) -> None:
    text = render_markdown(export.bundle(Scope()))
    declaration = services.library.get_document(1).metadata
    page = services.library.get_document(1).paragraphs[16].page
    assert text.startswith("# Research notes\n\nAll notes · 2 notes · exported 26 November 2026\n")
    assert "## 1. Withdrawal and neutrality" in text
    assert "## 2. Security Council" in text
    assert f"> {WITHDRAW}" in text
    full = note_citation(declaration, Locator(paragraph=17, page=page)).markdown()
    assert f"> — {full} ([source](#source-1))" in text  # first cited in full...
    assert f"> — {short_note(declaration, Locator(paragraph=17, page=page)).markdown()} ([source](#source-1))" in text
    assert text.count(full) == 1  # ...and briefly after that
    assert "| Declaration by the Soviet Government" in text  # the two documents side by side
    assert "See [Security Council](#note-" in text  # [[links]] lead to the note in the file
    assert "## Bibliography" in text
    # the period from the earliest to the latest date of the notes and the documents they quote
    events = text.split("## Events, 30 October – 4 November 1956\n")[1]
    assert "- **30 October 1956**: Soviet Presidium adopts the Declaration (Moscow). Source: Malin notes" in events
    assert events.index("**30 October 1956") < events.index("**4 November 1956")


def test_html_is_one_file_whose_links_all_land_and_that_loads_nothing(
    export: ExportService, notes: tuple[int, int]
) -> None:
    html = render_html(export.bundle(Scope()))
    parser = Links()
    parser.feed(html)
    internal = [href[1:] for href in parser.hrefs if href.startswith("#")]
    assert internal
    assert [href for href in parser.hrefs if not href.startswith("#")] == []
    assert set(internal) <= parser.ids  # every internal link has somewhere to land
    assert parser.loads == []  # the note's image is left out: nothing is fetched
    assert "default-src 'none'" in html
    # note → its passage quote → the bibliography entry → back to the note
    note_anchor = f"note-{notes[0]}"
    assert f'<a href="#{note_anchor}-passage-1">¶17</a>' in html
    quote = html.split(f'<blockquote id="{note_anchor}-passage-1">')[1].split("</blockquote>")[0]
    assert '<a href="#source-1">' in quote
    entry = html.split('<p id="source-1">')[1].split("</p>")[0]
    assert f'<a href="#{note_anchor}">note 1</a>' in entry
    assert "<em>offer</em>" in html  # the note's own Markdown is rendered


def test_a_tag_or_a_period_chooses_the_notes(export: ExportService, notes: tuple[int, int]) -> None:
    by_tag = export.bundle(Scope(tag="un"))
    assert [note.note.title for note in by_tag.notes] == ["Security Council"]
    assert by_tag.scope == "Notes tagged “un”"
    period = DateRange.of_days(datetime(1956, 10, 31), datetime(1956, 11, 2))
    by_period = export.bundle(Scope(period=period))
    assert [note.note.title for note in by_period.notes] == ["Withdrawal and neutrality"]
    assert by_period.period == "31 October – 2 November 1956"
    assert all(period.overlaps(item.date) for item in by_period.events)
    assert by_period.events
    with pytest.raises(ExportError, match="no note is tagged “Suez”"):
        export.bundle(Scope(tag="Suez"))


def test_bibliographies_in_three_forms(export: ExportService, nagy: int) -> None:
    items = json.loads(export.bibliography(BibliographyFormat.CSL_JSON))
    assert [item["id"] for item in items] == ["parallax-1", f"parallax-{nagy}"]  # by author: Government…, Nagy
    assert {item["title"] for item in items} >= {NAGY.title}
    bibtex = export.bibliography(BibliographyFormat.BIBTEX, [nagy])
    assert len(re.findall(r"^@\w+\{", bibtex, flags=re.MULTILINE)) == 1
    chicago = export.bibliography(BibliographyFormat.CHICAGO)
    assert chicago.index("Government of the USSR") < chicago.index("Nagy, Imre")
    with pytest.raises(ExportError, match="no document with ID 99"):
        export.bibliography(BibliographyFormat.BIBTEX, [99])


def test_files_are_written_whole_or_not_at_all(export: ExportService, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "notes.md"
    target.write_text("an earlier export")
    export.write(target, b"the new one")
    assert target.read_text() == "the new one"
    assert [path.name for path in folder.iterdir()] == ["notes.md"]  # no temporary file left behind
    with pytest.raises(FileWriteError, match=r"folder .* does not exist"):
        export.write(tmp_path / "missing" / "notes.md", b"x")
    with pytest.raises(FileWriteError, match="it is a folder"):
        export.write(tmp_path, b"x")
