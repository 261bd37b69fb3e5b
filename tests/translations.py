"""The translation sources (resources/translations/parallax_<language>.ts) kept in step with the code.

Qt's lupdate lists the strings the code marks for translation (`translate("Context", "text")`, a widget's
`self.tr("text")`); the .ts files hold them with their translations. lupdate's own update of a .ts would drop
the plural forms of Python's strings (its Python reader does not know a count was given), so the merge is
done here: strings new in the code come in unfinished, strings gone from it go, and a string with "%n" is a
plural one with as many forms as its language has (English too: its catalogue holds only those).
`PARALLAX_REGOLD=1 pytest tests/test_translations.py` rewrites the .ts files this way and compiles them with
lrelease into the .qm files the app reads; without it the tests say what is out of step."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from app.domain.i18n import BUNDLED

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
SCANNED = ("app",)  # every user-facing string of the window and the command line is under app/
LOCALES = {"en": "en_US", "hu": "hu_HU", "ru": "ru_RU"}
PLURAL_FORMS = {"en": 2, "hu": 1, "ru": 3}

Key = tuple[str, str, str]  # context, source text, disambiguation ("" for none)


@dataclass
class Message:
    translations: list[str]  # one, or one per plural form; "" where not yet translated
    finished: bool


def qt_tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if found is None:
        raise RuntimeError(f"pyside6-{name} not found (it comes with PySide6-Essentials)")
    return found


def strings_in_code() -> list[Key]:
    """What lupdate finds in the code, in its order."""
    with tempfile.TemporaryDirectory() as folder:
        listing = Path(folder) / "found.ts"
        subprocess.run(
            [qt_tool("lupdate"), "-extensions", "py", "-locations", "none", *SCANNED, "-ts", str(listing)],
            cwd=ROOT, check=True, capture_output=True,
        )  # fmt: skip
        return list(read_ts(listing)) + bundled_texts()


def bundled_texts() -> list[Key]:
    """The bundled events' labels and descriptions, which the app reads through i18n.translate_bundled."""
    events = json.loads((ROOT / "resources" / "timeline" / "events-1956.json").read_text(encoding="utf-8"))["events"]
    texts = [text for event in events for text in (event["label"], event.get("description", "")) if text]
    return [(BUNDLED, text, "") for text in dict.fromkeys(texts)]


def ts_path(language: str) -> Path:
    return FOLDER / f"parallax_{language}.ts"


def qm_path(language: str) -> Path:
    return FOLDER / f"parallax_{language}.qm"


def read_ts(path: Path) -> dict[Key, Message]:
    messages: dict[Key, Message] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: {key} has no <translation>"
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            messages[key] = Message(forms, translation.get("type") not in ("unfinished", "vanished", "obsolete"))
    return messages


def is_plural(key: Key) -> bool:
    return "%n" in key[1]


def merged(language: str, code: list[Key]) -> dict[Key, Message]:
    """The language's .ts as it should be: the code's strings, with the translations already made."""
    known = read_ts(ts_path(language)) if ts_path(language).exists() else {}
    result: dict[Key, Message] = {}
    for key in code:
        if language == "en" and not is_plural(key):
            continue  # English is the source text: only its plural forms need saying
        forms = PLURAL_FORMS[language] if is_plural(key) else 1
        message = known.get(key, Message([""] * forms, False))
        translations = (message.translations + [""] * forms)[:forms]
        result[key] = Message(translations, message.finished and all(translations))
    return result


def write_ts(language: str, messages: dict[Key, Message]) -> None:
    root = ET.Element("TS", version="2.1", language=LOCALES[language])
    contexts: dict[str, ET.Element] = {}
    for (context, source, comment), message in messages.items():
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        element = (
            ET.SubElement(contexts[context], "message", numerus="yes")
            if is_plural((context, source, comment))
            else ET.SubElement(contexts[context], "message")
        )
        ET.SubElement(element, "source").text = source
        if comment:
            ET.SubElement(element, "comment").text = comment
        translation = ET.SubElement(element, "translation")
        if not message.finished:
            translation.set("type", "unfinished")
        if is_plural((context, source, comment)):
            for form in message.translations:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = message.translations[0]
    ET.indent(root, space="    ")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode") + "\n"
    ts_path(language).write_text(text, encoding="utf-8")


def compile_ts(language: str, target: Path) -> None:
    subprocess.run(
        [qt_tool("lrelease"), "-silent", "-nounfinished", str(ts_path(language)), "-qm", str(target)],
        check=True, capture_output=True,
    )  # fmt: skip


def regold() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    code = strings_in_code()
    for language in LOCALES:
        write_ts(language, merged(language, code))
        compile_ts(language, qm_path(language))
