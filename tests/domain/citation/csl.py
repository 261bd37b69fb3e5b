"""What CSL-JSON 1.0 asks of an item, as far as Parallax writes one: checked by the citation tests."""

from __future__ import annotations

import json

CSL_TYPES = frozenset((
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter",
    "classic", "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event",
    "figure", "graphic", "hearing", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
    "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical", "personal_communication",
    "post", "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech", "standard",
    "thesis", "treaty", "webpage",
))  # fmt: skip
CSL_DATES = frozenset(("issued", "original-date", "event-date", "accessed", "available-date", "submitted"))
CSL_NAMES = frozenset(("author", "editor", "translator", "recipient", "container-author"))


def check_csl_item(item: dict[str, object]) -> None:
    """The shape CSL-JSON 1.0 asks of an item, as far as Parallax writes it."""
    assert json.loads(json.dumps(item)) == item
    assert isinstance(item["id"], str)
    assert item["id"]
    assert item["type"] in CSL_TYPES
    for name, value in item.items():
        if name in CSL_DATES:
            assert isinstance(value, dict)
            assert set(value) <= {"date-parts", "circa", "literal"}
            parts = value.get("date-parts", [])
            assert isinstance(parts, list)
            assert 1 <= len(parts) <= 2 or "literal" in value
            assert all(1 <= len(point) <= 3 and all(isinstance(n, int) for n in point) for point in parts)
        elif name in CSL_NAMES:
            assert isinstance(value, list)
            for person in value:
                assert set(person) in ({"literal"}, {"family", "given"}), person
        else:
            assert isinstance(value, str), (name, value)
            assert value == value.strip()
            assert value
