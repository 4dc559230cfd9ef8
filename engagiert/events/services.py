"""Writes of Begegnungen: events and series, registrations under a lock, check-in.

Capacity rule: the seats taken are 1 + companions of every confirmed registration and of
every unexpired unconfirmed one. Registrations, confirmations and cancellations lock the
event row (select_for_update) so that no two of them count at the same time. E-mails are
queued (django-tasks) after the transaction has ended."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Count, Q, Sum
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from django.utils.translation import gettext as _

from engagiert.core.models import District, Municipality, Role
from engagiert.core.permissions import has_role
from engagiert.directory.models import Organisation, OrganisationEditor, Topic
from engagiert.events import tasks
from engagiert.events.indexing import reindex_events
from engagiert.events.models import Event, EventChange, EventSeries, Registration, Venue
from engagiert.events.tokens import registration_pk, ticket_pk

CONFIRMATION_WINDOW = dt.timedelta(hours=24)
MAX_SERIES_DATES = 60
Status = Registration.Status


class EventError(Exception):
    """A rule of Begegnungen was broken; the message is for the user."""


@dataclass
class Mails:
    """E-mails to queue once the transaction has committed: (registration id, kind)."""

    items: list[tuple[int, str]] = field(default_factory=list)

    def add(self, registration: Registration, kind: str) -> None:
        self.items.append((registration.pk, kind))

    def send(self) -> None:
        for pk, kind in self.items:
            tasks.send_registration_mail.enqueue(pk, kind)


# --- Permissions -------------------------------------------------------------------------


def editable_organisations(user, municipality: Municipality):
    """Organisations the user may create events for: all published ones for coordinators,
    otherwise those they edit."""
    qs = Organisation.objects.filter(municipality=municipality, status=Organisation.Status.PUBLISHED)
    if has_role(user, municipality, Role.Kind.COORDINATOR):
        return qs
    if not user.is_authenticated:
        return qs.none()
    return qs.filter(editors__user=user, editors__status=OrganisationEditor.Status.ACTIVE)


def can_manage(user, event: Event) -> bool:
    """Coordinators of the municipality and active editors of an organising organisation."""
    if has_role(user, event.municipality, Role.Kind.COORDINATOR):
        return True
    return (
        user.is_authenticated
        and OrganisationEditor.objects.filter(
            user=user, status=OrganisationEditor.Status.ACTIVE, organisation__events=event
        ).exists()
    )


# --- Events ------------------------------------------------------------------------------

SCALAR_FIELDS = (
    "title_de",
    "title_en",
    "title_ar",
    "title_uk",
    "description_de",
    "description_en",
    "description_ar",
    "description_uk",
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


def _check_times(data: dict[str, Any], *, now: dt.datetime, is_new: bool) -> None:
    start, end = data["start"], data["end"]
    if end <= start:
        raise EventError(_("Das Ende muss nach dem Beginn liegen."))
    if is_new and start < now:
        raise EventError(_("Der Beginn liegt in der Vergangenheit."))
    opens, closes = data.get("registration_opens"), data.get("registration_closes")
    if opens and closes and closes <= opens:
        raise EventError(_("Das Ende der Anmeldefrist muss nach ihrem Beginn liegen."))
    if closes and closes > end:
        raise EventError(_("Die Anmeldefrist muss vor dem Ende der Veranstaltung schließen."))


def _initial_status(*, author, organisations: list[Organisation], municipality: Municipality) -> str:
    trusted = bool(organisations) and all(o.trusted for o in organisations)
    if trusted or has_role(author, municipality, Role.Kind.COORDINATOR):
        return Event.Status.PUBLISHED
    return Event.Status.PENDING


def _check_tenant(municipality: Municipality, data: dict[str, Any], organisations: list[Organisation]) -> None:
    for key in ("district", "venue"):
        if data.get(key) is not None and data[key].municipality_id != municipality.pk:
            raise EventError(_("Ungültige Auswahl."))
    if any(o.municipality_id != municipality.pk for o in organisations):
        raise EventError(_("Ungültige Auswahl."))


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
    reindex_events([e.pk for e in created])
    return created


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
    mails = Mails()
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=event.pk)
        _check_update(event, data, organisations)
        changed = [key for key in NOTIFY_FIELDS if _comparable(getattr(event, key)) != _comparable(data.get(key))]
        for key, value in data.items():
            setattr(event, key, value)
        event.save()
        event.organisations.set(organisations)
        event.topics.set(topics)
        if changed:
            for reg in event.registrations.exclude(status=Status.CANCELLED):
                mails.add(reg, "event_changed")
        _promote(event, now=timezone.now(), mails=mails)
    reindex_events([event.pk])
    mails.send()
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
        change, _created = EventChange.objects.update_or_create(
            event=event, status=EventChange.Status.PENDING, defaults={"author": author, "changes": changes}
        )
        return change


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
        change.status = EventChange.Status.APPLIED if approve else EventChange.Status.REJECTED
        change.decided_by, change.decided_at, change.note = by, timezone.now(), note
        change.save()


def _comparable(value):
    """Times to the minute (forms carry no seconds), everything else as it is."""
    if isinstance(value, dt.datetime):
        return value.replace(second=0, microsecond=0)
    return value


def approve_event(*, event: Event, user) -> Event:
    if event.status != Event.Status.PENDING:
        raise EventError(_("Diese Veranstaltung wartet nicht auf Freigabe."))
    event.status = Event.Status.PUBLISHED
    event.save(update_fields=["status", "updated_at"])
    return event


def cancel_event(*, event: Event, user) -> Event:
    """Cancel the event; everyone registered is told."""
    mails = Mails()
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=event.pk)
        if event.status == Event.Status.CANCELLED:
            raise EventError(_("Diese Veranstaltung ist bereits abgesagt."))
        event.status = Event.Status.CANCELLED
        event.save(update_fields=["status", "updated_at"])
        for reg in event.registrations.exclude(status=Status.CANCELLED):
            mails.add(reg, "event_cancelled")
    mails.send()
    return event


def record_head_count(*, event: Event, head_count: int) -> Event:
    if head_count < 0:
        raise EventError(_("Die Zahl der Gäste kann nicht negativ sein."))
    event.head_count = head_count
    event.save(update_fields=["head_count", "updated_at"])
    return event


# --- Registrations -----------------------------------------------------------------------


def _holding(now: dt.datetime) -> Q:
    """Registrations that hold seats: confirmed, and unconfirmed ones not yet expired."""
    return Q(status=Status.CONFIRMED) | Q(status=Status.PENDING, expires_at__gt=now)


def seats_taken(*, event: Event, now: dt.datetime | None = None) -> int:
    now = now or timezone.now()
    row = Registration.objects.filter(event=event).filter(_holding(now)).aggregate(n=Count("pk"), c=Sum("companions"))
    return row["n"] + (row["c"] or 0)


def _check_window(event: Event, now: dt.datetime) -> None:
    if event.status != Event.Status.PUBLISHED:
        raise EventError(_("Für diese Veranstaltung ist keine Anmeldung möglich."))
    if not event.registration_required:
        raise EventError(_("Für diese Veranstaltung ist keine Anmeldung nötig."))
    if event.registration_opens and now < event.registration_opens:
        raise EventError(_("Die Anmeldung ist noch nicht geöffnet."))
    if (event.registration_closes and now >= event.registration_closes) or now >= event.start:
        raise EventError(_("Die Anmeldefrist ist abgelaufen."))


def register(
    *,
    event: Event,
    name: str,
    email: str,
    companions: int = 0,
    needs: str = "",
    user=None,
    language: str = "de",
    now: dt.datetime | None = None,
    lock: bool = True,
) -> Registration:
    """Register a person. Signed-in users are confirmed at once; guests hold a seat for
    CONFIRMATION_WINDOW until they confirm by the link in their e-mail. A full event puts
    the person on the waiting list, or refuses them when it has none.

    `lock=False` skips the row lock: only for the test that proves the lock is needed."""
    now = now or timezone.now()
    email = email.strip().lower()
    mails = Mails()
    with transaction.atomic():
        qs = Event.objects.select_for_update() if lock else Event.objects
        event = qs.get(pk=event.pk)
        _check_window(event, now)
        if companions < 0 or companions > event.companions_allowed:
            raise EventError(
                _("Sie können höchstens %(n)d Begleitperson(en) mitbringen.") % {"n": event.companions_allowed}
            )
        _release_expired(event=event, email=email, now=now)
        if event.registrations.filter(email=email).exclude(status=Status.CANCELLED).exists():
            raise EventError(_("Mit dieser E-Mail-Adresse ist bereits jemand angemeldet."))
        seats = 1 + companions
        fits = event.capacity is None or seats_taken(event=event, now=now) + seats <= event.capacity
        if fits:
            status = Status.CONFIRMED if user else Status.PENDING
        elif event.waiting_list:
            status = Status.WAITING
        else:
            raise EventError(_("Die Veranstaltung ist ausgebucht."))
        try:
            with transaction.atomic():
                registration = Registration.objects.create(
                    event=event,
                    user=user,
                    name=name.strip(),
                    email=email,
                    companions=companions,
                    needs=needs.strip(),
                    status=status,
                    language=language,
                    expires_at=None if user else now + CONFIRMATION_WINDOW,
                    confirmed_at=now if user else None,
                )
        except IntegrityError:
            raise EventError(_("Mit dieser E-Mail-Adresse ist bereits jemand angemeldet.")) from None
        if user:
            mails.add(registration, "confirmed" if status == Status.CONFIRMED else "waiting")
        else:
            mails.add(registration, "confirm_request")
    mails.send()
    return registration


def _release_expired(*, event: Event, email: str, now: dt.datetime) -> None:
    """An unconfirmed registration past its time no longer blocks the same address."""
    event.registrations.filter(email=email, expires_at__lte=now, confirmed_at__isnull=True).exclude(
        status=Status.CANCELLED
    ).update(status=Status.CANCELLED, cancelled_at=now)


def registration_from_token(token: str) -> Registration:
    pk = registration_pk(token)
    registration = Registration.objects.select_related("event__municipality").filter(pk=pk).first()
    if registration is None:
        raise EventError(_("Dieser Link ist ungültig."))
    return registration


def confirm(*, token: str, now: dt.datetime | None = None) -> Registration:
    """Double opt-in: the guest followed the link in their e-mail."""
    now = now or timezone.now()
    registration = registration_from_token(token)
    mails = Mails()
    with transaction.atomic():
        Event.objects.select_for_update().get(pk=registration.event_id)
        registration = Registration.objects.select_related("event").get(pk=registration.pk)
        if registration.status == Status.CANCELLED:
            raise EventError(_("Diese Anmeldung wurde storniert oder ist abgelaufen."))
        if registration.confirmed_at:
            raise EventError(_("Diese Anmeldung ist bereits bestätigt."))
        if registration.expires_at and registration.expires_at <= now:
            registration.status, registration.cancelled_at = Status.CANCELLED, now
            registration.save(update_fields=["status", "cancelled_at"])
            _promote(registration.event, now=now, mails=mails)
            raise_later = EventError(_("Der Link ist abgelaufen. Bitte melden Sie sich erneut an."))
        else:
            raise_later = None
            registration.confirmed_at = now
            registration.expires_at = None
            if registration.status == Status.PENDING:
                registration.status = Status.CONFIRMED
                mails.add(registration, "confirmed")
            else:
                mails.add(registration, "waiting")
            registration.save(update_fields=["status", "confirmed_at", "expires_at"])
            _promote(registration.event, now=now, mails=mails)
    mails.send()
    if raise_later:
        raise raise_later
    return registration


def cancel_registration(*, registration: Registration, by_organiser: bool = False, now=None) -> Registration:
    """Cancel a registration (by the person's link or by the organiser); the first on the
    waiting list who fits moves up and is told."""
    now = now or timezone.now()
    mails = Mails()
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=registration.event_id)
        registration = Registration.objects.get(pk=registration.pk)
        if registration.status == Status.CANCELLED:
            raise EventError(_("Diese Anmeldung ist bereits storniert."))
        registration.status, registration.cancelled_at = Status.CANCELLED, now
        registration.save(update_fields=["status", "cancelled_at"])
        mails.add(registration, "cancelled_by_organiser" if by_organiser else "cancelled")
        _promote(event, now=now, mails=mails)
    mails.send()
    return registration


def _promote(event: Event, *, now: dt.datetime, mails: Mails) -> list[Registration]:
    """Move people up from the waiting list, first come first served, while seats are free.
    Only confirmed e-mail addresses move up. Call with the event row locked."""
    if event.status != Event.Status.PUBLISHED or now >= event.start:
        return []
    promoted = []
    waiting = event.registrations.filter(status=Status.WAITING, confirmed_at__isnull=False).order_by("created_at", "pk")
    for registration in waiting:
        if event.capacity is not None and seats_taken(event=event, now=now) + registration.seats > event.capacity:
            break
        registration.status = Status.CONFIRMED
        registration.save(update_fields=["status"])
        mails.add(registration, "moved_up")
        promoted.append(registration)
    return promoted


def expire_unconfirmed(*, now: dt.datetime | None = None) -> int:
    """Cancel guest registrations not confirmed in time and give their seats onwards."""
    now = now or timezone.now()
    event_ids = set(
        Registration.objects.filter(
            status__in=[Status.PENDING, Status.WAITING], confirmed_at__isnull=True, expires_at__lte=now
        ).values_list("event_id", flat=True)
    )
    expired = 0
    for event_id in event_ids:
        mails = Mails()
        with transaction.atomic():
            event = Event.objects.select_for_update().get(pk=event_id)
            expired += event.registrations.filter(
                status__in=[Status.PENDING, Status.WAITING], confirmed_at__isnull=True, expires_at__lte=now
            ).update(status=Status.CANCELLED, cancelled_at=now)
            _promote(event, now=now, mails=mails)
        mails.send()
    return expired


def check_in(*, event: Event, code: str = "", registration: Registration | None = None, now=None) -> Registration:
    """Check a person in by ticket code (QR) or by a registration picked from the list."""
    now = now or timezone.now()
    if registration is None:
        pk = ticket_pk(code)
        registration = Registration.objects.filter(pk=pk, event=event).first() if pk else None
        if registration is None:
            raise EventError(_("Dieses Ticket ist ungültig oder gehört nicht zu dieser Veranstaltung."))
    if registration.event_id != event.pk:
        raise EventError(_("Dieses Ticket ist ungültig oder gehört nicht zu dieser Veranstaltung."))
    if registration.status != Status.CONFIRMED:
        raise EventError(
            _("Diese Anmeldung ist nicht bestätigt (%(status)s).") % {"status": registration.get_status_display()}
        )
    updated = Registration.objects.filter(pk=registration.pk, checked_in_at__isnull=True).update(checked_in_at=now)
    if not updated:
        raise EventError(_("%(name)s ist bereits eingecheckt.") % {"name": registration.name})
    registration.checked_in_at = now
    return registration


def due_reminders(*, now: dt.datetime | None = None) -> list[int]:
    """Mark confirmed registrations of tomorrow's events as reminded and return their ids.
    Idempotent: a registration is picked once (reminded_at)."""
    now = now or timezone.now()
    tomorrow = timezone.localdate(now) + dt.timedelta(days=1)
    with transaction.atomic():
        ids = list(
            Registration.objects.select_for_update()
            .filter(
                status=Status.CONFIRMED,
                reminded_at__isnull=True,
                event__status=Event.Status.PUBLISHED,
                event__start__date=tomorrow,
            )
            .values_list("pk", flat=True)
        )
        Registration.objects.filter(pk__in=ids).update(reminded_at=now)
    return ids


def get_or_create_venue(*, municipality: Municipality, name: str, **fields) -> Venue:
    venue, _created = Venue.objects.update_or_create(municipality=municipality, name=name, defaults=fields)
    return venue
