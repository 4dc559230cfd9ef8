"""Nominating and the nominator's confirmation: duplicates join the first confirmed nomination."""

from __future__ import annotations

import datetime

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from engagiert.core import audit, mail, tokens
from engagiert.core.models import Municipality
from engagiert.nominations.models import (
    CONFIRM_HOURS,
    BlockedAddress,
    Campaign,
    Nomination,
    Nominator,
)
from engagiert.nominations.services.common import (
    LinkError,
    NominationError,
    S,
    _absolute,
    _delete_files,
    _mail_coordinators,
    _mail_nominee,
    _move,
)

# --- nominating ------------------------------------------------------------------------------


def email_digest(email: str) -> str:
    return tokens.digest(email.strip().lower())


@transaction.atomic
def nominate(
    *,
    campaign: Campaign,
    municipality: Municipality,
    kind: str,
    nominee_name: str,
    nominee_email: str = "",
    channel: str,
    nominee_phone: str = "",
    nominee_address: str = "",
    organisation=None,
    topic=None,
    activity: str = "",
    is_self: bool = False,
    nominator_name: str,
    nominator_email: str,
    relation: str = "",
    reason: str = "",
    reveal: bool = False,
    language: str = "de",
    now: datetime.datetime | None = None,
) -> Nomination:
    """Store a nomination, unconfirmed, and e-mail the nominator the confirmation link (48 hours)."""
    now = now or timezone.now()
    if not campaign.is_open(timezone.localdate(now)):
        raise NominationError(_("Diese Kampagne nimmt keine Vorschläge mehr an."))
    if not campaign.participants.filter(pk=municipality.pk).exists():
        raise NominationError(_("Diese Kommune nimmt an der Kampagne nicht teil."))
    if is_self and not campaign.self_nominations:
        raise NominationError(_("In dieser Kampagne kann man sich nicht selbst vorschlagen."))
    if kind == Nomination.Kind.INITIATIVE and not campaign.initiatives:
        raise NominationError(_("In dieser Kampagne können nur Personen vorgeschlagen werden."))
    nominator_email = nominator_email.strip().lower()
    nominee_email = nominator_email if is_self else nominee_email.strip().lower()
    if is_self:
        channel = Nomination.Channel.EMAIL
    _check_reachable(
        channel=channel, email=nominee_email, phone=nominee_phone, address=nominee_address, organisation=organisation
    )
    if BlockedAddress.objects.filter(municipality=municipality, email_digest=email_digest(nominator_email)).exists():
        raise NominationError(
            _(
                "Von dieser E-Mail-Adresse nimmt die Koordinierungsstelle keine Vorschläge an. Bitte wenden Sie sich "
                "direkt an sie."
            )
        )
    nomination = Nomination.objects.create(
        campaign=campaign,
        municipality=municipality,
        kind=kind,
        nominee_name=nominee_name.strip(),
        nominee_email=nominee_email,
        channel=channel,
        nominee_phone=nominee_phone.strip() if channel == Nomination.Channel.PHONE else "",
        nominee_address=nominee_address.strip() if channel == Nomination.Channel.POST else "",
        organisation=organisation,
        topic=topic,
        activity=activity.strip(),
        is_self=is_self,
    )
    raw, digest = tokens.issue()
    nominator = Nominator.objects.create(
        nomination=nomination,
        name=nominator_name.strip(),
        email=nominator_email,
        relation="" if is_self else relation.strip(),
        reason=reason.strip(),
        reveal=True if is_self else reveal,
        language=language,
        token_hash=digest,
        expires_at=now + datetime.timedelta(hours=CONFIRM_HOURS),
    )
    audit.record(
        actor=None,
        action="nominations.nominate",
        target=nomination,
        municipality=municipality,
        label=nomination.label,
        data={"self": is_self},
    )
    confirm = reverse("nominations:confirm", kwargs={"municipality": municipality.slug, "token": raw})
    mail.send(
        template="nominations/email/confirm",
        to=nominator.email,
        municipality=municipality,
        language=language,
        context={
            "campaign": campaign,
            "name": nominator.name,
            "url": _absolute(confirm),
            "self": is_self,
            "hours": CONFIRM_HOURS,
        },
    )
    return nomination


