"""What an edition's heading says of its document: 'Telegram From the Legation in Hungary to the Department of State'.

Documentary editions (FRUS among them) head each document with its kind and who sent it to whom; these read
the two back, in English, and give up (other, no issuer) on anything else.
"""

from __future__ import annotations

import re

from app.domain.documents import DocumentKind

_NUMBER = re.compile(r"^\s*(?:No\.\s*)?\d+[A-Za-z]?\.\s+")
_KINDS = (
    (re.compile(r"^(?:circular |intelligence )?telegrams?\b", re.IGNORECASE), DocumentKind.TELEGRAM),
    (re.compile(r"^(?:letter|message)\b", re.IGNORECASE), DocumentKind.LETTER),
    (re.compile(r"^(?:minutes|memorandum of discussion|notes? of (?:a |the )?meeting)\b", re.IGNORECASE),
     DocumentKind.MINUTES),
    (re.compile(r"^(?:address|speech|statement|radio and television (?:address|report))\b", re.IGNORECASE),
     DocumentKind.SPEECH),
    (re.compile(r"^(?:resolution)\b", re.IGNORECASE), DocumentKind.RESOLUTION),
    (re.compile(r"^(?:declaration)\b", re.IGNORECASE), DocumentKind.DECLARATION),
    (re.compile(r"^(?:radio broadcast|broadcast)\b", re.IGNORECASE), DocumentKind.BROADCAST),
)  # fmt: skip
_SENDER = re.compile(r"\b(?:From|by)\s+(?P<who>.+?)(?:\s+to\s+|\s*[,;:(]|$)")


def _bare(heading: str) -> str:
    return _NUMBER.sub("", heading, count=1).strip()


def kind_from_heading(heading: str) -> DocumentKind:
    """'133. Telegram From …' is a telegram; 'Memorandum of Discussion at the 302d Meeting …' minutes."""
    bare = _bare(heading)
    return next((kind for pattern, kind in _KINDS if pattern.match(bare)), DocumentKind.OTHER)


def issuer_from_heading(heading: str) -> str:
    """Who the heading says it is from: 'Legation in Hungary', 'President Eisenhower'; else ''.

    A leading 'the' goes: the issuer heads a citation ('Legation in Hungary, “Telegram From …”')."""
    match = _SENDER.search(_bare(heading))
    who = match.group("who").strip() if match else ""
    return who[4:] if who[:4].lower() == "the " else who
