"""A page saved from a browser, reduced to its main content: the document, without the site around it.

Three steps. Furniture is taken away: what is hidden, the navigation, banners, search, cookie notices, and
elements whose names say they are breadcrumbs, menus, bylines, citation boxes or lists of categories (unless they
hold the text itself). Then the container richest in running text is found (paragraphs score by their length and
their commas, and pass the score up to their containers, less whatever is in links), with those of its siblings
that read as part of it. Last, lines that are page furniture by their words ('Filed Under', 'Share') go.
A page that shows no sign of being a web page (no navigation, no banners) is kept whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from app.services.importers.html_blocks import DROPPED, HEADINGS, LEAVES, local

STRUCTURAL = frozenset({"nav", "aside", "menu", "dialog", "form", "button", "select", "label", "search"})
LANDMARKS = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
                       "menu", "menubar", "toolbar", "tablist", "alert"})  # fmt: skip
FURNITURE = re.compile(
    r"breadcrumb|\bmenu|navbar|\bnav\b|navigation|sidebar|side-bar|\bshare|sharing|social|cookie|consent|gdpr"
    r"|banner|masthead|site-name|site-logo|\blogo|skip-link|footer|\bheader|comment|related|recommend|more-like"
    r"|newsletter|subscribe|signup|login|search|pager|pagination|breadcrumbs|byline|by-line|\bauthor|docs-person"
    r"|citation|categor|filed-under|taxonomy|\btags?\b|tagline|promo|sponsor|\bads?\b|advert|popup|modal"
    r"|toolbar|print|email|rating|widget|outbrain|taboola|views-field|view-header|view-footer|local-tasks"
    r"|date-display|field--type-datetime|posted-on|timestamp|credit|caption|tabs\b|\bhelp\b|messages",
    re.IGNORECASE,
)
# Names that are furniture even beside a word of content ('field-prez-document-citation': a citation box).
ALWAYS_FURNITURE = re.compile(r"citation|breadcrumb|filed-under|cookie", re.IGNORECASE)
CONTENT_HINT = re.compile(
    r"article|\bbody|content|\bmain|\btext|entry|story|\bpost\b|document|transcript|field--name-body"
    r"|field-name-body|docs-content|speech",
    re.IGNORECASE,
)
POSITIVE = re.compile(r"article|body|content|entry|main|post|text|story|document|transcript|speech", re.IGNORECASE)
NEGATIVE = re.compile(
    r"comment|footer|masthead|meta|promo|related|share|sidebar|sponsor|widget|breadcrumb|menu|\bnav|byline"
    r"|author|citation|categor|filed|cookie|banner|hidden",
    re.IGNORECASE,
)
# Drupal's fields that hold metadata, never running text (field--type-entity-reference, field__label, …).
FIELD_META = re.compile(
    r"field-?-type-(?:entity-?reference|taxonomy-term-reference|datetime|date|daterange|link|image|file|list-\w+"
    r"|boolean|integer|email|telephone|address)\b|\bfield__label\b|\bfield-label\b|\blabel-above\b|\blabel-inline\b",
    re.IGNORECASE,
)
HIDDEN_CLASSES = frozenset({"hidden", "sr-only", "visually-hidden", "element-invisible", "screen-reader-text",
                            "hide", "d-none", "invisible", "offscreen", "visuallyhidden"})  # fmt: skip
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_COMMAS = re.compile(r"[,，、،]")
# Whole lines that are page furniture, whatever the site (short, so running text never matches).
FURNITURE_LINES = re.compile(
    r"(?:share|share this(?: page)?|tweet|print|print this(?: page)?|e-?mail|facebook|twitter|linkedin"
    r"|filed under:?.*|categories:?.*|tags?:.*|citation:?|cite this(?: page)?|related(?: documents| content)?:?"
    r"|advertisement|sponsored|read more|continue reading|skip to (?:main )?content|search|search form"
    r"|you are here:?.*|home|back to top|menu|close|accept(?: all)?(?: cookies)?|cookie settings"
    r"|we use cookies.*|this (?:web)?site uses cookies.*|all rights reserved.*|copyright ©.*|© \d{4}.*"
    r"|subscribe.*newsletter.*|sign up.*|log ?in|leave a (?:comment|reply)|\d+ comments?|download(?: pdf)?"
    r"|view (?:original|pdf)|previous (?:post|article)|next (?:post|article)|follow us.*|photo:.*|image:.*)",
    re.IGNORECASE,
)


def _hint(element: etree._Element) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}".strip()


def _is_hidden(element: etree._Element) -> bool:
    return (
        element.get("hidden") is not None
        or (element.get("aria-hidden") or "").lower() == "true"
        or bool(_HIDDEN_STYLE.search(element.get("style") or ""))
        or bool(HIDDEN_CLASSES.intersection((element.get("class") or "").lower().split()))
    )


def looks_like_web_page(body: etree._Element) -> bool:
    """Whether the page has a site around its text (navigation, banners, a search box): then it is reduced."""
    for element in body.iter():
        tag = local(element.tag)
        if tag in ("nav", "aside", "header", "footer", "menu", "form") or (element.get("role") or "") in LANDMARKS:
            return True
    links = sum(1 for _ in body.iter("a"))
    return links >= 30


@dataclass
class _Sizes:
    """Characters of text, and of text in links, under each element: worked out once, bottom up."""

    text: dict[etree._Element, int] = field(default_factory=dict)
    linked: dict[etree._Element, int] = field(default_factory=dict)
    blocks: set[etree._Element] = field(default_factory=set)  # elements holding block-level descendants

    def density(self, element: etree._Element) -> float:
        total = self.text.get(element, 0)
        return self.linked.get(element, 0) / total if total else 0.0


def _sizes(root: etree._Element) -> _Sizes:
    sizes = _Sizes()
    order: list[etree._Element] = []
    stack = [root]
    while stack:
        element = stack.pop()
        order.append(element)
        stack.extend(child for child in element if isinstance(child.tag, str))
    for element in reversed(order):  # children before their parents
        own = len((element.text or "").strip())
        total, linked = own, own if local(element.tag) == "a" else 0
        for child in element:
            tail = len((child.tail or "").strip())
            if isinstance(child.tag, str):
                total += sizes.text.get(child, 0) + tail
                linked += sizes.text.get(child, 0) if local(element.tag) == "a" else sizes.linked.get(child, 0)
                if (
                    local(child.tag) in LEAVES
                    or local(child.tag) in ("div", "section", "article")
                    or child in sizes.blocks
                ):
                    sizes.blocks.add(element)
            else:
                total += tail
        sizes.text[element] = total
        sizes.linked[element] = linked
    return sizes


def _remove(element: etree._Element) -> None:
    """Take an element out, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail and element.tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _long_paragraphs(element: etree._Element, sizes: _Sizes, wanted: int = 3) -> bool:
    count = 0
    for paragraph in element.iter("p"):
        if sizes.text.get(paragraph, 0) > 100:
            count += 1
            if count >= wanted:
                return True
    return False


