"""Importing an edition: its chosen documents in one collection, shown, hidden, trashed and restored together."""

from pathlib import Path

import pytest

from app.domain.dates.written import parse_date_text
from app.domain.documents import DocumentKind, Footnote
from app.services.editions import EditionChoice
from app.services.importers.tei import TeiText
from app.services.metadata import MetadataInput
from app.services.registry import Services
from app.services.tasks import Job
from tests.builders import AUTUMN, SINGLE, edition_xml, write


def _edition(services: Services, path: Path) -> TeiText:
    text = services.importing.read_edition(path)
    assert text is not None
    return text


def _import(services: Services, path: Path, choice: EditionChoice = AUTUMN) -> tuple[int, list[int]]:
    text = _edition(services, path)
    outcome = services.importing.import_edition(path, text, choice)
    assert outcome.error == ""
    assert outcome.collection_id is not None
    return outcome.collection_id, list(outcome.document_ids)


def test_an_edition_becomes_one_collection_of_dated_documents_with_their_citations(
    services: Services, tmp_path: Path
) -> None:
    path = write(tmp_path, "frus-1955-57-v25.xml", edition_xml())
    collection_id, ids = _import(services, path)
    assert len(ids) == 5  # the September letter is outside the range
    [collection] = services.collections.list_collections()
    assert (collection.id, collection.document_count, collection.hidden) == (collection_id, 5, False)
    assert collection.name == "Foreign Relations of the United States, 1955–1957, Volume XXV, Eastern Europe"
    telegram = services.library.get_document(ids[0])
    meta = telegram.metadata
    assert meta.title == "133. Telegram From the Legation in Hungary to the Department of State"
    assert (meta.date_display, meta.place, meta.kind) == (
        "30 October 1956, 13:00 (Budapest)",
        "Budapest",
        DocumentKind.TELEGRAM,
    )
    assert meta.issuer == "Legation in Hungary"
    assert meta.source.display() == (
        "Foreign Relations of the United States, 1955–1957, Volume XXV, Eastern Europe, ed. Edward C. Keefer and "
        "Ronald D. Landa (Washington: United States Government Printing Office, 1990), doc. 133, pp. 317–318."
    )
    assert [p.page for p in telegram.paragraphs] == ["317", "318", "318"]
    assert telegram.footnotes == (
        Footnote(None, "1", "Source: Department of State, Central Files, 764.00/10–3056. Secret; Niact."),
        Footnote(1, "2", "Radio Kossuth, 2:28 p.m."),
    )
    assert telegram.collection == collection.name
    assert "Radio Kossuth" not in " ".join(p.text for p in telegram.paragraphs)
    listed = {d.id: d for d in services.library.list_documents()}
    assert {listed[i].collection_id for i in ids} == {collection_id}
    dates = {services.library.get_document(i).metadata.date_edtf for i in ids}
    assert dates == {
        "1956-10-30T13:00:00+01:00",
        "1956-10-30/1956-11-01",
        "1956-11-01",
        "1956-11-02/1956-11-03",
        "1956-11-04",
    }


def test_the_choice_filters_by_dates_and_title_words_and_says_so_when_nothing_is_left(
    services: Services, tmp_path: Path
) -> None:
    path = write(tmp_path, "frus.xml", edition_xml())
    text = _edition(services, path)
    telegrams = EditionChoice(words="telegram", date_from=parse_date_text("1 November 1956"))
    outcome = services.importing.import_edition(path, text, telegrams)
    titles = [services.library.get_document(i).title for i in outcome.document_ids]
    assert titles == [
        "136. Telegram From the Embassy in the Soviet Union to the Department of State",
        "137. Telegram From the Mission at the United Nations to the Department of State",
    ]
    before = len(services.library.list_documents())
    nothing = EditionChoice(date_from=parse_date_text("1 January 1957"))
    outcome = services.importing.import_edition(path, text, nothing)
    assert outcome.error == "frus.xml: none of its 6 documents is dated from 1 January 1957"
    assert len(services.library.list_documents()) == before
    assert len(services.collections.list_collections()) == 1  # nothing changed


