"""The bundled events cite sources a historian can stand behind: no encyclopaedia, wiki mirror or copied book;
addresses only in accepted archives; what rests on a secondary account says so and is marked approximate."""

from urllib.parse import urlparse

import pytest

from app.domain.dates.historical import HistoricalDate
from app.domain.dates.written import parse_date_text
from app.services.timeline import BundledEvent, load_bundled_events

# Archives and official records an address may point into.
ACCEPTED_ARCHIVES = {
    "history.state.gov",  # Foreign Relations of the United States
    "digitalarchive.wilsoncenter.org",  # Cold War International History Project
    "nsarchive.gwu.edu",
    "nsarchive2.gwu.edu",  # National Security Archive
    "www.presidency.ucsb.edu",  # The American Presidency Project (Public Papers)
    "api.parliament.uk",  # Hansard
    "digitallibrary.un.org",
    "documents.un.org",
    "www.un.org",  # United Nations records
    "www.refworld.org",  # UNHCR's database of UN resolutions
    "1956.mti.hu",  # the Hungarian news agency's own reports of 1956
    "www.rev.hu",  # the 1956 Institute
    "archive.org",
}
# Names that mark a source nobody can cite: encyclopaedias and their mirrors, document dumps, revision sites, and
# a site that copies books without permission.
UNCITABLE = ("wikipedia", "wiki.", "wikisource", "zxc.wiki", "docsbay", "vdocuments", "getrevising", "chitka",
             "user:", "blogspot", "flama-unex")  # fmt: skip
EVENTS = load_bundled_events()


def _id(event: BundledEvent) -> str:
    return event.key


def uncitable(source: str, url: str) -> str:
    """What is wrong with a source and its address ('' if nothing)."""
    if not source.strip():
        return "no source"
    named = next((name for name in UNCITABLE if name in source.lower()), "")
    if named:
        return f"names {named}"
    if url and (urlparse(url).scheme != "https" or urlparse(url).netloc not in ACCEPTED_ARCHIVES):
        return f"an address outside the accepted archives: {url}"
    return ""


@pytest.mark.parametrize("event", EVENTS, ids=_id)
def test_every_event_has_a_citable_source(event: BundledEvent) -> None:
    assert uncitable(event.draft.source, event.draft.url) == ""


@pytest.mark.parametrize("event", EVENTS, ids=_id)
def test_what_rests_on_a_secondary_account_is_marked_approximate(event: BundledEvent) -> None:
    date = parse_date_text(event.draft.date)
    if "secondary:" in event.draft.source:
        assert date.approximate, f"{event.key}: a secondary source, so the date is approximate"


@pytest.mark.parametrize("event", [e for e in EVENTS if "T" in e.draft.date], ids=_id)
def test_every_time_carries_its_zone(event: BundledEvent) -> None:
    assert HistoricalDate.parse(event.draft.date).offset is not None, event.draft.date


def test_the_checker_catches_what_it_is_for() -> None:
    """The rule fails on the kinds of sources the bundle once had."""
    assert uncitable("Wikipedia, Significant events of the Hungarian Revolution of 1956", "") == "names wikipedia"
    assert uncitable("Wikipedia, User:56osmunka/4xi (user page)", "") == "names wikipedia"
    assert uncitable("J. Pirjevec, Tito (hello.chitka.online)", "") == "names chitka"
    assert uncitable("de.zxc.wiki, “Rede Gomułkas”", "").startswith("names")
    assert uncitable("BBC News", "http://news.bbc.co.uk/2/hi/middle_east/5194576.stm").startswith("an address")
    assert uncitable("FRUS 1955–1957, vol. XXV, doc. 98", "https://history.state.gov/x/d98") == ""
