"""Profiles, interests, invitations and messages between volunteers and organisations."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

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
    _german_title,
    _mail,
    _title_in,
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
    _mail(
        organisation_recipients(opportunity.organisation),
        gettext_lazy("Neues Interesse an „%(title)s“"),
        gettext_lazy(
            "Guten Tag,\n\n%(name)s möchte bei „%(title)s“ mitmachen. Bitte nehmen Sie die Anfrage auf der "
            "Plattform an oder lehnen Sie sie ab.\n\n%(url)s"
        ),
        {"name": user.first_name or gettext_lazy("Eine Person"), "title": _german_title(opportunity), "url": url},
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
    if accept:
        subject = gettext_lazy("Sie sind dabei: „%(title)s“")
        body = gettext_lazy(
            "Guten Tag,\n\ndie Organisation freut sich, dass Sie bei „%(title)s“ mitmachen. Sie können ihr jetzt "
            "über die Plattform schreiben; Ihre E-Mail-Adressen sehen Sie nun gegenseitig."
        )
    else:
        subject = gettext_lazy("Ihre Anfrage zu „%(title)s“")
        body = gettext_lazy(
            "Guten Tag,\n\nleider passt es bei „%(title)s“ gerade nicht. Schauen Sie gern nach anderen Angeboten."
        )
    _mail(
        [interest.volunteer.email], subject, body, {"title": _title_in(opp, interest.language)}, lang=interest.language
    )
    _mail(
        organisation_recipients(opp.organisation),
        gettext_lazy("Entscheidung gespeichert: „%(title)s“"),
        gettext_lazy("Die Anfrage wurde %(decision)s."),
        {"title": _german_title(opp), "decision": gettext_lazy("angenommen") if accept else gettext_lazy("abgelehnt")},
    )
    return interest


@transaction.atomic
def invite(*, opportunity: Opportunity, profile: VolunteerProfile, by) -> Invitation:
    """Invite a volunteer who allowed contact (once per opportunity)."""
    if not profile.allow_contact or profile.municipality_id != opportunity.municipality_id:
        raise VolunteeringError(_("Diese Person möchte nicht angesprochen werden."))
    if opportunity.status != Opportunity.Status.PUBLISHED:
        raise VolunteeringError(_("Nur veröffentlichte Angebote können verschickt werden."))
    invitation, created = Invitation.objects.get_or_create(
        opportunity=opportunity, profile=profile, defaults={"invited_by": by}
    )
    if not created:
        raise VolunteeringError(_("Diese Person wurde zu diesem Angebot bereits eingeladen."))
    url = settings.SITE_URL.rstrip("/") + opportunity.get_absolute_url()
    _mail(
        [profile.user.email],
        gettext_lazy("Eine Einladung: „%(title)s“"),
        gettext_lazy(
            "Guten Tag,\n\n%(org)s glaubt, dass „%(title)s“ gut zu Ihrem Profil passt, und lädt Sie ein. "
            "Die Organisation kennt weder Ihren Namen noch Ihre Adresse. Wenn Sie mögen, zeigen Sie hier "
            "Interesse:\n\n%(url)s"
        ),
        {"org": opportunity.organisation.name, "title": _title_in(opportunity, profile.language), "url": url},
        lang=profile.language,
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
        recipients, language = [interest.volunteer.email], interest.language
    else:
        recipients, language = organisation_recipients(opp.organisation), "de"
    url = settings.SITE_URL.rstrip("/") + reverse(
        "volunteering:conversation", kwargs={"municipality": opp.municipality.slug, "pk": interest.pk}
    )
    _mail(
        recipients,
        gettext_lazy("Neue Nachricht zu „%(title)s“"),
        gettext_lazy(
            "Guten Tag,\n\nSie haben eine neue Nachricht zu „%(title)s“. Lesen und beantworten Sie sie hier:\n\n%(url)s"
        ),
        {"title": _title_in(opp, language), "url": url},
        lang=language,
    )
    return message
