"""Demo data: plausible opportunities, and volunteers who qualify for the Ehrenamtskarte."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.utils import timezone

from engagiert.core.models import Municipality, User
from engagiert.demo import volunteering as demo
from engagiert.volunteering.models import HourEntry, Opportunity
from engagiert.volunteering.selectors import OpportunityFilters, search_opportunities, volunteer_totals

pytestmark = pytest.mark.django_db


def test_demo_volunteering_is_plausible_and_idempotent():
    call_command("load_demo", stdout=io.StringIO())
    dessau = Municipality.objects.get(slug="dessau-rosslau")
    titles = set(Opportunity.objects.filter(municipality=dessau).values_list("title_de", flat=True))
    assert {"Lesepat*in zum Vorlesetag", "Begleitung im Seniorenheim", "Tanzprojekt-Helfer*in"} <= titles
    found = search_opportunities(municipality=dessau, filters=OpportunityFilters(query="Senioren"))
    assert "Begleitung im Seniorenheim" in [o.title_de for o in found]
    entries, offers = HourEntry.objects.count(), Opportunity.objects.count()
    demo.load({m.slug: m for m in Municipality.objects.all()}, today=timezone.localdate())
    assert HourEntry.objects.count() == entries and Opportunity.objects.count() == offers

    # The demo volunteer: 200 h or more in each of the last two full years, engaged for over three years.
    user = User.objects.get(email="freiwillige@dessau-rosslau.example")
    totals = volunteer_totals(user=user, municipality=dessau)
    year = timezone.localdate().year
    assert all(totals.by_year[y] >= Decimal("200") for y in (year - 1, year - 2))
    assert min(totals.by_year) <= year - 3
    assert HourEntry.objects.filter(volunteer=user, status="logged").exists()  # for the organisation to confirm
