"""Mach mit!'s URLs in the permission matrix (tests/test_permission_matrix.py)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.utils import timezone

from engagiert.testing import COORDINATOR_ONLY, COORDINATOR_POST_ONLY, EDITOR_ONLY, MatrixWorld, everyone, signed_in
from engagiert.volunteering.models import HourEntry, Interest, Opportunity, Shift, ShiftSignup
from engagiert.volunteering.services import issue_certificate

# Only the volunteer who owns the object (and nobody else) sees it.
OWNER_ONLY = {**everyone(404), "anonymous": 302, "volunteer": 200}
# The volunteer of the interest and the organisation's managers.
CONVERSATION = {**EDITOR_ONLY, "volunteer": 200}
# POST-only pages answer 405 to every signed-in GET; who may post is checked on POST.

MATRIX: dict[str, dict[str, int]] = {
    "volunteering:search": everyone(200),
    "volunteering:detail": everyone(200),
    "volunteering:verify_form": everyone(200),
    "volunteering:verify": everyone(200),
    "volunteering:profile": signed_in(200),
    "volunteering:suggestions": {**signed_in(302), "volunteer": 200},  # without a profile: to the profile form
    "volunteering:interest": signed_in(200),
    "volunteering:shift_signup": signed_in(405),
    "volunteering:shift_cancel": signed_in(405),
    "volunteering:mine": signed_in(200),
    "volunteering:withdraw_hours": signed_in(405),
    "volunteering:issue_certificate": signed_in(405),
    "volunteering:certificate_pdf": OWNER_ONLY,
    "volunteering:export": signed_in(200),
    "volunteering:delete_account": signed_in(302),  # moved to the privacy centre (core)
    "volunteering:conversation": CONVERSATION,
    "volunteering:organisation": EDITOR_ONLY,
    "volunteering:create": EDITOR_ONLY,
    "volunteering:edit": EDITOR_ONLY,
    "volunteering:change_status": signed_in(405),
    "volunteering:shifts": EDITOR_ONLY,
    "volunteering:volunteers": EDITOR_ONLY,
    "volunteering:group_hours": EDITOR_ONLY,
    "volunteering:invite": signed_in(405),
    "volunteering:decide_interest": signed_in(405),
    "volunteering:decide_hours": signed_in(405),
    "volunteering:correct_hours": EDITOR_ONLY,
    "volunteering:queue": COORDINATOR_ONLY,
    "volunteering:decide_opportunity": COORDINATOR_POST_ONLY,
    "api:opportunities": everyone(200),
    "api:opportunity": everyone(200),
}


def url_kwargs(world: MatrixWorld) -> dict[str, dict]:
    """A published opportunity of One Community Projekt with a shift, the volunteer's
    accepted interest, a signup, confirmed and open hours and an issued certificate."""
    from engagiert.volunteering.models import VolunteerProfile

    volunteer = world.users["volunteer"]
    now = timezone.now()
    opp = Opportunity.objects.create(
        municipality=world.dessau,
        organisation=world.org,
        title="Tanzprojekt-Helfer*in",
        hours_per_week=Decimal("2"),
        status=Opportunity.Status.PUBLISHED,
        confirmed_current_at=now,
    )
    pending = Opportunity.objects.create(
        municipality=world.dessau,
        organisation=world.org,
        title="Wartet",
        hours_total=Decimal("4"),
        status=Opportunity.Status.PENDING,
        confirmed_current_at=now,
    )
    shift = Shift.objects.create(
        opportunity=opp, starts_at=now + datetime.timedelta(days=3), ends_at=now + datetime.timedelta(days=3, hours=2)
    )
    signup = ShiftSignup.objects.create(shift=shift, volunteer=volunteer)
    profile = VolunteerProfile.objects.create(
        user=volunteer, municipality=world.dessau, joined_on=datetime.date(2020, 1, 1)
    )
    interest = Interest.objects.create(
        opportunity=opp,
        volunteer=volunteer,
        status=Interest.Status.ACCEPTED,
        decided_at=now - datetime.timedelta(days=30),
    )
    base = {"municipality": world.dessau, "volunteer": volunteer, "opportunity": opp, "organisation": world.org}
    names = {"activity": opp.title, "organisation_name": world.org.name}
    confirmed = HourEntry.objects.create(
        **base, **names, date=now.date() - datetime.timedelta(days=2), hours=Decimal("2"), status="confirmed"
    )
    logged = HourEntry.objects.create(**base, **names, date=now.date() - datetime.timedelta(days=1), hours=Decimal("1"))
    certificate = issue_certificate(user=volunteer, municipality=world.dessau)
    muni = world.dessau.slug
    return {
        "volunteering:detail": {"municipality": muni, "pk": opp.pk},
        "volunteering:verify": {"municipality": muni, "code": certificate.code},
        "volunteering:interest": {"municipality": muni, "pk": opp.pk},
        "volunteering:shift_signup": {"municipality": muni, "pk": shift.pk},
        "volunteering:shift_cancel": {"municipality": muni, "pk": signup.pk},
        "volunteering:withdraw_hours": {"municipality": muni, "pk": logged.pk},
        "volunteering:certificate_pdf": {"municipality": muni, "code": certificate.code},
        "volunteering:conversation": {"municipality": muni, "pk": interest.pk},
        "volunteering:organisation": {"municipality": muni, "slug": world.org.slug},
        "volunteering:create": {"municipality": muni, "slug": world.org.slug},
        "volunteering:edit": {"municipality": muni, "pk": opp.pk},
        "volunteering:change_status": {"municipality": muni, "pk": opp.pk},
        "volunteering:shifts": {"municipality": muni, "pk": opp.pk},
        "volunteering:volunteers": {"municipality": muni, "pk": opp.pk},
        "volunteering:group_hours": {"municipality": muni, "pk": opp.pk},
        "volunteering:invite": {"municipality": muni, "pk": opp.pk, "profile_pk": profile.pk},
        "volunteering:decide_interest": {"municipality": muni, "pk": interest.pk},
        "volunteering:decide_hours": {"municipality": muni, "pk": logged.pk},
        "volunteering:correct_hours": {"municipality": muni, "pk": confirmed.pk},
        "volunteering:decide_opportunity": {"municipality": muni, "pk": pending.pk},
        "api:opportunity": {"opportunity_id": opp.pk},
    }
