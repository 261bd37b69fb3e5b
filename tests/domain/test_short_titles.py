"""Short titles: Chicago's short form of a title, an edition's number kept, similar titles told apart."""

from app.domain.citation.chicago import short_note
from app.domain.documents import DocumentMetadata
from app.domain.short_titles import automatic_short_title, distinct_short_titles, short_title_of

DECLARATION = (
    "Declaration by the Soviet Government on the Principles of Development and further Strengthening of "
    "Friendship and Cooperation between the Soviet Union and Other Socialist States"
)


def test_the_short_form_is_the_title_before_its_preposition() -> None:
    assert automatic_short_title(DECLARATION) == "Declaration by the Soviet Government"
    assert automatic_short_title("Radio and Television Address to the American People on Developments in Eastern "
                                 "Europe") == "Radio and Television Address"  # fmt: skip
    assert automatic_short_title("The Hungarian Question: A Report") == "Hungarian Question"
    assert automatic_short_title("Editorial Note") == "Editorial Note"


def test_an_editions_document_number_stays_in_front() -> None:
    title = "138. Telegram From the Embassy in the Soviet Union to the Department of State"
    assert automatic_short_title(title) == "138. Telegram From the Embassy"
    assert automatic_short_title("1956. október 23.") == "1956. október 23."  # a year is not a number to keep apart


def test_the_descriptions_short_title_wins_and_is_used_in_a_shortened_note() -> None:
    meta = DocumentMetadata(title=DECLARATION, issuer="Government of the USSR", short_title="  Soviet   Declaration ")
    assert short_title_of(meta) == "Soviet Declaration"
    assert short_note(meta).plain() == "Government of the USSR, “Soviet Declaration.”"
    assert short_title_of(DocumentMetadata(title=DECLARATION)) == "Declaration by the Soviet Government"


def test_similar_titles_are_told_apart_by_more_of_their_own_words() -> None:
    budapest = "Telegram From the Legation in Hungary to the Department of State"
    warsaw = "Telegram From the Legation in Poland to the Department of State"
    moscow = "Telegram From the Embassy in the Soviet Union to the Department of State"
    shorts = [automatic_short_title(t) for t in (budapest, warsaw, moscow)]
    assert shorts[0] == shorts[1] == "Telegram From the Legation"
    distinct = distinct_short_titles(list(zip(shorts, (budapest, warsaw, moscow), strict=True)))
    assert distinct == ["Telegram From the Legation in Hungary…", "Telegram From the Legation in Poland…",
                        "Telegram From the Embassy"]  # fmt: skip


def test_the_same_title_twice_is_left_for_the_dates_to_tell_apart() -> None:
    title = "Telegram From the Legation in Hungary to the Department of State"
    short = automatic_short_title(title)
    assert distinct_short_titles([(short, title), (short, title)]) == [short, short]
