"""What a web page says about itself: title (without the site's name, which is the publication), author, date,
description, language and address, from its meta tags (citation_*, Dublin Core, Open Graph, article:*), its
JSON-LD and, on archive sites, the labelled fields of the page ('Author', 'Date')."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from lxml import etree

from app.domain.text.paragraphs import normalize_paragraph

_SEPARATORS = re.compile(r"\s+(?:\||–|—|-|·|::|»|/)\s+")
MAX_JSON_LD = 200_000  # characters of one script of JSON-LD read at most


@dataclass(frozen=True)
class PageMeta:
    title: str = ""  # as the page's bibliographic metadata gives it (citation_title, DC.title), if it does
    page_title: str = ""  # as the browser shows it (og:title, <title>), without the site's name
    browser_title: str = ""  # <title> as written, the site's name and all
    site: str = ""  # the website, as a publication: 'The American Presidency Project'
    author: str = ""
    date_text: str = ""
    description: str = ""
    language: str = ""
    url: str = ""


_PERSON = re.compile(r"docs-person|\bperson\b|\bauthor\b|speaker|byline", re.IGNORECASE)


def _person(root: etree._Element) -> str:
    """Who spoke or wrote, where the page shows it in an element named for it (the heading or link in it)."""
    for element in root.iter():
        hint = f"{element.get('class') or ''} {element.get('id') or ''}"
        if not isinstance(element.tag, str) or element.tag == "meta" or not _PERSON.search(hint):
            continue
        for named in element.iter("h1", "h2", "h3", "h4", "h5", "h6", "a", "strong"):
            text = normalize_paragraph("".join(named.itertext()))
            if text and len(text) <= 80 and len(text.split()) <= 8 and not text.lower().startswith(("by ", "more")):
                return text
    return ""


def _metas(root: etree._Element) -> dict[str, str]:
    found: dict[str, str] = {}
    for element in root.iter():
        if not isinstance(element.tag, str) or (element.tag != "meta" and element.get("property") is None):
            continue
        key = (element.get("name") or element.get("property") or element.get("itemprop") or "").strip().lower()
        content = normalize_paragraph(element.get("content") or "")
        if key and content and key not in found:
            found[key] = content
        elif key in ("citation_author", "dc.creator", "author") and content and content not in found[key]:
            found[key] += f"; {content}"  # several authors
    return found


def _first(values: dict[str, str], *names: str) -> str:
    return next((values[name] for name in names if values.get(name)), "")


def _json_ld(root: etree._Element) -> dict[str, str]:
    """headline, author, datePublished, description and publisher of the page's JSON-LD, where it has them."""
    found: dict[str, str] = {}
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text[:MAX_JSON_LD])
        except ValueError:
            continue
        for item in _items(data):
            for key in ("headline", "name", "datePublished", "dateCreated", "description"):
                value = item.get(key)
                if isinstance(value, str) and key not in found:
                    found[key] = normalize_paragraph(value)
            for key in ("author", "publisher", "creator"):
                name = _name_of(item.get(key))
                if name and key not in found:
                    found[key] = name
    return found


def _items(data: Any, depth: int = 0) -> list[dict[str, Any]]:
    if depth > 3:
        return []
    if isinstance(data, list):
        return [item for entry in data[:50] for item in _items(entry, depth + 1)]
    if isinstance(data, dict):
        graph = data.get("@graph")
        return [data, *(_items(graph, depth + 1) if graph is not None else [])]
    return []


def _name_of(value: Any) -> str:
    if isinstance(value, str):
        return normalize_paragraph(value)
    if isinstance(value, dict):
        return _name_of(value.get("name"))
    if isinstance(value, list):
        return "; ".join(name for name in map(_name_of, value[:10]) if name)
    return ""


