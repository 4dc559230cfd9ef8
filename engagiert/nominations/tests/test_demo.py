"""The Glücksbringer demo: the 2023 campaign with portraits from all four towns, a current
campaign open for nominations, every state represented, loading twice changes nothing."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from engagiert.nominations import selectors
from engagiert.nominations.models import Campaign, Nomination, Portrait

pytestmark = pytest.mark.django_db


def test_demo_campaigns_and_every_state(client):
    call_command("load_demo", stdout=io.StringIO())
    archive = Campaign.objects.get(slug="gluecksbringer-2023")
    assert archive.starts_on.isoformat() == "2023-06-19" and archive.network.name == "Regionalnetzwerk Anhalt"
    towns = set(selectors.gallery(campaign=archive).values_list("municipality__slug", flat=True))
    assert towns == {"dessau-rosslau", "bitterfeld-wolfen", "graefenhainichen", "lutherstadt-wittenberg"}
    current = Campaign.objects.get(slug="gluecksbringer-aktuell")
    assert current.is_open(timezone.localdate())
    assert set(Nomination.objects.values_list("status", flat=True)) == set(Nomination.Status.values)
    ended = Nomination.objects.filter(status__in=Nomination.ENDED)
    assert not ended.exclude(nominee_name="").exists() and not ended.filter(nominators__isnull=False).exists()
    assert all(p.photo_alt for p in Portrait.objects.all())
    assert (
        client.get("/bitterfeld-wolfen/gluecksbringer/kampagnen/gluecksbringer-aktuell/vorschlagen/").status_code == 200
    )
    assert client.get("/dessau-rosslau/gluecksbringer/netzwerk/").status_code == 302
    # The daily run leaves the demo as it is (nothing due, retention does not apply).
    before = sorted(Nomination.objects.values_list("status", flat=True))
    call_command("run_nominations_daily", "--now", stdout=io.StringIO())
    assert sorted(Nomination.objects.values_list("status", flat=True)) == before
    count = (Nomination.objects.count(), Portrait.objects.count())
    call_command("load_demo", stdout=io.StringIO())
    assert (Nomination.objects.count(), Portrait.objects.count()) == count
