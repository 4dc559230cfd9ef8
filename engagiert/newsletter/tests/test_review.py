"""Found by walking the pages as a coordinator and a visitor: the newsletter must be reachable
from every town page and from "Mein Bereich", and an empty issue must not look ready to send."""

from __future__ import annotations

import pytest

from engagiert.newsletter import services
from engagiert.newsletter.tests.factories import make_newsletter, make_subscriber

pytestmark = pytest.mark.django_db
EMPTY = "Diese Ausgabe ist noch leer"


def test_every_town_page_links_the_newsletter_sign_up(client, dessau):
    page = client.get("/dessau-rosslau/").content.decode()
    assert 'href="/dessau-rosslau/newsletter/"' in page


def test_my_area_leads_the_coordinator_to_the_newsletter_editor(client, coordinator, dessau):
    newsletter = make_newsletter(dessau)
    services.save_issue(newsletter=newsletter, by=coordinator, subject="Advent")
    client.force_login(coordinator)
    page = client.get("/dessau-rosslau/mein-bereich/").content.decode()
    assert 'href="/dessau-rosslau/newsletter/verwalten/"' in page
    assert "Newsletter: Ausgaben schreiben und versenden" in page


def test_an_empty_issue_warns_before_it_is_sent(client, coordinator, dessau):
    newsletter = make_newsletter(dessau)
    make_subscriber(newsletter, "lea@example.org")
    empty = services.save_issue(newsletter=newsletter, by=coordinator, subject="Nur ein Betreff")
    written = services.save_issue(newsletter=newsletter, by=coordinator, subject="Mit Text", intro="Liebe Engagierte")
    client.force_login(coordinator)
    base = "/dessau-rosslau/newsletter/verwalten/ausgabe"
    assert EMPTY in client.get(f"{base}/{empty.pk}/").content.decode()
    assert EMPTY in client.get(f"{base}/{empty.pk}/senden/").content.decode()
    assert EMPTY not in client.get(f"{base}/{written.pk}/").content.decode()
    assert EMPTY not in client.get(f"{base}/{written.pk}/senden/").content.decode()