def _labelled_fields(root: etree._Element) -> dict[str, str]:
    """'Author: Dwight D. Eisenhower' and 'Date: October 31, 1956' as an archive page labels them."""
    found: dict[str, str] = {}
    for label in root.iter():
        classes = f" {label.get('class') or ''} "
        if not any(name in classes for name in (" field__label ", " field-label ", " label-above ", " label-inline ")):
            continue
        key = normalize_paragraph("".join(label.itertext())).rstrip(":").lower()
        if key not in ("author", "by", "speaker", "date", "issued", "from"):
            continue
        value = label.getnext()
        text = normalize_paragraph("".join(value.itertext())) if value is not None else ""
        if text and key not in found:
            found[key] = text
    return found


def split_site(title: str, site: str) -> tuple[str, str]:
    """'Radio and Television Report … | The American Presidency Project' as the title and the site's name."""
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title, site
    if site:
        for index in (len(parts) - 1, 0):
            if parts[index].casefold() == site.casefold():
                rest = parts[:index] + parts[index + 1 :]
                return " – ".join(rest), site
    last = parts[-1]
    # Without a site name in the metadata, a short last part after a bar is taken for one.
    if " | " in title and len(last) <= 60 and len(last) < len(" ".join(parts[:-1])):
        return " | ".join(parts[:-1]), last
    return title, site


def page_meta(root: etree._Element) -> PageMeta:
    metas = _metas(root)
    linked = _json_ld(root)
    fields = _labelled_fields(root)
    title_element = root.find(".//title")
    head_title = normalize_paragraph(title_element.text_content()) if title_element is not None else ""
    site = _first(metas, "og:site_name", "citation_publisher", "dc.publisher", "application-name") or linked.get(
        "publisher", ""
    )
    title = _first(metas, "citation_title", "dc.title", "dcterms.title")
    page_title, site = split_site(_first(metas, "og:title") or linked.get("headline", "") or head_title, site)
    if site and head_title and page_title == head_title:
        page_title = split_site(head_title, site)[0]
    language = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    canonical = next((link.get("href", "") for link in root.iter("link") if link.get("rel") == "canonical"), "")
    author = (
        _first(metas, "citation_author", "dc.creator", "author", "article:author", "dcterms.creator")
        or linked.get("author", "")
        or fields.get("author", fields.get("speaker", fields.get("by", "")))
        or _person(root)
    )
    date_text = (
        _first(metas, "citation_date", "citation_publication_date", "dc.date", "dc:date", "dcterms.date", "date")
        or _first(metas, "article:published_time", "dcterms.created")
        or linked.get("datePublished", linked.get("dateCreated", ""))
        or fields.get("date", fields.get("issued", ""))
    )
    description = _first(metas, "description", "og:description", "dc.description", "dcterms.description") or (
        linked.get("description", "")
    )
    return PageMeta(
        title=title,
        page_title=page_title,
        browser_title=head_title,
        site=site if site.casefold() not in (title.casefold(), page_title.casefold()) else "",
        author=_plain_author(author),
        date_text=_day_of(date_text) or _time_of(root),
        description=description,
        language=language.split("-")[0].lower() if language else "",
        url=canonical or _first(metas, "og:url", "citation_public_url"),
    )


def _day_of(value: str) -> str:
    """A timestamp in the metadata ('1956-10-31T00:00:00-08:00') as its day: when the page or its record was made
    to the second is not when the document was."""
    found = re.match(r"(\d{4}-\d\d-\d\d)[T ]\d", value)
    return found.group(1) if found else value


def _plain_author(author: str) -> str:
    # An address ('https://www.facebook.com/…') is not a name.
    return "" if author.startswith(("http://", "https://")) else author


def _time_of(root: etree._Element) -> str:
    """A date the page marks as its own: <time datetime> inside something whose class says it is a date."""
    for element in root.iter("time"):
        value = (element.get("datetime") or "").strip()
        around = [element, *list(element.iterancestors())[:4]]
        if value and any("date" in (node.get("class") or "").lower() for node in around):
            return value[:10] if re.match(r"\d{4}-\d\d-\d\d", value) else value
    return ""
