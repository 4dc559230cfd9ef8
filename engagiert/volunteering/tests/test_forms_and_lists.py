"""Mach mit! on the shared building blocks: forms bound on POST, lists that page."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.utils import timezone

from engagiert.volunteering.models import HourEntry

from .factories import make_opportunity

BASE = "/dessau-rosslau/mach-mit"


def test_an_empty_post_shows_the_errors(client, dessau, org, editor):
    opp = make_opportunity(org, author=editor)
    client.force_login(editor)
    response = client.post(f"{BASE}/angebote/{opp.pk}/schichten/", {})
    assert response.status_code == 200 and 'class="error-summary"' in response.content.decode()


def test_confirmed_hours_page_instead_of_stopping(client, dessau, org, editor, outsider, monkeypatch):
    from engagiert.volunteering.views import organiser

    monkeypatch.setattr(organiser, "LIST_PAGE_SIZE", 2)
    opp = make_opportunity(org, author=editor)
    today = timezone.localdate()
    for days in (1, 2, 3):
        HourEntry.objects.create(
            municipality=dessau,
            volunteer=outsider,
            opportunity=opp,
            organisation=org,
            activity="Begleitung",
            organisation_name=org.name,
            date=today - datetime.timedelta(days=days),
            hours=Decimal("2"),
            status=HourEntry.Status.CONFIRMED,
        )
    client.force_login(editor)
    first = client.get(f"{BASE}/organisation/{org.slug}/")
    assert len(first.context["confirmed_hours"]) == 2 and 'href="?page=2" rel="next"' in first.content.decode()
    second = client.get(f"{BASE}/organisation/{org.slug}/?page=2")
    assert [e.date for e in second.context["confirmed_hours"]] == [today - datetime.timedelta(days=3)]


def test_search_pages_beyond_the_last_give_the_last(client, dessau, org, editor):
    make_opportunity(org, author=editor)
    response = client.get(f"{BASE}/", {"page": "1000000000000000000"})
    assert response.status_code == 200 and response.context["page"].number == 1
