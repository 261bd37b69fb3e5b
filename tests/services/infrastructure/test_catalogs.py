"""The command line reads Qt's translation catalogues without Qt, and finds what Qt itself finds in them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.errors import InvalidInputError
from app.services.infrastructure.catalogs import read_catalog

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Library</name>
    <message>
        <source>Moved “{title}” to the trash.</source>
        <translation>«{title}» перемещён в корзину.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n заметка</numerusform><numerusform>%n заметки</numerusform>\
<numerusform>%n заметок</numerusform></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a document</comment>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Open</source>
        <translation>Открыть…</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("catalog")
    (folder / "parallax_ru.ts").write_text(TS, encoding="utf-8")
    release = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert release is not None
    subprocess.run([release, str(folder / "parallax_ru.ts"), "-qm", str(folder / "parallax_ru.qm")], check=True,
                   capture_output=True)  # fmt: skip
    return folder / "parallax_ru.qm"


def test_messages_plural_forms_and_disambiguations_are_read_as_qt_reads_them(compiled: Path, qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    catalog = read_catalog(compiled.read_bytes(), "ru")
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    try:
        for context, text, comment in (
            ("Library", "Moved “{title}” to the trash.", None),
            ("Library", "Open", "a document"),
            ("Menus", "Open", None),
            ("Library", "Open", None),  # only with its disambiguation: untranslated without it
            ("Menus", "Open", "a document"),  # a disambiguation not in the catalogue falls back to none
        ):
            ours = catalog.translate(context, text, comment, -1) or text  # none found: the source text is kept
            assert ours == QCoreApplication.translate(context, text, comment)
        for n in [*range(30), 101, 111, 112, 121, 1000]:
            ours = catalog.translate("Library", "%n note(s)", None, n).replace("%n", str(n))
            assert ours == QCoreApplication.translate("Library", "%n note(s)", None, n)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert catalog.translate("Library", "Nothing like this", None, -1) == ""  # not there: the caller keeps its text


def test_a_file_that_is_not_a_catalogue_is_refused_in_one_line(compiled: Path) -> None:
    with pytest.raises(InvalidInputError, match="not a Qt translation catalogue"):
        read_catalog(b"<TS/>", "ru")
    with pytest.raises(InvalidInputError, match="damaged"):
        read_catalog(compiled.read_bytes()[:40], "ru")
