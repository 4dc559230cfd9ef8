"""Ehrenamtskarte on the shared building blocks: forms bound on POST, the one page for an
unusable confirmation link, the coordinator's card list pages."""

from __future__ import annotations

import re

from django.core import mail

from engagiert.card import services
from engagiert.card.tests import factories
from engagiert.testing import make_user

BASE = "/dessau-rosslau/ehrenamtskarte"


def test_an_empty_post_shows_the_errors(client, dessau):
    client.force_login(make_user("laden@example.org"))
    response = client.post(f"{BASE}/partner/eintragen/", {})
    assert response.status_code == 200 and 'class="error-summary"' in response.content.decode()


def test_unknown_and_used_confirmation_links_show_the_one_link_page(client, dessau):
    mail.outbox.clear()
    services.submit(application=factories.draft(make_user("anna@example.org"), dessau))
    (link,) = [u for m in mail.outbox for u in re.findall(r"https?://\S+", m.body) if "/bestaetigung/" in u]
    path = "/" + link.split("/", 3)[3]
    unknown = client.get(f"{BASE}/bestaetigung/gibt-es-nicht/")
    assert unknown.status_code == 404 and unknown.templates[0].name == "core/link_invalid.html"
    assert client.post(path, {"answer": "confirm"}).status_code == 200
    used = client.get(path)
    assert used.status_code == 410 and used.templates[0].name == "core/link_invalid.html"
    assert "bereits verwendet" in used.content.decode()


def test_the_coordinators_card_list_pages_instead_of_stopping(client, dessau, coordinator, monkeypatch):
    from engagiert.card.views import coordination

    monkeypatch.setattr(coordination, "LIST_PAGE_SIZE", 1)
    cards = [factories.issued_card(make_user(f"p{i}@example.org"), dessau, coordinator) for i in range(2)]
    client.force_login(coordinator)
    first = client.get(f"{BASE}/koordination/").content.decode()
    second = client.get(f"{BASE}/koordination/?page=2").content.decode()
    numbers = [c.display_number for c in cards]
    assert sum(n in first for n in numbers) == 1 and sum(n in second for n in numbers) == 1
    assert 'href="?page=2" rel="next"' in first
    found = client.get(f"{BASE}/koordination/?nummer={cards[0].number}").content.decode()
    assert numbers[0] in found and numbers[1] not in found
