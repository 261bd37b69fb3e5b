from pathlib import Path

from app.domain.documents import DocumentKind
from app.services.importing import ImportService
from app.services.metadata import MetadataInput
from app.services.registry import Services
from app.services.tasks import Job, Progress

NAGY = (
    "Radio address of Imre Nagy\n\nBudapest, 1 November 1956\n\n"
    "People of Hungary! The Hungarian National\nGovernment declares the neutrality of Hungary.\n"
)


def test_a_text_file_becomes_a_dated_document_with_the_users_metadata(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "nagy.txt"
    path.write_text(NAGY, encoding="utf-8")
    outcome = services.importing.import_file(
        path, MetadataInput(issuer="Imre Nagy", kind="broadcast", place="Budapest")
    )
    assert outcome.ok
    assert outcome.document_id is not None
    document = services.library.get_document(outcome.document_id)
    meta = document.metadata
    assert meta.title == "Radio address of Imre Nagy"
    assert (meta.issuer, meta.kind, meta.place) == ("Imre Nagy", DocumentKind.BROADCAST, "Budapest")
    assert meta.date_display == "1 November 1956"  # found in the dateline
    assert meta.original_format == "text/plain"
    assert [p.text for p in document.paragraphs] == [
        "Budapest, 1 November 1956",
        "People of Hungary! The Hungarian National Government declares the neutrality of Hungary.",
    ]


def test_the_same_text_twice_is_offered_as_already_in_the_library(services: Services, tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(NAGY)
    second.write_text(NAGY.replace("\n", "\r\n"))  # the same text with other line ends
    original = services.importing.import_file(first)
    again = services.importing.import_file(second)
    assert not again.ok
    assert again.duplicate_of == original.document_id
    assert again.error == f"b.txt: already in the library (ID {original.document_id})"
    assert services.importing.import_file(second, allow_duplicate=True).ok


def test_a_typed_date_is_parsed_and_a_bad_one_stops_the_import(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "resolution.txt"
    path.write_text("The General Assembly calls upon the USSR to withdraw its forces.")
    dated = services.importing.import_file(path, MetadataInput(date="c. 4 Nov 1956", title="GA resolution 1004"))
    assert dated.document_id is not None
    assert services.library.get_document(dated.document_id).metadata.date_display == "c. 4 November 1956"
    before = len(services.library.list_documents())
    bad = services.importing.import_file(path, MetadataInput(date="the fourth", title="x"), allow_duplicate=True)
    assert bad.error == "resolution.txt: cannot read 'the fourth' as a date"
    bad_kind = services.importing.import_file(path, MetadataInput(kind="poem"), allow_duplicate=True)
    assert bad_kind.error.startswith("resolution.txt: unknown kind 'poem'")
    assert len(services.library.list_documents()) == before


def test_size_limit_and_unreadable_files_name_the_file(services: Services, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("x" * 2000)
    small_limit = ImportService(services.library, max_bytes=1000)
    assert small_limit.import_file(big).error == "big.txt: the file is 2 KB; the limit is 1 KB"
    missing = services.importing.import_file(tmp_path / "gone.txt")
    assert missing.error.startswith("gone.txt: cannot read it")


def test_a_batch_reports_each_file_and_twins_within_it(services: Services, tmp_path: Path) -> None:
    names = ["a.txt", "b.txt", "twin.txt", "empty.txt"]
    texts = ["First telegram.", "Second telegram.", "First telegram.", ""]
    paths = []
    for name, text in zip(names, texts, strict=True):
        (tmp_path / name).write_text(text)
        paths.append(tmp_path / name)
    outcomes = services.importing.import_files(paths)
    assert [o.ok for o in outcomes] == [True, True, False, False]
    assert outcomes[2].error == "twin.txt: the same text as another file here"
    assert outcomes[3].error == "empty.txt: the file is empty"
    again = services.importing.import_files(paths[:1])
    assert again[0].duplicate_of == outcomes[0].document_id


def test_a_cancelled_batch_stops_between_files(services: Services, tmp_path: Path) -> None:
    paths = []
    for number in range(120):
        path = tmp_path / f"{number:03d}.txt"
        path.write_text(f"Telegram number {number}.")
        paths.append(path)
    seen: list[str] = []

    def progress(step: Progress) -> None:
        seen.append(step.label)
        if len(seen) >= 70:
            job.cancel()  # as the Cancel button does, between two files

    job = Job(progress)
    outcomes = services.importing.import_files(paths, job=job)
    assert len(outcomes) == 70
    assert all(o.ok for o in outcomes)
    assert len(services.library.list_documents()) == 71
