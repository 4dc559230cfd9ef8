"""What the card's writes share: the error type, the rules, the history and the e-mail to the applicant."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse

from engagiert.card.models import ApplicationEvent, CardApplication, CardRules
from engagiert.core import mail
from engagiert.core.models import Municipality, User

Status = CardApplication.Status
APPLICANT_FIELDS = (
    "first_name",
    "last_name",
    "birth_date",
    "street",
    "postcode",
    "city",
    "residence_state",
    "consent",
)
ACTIVITY_FIELDS = (
    "organisation",
    "organisation_name",
    "description",
    "contact_email",
    "since",
    "hours",
    "period",
    "paid_allowance",
    "allowance_per_year",
)


class CardError(Exception):
    """A rule of the card was broken; the message is for the user."""


def rules_for(municipality: Municipality) -> CardRules:
    rules, _created = CardRules.objects.get_or_create(municipality=municipality)
    return rules


def absolute_url(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def send_notice(
    *,
    to: User | str | list[str],
    municipality: Municipality,
    subject: str | mail.Text,
    lines: list[str | mail.Text],
    link: str = "",
    name: str = "",
    language: str = "de",
    signed: bool = True,
) -> None:
    """A short e-mail of the card (card/email/notice_message.txt) in `language`, through core.mail:
    sent once the transaction commits. `signed`: closes with the coordination office's name
    (not for mail to the office itself)."""
    mail.send(
        template="card/email/notice",
        to=to,
        municipality=municipality,
        context={"subject": subject, "name": name, "lines": lines, "link": link, "signed": signed},
        language=language,
    )


def notify_applicant(
    application: CardApplication, subject: str | mail.Text, lines: list[str | mail.Text], link: str = ""
) -> None:
    """E-mail the applicant in the language they applied in: pass texts as core.mail.Text, so that
    they are translated into it (a coordinator's action runs in the coordinator's language)."""
    send_notice(
        to=application.applicant,
        municipality=application.municipality,
        subject=subject,
        lines=lines,
        link=link,
        name=application.first_name,
        language=application.language,
    )


def record_event(application: CardApplication, kind: str, text: str, actor=None) -> None:
    ApplicationEvent.objects.create(application=application, kind=kind, text=text[:500], actor=actor)


def status_link(application: CardApplication) -> str:
    return absolute_url(reverse("card:application", kwargs={"municipality": application.municipality.slug}))
