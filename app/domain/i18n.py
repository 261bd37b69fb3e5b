"""The words the user reads, in the user's language: every user-facing string passes through `translate`.

The strings are marked here with Qt's own convention (context, source text, disambiguation, count), so that Qt's
tools (pyside6-lupdate) collect them into resources/translations/*.ts, for the window and the command line alike.
What answers `translate` is installed at start: in the window Qt's own (QCoreApplication.translate over the
compiled catalogues); on the command line, which never loads Qt, the same catalogues read without it
(app/services/infrastructure/catalogs.py). Until one is installed the source text (English) is the answer.

A count goes in as `n` and replaces `%n` in the text (Qt's plural forms: "%n note(s)" becomes "1 note" or
"2 notes" in English, "2 jegyzet" in Hungarian, "2 заметки" in Russian, from the catalogue's forms)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

Translator = Callable[[str, str, "str | None", int], str]  # context, source text, disambiguation, count

LANGUAGES = {"en": "English", "hu": "Magyar", "ru": "Русский"}  # each language offered, in its own name

_translator: Translator | None = None
_language = "en"


def install(translator: Translator | None, language: str) -> None:
    """From now on, strings are read in `language` through `translator` (None: the source text)."""
    global _translator, _language  # one language for the whole process, chosen at start
    _translator, _language = translator, language if language in LANGUAGES else "en"


def choose_language(saved: str | None, system: Iterable[str]) -> str:
    """The language to speak: the one the user chose in the Language menu, else the first of the system's
    locales ("hu_HU.UTF-8", "ru", "C") that Parallax speaks, else English."""
    for name in (saved or "", *system):
        code = name.strip().replace("-", "_").split("_")[0].split(".")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def current_language() -> str:
    """The language strings are read in: 'en', 'hu' or 'ru' (what dates and numbers follow too)."""
    return _language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the current language (see the module's note); `context` is the part of Parallax it belongs to."""
    if _translator is not None:
        found = _translator(context, text, disambiguation, n)
        if found:
            text = found
    return text.replace("%n", str(n)) if n >= 0 else text


BUNDLED = "Timeline events"  # the context of the bundled events' labels and descriptions in the catalogues


def translate_bundled(text: str) -> str:
    """A text of Parallax's own data (a bundled event's label or description) in the current language.

    These are not in the code: tests/translations.py collects them for the translators from the data file."""
    if _translator is not None and text:
        return _translator(BUNDLED, text, None, -1) or text
    return text
