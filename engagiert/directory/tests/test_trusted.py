"""Coordinators mark organisations of their municipality as trusted (or no longer)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from engagiert.directory.models import OrganisationChange
from engagiert.testing import make_org

pytestmark = pytest.mark.django_db


def url(name: str, municipality, **kwargs) -> str:
    return reverse(f"directory:{name}", kwargs={"municipality": municipality.slug, **kwargs})


def test_coordinator_marks_an_organisation_trusted_and_it_is_recorded(client, dessau, org, coordinator):
    client.force_login(coordinator)
    page = client.get(org.get_absolute_url()).content.decode()
    assert url("set_trusted", dessau, pk=org.pk) in page and "Als vertrauenswürdig markieren" in page

    response = client.post(url("set_trusted", dessau, pk=org.pk), {"trusted": "1"}, follow=True)
    org.refresh_from_db()
    assert org.trusted
    assert "ist jetzt vertrauenswürdig" in response.content.decode()
    assert "Nicht mehr als vertrauenswürdig markieren" in response.content.decode()
    entry = org.changes.get()
    assert entry.action == OrganisationChange.Action.TRUSTED and entry.author == entry.decided_by == coordinator
    assert entry.changes == {"trusted": [False, True]}

    client.post(url("set_trusted", dessau, pk=org.pk), {"trusted": "1"})  # sent twice: nothing new
    assert org.changes.count() == 1
    client.post(url("set_trusted", dessau, pk=org.pk), {"trusted": "0"})
    org.refresh_from_db()
    assert not org.trusted
    assert org.changes.filter(action=OrganisationChange.Action.TRUSTED).count() == 2


def test_trusted_toggle_needs_a_valid_choice(client, dessau, org, coordinator):
    client.force_login(coordinator)
    response = client.post(url("set_trusted", dessau, pk=org.pk), {"trusted": "vielleicht"}, follow=True)
    assert "Bitte wählen Sie, ob die Organisation vertrauenswürdig ist." in response.content.decode()
    org.refresh_from_db()
    assert not org.trusted and not org.changes.exists()


def test_pending_organisation_can_be_trusted_from_the_queue(client, dessau, coordinator):
    pending = make_org(dessau, "Neu hier", status="pending")
    client.force_login(coordinator)
    response = client.post(url("set_trusted", dessau, pk=pending.pk), {"trusted": "1"})
    assert response["Location"] == url("queue", dessau)
    pending.refresh_from_db()
    assert pending.trusted


def test_only_coordinators_of_the_municipality_can_trust(
    client, dessau, org, editor, other_org, coordinator, other_coordinator
):
    for user, target in ((editor, org), (other_coordinator, org), (coordinator, other_org)):
        client.force_login(user)
        assert client.post(url("set_trusted", dessau, pk=target.pk), {"trusted": "1"}).status_code == 404
    org.refresh_from_db()
    other_org.refresh_from_db()
    assert not org.trusted and not other_org.trusted
    client.force_login(editor)
    assert url("set_trusted", dessau, pk=org.pk) not in client.get(org.get_absolute_url()).content.decode()
