"""Profiles, interests, invitations and messages between volunteers and organisations."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from engagiert.core import mail
from engagiert.core.models import Municipality, Role
from engagiert.directory.models import Competency
from engagiert.volunteering.models import (
    Interest,
    Invitation,
    Message,
    Opportunity,
    VolunteerProfile,
)
from engagiert.volunteering.services.common import (
    VolunteeringError,
    _check_age,
    _check_open,
    organisation_recipients,
    profile_language,
)


@transaction.atomic
def save_profile(
    *,
    user,
    municipality: Municipality,
    data: dict[str, Any],
    topics: list,
    skills: list[str],
    language: str | None = None,
):
    """Create or update the person's profile; `language` is the one they use the site in
    (their e-mails are written in it), kept as it was when not given."""
    profile = VolunteerProfile.objects.filter(user=user, municipality=municipality).first()
    if profile is None:
        profile = VolunteerProfile(user=user, municipality=municipality, joined_on=timezone.localdate())
    for name in ("availability", "district", "travel_km", "languages", "birth_year", "allow_contact"):
        setattr(profile, name, data[name])
    if language:
        profile.language = language
    profile.save()
    profile.topics.set(topics)
    profile.skills.set([Competency.objects.get_or_create(name=name)[0] for name in skills])
    Role.objects.get_or_create(user=user, municipality=municipality, kind=Role.Kind.VOLUNTEER)
    return profile


@transaction.atomic
def express_interest(*, user, opportunity: Opportunity, message: str, language: str | None = None) -> Interest:
    """The person asks to join; the organisation is told (in German). `language`: the one the
    person uses the site in, stored on the interest (and their profile) for later e-mails."""
    if opportunity.status != Opportunity.Status.PUBLISHED:
        raise VolunteeringError(_("Dieses Angebot nimmt gerade keine Interessierten an."))
    _check_open(opportunity)
    _check_age(user=user, opportunity=opportunity, on=timezone.localdate())
    language = language or profile_language(user=user, municipality_id=opportunity.municipality_id)
    interest, created = Interest.objects.get_or_create(
        opportunity=opportunity, volunteer=user, defaults={"message": message, "language": language}
    )
    if not created:
        raise VolunteeringError(_("Sie haben bei diesem Angebot bereits Interesse gezeigt."))
    VolunteerProfile.objects.filter(user=user, municipality_id=opportunity.municipality_id).update(language=language)
    if message:
        Message.objects.create(interest=interest, sender=user, body=message)
    url = settings.SITE_URL.rstrip("/") + opportunity.get_absolute_url()
    mail.send(
        template="volunteering/email/interest_new",
        to=organisation_recipients(opportunity.organisation),
        municipality=opportunity.municipality,
        context={"opportunity": opportunity, "volunteer": user, "url": url},
        language="de",
    )
    return interest


@transaction.atomic
def decide_interest(*, interest: Interest, accept: bool, by) -> Interest:
    interest = (
        Interest.objects.select_for_update(of=("self",)).select_related("opportunity", "volunteer").get(pk=interest.pk)
    )
    if interest.status != Interest.Status.PENDING:
        raise VolunteeringError(_("Über diese Anfrage wurde bereits entschieden."))
    interest.status = Interest.Status.ACCEPTED if accept else Interest.Status.DECLINED
    interest.decided_at, interest.decided_by = timezone.now(), by
    interest.save(update_fields=["status", "decided_at", "decided_by"])
    opp = interest.opportunity
    context = {"opportunity": opp, "accept": accept}
    mail.send(
        template="volunteering/email/interest_decided",
        to=interest.volunteer,
        municipality=opp.municipality,
        context=context,
        language=interest.language,
    )
    mail.send(
        template="volunteering/email/decision_saved",
        to=organisation_recipients(opp.organisation),
        municipality=opp.municipality,
        context=context,
        language="de",
    )
    return interest


@transaction.atomic
def invite(*, opportunity: Opportunity, profile: VolunteerProfile, by) -> Invitation:
    """Invite a volunteer who allowed contact (once per opportunity)."""
    if not profile.allow_contact or profile.municipality_id != opportunity.municipality_id:
        raise VolunteeringError(_("Diese Person möchte nicht angesprochen werden."))
    if opportunity.status != Opportunity.Status.PUBLISHED:
        raise VolunteeringError(_("Nur veröffentlichte Angebote können verschickt werden."))
    _check_open(opportunity)
    invitation, created = Invitation.objects.get_or_create(
        opportunity=opportunity, profile=profile, defaults={"invited_by": by}
    )
    if not created:
        raise VolunteeringError(_("Diese Person wurde zu diesem Angebot bereits eingeladen."))
    url = settings.SITE_URL.rstrip("/") + opportunity.get_absolute_url()
    mail.send(
        template="volunteering/email/invitation",
        to=profile.user,
        municipality=opportunity.municipality,
        context={"opportunity": opportunity, "url": url},
        language=profile.language,
    )
    return invitation


@transaction.atomic
def send_message(*, interest: Interest, sender, body: str, from_organisation: bool) -> Message:
    """A message through the platform. The other side gets a notice without the sender's
    address (the platform sends it) and reads the message on the site."""
    if interest.status == Interest.Status.DECLINED:
        raise VolunteeringError(_("Zu dieser abgelehnten Anfrage können keine Nachrichten mehr geschickt werden."))
    message = Message.objects.create(interest=interest, sender=sender, body=body, from_organisation=from_organisation)
    opp = interest.opportunity
    if from_organisation:
        recipients, language = interest.volunteer, interest.language
    else:
        recipients, language = organisation_recipients(opp.organisation), "de"
    url = settings.SITE_URL.rstrip("/") + reverse(
        "volunteering:conversation", kwargs={"municipality": opp.municipality.slug, "pk": interest.pk}
    )
    mail.send(
        template="volunteering/email/new_message",
        to=recipients,
        municipality=opp.municipality,
        context={"opportunity": opp, "url": url},
        language=language,
    )
    return message
