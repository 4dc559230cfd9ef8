"""What the writes of Begegnungen share: the error type, whose organisations an event has, the
checks of an event's times and organisations, and the seat count with the waiting list that
moves up when seats come free (its e-mails go through events.mails and core.mail)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Count, QuerySet, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from engagiert.core import figures
from engagiert.core.models import Municipality, Role
from engagiert.core.permissions import has_role
from engagiert.directory.models import Organisation
from engagiert.directory.selectors import managed_organisations
from engagiert.events.mails import registration_mail
from engagiert.events.models import Event, Registration
from engagiert.events.selectors import holding_seats

Status = Registration.Status


class EventError(Exception):
    """A rule of Begegnungen was broken; the message is for the user."""


def figures_changed(event: Event, *, before: dt.datetime | None = None) -> None:
    """Tell the impact figures that what counts on the event's day changed (registrations,
    check-ins, head count, status; `before`: the start it had), also for an event long past."""
    starts = (event.start, before)
    figures.changed(
        municipality_id=event.municipality_id, days=[timezone.localtime(s).date() for s in starts if s is not None]
    )


def editable_organisations(user, municipality: Municipality):
    """Organisations the user may create events for: the published ones they may manage."""
    return managed_organisations(user=user, municipality=municipality).filter(status=Organisation.Status.PUBLISHED)


def event_organisations(event: Event) -> QuerySet:
    """The ids of the event's organisers, as a subquery for core.permissions.may_manage."""
    return event.organisations.values("pk")


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
            raise EventError(_("Diese Auswahl ist nicht möglich. Bitte wählen Sie noch einmal."))
    if any(o.municipality_id != municipality.pk for o in organisations):
        raise EventError(_("Diese Auswahl ist nicht möglich. Bitte wählen Sie noch einmal."))


def seats_taken(*, event: Event, now: dt.datetime | None = None) -> int:
    now = now or timezone.now()
    row = (
        Registration.objects.filter(event=event)
        .filter(holding_seats(now))
        .aggregate(n=Count("pk"), c=Sum("companions"))
    )
    return row["n"] + (row["c"] or 0)


def _promote(event: Event, *, now: dt.datetime) -> list[Registration]:
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
        registration_mail(registration, "moved_up")
        promoted.append(registration)
    return promoted
