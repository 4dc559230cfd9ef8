"""iCalendar (.ics) for single events and feeds, with the icalendar package."""

from __future__ import annotations

from collections.abc import Iterable

import icalendar
from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags

from engagiert.events.models import Event


def _vevent(event: Event, *, stamp) -> icalendar.Event:
    item = icalendar.Event()
    item.add("uid", f"event-{event.pk}@{settings.SITE_URL.split('://')[-1].split('/')[0]}")
    item.add("dtstamp", stamp)
    item.add("dtstart", event.start)
    item.add("dtend", event.end)
    item.add("summary", event.title)
    text = strip_tags(event.description or "").strip()
    if text:
        item.add("description", text)
    if event.venue:
        item.add("location", ", ".join(p for p in (event.venue.name, event.venue.address) if p))
        if event.venue.latitude is not None and event.venue.longitude is not None:
            item.add("geo", (event.venue.latitude, event.venue.longitude))
    elif event.online_url:
        item.add("location", event.online_url)
    item.add("url", settings.SITE_URL.rstrip("/") + event.get_absolute_url())
    item.add("status", "CANCELLED" if event.status == Event.Status.CANCELLED else "CONFIRMED")
    item.add("last-modified", event.updated_at or stamp)
    return item


def calendar_bytes(events: Iterable[Event], *, name: str) -> bytes:
    """A VCALENDAR with one VEVENT per event (venue and municipality must be loaded)."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Engagiert//Begegnungen//DE")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    stamp = timezone.now()
    for event in events:
        cal.add_component(_vevent(event, stamp=stamp))
    return cal.to_ical()
