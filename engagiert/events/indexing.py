"""Keeps EventSearchTerm in step with events (see engagiert.core.search)."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils.html import strip_tags

from engagiert.core.languages import language_codes
from engagiert.core.search import weighted_terms
from engagiert.events.models import Event, EventSearchTerm, Format

LANGS = language_codes()


def _translations(obj, field: str) -> str:
    return " ".join(getattr(obj, f"{field}_{lang}", "") or "" for lang in LANGS)


def event_terms(event: Event) -> dict[str, int]:
    fields: list[tuple[str, int]] = [
        (_translations(event, "title"), 5),
        (str(Format(event.format).label), 3),
        (event.venue.name if event.venue else "", 2),
        (event.district.name if event.district else "", 2),
        (event.target_group, 2),
        (strip_tags(_translations(event, "description")), 1),
    ]
    fields += [(_translations(t, "name"), 3) for t in event.topics.all()]
    fields += [(o.name, 3) for o in event.organisations.all()]
    return weighted_terms(fields)


@transaction.atomic
def reindex_events(ids: Iterable[int]) -> int:
    ids = list(ids)
    EventSearchTerm.objects.filter(event_id__in=ids).delete()
    events = (
        Event.objects.filter(pk__in=ids).select_related("venue", "district").prefetch_related("topics", "organisations")
    )
    rows = [
        EventSearchTerm(event=event, municipality_id=event.municipality_id, term=term, weight=weight)
        for event in events
        for term, weight in event_terms(event).items()
    ]
    EventSearchTerm.objects.bulk_create(rows, batch_size=2000)
    return len(rows)
