"""An edition's documents get honest dates: placeholders are no dates, the undated are placed and say how,
times keep their zone, and dates that cannot be true leave a document undated with the problem reported."""

from pathlib import Path

import pytest

from app.domain.citation.chicago import note_citation
from app.domain.dates.historical import HistoricalDate
from app.domain.dates.written import parse_date_text
from app.services.editions import EditionChoice, ReversedRangeError
from app.services.importers.tei import read_tei
from app.services.registry import Services
from tests.builders import HEADER, edition_xml, write

PLACEHOLDER = 'frus:doc-dateTime-min="1955-01-04T00:00:00-05:00" frus:doc-dateTime-max="1957-12-27T18:47:00-05:00"'
VOLUME_HEADER = HEADER.replace(
    "</publicationStmt>",
    '<date type="content-date" notBefore="1955-01-04T00:00:00-05:00" notAfter="1957-12-27T18:47:00-05:00"/>'
    "</publicationStmt>",
)


def _doc(number: str, head: str, dateline: str = "", attributes: str = "", text: str = "") -> str:
    text = text or f"The text of document {number}."
    line = f"<dateline>{dateline}</dateline>" if dateline else ""
    return f'<div type="document" n="{number}" {attributes}><head>{number}. {head}</head>{line}<p>{text}</p></div>'


# Hand-made in the manner of FRUS 1955–1957, vol. XXV, chapter 7: telegrams from three zones, and editorial notes
# that carry the whole volume's span as their dates.
DOCUMENTS = "".join([
    _doc("138", "Telegram From the Embassy in the Soviet Union to the Department of State",
         '<placeName>Moscow</placeName>, <date when="1956-10-30T13:00:00+03:00">October 30, 1956—1 p.m.</date>',
         'frus:doc-dateTime-min="1956-10-30T05:00:00-05:00" frus:doc-dateTime-max="1956-10-30T05:00:00-05:00"'),
    _doc("139", "Telegram From the Department of State to the Legation in Hungary",
         '<placeName>Washington</placeName>, <date when="1956-10-30T13:22:00-05:00">October 30, 1956—1:22 p.m.</date>'),
    _doc("140", "Telegram From the Legation in Hungary to the Department of State",
         '<placeName>Budapest</placeName>, <date when="1956-10-30T14:00:00+01:00">October 30, 1956—2 p.m.</date>'),
    _doc("141", "Editorial Note", attributes=PLACEHOLDER,
         text="At 2:28 p.m. on October 30, Nagy announced the abolition of one-party rule. He spoke on the radio."),
    _doc("145", "Telegram From the Embassy in the Soviet Union to the Department of State",
         '<placeName>Moscow</placeName>, <date when="1956-10-30T22:00:00+03:00">October 30, 1956—10 p.m.</date>'),
    _doc("148", "Telegram From the Legation in Hungary to the Department of State",
         '<placeName>Budapest</placeName>, <date when="1956-10-31T13:00:00+01:00">October 31, 1956—1 p.m.</date>'),
    _doc("149", "Editorial Note", attributes=PLACEHOLDER,
         text="“A few days ago, the people of Poland moved to secure a peaceful transition to a new government.”"),
    _doc("150", "Telegram From the Legation in Austria to the Department of State",
         '<placeName>Vienna</placeName>, <date when="1956-11-01T21:00:00+01:00">November 1, 1956—9 p.m.</date>'),
    _doc("151", "Memorandum With a Date That Cannot Be",
         '<placeName>Washington</placeName>, <date notBefore="1956-11-04" notAfter="1956-11-01">November</date>'),
    _doc("152", "Memorandum Of Month Thirteen", '<date when="1956-13-01">Smarch 1, 1956</date>'),
    _doc("153", "Memorandum Of Year Nought", '<date when="0000-11-01">November 1, 0</date>'),
])  # fmt: skip


def _edition(tmp_path: Path, documents: str = DOCUMENTS) -> Path:
    xml = edition_xml(documents).replace(HEADER, VOLUME_HEADER)
    return write(tmp_path, "frus.xml", xml)


def _dated(tmp_path: Path) -> dict[str, tuple[str, str, str]]:
    text = read_tei(_edition(tmp_path).read_bytes())
    shown = {}
    for document, dating in text.dated("document"):
        date = HistoricalDate.parse(document.date_edtf) if document.date_edtf else None
        shown[document.number] = (date.display(document.place) if date else "", dating.basis, dating.problem)
    return shown


