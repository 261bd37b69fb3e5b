# ruff: noqa: E501  # the saved page is kept as a browser writes it, one element to a line
"""A page saved from a browser comes in as its document alone: no breadcrumb, byline, citation box, categories,
search label, cookie notice or footer; the site's name goes to the source, the speaker and date to the metadata.

The page is made here in the manner of a Drupal archive (the American Presidency Project's field names), around
sentences of Eisenhower's address of 31 October 1956 (public domain)."""

from app.services.importers.html import extract_html

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Radio and Television Report to the American People on the Developments in Eastern Europe | The American Presidency Project</title>
<meta property="og:site_name" content="The American Presidency Project">
<meta name="citation_author" content="Dwight D. Eisenhower">
<meta name="DC.date" content="1956-10-31">
<meta name="description" content="The President speaks on Hungary and Poland.">
</head><body>
<div id="cookie-banner" class="eu-cookie-compliance-banner"><p>We use cookies on this site to enhance your experience.</p><button>Accept</button></div>
<header><nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/documents">Documents</a></li></ol></nav>
<form class="search-form"><label for="q">Search the site</label><input id="q"></form></header>
<main><article class="node-documents">
<div class="field-docs-person"><h3 class="diet-title"><a href="/people/eisenhower">Dwight D. Eisenhower</a></h3>
<div class="diet-by-line president">34th President of the United States: 1953 - 1961</div></div>
<div class="field-ds-doc-title"><h1>Radio and Television Report to the American People on the Developments in Eastern Europe</h1></div>
<div class="field-docs-start-date-time"><span class="date-display-single">October 31, 1956</span></div>
<div class="field-docs-content">
<p>Good evening, my fellow citizens.</p>
<p>Tonight I report to you as your President on the developments in Eastern Europe and the Middle East, which have been of such grave concern to us all during these last days.</p>
<p>In Eastern Europe there is the dawning of a new day. It has not been short or easy in coming.</p>
<p>The people of Hungary, too, have shown their courage, and their desire for freedom is unmistakable.</p>
</div>
<div class="field-prez-document-citation"><h3>Citation</h3><p>Dwight D. Eisenhower, Radio and Television Report, Online by Gerhard Peters and John T. Woolley, The American Presidency Project.</p></div>
<div class="group-meta"><h3>Filed Under</h3><ul><li><a href="/c/1">Spoken Addresses and Remarks</a></li><li><a href="/c/2">Foreign Affairs</a></li></ul></div>
</article></main>
<footer><p>Copyright The American Presidency Project. All rights reserved.</p></footer>
</body></html>"""

SPEECH = [
    "Good evening, my fellow citizens.",
    (
        "Tonight I report to you as your President on the developments in Eastern Europe and the Middle East, "
        "which have been of such grave concern to us all during these last days."
    ),
    "In Eastern Europe there is the dawning of a new day. It has not been short or easy in coming.",
    "The people of Hungary, too, have shown their courage, and their desire for freedom is unmistakable.",
]
HEADING = "Radio and Television Report to the American People on the Developments in Eastern Europe"


def test_only_the_document_comes_in_with_its_heading() -> None:
    page = extract_html(PAGE.encode())
    assert [(block.kind.value, block.text) for block in page.blocks] == [
        ("heading", HEADING),
        *[("paragraph", text) for text in SPEECH],
    ]


def test_the_site_goes_to_the_source_and_the_speaker_and_date_to_the_metadata() -> None:
    page = extract_html(PAGE.encode())
    assert page.title == HEADING  # without " | The American Presidency Project"
    assert page.source.publication == "The American Presidency Project"
    assert (page.author, page.date_text, page.kind) == ("Dwight D. Eisenhower", "1956-10-31", "speech")
    assert page.description == "The President speaks on Hungary and Poland."
