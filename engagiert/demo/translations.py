"""Puts the demo's English, Arabic and Ukrainian texts (demo/data/translations.py) on the
organisations, events and Mach mit! offers the other demo modules created, matched by their
German name or title; idempotent. What is not listed stays German (marked lang="de" on the
page by core's {% translated %} tag)."""

from __future__ import annotations

from engagiert.demo.data import translations as data
from engagiert.directory.indexing import reindex_organisations
from engagiert.directory.models import Organisation
from engagiert.events.indexing import reindex_events
from engagiert.events.models import Event
from engagiert.volunteering.indexing import reindex_opportunities
from engagiert.volunteering.models import Opportunity


def _columns(texts: dict[str, dict[str, str]]) -> dict[str, str]:
    """{"title": {"en": ...}} -> {"title_en": ...}"""
    return {f"{field}_{lang}": text for field, by_lang in texts.items() for lang, text in by_lang.items()}


def _organisations() -> list[int]:
    ids = []
    for name, texts in data.ORGANISATIONS.items():
        orgs = list(Organisation.objects.filter(name=name).values_list("pk", flat=True))
        Organisation.objects.filter(pk__in=orgs).update(**_columns({"description": texts}))
        ids += orgs
    return ids


def _events() -> list[int]:
    ids = []
    for title, texts in data.EVENTS.items():
        events = list(Event.objects.filter(title_de=title).values_list("pk", flat=True))
        Event.objects.filter(pk__in=events).update(**_columns(texts))
        ids += events
    generated = Event.objects.filter(title_de__in=data.GENERATED_EVENT_TITLES).select_related("municipality")
    changed = []
    for event in generated:
        titles = data.GENERATED_EVENT_TITLES[event.title_de]
        for lang, title in titles.items():
            setattr(event, f"title_{lang}", title)
            description = data.GENERATED_EVENT_DESCRIPTION[lang].format(title=title, town=event.municipality.name)
            setattr(event, f"description_{lang}", description)
        changed.append(event)
    fields = [f"{field}_{lang}" for field in ("title", "description") for lang in data.GENERATED_EVENT_DESCRIPTION]
    Event.objects.bulk_update(changed, fields, batch_size=500)
    return ids + [event.pk for event in changed]


def _opportunities() -> list[int]:
    ids = []
    for title, texts in data.OPPORTUNITIES.items():
        opps = list(Opportunity.objects.filter(title_de=title).values_list("pk", flat=True))
        Opportunity.objects.filter(pk__in=opps).update(**_columns(texts))
        ids += opps
    return ids


def load() -> None:
    """Applies the translations and updates the search terms of what changed."""
    orgs, events, opps = _organisations(), _events(), _opportunities()
    reindex_organisations(orgs)
    reindex_events(events)
    reindex_opportunities(opps)
