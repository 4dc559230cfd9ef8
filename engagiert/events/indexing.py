"""The search index of events (EventSearchTerm): their terms, and the names of what they are
found by (the index is registered with core.indexing in apps.py)."""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.html import strip_tags

from engagiert.core.indexing import SearchIndex, Source, in_every_language
from engagiert.core.models import District
from engagiert.core.search import weighted_terms
from engagiert.directory.models import Organisation, Topic
from engagiert.events.models import Event, EventSearchTerm, Format, Venue


def event_terms(event: Event) -> dict[str, int]:
    """Weighted terms of one event; its relations must be prefetched for batches."""
    fields: list[tuple[str, int]] = [
        (in_every_language(event, "title"), 5),
        (str(Format(event.format).label), 3),
        (event.venue.name if event.venue else "", 2),
        (event.district.name if event.district else "", 2),
        (event.target_group, 2),
        (strip_tags(in_every_language(event, "description")), 1),
    ]
    fields += [(in_every_language(t, "name"), 3) for t in event.topics.all()]
    fields += [(o.name, 3) for o in event.organisations.all()]
    return weighted_terms(fields)


INDEX = SearchIndex(
    terms_model=EventSearchTerm,
    terms=event_terms,
    load=lambda events: events.select_related("venue", "district").prefetch_related("topics", "organisations"),
    sources=(
        Source(model=Venue, via="venue"),
        Source(model=District, via="district"),
        Source(model=Topic, via="topics"),
        Source(model=Organisation, via="organisations"),
    ),
)


def reindex_events(ids: Iterable[int]) -> int:
    """Rebuild the terms of the given events; returns the number of terms written."""
    return INDEX.rebuild(ids)
