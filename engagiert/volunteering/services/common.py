"""Shared by the services of Mach mit!: the error type, the language of a volunteer's
e-mails, and age limits."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.utils.translation import gettext as _

from engagiert.directory.models import Organisation, OrganisationEditor
from engagiert.volunteering.models import (
    Opportunity,
    VolunteerProfile,
)
from engagiert.volunteering.selectors import is_closed

MAX_HOURS_PER_DAY = Decimal("24")


class VolunteeringError(Exception):
    """A rule of Mach mit! was broken; the message is for the user."""


def profile_language(*, user, municipality_id: int) -> str:
    """The language a volunteer last used with Mach mit! in this municipality (German if unknown).
    Organisations' contacts are written to in German: their language is not stored."""
    language = (
        VolunteerProfile.objects.filter(user=user, municipality_id=municipality_id)
        .values_list("language", flat=True)
        .first()
    )
    return language or "de"


def organisation_recipients(organisation: Organisation) -> list[str]:
    """Who hears about an organisation's opportunities: its active editors, else its address."""
    editors = list(
        OrganisationEditor.objects.filter(
            organisation=organisation, status=OrganisationEditor.Status.ACTIVE
        ).values_list("user__email", flat=True)
    )
    return editors or [organisation.email]


def age_in_year(birth_year: int | None, year: int) -> int | None:
    """The age a person reaches in `year` (only the year of birth is stored)."""
    return None if birth_year is None else year - birth_year


def _check_age(*, user, opportunity: Opportunity, on: datetime.date) -> None:
    if not opportunity.minimum_age:
        return
    profile = VolunteerProfile.objects.filter(user=user, municipality_id=opportunity.municipality_id).first()
    age = age_in_year(profile.birth_year if profile else None, on.year)
    if age is None:
        raise VolunteeringError(
            _("Für dieses Angebot gilt ein Mindestalter. Bitte geben Sie in Ihrem Profil Ihr Geburtsjahr an.")
        )
    if age < opportunity.minimum_age:
        raise VolunteeringError(
            _("Für dieses Angebot müssen Sie mindestens %(age)s Jahre alt sein.") % {"age": opportunity.minimum_age}
        )


def _check_open(opportunity: Opportunity) -> None:
    """Refuse people for an opportunity whose date has passed (selectors.closed_condition)."""
    if is_closed(opportunity=opportunity):
        raise VolunteeringError(_("Dieses Angebot ist abgeschlossen."))
