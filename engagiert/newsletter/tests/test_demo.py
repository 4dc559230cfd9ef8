"""The demo shows every state of the newsletter, and loading it again adds nothing."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from engagiert.newsletter.models import Delivery, Issue, Newsletter, Subscriber

pytestmark = pytest.mark.django_db


def test_the_demo_has_both_newsletters_every_state_and_loads_twice_unchanged(client):
    call_command("load_demo", stdout=io.StringIO())
    town = Newsletter.objects.get(municipality__slug="dessau-rosslau")
    network = Newsletter.objects.get(network__slug="anhalt")
    assert list(town.topics.values_list("name", flat=True)) == [
        "Engagement & Ehrenamt",
        "Integration",
        "Veranstaltungen",
    ]
    assert {s.status for s in town.subscribers.all()} == {"confirmed", "pending"}
    assert network.subscribers.filter(status="confirmed").values("town").distinct().count() == 4
    assert set(Issue.objects.values_list("status", flat=True)) == {"draft", "sent"}
    sent = Issue.objects.get(status="sent")
    assert set(sent.deliveries.values_list("status", flat=True)) == {"sent", "failed"}
    assert sent.deliveries.filter(subscriber=None).exists()
    assert Issue.objects.get(status="draft").items.filter(source="events").count() == 2
    before = (Subscriber.objects.count(), Issue.objects.count(), Delivery.objects.count())
    call_command("load_demo", stdout=io.StringIO())
    assert (Subscriber.objects.count(), Issue.objects.count(), Delivery.objects.count()) == before
    # The pages show it: the sign-up page, and the coordinator's overview.
    page = client.get("/dessau-rosslau/newsletter/").content.decode()
    assert "Engagiert in Dessau-Roßlau" in page and "Netzwerkbrief (Regionalnetzwerk Anhalt)" in page
    assert client.login(username="koordination@dessau-rosslau.example", password="engagiert-demo")
    page = client.get("/dessau-rosslau/newsletter/verwalten/").content.decode()
    assert "10 bestätigte Abonnent*innen" in page and "Advent im Quartier Am Leipziger Tor" in page
