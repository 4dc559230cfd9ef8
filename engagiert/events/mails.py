"""E-mails of Begegnungen to registered people, through core.mail: in the language they
registered in, with the ticket (QR code) and a calendar entry where the kind carries them."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from engagiert.core import mail
from engagiert.core.qr import qr_png
from engagiert.events.ics import calendar_bytes
from engagiert.events.models import Registration
from engagiert.events.tokens import registration_token, ticket_code

# Kinds of mail that carry the ticket (QR code) and the calendar entry.
WITH_TICKET = {"confirmed", "moved_up", "reminder"}


def registration_mail(registration: Registration, kind: str) -> None:
    """Queue the e-mail `kind` (see events/email/registration_message.txt) to the registered person."""
    mail.send(
        template="events/email/registration",
        to=registration.email,
        municipality=registration.event.municipality,
        context={"registration": registration, "kind": kind},
        language=registration.language,
        prepare="engagiert.events.mails.links",
        attachments="engagiert.events.mails.ticket" if kind in WITH_TICKET else "",
    )


def links(*, registration: Registration, site_url: str, **context: Any) -> dict[str, Any]:
    """The mail's event and its signed links, made when the mail is rendered (nothing is queued)."""
    event = registration.event
    token = registration_token(registration.pk)
    kwargs = {"municipality": event.municipality.slug, "token": token}
    return {
        "event": event,
        "event_url": site_url + event.get_absolute_url(),
        "page_url": site_url + reverse("events:registration", kwargs=kwargs),
        "confirm_url": site_url + reverse("events:confirm", kwargs=kwargs),
        "cancel_url": site_url + reverse("events:cancel", kwargs=kwargs),
        "ticket": ticket_code(registration.pk),
    }


def ticket(*, event, ticket: str, **context: Any) -> list[tuple[str, bytes, str]]:
    """The attachments of a mail with ticket: the calendar entry and the QR code."""
    return [
        ("termin.ics", calendar_bytes([event], name=event.title), "text/calendar"),
        ("ticket.png", qr_png(ticket), "image/png"),
    ]
