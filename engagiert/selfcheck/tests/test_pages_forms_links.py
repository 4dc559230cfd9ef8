"""Selbstcheck on the shared building blocks: forms bound on POST (errors answer 200), the one
page for an unusable personal link."""

from __future__ import annotations

import pytest

from .factories import make_round

BASE = "/dessau-rosslau/selbstcheck"


@pytest.mark.parametrize("path", ["koordination/", "koordination/massnahmen/neu/"])
def test_an_empty_post_shows_the_errors_with_200(client, dessau, coordinator, catalogue, path):
    client.force_login(coordinator)
    response = client.post(f"{BASE}/{path}", {})
    assert response.status_code == 200 and 'class="error-summary"' in response.content.decode()


def test_an_empty_invitation_shows_the_errors(client, dessau, coordinator, catalogue):
    round = make_round(dessau)
    client.force_login(coordinator)
    response = client.post(f"{BASE}/koordination/runde/{round.pk}/", {})
    assert response.status_code == 200 and 'class="error-summary"' in response.content.decode()


def test_an_unknown_link_shows_the_one_link_page(client, dessau, catalogue):
    response = client.get(f"{BASE}/antworten/gibt-es-nicht/")
    assert response.status_code == 404 and response.templates[0].name == "core/link_invalid.html"
    assert "durch einen neueren ersetzt" in response.content.decode()
