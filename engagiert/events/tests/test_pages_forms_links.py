"""Begegnungen on the shared building blocks: pages beyond the last, forms bound on POST,
the one page for an unusable registration link, working lists that page."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from engagiert.events import services
from engagiert.events.models import Registration
from engagiert.events.tokens import registration_token

from .factories import make_event

CAL = "/dessau-rosslau/begegnungen/"


@pytest.mark.parametrize("path", ["", "netzwerk/"])
@pytest.mark.parametrize("number", ["1000000000000000000", "9223372036854775808", "99"])
def test_a_page_beyond_the_last_is_the_last_never_a_500(client, dessau, org, path, number):
    # Was a 500: DataError "bigint out of range" (PostgreSQL), OverflowError (SQLite).
    make_event(dessau, "Sprachcafé", organisation=org)
    response = client.get(f"{CAL}{path}?page={number}")
    assert response.status_code == 200
    assert response.context["page"].number == 1 and "Sprachcafé" in response.content.decode()


def test_an_empty_post_shows_the_errors(client, dessau, org, editor):
    client.force_login(editor)
    response = client.post(f"{CAL}neu/", {})
    assert response.status_code == 200 and 'class="error-summary"' in response.content.decode()


def test_a_forged_link_shows_the_one_link_page(client, dessau, org):
    response = client.get(f"{CAL}anmeldung/1:forged/bestaetigen/")
    assert response.status_code == 404
    assert [t.name for t in response.templates][0] == "core/link_invalid.html"


def test_an_expired_confirmation_link_is_gone(client, dessau, org):
    event = make_event(dessau, organisation=org, registration_required=True, capacity=5)
    registration = services.register(event=event, name="E", email="e@example.org")
    Registration.objects.filter(pk=registration.pk).update(expires_at=timezone.now() - dt.timedelta(minutes=1))
    response = client.post(f"{CAL}anmeldung/{registration_token(registration.pk)}/bestaetigen/")
    assert response.status_code == 410 and "Der Link ist abgelaufen." in response.content.decode()
    assert [t.name for t in response.templates][0] == "core/link_invalid.html"


def test_the_organisers_list_pages_instead_of_stopping(client, dessau, org, editor, monkeypatch):
    from engagiert.events.views import organiser

    monkeypatch.setattr(organiser, "LIST_PAGE_SIZE", 2)
    for i in range(3):
        make_event(dessau, f"Chorprobe {i}", organisation=org, days=1 + i)
    client.force_login(editor)
    first = client.get(f"{CAL}verwalten/").content.decode()
    assert "Chorprobe 1" in first and "Chorprobe 2" not in first and 'href="?page=2" rel="next"' in first
    assert "Chorprobe 2" in client.get(f"{CAL}verwalten/?page=2").content.decode()