def test_times_keep_their_zone_and_placeholders_are_no_dates(tmp_path: Path) -> None:
    dated = _dated(tmp_path)
    assert dated["138"][0] == "30 October 1956, 13:00 (Moscow)"
    assert dated["139"][0] == "30 October 1956, 13:22 (Washington)"
    assert dated["140"][0] == "30 October 1956, 14:00 (Budapest)"
    assert "1955" not in dated["141"][0]
    assert "1957" not in dated["141"][0]


def test_an_undated_document_takes_its_first_sentence_s_date_or_its_neighbours(tmp_path: Path) -> None:
    dated = _dated(tmp_path)
    assert dated["141"][:2] == ("c. 30 October 1956", "dated from its first sentence (“October 30”)")
    date, basis, _ = dated["149"]  # a quotation, no date in it: between doc. 148 and doc. 150
    assert date == "between 31 October and 1 November 1956"
    assert basis.startswith("dated between its neighbours in the edition (doc. 148, 31 October 1956, 13:00 (Budapest);")


@pytest.mark.parametrize(
    ("number", "why"), [("151", "ends before it starts"), ("152", "no such date"), ("153", "there is no year 0")]
)
def test_a_date_that_cannot_be_true_leaves_the_document_undated_with_the_reason(
    tmp_path: Path, number: str, why: str
) -> None:
    date, _basis, problem = _dated(tmp_path)[number]
    assert date == ""
    assert why in problem


def test_the_import_reports_each_bad_date_and_stores_honest_dates(services: Services, tmp_path: Path) -> None:
    [outcome] = services.importing.import_files([_edition(tmp_path)])
    assert len(outcome.document_ids) == 11
    assert [p.split(":")[1].strip() for p in outcome.date_problems] == ["doc. 151", "doc. 152", "doc. 153"]
    assert all(p.endswith("; imported undated") for p in outcome.date_problems)
    documents = {d.metadata.source.number: d for d in services.library.list_documents() if d.metadata.source.number}
    note = documents["149"].metadata
    assert note.date is not None
    assert note.date.approximate
    assert note.date_basis.startswith("dated between its neighbours")
    assert "between 31 October and 1 November 1956" in note_citation(note).plain()
    assert "n.d." in note_citation(documents["151"].metadata).plain()
    for document in documents.values():  # no citation carries the volume's placeholder
        assert "1955" not in note_citation(document.metadata).plain().replace("1955–1957", "")
    listed = [d.metadata.source.number for d in services.library.list_documents() if d.metadata.source.number]
    # by the instant: the day of 141 first, then 10:00 UTC (Moscow), 13:00 (Budapest), 18:22 (Washington), 19:00;
    # a day (or days) sorts from its first moment, so 149 ('between 31 October and 1 November') opens 31 October
    assert listed == ["141", "138", "140", "139", "145", "149", "148", "150", "151", "152", "153"]  # undated last


def test_ranges_pick_documents_by_their_honest_dates(services: Services, tmp_path: Path) -> None:
    path = _edition(tmp_path)
    text = services.importing.read_edition(path)
    assert text is not None
    later = EditionChoice(date_from=parse_date_text("1 January 1957"))
    assert services.importing.import_edition(path, text, later).error == (
        "frus.xml: none of its 11 documents is dated from 1 January 1957"
    )
    first_day = EditionChoice(date_from=parse_date_text("30 Oct 1956"), date_to=parse_date_text("30 Oct 1956"))
    done = services.importing.import_edition(path, text, first_day)
    numbers = {services.library.get_document(i).metadata.source.number for i in done.document_ids}
    assert numbers == {"138", "139", "140", "141", "145"}
    rest = EditionChoice(date_from=parse_date_text("31 Oct 1956"), date_to=parse_date_text("2 Nov 1956"))
    again = services.importing.import_edition(path, text, rest)
    numbers = {services.library.get_document(i).metadata.source.number for i in again.document_ids}
    assert numbers == {"148", "149", "150"}
    assert again.collection_id == done.collection_id  # the second part joins the edition's collection
    assert len(services.collections.list_collections()) == 1


def test_a_reversed_range_is_refused_in_one_line() -> None:
    with pytest.raises(ReversedRangeError, match="the wrong way round: from 4 November 1956 is after to 1 November"):
        EditionChoice(date_from=parse_date_text("1956-11-04"), date_to=parse_date_text("1956-11-01"))
