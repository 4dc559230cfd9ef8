"""Background work of Begegnungen (django-tasks): e-mails to registered people, in their
language (the expiry of unconfirmed registrations runs from cron: expire_event_registrations)."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from engagiert.core.qr import qr_png
from engagiert.events.ics import calendar_bytes
from engagiert.events.tokens import registration_token, ticket_code

# Kinds of mail that carry the ticket (QR code) and the calendar entry.
WITH_TICKET = {"confirmed", "moved_up", "reminder"}


def _subject(kind: str, title: str) -> str:
    subjects = {
        "confirm_request": _("Bitte bestätigen Sie Ihre Anmeldung: %(title)s"),
        "confirmed": _("Anmeldung bestätigt: %(title)s"),
        "waiting": _("Sie stehen auf der Warteliste: %(title)s"),
        "moved_up": _("Ein Platz ist frei geworden – Sie sind dabei: %(title)s"),
        "cancelled": _("Anmeldung storniert: %(title)s"),
        "cancelled_by_organiser": _("Ihre Anmeldung wurde storniert: %(title)s"),
        "reminder": _("Erinnerung: morgen %(title)s"),
        "event_changed": _("Geänderte Angaben: %(title)s"),
        "event_cancelled": _("Abgesagt: %(title)s"),
    }
    return subjects[kind] % {"title": title}


@task()
def send_registration_mail(registration_id: int, kind: str) -> None:
    from engagiert.events.models import Registration

    registration = (
        Registration.objects.select_related("event__municipality", "event__venue").filter(pk=registration_id).first()
    )
    if registration is None:
        return
    event = registration.event
    token = registration_token(registration.pk)
    site = settings.SITE_URL.rstrip("/")
    muni = event.municipality.slug
    with translation.override(registration.language):
        context = {
            "kind": kind,
            "registration": registration,
            "event": event,
            "event_url": site + event.get_absolute_url(),
            "page_url": site + reverse("events:registration", kwargs={"municipality": muni, "token": token}),
            "confirm_url": site + reverse("events:confirm", kwargs={"municipality": muni, "token": token}),
            "cancel_url": site + reverse("events:cancel", kwargs={"municipality": muni, "token": token}),
            "ticket": ticket_code(registration.pk),
        }
        message = EmailMessage(
            subject=_subject(kind, event.title),
            body=render_to_string("events/email/registration.txt", context),
            to=[registration.email],
        )
        if kind in WITH_TICKET:
            message.attach("termin.ics", calendar_bytes([event], name=event.title), "text/calendar")
            message.attach("ticket.png", qr_png(context["ticket"]), "image/png")
        message.send()


@task()
def send_reminders(registration_ids: list[int]) -> None:
    for pk in registration_ids:
        send_registration_mail.call(pk, "reminder")
