"""A "translation" of the bundled Declaration for alignment tests: what the length method sees of one.

Every word is replaced by a made-up word of about the length a Hungarian word would have (0.965 of the
English, varied by ±30%), numbers are kept and the names of Hungary, Budapest and Warsaw are written as
Hungarian writes them. bench/align_languages.py measures real Hungarian texts as well.
"""

import hashlib
import re

from app.services.bundled import DECLARATION_KEY, load_bundled

ENGLISH = list(load_bundled(DECLARATION_KEY).paragraphs)
NAMES = {"hungary": "Magyarország", "hungarian": "magyar", "budapest": "Budapesten", "warsaw": "Varsói"}
LEAD = "A szovjet kormány nyilatkozatának a magyarországi eseményekkel foglalkozó részét közöljük:"


def _made_up(word: str) -> str:
    if word.isdigit() or word.lower() in NAMES:
        return NAMES.get(word.lower(), word)
    digest = hashlib.sha256(word.encode()).digest()
    length = max(1, round(len(word) * 0.965 * (0.7 + 0.6 * digest[0] / 255)))
    return "".join("aeiouklmnrst"[digest[1 + k % 30] % 12] for k in range(length))


def translated(text: str) -> str:
    return re.sub(r"[^\W_]+", lambda match: _made_up(match.group()), text)


HUNGARIAN = [translated(text) for text in ENGLISH]
