from app.domain.documents import DocumentMetadata, SourceCitation


def test_source_citation_reads_like_a_bibliography_entry() -> None:
    source = SourceCitation(
        publication="Documents on American Foreign Relations, 1956",
        editor="Paul E. Zinner",
        publisher="Harper & Brothers for the Council on Foreign Relations",
        place="New York",
        year="1957",
        pages="252–255",
    )
    assert source.display() == (
        "Documents on American Foreign Relations, 1956, ed. Paul E. Zinner "
        "(New York: Harper & Brothers for the Council on Foreign Relations, 1957), pp. 252–255."
    )
    assert SourceCitation(publication="Pravda", pages="1").display() == "Pravda, p. 1."
    assert SourceCitation().display() == ""


def test_a_date_that_cannot_be_parsed_is_shown_as_stored() -> None:
    assert DocumentMetadata(title="x", date_edtf="1956-11-04").date_display == "4 November 1956"
    assert DocumentMetadata(title="x", date_edtf="autumn 1956").date_display == "autumn 1956"
    assert DocumentMetadata(title="x").date is None