def _check_reachable(*, channel: str, email: str, phone: str, address: str, organisation) -> None:
    if channel == Nomination.Channel.EMAIL and not email:
        raise NominationError(_("Bitte geben Sie die E-Mail-Adresse der vorgeschlagenen Person an."))
    if channel == Nomination.Channel.PHONE and not phone.strip():
        raise NominationError(_("Bitte geben Sie eine Telefonnummer an, unter der wir die Person erreichen."))
    if channel == Nomination.Channel.POST and not address.strip():
        raise NominationError(_("Bitte geben Sie eine Postanschrift an, unter der wir die Person erreichen."))
    if channel == Nomination.Channel.ORGANISATION and organisation is None:
        raise NominationError(_("Bitte wählen Sie die Organisation, über die wir die Person erreichen."))
    if channel not in Nomination.Channel.values:
        raise NominationError(_("Bitte sagen Sie uns, wie wir die Person erreichen."))


@transaction.atomic
def confirm_nominator(raw: str, *, now: datetime.datetime | None = None) -> Nomination:
    """The nominator confirms by the link: the nomination goes ahead (or joins an existing
    nomination of the same person). LinkError when the link is unknown, used or expired."""
    now = now or timezone.now()
    found = tokens.find(Nominator.objects.all(), raw)
    if found is None:
        raise LinkError()
    if not tokens.claim(Nominator.objects.all(), raw, now=now):
        if found.confirmed_at:
            raise LinkError(_("Sie haben Ihren Vorschlag bereits bestätigt."), expired=True)
        raise LinkError(_("Der Link ist abgelaufen. Bitte schlagen Sie die Person noch einmal vor."), expired=True)
    nominator = Nominator.objects.select_related("nomination").get(pk=found.pk)
    nominator.confirmed_at = now
    nominator.save(update_fields=["confirmed_at"])
    nomination = Nomination.objects.select_for_update().get(pk=nominator.nomination_id)
    if nomination.status != S.UNCONFIRMED:
        return nomination
    existing = _duplicate_of(nomination)
    if existing is not None:
        return _join(nominator=nominator, duplicate=nomination, into=existing, by=None)
    try:
        with transaction.atomic():
            _activate(nomination, now=now)
    except IntegrityError:  # the same person became active in parallel: join that one
        existing = _duplicate_of(nomination)
        if existing is None:
            raise
        return _join(nominator=nominator, duplicate=nomination, into=existing, by=None)
    return nomination


def _duplicate_of(nomination: Nomination) -> Nomination | None:
    if not nomination.nominee_email:
        return None
    return (
        Nomination.objects.select_for_update()
        .filter(campaign=nomination.campaign_id, nominee_email=nomination.nominee_email, status__in=Nomination.ACTIVE)
        .exclude(pk=nomination.pk)
        .first()
    )


def _join(*, nominator: Nominator, duplicate: Nomination, into: Nomination, by) -> Nomination:
    """Move the nominators of `duplicate` to `into` and delete `duplicate` (one nomination,
    several nominators and reasons)."""
    Nominator.objects.filter(nomination=duplicate).update(nomination=into)
    if into.topic_id is None and duplicate.topic_id:
        into.topic_id = duplicate.topic_id
        into.save(update_fields=["topic"])
    audit.record(
        actor=by,
        action="nominations.merge",
        target=into,
        municipality=into.municipality_id,
        label=into.label,
        data={"merged": duplicate.pk},
    )
    _delete_files(duplicate)
    duplicate.delete()
    return into


def _activate(nomination: Nomination, *, now: datetime.datetime) -> None:
    nomination.confirmed_at = now
    if nomination.is_self:
        _move(nomination, S.CONSENTED)
        nomination.consent_at = now
        nomination.consent_channel = Nomination.ConsentChannel.SELF
        nomination.writer = Nomination.Writer.NOMINEE
        nomination.save()
        _mail_nominee(nomination, "nominations/email/self_welcome")
    elif nomination.nominee_email and nomination.channel == Nomination.Channel.EMAIL:
        _move(nomination, S.INVITED)
        nomination.invited_at = now
        nomination.save()
        _mail_nominee(nomination, "nominations/email/invitation", reminder=False)
    else:
        _move(nomination, S.CONTACT)
        nomination.save()
        _mail_coordinators(
            nomination,
            gettext_noop(
                "Ein neuer Glücksbringer-Vorschlag wartet darauf, dass Sie die "
                "vorgeschlagene Person nach ihrer Einwilligung fragen."
            ),
        )
    audit.record(
        actor=None,
        action="nominations.confirm",
        target=nomination,
        municipality=nomination.municipality_id,
        label=nomination.label,
        data={"status": nomination.status},
    )
