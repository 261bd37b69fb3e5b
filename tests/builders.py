"""What the tests build their cases from, in one place: a small research library, TEI files, a full disk.

Nothing here loads Qt (the window's own helpers are in tests/ui/helpers.py), so that the domain, service and
command-line tests never load the toolkit.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

import pypdfium2 as pdfium
from sqlalchemy import Engine, event

from app.domain.dates.written import parse_date_text
from app.domain.documents import DocumentKind, DocumentMetadata, SourceCitation
from app.services.bundled import DECLARATION_KEY, load_bundled
from app.services.editions import EditionChoice
from app.services.infrastructure.storage import Library
from app.services.library import NewDocument
from app.services.registry import Services

# -- the small research library -------------------------------------------------------------------------------
# The bundled Declaration of 30 October 1956, Nagy's broadcast of 1 November beside it, and notes quoting them.

WITHDRAW = "withdraw the Soviet military units from the city of Budapest"  # the Declaration's ¶17
NEGOTIATE = "prepared to enter into the appropriate negotiations"  # its ¶18
NEUTRALITY = "declares the neutrality of the Hungarian People's Republic"  # Nagy's ¶1

NAGY = DocumentMetadata(
    title="Imre Nagy's radio address on Hungary's neutrality",
    issuer="Imre Nagy",
    date_edtf="1956-11-01",
    place="Budapest",
    kind=DocumentKind.BROADCAST,
    source=SourceCitation(
        publication="The 1956 Hungarian Revolution: A History in Documents",
        editor="Csaba Békés, Malcolm Byrne and János M. Rainer",
        publisher="Central European University Press",
        place="Budapest",
        year="2002",
        pages="332–333",
    ),
)
NAGY_PARAGRAPHS = (
    (
        "People of Hungary! The Hungarian National Government, giving expression to the undivided will of the "
        f"Hungarian millions, {NEUTRALITY}."
    ),
    "We appeal to our neighbours, countries near and far, to respect the unalterable decision of our people.",
)


DECLARATION = load_bundled(DECLARATION_KEY).metadata  # its description, exactly as the app ships it


def declaration_id(services: Services) -> int:
    """The bundled Declaration's ID in the library."""
    found = services.library.find_bundled(DECLARATION_KEY)
    assert found is not None
    return found


def add_nagy(services: Services) -> int:
    """Nagy's broadcast on neutrality, on pp. 332–333 of its edition; returns its ID."""
    return services.library.add_document(NewDocument(NAGY, NAGY_PARAGRAPHS, pages=("332", "333")))


def add_notes(services: Services, nagy: int) -> tuple[int, int]:
    """A note linking the Declaration's ¶17 to Nagy's ¶1, and one that quotes ¶17 again (a short citation)."""
    declaration = declaration_id(services)
    first = services.notes.create(
        [services.notes.find_quote(declaration, WITHDRAW), services.notes.find_quote(nagy, NEUTRALITY)],
        title="Withdrawal and neutrality",
        body="Nagy answers the *offer* a day later. See [[Security Council]]. "
        "Ünnepélyes nyilatkozat; «Декларация» of 30 October. ![map](https://example.org/map.png)",
        tags=("Budapest",),
        date_edtf="1956-11-01",
    ).result
    second = services.notes.create(
        [services.notes.find_quote(declaration, WITHDRAW)],
        title="Security Council",
        body="The offer is quoted at the UN.",
        tags=("UN",),
        date_edtf="1956-11-04",
    ).result
    return first.id, second.id


# A second translation of the Declaration, as another edition prints it: ¶4 and ¶5 as one paragraph, and
# "withdraw" (in ¶17 only) put as "pull out".
SECOND_TRANSLATION = DocumentMetadata(title="Statement of the Soviet Government", issuer="USSR", date_edtf="1956-10-30")


def second_translation(paragraphs: Sequence[str]) -> tuple[str, ...]:
    """The Declaration's paragraphs as the second translation has them."""
    texts = list(paragraphs)
    texts[3:5] = [texts[3] + " " + texts[4]]
    return tuple(text.replace("withdraw", "pull out") for text in texts)


def add_second_translation(services: Services) -> int:
    declaration = services.library.get_document(declaration_id(services))
    texts = second_translation([paragraph.text for paragraph in declaration.paragraphs])
    return services.library.add_document(NewDocument(SECOND_TRANSLATION, texts))


