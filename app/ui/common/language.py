"""The window speaks the user's language: Qt's own catalogue (its dialogs' buttons) and Parallax's, installed
before any widget is made, and Parallax's strings in app/domain read through Qt's translate."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.domain import i18n

_installed: list[QTranslator] = []  # kept alive while they are installed


def _translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def window_language(saved: object) -> str:
    """The Language menu's choice (`saved`, from the settings), else the system's language, else English."""
    system = [QLocale.system().name(), *QLocale.system().uiLanguages()]
    return i18n.choose_language(saved if isinstance(saved, str) else None, system)


def speak(language: str) -> None:
    """From now on the window's strings are read in `language` ('en', 'hu', 'ru')."""
    application = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    folders = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("parallax", str(resources.files("resources").joinpath("translations"))),
    )
    for name, folder in folders:
        translator = QTranslator(application)
        if translator.load(f"{name}_{language}", folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(language))
    i18n.install(_translate, language)