def test_importing_the_same_edition_again_adds_nothing(services: Services, tmp_path: Path) -> None:
    path = write(tmp_path, "frus.xml", edition_xml())
    _import(services, path)
    text = _edition(services, path)
    outcome = services.importing.import_edition(path, text, AUTUMN)
    assert outcome.error == "frus.xml: all 5 documents are already in the library"
    assert len(services.collections.list_collections()) == 1


def test_a_cancelled_import_keeps_whole_documents_only_and_no_empty_collection(
    services: Services, tmp_path: Path
) -> None:
    path = write(tmp_path, "frus.xml", edition_xml())
    text = _edition(services, path)
    cancelled = Job()
    cancelled.cancel()
    outcome = services.importing.import_edition(path, text, AUTUMN, job=cancelled)
    assert outcome.cancelled
    assert outcome.document_ids == ()
    assert services.collections.list_collections() == []


def test_metadata_given_applies_to_every_document(services: Services, tmp_path: Path) -> None:
    path = write(tmp_path, "frus.xml", edition_xml())
    text = _edition(services, path)
    outcome = services.importing.import_edition(path, text, AUTUMN, MetadataInput(tags="FRUS", rights="Public domain"))
    for document_id in outcome.document_ids:
        meta = services.library.get_document(document_id).metadata
        assert (meta.tags, meta.rights) == (("FRUS",), "Public domain")


def test_a_collection_is_hidden_from_the_timeline_and_trashed_and_restored_together(
    services: Services, tmp_path: Path
) -> None:
    collection_id, ids = _import(services, write(tmp_path, "frus.xml", edition_xml()))
    on_timeline = {item.label for item in services.timeline.items()}
    assert "134. Editorial Note" in on_timeline
    services.collections.set_hidden(collection_id, True)
    assert "134. Editorial Note" not in {item.label for item in services.timeline.items()}
    assert services.collections.get(collection_id).hidden
    services.collections.set_hidden(collection_id, False)
    services.library.move_to_trash(ids[0])  # one already in the trash stays there after the undo
    trashed = services.collections.move_to_trash(collection_id).result
    assert trashed == ids[1:]
    assert not set(ids) & {d.id for d in services.library.list_documents()}
    assert services.collections.get(collection_id).trashed_count == 5
    services.collections.restore(trashed)
    assert set(ids[1:]) <= {d.id for d in services.library.list_documents()}
    assert ids[0] in {d.id for d in services.library.list_trash()}


def test_many_files_with_an_edition_among_them_import_it_as_a_collection(services: Services, tmp_path: Path) -> None:
    edition = write(tmp_path, "frus.xml", edition_xml())
    single = write(tmp_path, "nagy.xml", SINGLE)
    plain = write(tmp_path, "note.txt", "A note.\n\nOn Suez.")
    outcomes = services.importing.import_files([edition, single, plain], edition=AUTUMN)
    assert [o.ok for o in outcomes] == [True, True, True]
    assert len(outcomes[0].document_ids) == 5
    assert outcomes[0].collection_id is not None
    message = services.library.get_document(outcomes[1].document_id or 0)
    assert message.metadata.title == "Message of Imre Nagy to the Secretary-General"
    assert message.footnotes == (Footnote(1, "1", "That is, the Council of Ministers."),)
    assert message.collection == ""


@pytest.mark.parametrize("words", ["TELEGRAM legation", "telegram   Legation"])
def test_title_words_are_matched_in_any_case(services: Services, tmp_path: Path, words: str) -> None:
    path = write(tmp_path, "frus.xml", edition_xml())
    text = _edition(services, path)
    outcome = services.importing.import_edition(path, text, EditionChoice(words=words))
    assert len(outcome.document_ids) == 1
