"""Registrations: registering under the event's row lock, the guests' double opt-in,
cancelling, expiring unconfirmed ones, check-in and the reminders of the day before."""

from __future__ import annotations

import datetime as dt

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from engagiert.core import pagecache
from engagiert.events.mails import registration_mail
from engagiert.events.models import Event, Registration
from engagiert.events.services.common import EventError, Status, _promote, figures_changed, seats_taken
from engagiert.events.tokens import registration_pk, ticket_pk

CONFIRMATION_WINDOW = dt.timedelta(hours=24)
# Support needs may be health data (Art. 9 DSGVO) and are needed for the event only.
NEEDS_RETENTION = dt.timedelta(days=7)


def _check_window(event: Event, now: dt.datetime) -> None:
    if event.status != Event.Status.PUBLISHED:
        raise EventError(_("Für diese Veranstaltung ist keine Anmeldung möglich."))
    if now >= event.end:
        raise EventError(_("Diese Veranstaltung hat bereits stattgefunden."))
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
) -> Registration:
    """Register a person. Signed-in users are confirmed at once; guests hold a seat for
    CONFIRMATION_WINDOW until they confirm by the link in their e-mail. A full event puts
    the person on the waiting list, or refuses them when it has none."""
    now = now or timezone.now()
    email = email.strip().lower()
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=event.pk)
        _check_window(event, now)
        if companions < 0 or companions > event.companions_allowed:
            raise EventError(
                _("Sie können höchstens %(n)d Begleitperson(en) mitbringen.") % {"n": event.companions_allowed}
            )
        _release_expired(event=event, email=email, now=now)
        if event.registrations.filter(email=email).exclude(status=Status.CANCELLED).exists():
            raise EventError(_("Mit dieser E-Mail-Adresse gibt es bereits eine Anmeldung für diese Veranstaltung."))
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
            raise EventError(
                _("Mit dieser E-Mail-Adresse gibt es bereits eine Anmeldung für diese Veranstaltung.")
            ) from None
        if user:
            registration_mail(registration, "confirmed" if status == Status.CONFIRMED else "waiting")
        else:
            registration_mail(registration, "confirm_request")
    pagecache.seats_changed(registration.event.municipality_id)  # the seats left
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
            _promote(registration.event, now=now)
            raise_later = EventError(_("Der Link ist abgelaufen. Bitte melden Sie sich erneut an."))
        else:
            raise_later = None
            registration.confirmed_at = now
            registration.expires_at = None
            if registration.status == Status.PENDING:
                registration.status = Status.CONFIRMED
                registration_mail(registration, "confirmed")
            else:
                registration_mail(registration, "waiting")
            registration.save(update_fields=["status", "confirmed_at", "expires_at"])
            _promote(registration.event, now=now)
            figures_changed(registration.event)
    if raise_later:
        raise raise_later
    pagecache.seats_changed(registration.event.municipality_id)  # the seats left
    return registration


def cancel_registration(*, registration: Registration, by_organiser: bool = False, now=None) -> Registration:
    """Cancel a registration (by the person's link or by the organiser); the first on the
    waiting list who fits moves up and is told."""
    now = now or timezone.now()
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=registration.event_id)
        registration = Registration.objects.get(pk=registration.pk)
        if registration.status == Status.CANCELLED:
            raise EventError(_("Diese Anmeldung ist bereits storniert."))
        registration.status, registration.cancelled_at = Status.CANCELLED, now
        registration.save(update_fields=["status", "cancelled_at"])
        registration_mail(registration, "cancelled_by_organiser" if by_organiser else "cancelled")
        _promote(event, now=now)
        figures_changed(event)
    pagecache.seats_changed(event.municipality_id)  # the seats left
    return registration


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
        with transaction.atomic():
            event = Event.objects.select_for_update().get(pk=event_id)
            expired += event.registrations.filter(
                status__in=[Status.PENDING, Status.WAITING], confirmed_at__isnull=True, expires_at__lte=now
            ).update(status=Status.CANCELLED, cancelled_at=now)
            _promote(event, now=now)
    if expired:
        pagecache.seats_changed(None)
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
    with transaction.atomic():
        updated = Registration.objects.filter(pk=registration.pk, checked_in_at__isnull=True).update(checked_in_at=now)
        if not updated:
            raise EventError(_("%(name)s ist bereits eingecheckt.") % {"name": registration.name})
        figures_changed(event)  # a check-in recorded after the event counts on the event's day
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


def send_reminders(*, registration_ids: list[int]) -> None:
    """Queue the reminder (with ticket) for each registration that due_reminders() picked."""
    for registration in Registration.objects.filter(pk__in=registration_ids).select_related("event__municipality"):
        registration_mail(registration, "reminder")


def purge_support_needs(*, now: dt.datetime | None = None) -> int:
    """Delete the support needs of registrations whose event ended NEEDS_RETENTION ago or
    earlier (purge_registration_needs, daily). Returns the number of registrations cleared."""
    now = now or timezone.now()
    return Registration.objects.filter(event__end__lte=now - NEEDS_RETENTION).exclude(needs="").update(needs="")
