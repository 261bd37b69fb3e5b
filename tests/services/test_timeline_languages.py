"""The bundled events read in the user's language; an event the user worded keeps the user's words."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain import i18n
from app.domain.timeline import ItemKind
from app.services.infrastructure.catalogs import bundled_catalog
from app.services.registry import Services

RAJK = "Rajk and other purge victims reburied"  # bundled, from FRUS
NAGY = "Imre Nagy readmitted to the party"


def speak(language: str) -> None:
    catalog = bundled_catalog(language)
    assert catalog is not None
    i18n.install(catalog.translate, language)


@pytest.mark.parametrize(
    ("language", "label", "said"),
    [
        ("hu", "Rajk László és társai újratemetése", "Mintegy 200\u00a0000 ember"),
        ("ru", "Перезахоронение Райка и других жертв чисток", "около 200\u00a0000 человек"),
    ],
)
def test_a_bundled_event_reads_in_the_language_spoken_its_source_as_cited(
    services: Services, language: str, label: str, said: str
) -> None:
    english = next(item for item in services.timeline.items() if item.label == RAJK)
    speak(language)
    event = next(item for item in services.timeline.items() if (item.kind, item.id) == (english.kind, english.id))
    assert event.label == label
    assert said in event.description
    assert event.source == english.source == "FRUS 1955–1957, vol. XXV, doc. 91, note 5"


def test_an_event_the_user_reworded_keeps_the_users_words_in_every_language(services: Services) -> None:
    items = services.timeline.items()
    rajk, nagy = (next(item for item in items if item.label == label) for label in (RAJK, NAGY))
    services.timeline.update_event(rajk.id, replace(services.timeline.event(rajk.id).draft, label="Rajk's reburial"))
    speak("hu")
    labels = {item.id: item.label for item in services.timeline.items() if item.kind is ItemKind.EVENT}
    assert labels[rajk.id] == "Rajk's reburial"
    assert labels[nagy.id] == "Nagy Imrét visszaveszik a pártba"  # the others still read in Hungarian
    assert services.timeline.event(nagy.id).draft.label == NAGY  # what is stored, and edited, stays as shipped
