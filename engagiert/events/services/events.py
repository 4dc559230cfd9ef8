"""Events and series: creating them (published or pending), the dates of a series, approval,
cancellation, the head count and venues."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from engagiert.core import audit, pagecache
from engagiert.core.indexing import reindex
from engagiert.core.models import Municipality
from engagiert.directory.models import Organisation, Topic
from engagiert.events.mails import registration_mail
from engagiert.events.models import Event, EventSeries, Venue
from engagiert.events.services.common import (
    EventError,
    Status,
    _check_tenant,
    _check_times,
    _initial_status,
    figures_changed,
)

MAX_SERIES_DATES = 60


@transaction.atomic
def create_event(
    *,
    municipality: Municipality,
    author,
    data: dict[str, Any],
    organisations: list[Organisation],
    topics: list[Topic] = (),
    repeat_weeks: int | None = None,
    repeat_until: dt.date | None = None,
    now: dt.datetime | None = None,
) -> list[Event]:
    """Create an event, or with `repeat_weeks` a series of them (same weekday and time every
    N weeks until `repeat_until`). Published at once for trusted organisations and
    coordinators, otherwise pending until a coordinator approves. Returns the events."""
    now = now or timezone.now()
    _check_times(data, now=now, is_new=True)
    _check_tenant(municipality, data, organisations)
    status = _initial_status(author=author, organisations=organisations, municipality=municipality)
    starts = [data["start"]]
    series = None
    if repeat_weeks:
        if not repeat_until or repeat_until < timezone.localdate(data["start"]):
            raise EventError(_("Die Wiederholung muss nach dem ersten Termin enden."))
        series = EventSeries.objects.create(
            municipality=municipality,
            title=data["title_de"],
            interval_weeks=repeat_weeks,
            weekday=timezone.localtime(data["start"]).weekday(),
            first_date=timezone.localdate(data["start"]),
            until=repeat_until,
        )
        starts = series_starts(series=series, first_start=data["start"])
    duration = data["end"] - data["start"]
    created = []
    for start in starts:
        event = Event(
            municipality=municipality, series=series, status=status, created_by=author, **{**data, "start": start}
        )
        event.end = start + duration
        for key in ("registration_opens", "registration_closes"):
            if data.get(key):
                setattr(event, key, data[key] + (start - data["start"]))
        event.save()
        event.organisations.set(organisations)
        event.topics.set(topics)
        created.append(event)
    reindex(model=Event, ids=[e.pk for e in created])
    pagecache.content_changed(municipality)
    return created


def publishes_at_once(*, author, organisations: list[Organisation], municipality: Municipality) -> bool:
    """Whether a new event by `author` for `organisations` goes online at once (trusted
    organisations, coordinators) or waits for a coordinator: what create_event will do."""
    status = _initial_status(author=author, organisations=organisations, municipality=municipality)
    return status == Event.Status.PUBLISHED


def series_starts(*, series: EventSeries, first_start: dt.datetime) -> list[dt.datetime]:
    """Start times of a series: the first start, then every `interval_weeks` weeks (same
    local wall-clock time across daylight saving changes) up to `until`."""
    local = timezone.localtime(first_start)
    starts, n = [], 0
    while len(starts) < MAX_SERIES_DATES:
        day = local.date() + dt.timedelta(weeks=series.interval_weeks * n)
        if day > series.until:
            break
        naive = dt.datetime.combine(day, local.time().replace(tzinfo=None))
        starts.append(timezone.make_aware(naive, local.tzinfo))
        n += 1
    return starts


def approve_event(*, event: Event, user) -> Event:
    if event.status != Event.Status.PENDING:
        raise EventError(_("Diese Veranstaltung wartet nicht auf Freigabe."))
    event.status = Event.Status.PUBLISHED
    event.save(update_fields=["status", "updated_at"])
    figures_changed(event)
    audit.record(
        actor=user,
        action="events.approve_event",
        target=event,
        municipality=event.municipality_id,
        decision=audit.decision_of(True),
        label=event.title,
    )
    return event


def cancel_event(*, event: Event, user) -> Event:
    """Cancel the event; everyone registered is told."""
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=event.pk)
        if event.status == Event.Status.CANCELLED:
            raise EventError(_("Diese Veranstaltung ist bereits abgesagt."))
        event.status = Event.Status.CANCELLED
        event.save(update_fields=["status", "updated_at"])
        figures_changed(event)
        for reg in event.registrations.exclude(status=Status.CANCELLED):
            registration_mail(reg, "event_cancelled")
        audit.record(
            actor=user,
            action="events.cancel_event",
            target=event,
            municipality=event.municipality_id,
            label=event.title,
        )
    return event


def record_head_count(*, event: Event, head_count: int) -> Event:
    if head_count < 0:
        raise EventError(_("Die Zahl der Gäste kann nicht negativ sein."))
    with transaction.atomic():
        event.head_count = head_count
        event.save(update_fields=["head_count", "updated_at"])
        figures_changed(event)  # often entered days or weeks after the event
    return event


def get_or_create_venue(*, municipality: Municipality, name: str, **fields) -> Venue:
    venue, _created = Venue.objects.update_or_create(municipality=municipality, name=name, defaults=fields)
    return venue
