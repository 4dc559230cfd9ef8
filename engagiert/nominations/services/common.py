"""What every step of a nomination shares: the states it may move between, the errors, the nominee's
link and the e-mails to nominee, nominators and coordinators."""

from __future__ import annotations

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from engagiert.core import mail, tokens
from engagiert.core.mail import Text
from engagiert.core.models import Role
from engagiert.nominations.models import (
    EXPIRY_DAYS,
    Nomination,
    Portrait,
)

S = Nomination.Status
NOMINEE_SALT = "nominations.nominee"
PHOTO_MAX_BYTES = 10 * 1024 * 1024
PHOTO_SIDE = 1080  # the square photo (the social-media image's size)
THUMB_SIDE = 480
SCAN_MAX_BYTES = 10 * 1024 * 1024

TRANSITIONS: dict[str, set[str]] = {
    S.UNCONFIRMED: {S.INVITED, S.CONTACT, S.CONSENTED},
    S.INVITED: {S.CONSENTED, S.DECLINED, S.EXPIRED, S.REJECTED, S.WITHDRAWN},
    S.CONTACT: {S.CONSENTED, S.DECLINED, S.REJECTED, S.WITHDRAWN},
    S.CONSENTED: {S.REVIEW, S.PUBLISHED, S.REJECTED, S.WITHDRAWN},
    S.REVIEW: {S.CONSENTED, S.PUBLISHED, S.REJECTED, S.WITHDRAWN},
    S.PUBLISHED: {S.REVIEW, S.WITHDRAWN, S.REJECTED},
    S.DECLINED: set(),
    S.EXPIRED: set(),
    S.REJECTED: set(),
    S.WITHDRAWN: set(),
}


class NominationError(Exception):
    """A step that is not possible now; the message is for the person (German, "Sie")."""


class LinkError(NominationError):
    """A link that cannot be used: `expired` when it was valid once (410), else unknown (404)."""

    def __init__(self, message: str = "", *, expired: bool = False) -> None:
        super().__init__(message)
        self.expired = expired


# --- links -----------------------------------------------------------------------------------


def nominee_token(nomination: Nomination) -> str:
    """The nominee's link token (invitation, portrait, withdrawal): signed, stores nothing."""
    return tokens.sign(str(nomination.pk), salt=NOMINEE_SALT)


def nomination_from_token(token: str) -> Nomination:
    """The nomination of a nominee link; LinkError when forged (404) or when it has ended (410)."""
    value = tokens.unsign(token, salt=NOMINEE_SALT)
    if value is None or not value.isdigit():
        raise LinkError()
    nomination = Nomination.objects.select_related("campaign", "municipality").filter(pk=int(value)).first()
    if nomination is None:
        raise LinkError(_("Zu diesem Link gibt es keinen Vorschlag mehr."), expired=True)
    if nomination.is_ended:
        raise LinkError(
            _("Dieser Vorschlag ist beendet; alle Angaben zu Ihnen wurden gelöscht. Nichts wird veröffentlicht."),
            expired=True,
        )
    return nomination


def nominee_url(nomination: Nomination) -> str:
    path = reverse(
        "nominations:nominee", kwargs={"municipality": nomination.municipality.slug, "token": nominee_token(nomination)}
    )
    return settings.SITE_URL.rstrip("/") + path


def _absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def _move(nomination: Nomination, to: str) -> None:
    if to not in TRANSITIONS[nomination.status]:
        raise NominationError(
            _("Das ist im Zustand „%(status)s“ nicht möglich.") % {"status": nomination.get_status_display()}
        )
    nomination.status = to


# --- mails -----------------------------------------------------------------------------------


def coordinator_emails(municipality_id: int) -> list[str]:
    return list(
        Role.objects.filter(municipality_id=municipality_id, kind=Role.Kind.COORDINATOR)
        .values_list("user__email", flat=True)
        .order_by("user__email")
    )


def _mail_coordinators(nomination: Nomination, msgid: str, **params) -> None:
    url = _absolute(nomination.get_absolute_url())
    mail.send(
        template="nominations/email/coordination",
        to=coordinator_emails(nomination.municipality_id) or [nomination.municipality.email],
        municipality=nomination.municipality,
        context={
            "campaign": nomination.campaign,
            "message": Text(msgid, **params),
            "url": url,
            "number": nomination.pk,
        },
    )


def _mail_nominee(nomination: Nomination, template: str, **extra) -> None:
    if not nomination.nominee_email:
        return
    revealed = [
        {"name": n.name, "relation": n.relation, "reason": n.reason}
        for n in nomination.nominators.all()
        if n.reveal and n.confirmed_at and not nomination.is_self
    ]
    hidden = sum(1 for n in nomination.nominators.all() if n.confirmed_at and not n.reveal)
    mail.send(
        template=template,
        to=nomination.nominee_email,
        municipality=nomination.municipality,
        context={
            "campaign": nomination.campaign,
            "name": nomination.nominee_name,
            "activity": nomination.activity,
            "revealed": revealed,
            "hidden": hidden,
            "url": nominee_url(nomination),
            "questions": list(nomination.campaign.questions),
            "expiry_days": EXPIRY_DAYS,
            **extra,
        },
    )


def _mail_nominators(nomination: Nomination, msgid: str, *, url: str = "", **params) -> None:
    for nominator in nomination.nominators.filter(confirmed_at__isnull=False):
        if nomination.is_self:
            continue
        mail.send(
            template="nominations/email/nominator",
            to=nominator.email,
            municipality=nomination.municipality,
            language=nominator.language,
            context={
                "campaign": nomination.campaign,
                "name": nominator.name,
                "message": Text(msgid, **params),
                "url": url,
            },
        )


def _locked(nomination: Nomination) -> Nomination:
    return Nomination.objects.select_for_update().select_related("campaign", "municipality").get(pk=nomination.pk)


def _delete_later(*names: str) -> None:
    for name in names:
        if name:
            transaction.on_commit(lambda name=name: default_storage.delete(name))


def _delete_files(nomination: Nomination) -> None:
    portrait = Portrait.objects.filter(nomination=nomination).first()
    if portrait is not None:
        _delete_later(portrait.photo.name, portrait.thumbnail.name)
    _delete_later(nomination.consent_scan.name)
