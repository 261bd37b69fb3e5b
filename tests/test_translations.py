"""Every string the user reads has its Hungarian and Russian translation, and the catalogues the app reads are
built from the translations kept in resources/translations (see tests/translations.py)."""

from __future__ import annotations

import ast
import os
import re
from pathlib import Path

import pytest

from tests import translations as ts

LANGUAGES = ("hu", "ru")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n")


@pytest.fixture(scope="module")
def code() -> list[ts.Key]:
    found = ts.strings_in_code()
    if os.environ.get("PARALLAX_REGOLD") == "1":
        ts.regold()
    return found


def test_the_translation_sources_hold_every_string_of_the_code_and_no_other(code: list[ts.Key]) -> None:
    for language in ts.LOCALES:
        kept = set(ts.read_ts(ts.ts_path(language)))
        wanted = set(ts.merged(language, code))
        assert sorted(wanted - kept) == [], f"new strings not in parallax_{language}.ts (PARALLAX_REGOLD=1 adds them)"
        assert sorted(kept - wanted) == [], f"parallax_{language}.ts holds strings the code no longer has"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(code: list[ts.Key], language: str) -> None:
    messages = ts.read_ts(ts.ts_path(language))
    missing = [key for key in code if not (messages[key].finished and all(messages[key].translations))]
    assert missing == [], f"{len(missing)} strings have no {language} translation"


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_translations_keep_the_placeholders_and_give_each_menu_one_key(language: str) -> None:
    for (context, source, _comment), message in ts.read_ts(ts.ts_path(language)).items():
        for translation in filter(None, message.translations):
            wanted = sorted(PLACEHOLDER.findall(source))
            if ts.is_plural((context, source, _comment)) and len(message.translations) > 1:
                wanted = [p for p in wanted if p != "%n"]  # a plural form may spell its number out ("одна")
                found = [p for p in PLACEHOLDER.findall(translation) if p != "%n"]
            else:
                found = PLACEHOLDER.findall(translation)
            assert sorted(found) == wanted, (context, source, translation)
            if re.search(r"&\w", source):
                assert len(re.findall(r"&\w", translation)) == 1, (context, source, translation)


def test_the_catalogues_the_app_reads_are_built_from_the_sources(tmp_path: Path) -> None:
    for language in ts.LOCALES:
        ts.compile_ts(language, tmp_path / f"{language}.qm")
        built = (tmp_path / f"{language}.qm").read_bytes()
        assert built == ts.qm_path(language).read_bytes(), f"parallax_{language}.qm is stale (PARALLAX_REGOLD=1)"


def test_every_translated_string_is_written_out_where_it_is_used() -> None:
    """lupdate reads only literal text: a string built at run time (an f-string, a variable) would go untranslated
    without anyone noticing."""
    bad = []
    for path in sorted((ts.ROOT / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            literal_args = 2 if name == "translate" else 1 if name == "tr" else 0
            if isinstance(node.func, ast.Attribute) and name == "translate":
                continue  # Qt's own QCoreApplication.translate, called by the one function that installs it
            args = node.args[:literal_args]
            if literal_args and (len(args) < literal_args or not all(_literal(a) for a in args)):
                bad.append(f"{path.relative_to(ts.ROOT)}:{node.lineno}")
    assert bad == []


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)
