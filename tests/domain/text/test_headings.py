import pytest

from app.domain.documents import DocumentKind
from app.domain.text.headings import issuer_from_heading, kind_from_heading


@pytest.mark.parametrize(
    ("heading", "kind", "issuer"),
    [
        ("133. Telegram From the Legation in Hungary to the Department of State", DocumentKind.TELEGRAM,
         "Legation in Hungary"),
        ("140. Letter From President Eisenhower to Premier Bulganin", DocumentKind.LETTER, "President Eisenhower"),
        ("150. Memorandum of Discussion at the 302d Meeting of the National Security Council, November 1, 1956",
         DocumentKind.MINUTES, ""),
        ("Statement by the President", DocumentKind.SPEECH, "President"),
        ("134. Editorial Note", DocumentKind.OTHER, ""),
        ("Memorandum From the Secretary of State to the President", DocumentKind.OTHER, "Secretary of State"),
        ("Circular Telegram From the Department of State to Certain Diplomatic Missions", DocumentKind.TELEGRAM,
         "Department of State"),
    ],
)  # fmt: skip
def test_an_editions_heading_gives_the_kind_and_the_sender(heading: str, kind: DocumentKind, issuer: str) -> None:
    assert kind_from_heading(heading) == kind
    assert issuer_from_heading(heading) == issuer
