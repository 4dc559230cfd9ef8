"""Editing an event: applied at once, or for a public event edited by someone not trusted held
as an EventChange (stored as JSON) until a coordinator applies or rejects it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from django.utils.translation import gettext as _

from engagiert.core import audit, pagecache
from engagiert.core.images import discard_image
from engagiert.core.indexing import reindex
from engagiert.core.languages import localized
from engagiert.core.models import District
from engagiert.directory.models import Organisation, Topic
from engagiert.events.mails import registration_mail
from engagiert.events.models import Event, EventChange, Venue
from engagiert.events.services.common import (
    EventError,
    Status,
    _check_tenant,
    _check_times,
    _initial_status,
    _promote,
    figures_changed,
    seats_taken,
)

SCALAR_FIELDS = (
    *localized("title", "description"),
    "format",
    "district",
    "venue",
    "start",
    "end",
    "online_url",
    "image",
    "image_alt",
    "is_free",
    "price",
    "languages",
    "target_group",
    "registration_required",
    "capacity",
    "registration_opens",
    "registration_closes",
    "waiting_list",
    "companions_allowed",
)
# Changes the registered people are told about.
NOTIFY_FIELDS = ("start", "end", "venue", "online_url")


def edit_needs_approval(*, event: Event, author, organisations: list[Organisation]) -> bool:
    """Edits of a public event wait for a coordinator, as new events do, unless the author
    coordinates the municipality or every organisation of the event, before and after the
    edit, is trusted (so that no one publishes by dropping their own organisation)."""
    if event.status not in (Event.Status.PUBLISHED, Event.Status.CANCELLED):
        return False
    involved = {*event.organisations.all(), *organisations}
    return _initial_status(author=author, organisations=list(involved), municipality=event.municipality) == (
        Event.Status.PENDING
    )


def update_event(
    *, event: Event, author, data: dict[str, Any], organisations: list[Organisation], topics: list[Topic] = ()
) -> Event | EventChange | None:
    """Change one event (also a single date of a series). Capacity may not fall below the
    seats already taken; registered people hear about changes of time and place.
    When the edit needs approval, the event stays as it is and the change waits (returned
    as an EventChange; a newer one replaces it); None when nothing changed."""
    if edit_needs_approval(event=event, author=author, organisations=organisations):
        return _propose(event=event, author=author, data=data, organisations=organisations, topics=topics)
    return _apply_update(event=event, data=data, organisations=organisations, topics=topics)


def _check_update(event: Event, data: dict[str, Any], organisations: list[Organisation]) -> None:
    _check_times(data, now=timezone.now(), is_new=False)
    _check_tenant(event.municipality, data, organisations)
    capacity = data.get("capacity")
    if capacity is not None and capacity < (taken := seats_taken(event=event)):
        raise EventError(
            _("Es sind schon %(n)d Plätze vergeben; die Zahl der Plätze kann nicht kleiner sein.") % {"n": taken}
        )


def _apply_update(
    *, event: Event, data: dict[str, Any], organisations: list[Organisation], topics: list[Topic]
) -> Event:
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=event.pk)
        _check_update(event, data, organisations)
        changed = [key for key in NOTIFY_FIELDS if _comparable(getattr(event, key)) != _comparable(data.get(key))]
        before = event.start
        for key, value in data.items():
            setattr(event, key, value)
        event.save()
        figures_changed(event, before=before)  # day, format or venue may count differently
        event.organisations.set(organisations)
        event.topics.set(topics)
        if changed:
            for reg in event.registrations.exclude(status=Status.CANCELLED):
                registration_mail(reg, "event_changed")
        _promote(event, now=timezone.now())
    reindex(model=Event, ids=[event.pk])
    pagecache.content_changed(event.municipality_id)
    return event


# Changes waiting for approval are stored as JSON: ids for relations, ISO times.
RELATED = {"district": District, "venue": Venue}
RELATED_TYPES = tuple(RELATED.values())
TEXT_FIELDS = {
    name
    for name in SCALAR_FIELDS
    if name not in RELATED and Event._meta.get_field(name).get_internal_type() in ("CharField", "TextField")
}
M2M = {"organisations": Organisation, "topics": Topic}


def event_state(event: Event) -> dict[str, Any]:
    """The editable state of an event as plain JSON values (empty texts as "", as forms give them)."""
    state = {name: _to_json(name, getattr(event, name)) for name in SCALAR_FIELDS if name not in RELATED}
    state |= {name: getattr(event, f"{name}_id") for name in RELATED}
    state |= {name: sorted(o.pk for o in getattr(event, name).all()) for name in M2M}
    return state


def _to_json(name: str, value):
    if value is None and name in TEXT_FIELDS:
        return ""
    if isinstance(value, FieldFile):
        return value.name or ""
    if isinstance(value, dt.datetime):
        return _comparable(value).astimezone(dt.UTC).isoformat()
    if isinstance(value, RELATED_TYPES):
        return value.pk
    return value


def _propose(
    *, event: Event, author, data: dict[str, Any], organisations: list[Organisation], topics: list[Topic]
) -> EventChange | None:
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=event.pk)
        _check_update(event, data, organisations)  # a change that could not be applied is refused now
        before = event_state(event)
        after = {name: _to_json(name, value) for name, value in data.items()}
        after |= {"organisations": sorted(o.pk for o in organisations), "topics": sorted(t.pk for t in topics)}
        changes = {name: [before[name], value] for name, value in after.items() if before[name] != value}
        if not changes:
            return None
        waiting = EventChange.objects.filter(event=event, status=EventChange.Status.PENDING).first()
        replaced = _proposed_image(waiting) if waiting else None
        change, _created = EventChange.objects.update_or_create(
            event=event, status=EventChange.Status.PENDING, defaults={"author": author, "changes": changes}
        )
        if replaced != _proposed_image(change):  # the newer proposal does not show the earlier upload
            discard_image(replaced, model=Event, field="image")
        return change


def _proposed_image(change: EventChange) -> str | None:
    return change.changes.get("image", [None, None])[1]


def _changed_data(event: Event, changes: dict[str, list[Any]]) -> tuple[dict[str, Any], list, list]:
    """The event's data with the proposed values, as update_event takes them."""
    data: dict[str, Any] = {name: getattr(event, name) for name in SCALAR_FIELDS}
    many = {name: list(getattr(event, name).all()) for name in M2M}
    for name, (_old, new) in changes.items():
        if name in M2M:
            many[name] = list(M2M[name].objects.filter(pk__in=new))
        elif name in RELATED:
            data[name] = RELATED[name].objects.filter(pk=new).first() if new is not None else None
        elif name in ("start", "end", "registration_opens", "registration_closes"):
            data[name] = dt.datetime.fromisoformat(new) if new else None
        else:
            data[name] = new
    return data, many["organisations"], many["topics"]


def decide_event_change(*, change: EventChange, approve: bool, by, note: str = "") -> None:
    """A coordinator applies a waiting change (checked again: seats may have been taken
    since) or rejects it."""
    with transaction.atomic():
        change = EventChange.objects.select_for_update().select_related("event").get(pk=change.pk)
        if change.status != EventChange.Status.PENDING:
            raise EventError(_("Über diese Änderung wurde bereits entschieden."))
        if approve:
            data, organisations, topics = _changed_data(change.event, change.changes)
            _apply_update(event=change.event, data=data, organisations=organisations, topics=topics)
        else:
            discard_image(_proposed_image(change), model=Event, field="image")
        change.status = EventChange.Status.APPLIED if approve else EventChange.Status.REJECTED
        change.decided_by, change.decided_at, change.note = by, timezone.now(), note
        change.save()
        audit.record(
            actor=by,
            action="events.decide_event_change",
            target=change,
            municipality=change.event.municipality_id,
            decision=audit.decision_of(approve),
            reason=note,
            label=change.event.title,
        )


def _comparable(value):
    """Times to the minute (forms carry no seconds), everything else as it is."""
    if isinstance(value, dt.datetime):
        return value.replace(second=0, microsecond=0)
    return value