def _named_furniture(hint: str) -> bool:
    return bool(ALWAYS_FURNITURE.search(hint) or (FURNITURE.search(hint) and not CONTENT_HINT.search(hint)))


def prune(body: etree._Element) -> None:
    """Take away what is hidden, the site's structure and the elements named as furniture."""
    sizes = _sizes(body)
    doomed = []
    for element in body.iter():
        tag = local(element.tag)
        if not tag or tag in ("html", "body", "main", "article") or tag in DROPPED:
            continue
        role = (element.get("role") or "").lower()
        hint = _hint(element)
        if _is_hidden(element) or FIELD_META.search(element.get("class") or ""):
            doomed.append(element)
        elif tag in STRUCTURAL or role in LANDMARKS or (tag in ("header", "footer") and not _inside_article(element)):
            if not _long_paragraphs(element, sizes):  # an ASP.NET page wraps everything in one <form>
                doomed.append(element)
        elif hint and _named_furniture(hint) and not _long_paragraphs(element, sizes):
            doomed.append(element)
    for element in doomed:
        if not any(ancestor in doomed for ancestor in element.iterancestors()):
            _remove(element)


def _inside_article(element: etree._Element) -> bool:
    return any(local(ancestor.tag) in ("article", "main") for ancestor in element.iterancestors())


def _initial(element: etree._Element) -> float:
    tag = local(element.tag)
    score = {"div": 5.0, "article": 10.0, "main": 10.0, "section": 3.0, "pre": 3.0, "td": 3.0, "blockquote": 3.0,
             "ol": -3.0, "ul": -3.0, "dl": -3.0, "li": -3.0, "form": -3.0, "th": -5.0}.get(tag, 0.0)  # fmt: skip
    if tag in HEADINGS:
        score = -5.0
    hint = _hint(element)
    if hint:
        score += 25.0 * (bool(POSITIVE.search(hint)) - bool(NEGATIVE.search(hint)))
    return score


def main_content(body: etree._Element) -> list[etree._Element]:
    """The element richest in running text, with the siblings that belong with it (in document order)."""
    sizes = _sizes(body)
    scores: dict[etree._Element, float] = {}
    for element in body.iter():
        tag = local(element.tag)
        if tag not in ("p", "pre", "td", "blockquote", "li", "dd", "div", "section"):
            continue
        if tag in ("div", "section", "li", "dd", "td") and element in sizes.blocks:
            continue  # a container: it is scored through its paragraphs
        length = sizes.text.get(element, 0)
        if length < 25:
            continue
        text = "".join(element.itertext())
        weight = 1 + len(_COMMAS.findall(text)) + min(length // 100, 3)
        for level, ancestor in enumerate(element.iterancestors()):
            if level >= 3 or local(ancestor.tag) == "html":
                break
            if ancestor not in scores:
                scores[ancestor] = _initial(ancestor)
            scores[ancestor] += weight / (level + 1)
    if not scores:
        return [body]
    for element in scores:
        scores[element] *= 1 - sizes.density(element)
    return _with_siblings(max(scores, key=lambda element: scores[element]), scores, sizes)


def _with_siblings(top: etree._Element, scores: dict[etree._Element, float], sizes: _Sizes) -> list[etree._Element]:
    """The best container, or its parent where it is the only child, with the siblings that read as text."""
    while (parent := top.getparent()) is not None and local(parent.tag) not in ("body", "html"):
        if len([child for child in parent if isinstance(child.tag, str)]) != 1:
            break
        top = parent  # a lone child stands for its parent
    parent = top.getparent()
    if parent is None:
        return [top]
    threshold = max(10.0, 0.2 * scores.get(top, 0.0))
    kept = []
    for sibling in parent:
        if not isinstance(sibling.tag, str):
            continue
        if sibling is top or scores.get(sibling, -1.0) >= threshold:
            kept.append(sibling)
        elif local(sibling.tag) in {"p", "blockquote", "pre", "ol", "ul", "table"} | HEADINGS:
            length, density = sizes.text.get(sibling, 0), sizes.density(sibling)
            if (length > 80 and density < 0.25) or (length > 0 and density == 0 and local(sibling.tag) in HEADINGS):
                kept.append(sibling)
    return kept


def is_furniture_line(text: str, link_share: float, heading: bool) -> bool:
    """A line that is the site's, by its words or because it is all links (a menu left in the content)."""
    if len(text) <= 80 and FURNITURE_LINES.fullmatch(text):
        return True
    return link_share > 0.7 and not (heading and len(text) > 20)
