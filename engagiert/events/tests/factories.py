"""Test helpers of Begegnungen."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from engagiert.core.models import Municipality
from engagiert.directory.models import Organisation
from engagiert.events.indexing import reindex_events
from engagiert.events.models import Event, Venue


def make_venue(municipality: Municipality, name: str = "Aula des Liborius-Gymnasiums", **fields) -> Venue:
    defaults = {"street": "Liboriusstraße 1", "postcode": "06844", "city": "Dessau-Roßlau", "wheelchair": True}
    return Venue.objects.create(municipality=municipality, name=name, **{**defaults, **fields})


def make_event(
    municipality: Municipality,
    title: str = "Inklusive Tanzgala",
    *,
    organisation: Organisation | None = None,
    days: float = 7,
    hours: float = 3,
    **fields,
) -> Event:
    start = timezone.now() + dt.timedelta(days=days)
    fields.setdefault("format", "dance")
    fields.setdefault("status", Event.Status.PUBLISHED)
    event = Event.objects.create(
        municipality=municipality,
        title=title,
        start=start,
        end=start + dt.timedelta(hours=hours),
        **fields,
    )
    if organisation:
        event.organisations.add(organisation)
    reindex_events([event.pk])
    return event


STEP_PATHS = ("neu/", "neu/wann/", "neu/wo/", "neu/anmeldung/")


def create_in_steps(client, calendar: str, data: dict):
    """Walk a new event through the steps with `data` (each step takes its own fields) and
    publish it from the preview; returns the first response that is not "go on" (a step's
    errors), else the publishing one."""
    for path in STEP_PATHS:
        response = client.post(f"{calendar}{path}", {**data, "richtung": "weiter"})
        if response.status_code != 302:
            return response
    return client.post(f"{calendar}neu/vorschau/", {"richtung": "veroeffentlichen"})