def live_titles(db_path: Path) -> list[str]:
    """The titles of the documents not in the trash, read from the file with sqlite3 alone."""
    connection = sqlite3.connect(db_path)
    try:
        return [row[0] for row in connection.execute("SELECT title FROM documents WHERE deleted_at IS NULL")]
    finally:
        connection.close()


def damage(db_path: Path, table: str) -> None:
    """Overwrite the first page of `table` with zeros, as a failing disk might: SQLite's quick check finds it,
    and the library still opens (the pages of the rest are as they were). The library must be closed."""
    with contextlib.closing(sqlite3.connect(db_path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
        (root,) = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    with db_path.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(bytes(page_size))


# -- a full disk ----------------------------------------------------------------------------------------------
# SQLite's max_page_count stops the library file growing by one more page: a real SQLITE_FULL from SQLite itself.

FULL = "the library could not be written: database or disk is full"


def fill_disk(library: Library | None = None) -> Callable[[], None]:
    """From now on the library cannot grow (with none given: every library opened from now on, as a command
    opens its own); returns what frees the space again."""

    def cap(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count = {pages}")
        cursor.close()

    target: Engine | type[Engine] = Engine if library is None else library.engine
    if library is not None:
        library.engine.dispose()  # new connections, each capped
    event.listen(target, "connect", cap)

    def free() -> None:
        event.remove(target, "connect", cap)
        if library is not None:
            library.engine.dispose()

    return free


def long_text(path: Path) -> Path:
    """Some 200 KB of telegrams in a text file: more than a full library has room for."""
    path.write_text("\n\n".join(f"Telegram {n}: the situation in Budapest is grave. " * 20 for n in range(200)))
    return path


# -- files read back ------------------------------------------------------------------------------------------


def pdf_pages(path: Path) -> list[str]:
    """The text of each page of a PDF, as a reader selecting it would copy it."""
    document = pdfium.PdfDocument(path)
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


# -- TEI files: a single text, and an edition in the manner of FRUS ------------------------------------------

HEADER = """<teiHeader><fileDesc>
    <titleStmt>
      <title type="complete">Foreign Relations of the United States, 1955–1957, Volume XXV, Eastern Europe</title>
      <editor role="primary">Edward C. Keefer</editor>
      <editor role="primary">Ronald D. Landa</editor>
      <editor role="general">John P. Glennon</editor>
    </titleStmt>
    <publicationStmt>
      <publisher>United States Government Printing Office</publisher>
      <pubPlace>Washington</pubPlace>
      <date type="publication-date">1990</date>
    </publicationStmt>
  </fileDesc></teiHeader>"""

DOCUMENTS = """
    <pb n="317"/>
    <div type="document" n="133" xml:id="d133"
         frus:doc-dateTime-min="1956-10-30T00:00:00-05:00" frus:doc-dateTime-max="1956-10-30T23:59:59-05:00">
      <head>133. Telegram From the Legation in Hungary to the Department of State<note n="1" type="source">Source:
        Department of State, Central Files, 764.00/10–3056. Secret; Niact.</note></head>
      <opener><dateline><placeName>Budapest</placeName>, <date when="1956-10-30T13:00:00+01:00">October 30,
        1956—1 p.m.</date></dateline></opener>
      <p>Nagy announced the <hi rend="italic">end</hi> of the one-party<lb/>system.<note n="2">Radio Kossuth,
        2:28 p.m.</note> <persName>Tildy</persName> and <persName>Kádár</persName> spoke after him.</p>
      <pb n="318"/>
      <p>Soviet troops are leaving <placeName>Budapest</placeName>, <gloss>so the Legation is told</gloss>.</p>
      <closer><signed><persName>Wailes</persName></signed></closer>
    </div>
    <div type="document" n="134" xml:id="d134"
         frus:doc-dateTime-min="1956-10-30T00:00:00-05:00" frus:doc-dateTime-max="1956-11-01T23:59:59-05:00">
      <head>134. Editorial Note</head>
      <p>On October 30 the Soviet Government issued its declaration on relations among socialist states.</p>
    </div>
    <div type="document" n="135" xml:id="d135"
         frus:doc-dateTime-min="1956-11-01T00:00:00-05:00" frus:doc-dateTime-max="1956-11-01T23:59:59-05:00">
      <head>135. Memorandum of Discussion at the 302d Meeting of the National Security Council</head>
      <opener><dateline><placeName>Washington</placeName>, <date>November 1, 1956</date>.</dateline></opener>
      <p>The President opened the meeting on <hi>Hungary</hi> and Suez.</p>
      <pb n="319"/>
      <p>Mr. Dulles said the Soviets were on the run in the satellites.</p>
    </div>
    <div type="document" n="136" xml:id="d136">
      <head>136. Telegram From the Embassy in the Soviet Union to the Department of State</head>
      <opener><dateline><placeName>Moscow</placeName>, <date notBefore="1956-11-02" notAfter="1956-11-03">undated,
        received November 3</date></dateline></opener>
      <p>Bohlen reports the movement of troops.</p>
    </div>
    <div type="document" n="137" xml:id="d137">
      <head>137. Telegram From the Mission at the United Nations to the Department of State</head>
      <opener><dateline><placeName>New York</placeName>, November 4, 1956—3 a.m.</dateline></opener>
      <p>The Security Council met at three in the morning.</p>
    </div>
    <div type="document" n="138" xml:id="d138"
         frus:doc-dateTime-min="1956-09-20T00:00:00-05:00" frus:doc-dateTime-max="1956-09-20T23:59:59-05:00">
      <head>138. Letter From the Secretary of State to the President</head>
      <p>A September letter about Poland.</p>
    </div>"""


def edition_xml(documents: str = DOCUMENTS, doctype: str = "") -> str:
    """An edition whose body holds documents in a chapter, with FRUS's date attributes, notes and page breaks."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>{doctype}
<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0" xml:lang="en">
  {HEADER}
  <text><body><div type="chapter" xml:id="ch1"><head>Hungary</head>{documents}
  </div></body></text>
</TEI>"""


SINGLE = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
  <teiHeader><fileDesc>
    <titleStmt><title>Message of Imre Nagy to the Secretary-General</title><editor>A. Reader</editor></titleStmt>
    <publicationStmt><publisher>A Small Digital Edition</publisher><date when="2024">2024</date></publicationStmt>
  </fileDesc></teiHeader>
  <text><body>
    <opener><dateline><placeName>Budapest</placeName>, <date when="1956-11-01">1 November 1956</date></dateline>
    </opener>
    <p>Reliable reports have reached the Government<note>That is, the Council of Ministers.</note> of the Hungarian
      People's Republic that further Soviet units are entering Hungary.</p>
    <p>The Hungarian Government <lb/>declares its neutrality.</p>
  </body></text>
</TEI>"""


# The documents of the sample edition dated in the autumn of 1956: all but the September letter.
AUTUMN = EditionChoice(date_from=parse_date_text("1 October 1956"), date_to=parse_date_text("30 November 1956"))


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# -- A "translation" of the bundled Declaration for alignment tests ----------------------------------------
# A "translation" of the bundled Declaration for alignment tests: what the length method sees of one.
#
# Every word is replaced by a made-up word of about the length a Hungarian word would have (0.965 of the
# English, varied by ±30%), numbers are kept and the names of Hungary, Budapest and Warsaw are written as
# Hungarian writes them. bench/align_languages.py measures real Hungarian texts as well.
ENGLISH = list(load_bundled(DECLARATION_KEY).paragraphs)
NAMES = {"hungary": "Magyarország", "hungarian": "magyar", "budapest": "Budapesten", "warsaw": "Varsói"}
LEAD = "A szovjet kormány nyilatkozatának a magyarországi eseményekkel foglalkozó részét közöljük:"


def _made_up(word: str) -> str:
    if word.isdigit() or word.lower() in NAMES:
        return NAMES.get(word.lower(), word)
    digest = hashlib.sha256(word.encode()).digest()
    length = max(1, round(len(word) * 0.965 * (0.7 + 0.6 * digest[0] / 255)))
    return "".join("aeiouklmnrst"[digest[1 + k % 30] % 12] for k in range(length))


def translated(text: str) -> str:
    return re.sub(r"[^\W_]+", lambda match: _made_up(match.group()), text)


HUNGARIAN = [translated(text) for text in ENGLISH]


# The UN General Assembly's resolution of 4 November 1956, its first paragraphs: unrelated to the Declaration.
RESOLUTION = (
    "The General Assembly,",
    "Considering that the United Nations is based on the principle of the sovereign equality of all its Members,",
    (
        "Calls upon the Government of the Union of Soviet Socialist Republics to desist forthwith from all armed "
        "attack on the people of Hungary and from any form of intervention in the internal affairs of Hungary;"
    ),
)
