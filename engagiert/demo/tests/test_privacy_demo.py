"""The demo volunteer can try the privacy centre: data in every app a volunteer uses, consents
to withdraw, and a deletion that says what stays."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from engagiert.core import privacy_centre
from engagiert.core.models import User

pytestmark = pytest.mark.django_db


def test_the_demo_volunteer_has_data_in_every_app_and_consents_to_withdraw(client):
    call_command("load_demo", stdout=io.StringIO())
    call_command("load_demo", stdout=io.StringIO())  # idempotent: nothing doubles
    user = User.objects.get(email="freiwillige@dessau-rosslau.example")
    apps = {found.handler.key for found in privacy_centre.holdings(user)}
    assert {"core", "directory", "events", "volunteering", "card"} <= apps
    consents = {c.provider.key for c in privacy_centre.consents(user)}
    assert {"events.needs", "volunteering.contact", "directory.contact"} <= consents
    assert user.event_registrations.count() == 2
    client.force_login(user)
    html = client.get("/dessau-rosslau/mein-bereich/datenschutz/").content.decode()
    assert "Einwilligung widerrufen" in html and "freiwillige@dessau-rosslau.example" in html
