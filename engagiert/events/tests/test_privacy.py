"""Support needs of a registration (possibly health data, Art. 9 DSGVO): stored only with the
guest's explicit consent, deleted a week after the event (purge_registration_needs)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from engagiert.events import services
from engagiert.events.models import Registration

from .factories import make_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def gala(dessau, org):
    return make_event(dessau, organisation=org, registration_required=True, capacity=10)


def register_url(event) -> str:
    return f"{event.get_absolute_url()}anmelden/"


def test_support_needs_without_consent_are_refused_and_nothing_is_stored(client, gala):
    data = {"name": "Erika", "email": "erika@example.org", "needs": "Rollstuhlplatz"}
    response = client.post(register_url(gala), data)
    html = response.content.decode()
    assert response.status_code == 200 and "Bitte willigen Sie ein" in html
    assert not Registration.objects.exists()


def test_support_needs_with_consent_are_stored(client, gala):
    data = {"name": "Erika", "email": "erika@example.org", "needs": "Rollstuhlplatz", "needs_consent": "on"}
    assert client.post(register_url(gala), data).status_code == 302
    assert Registration.objects.get().needs == "Rollstuhlplatz"


def test_a_registration_without_needs_needs_no_consent(client, gala):
    assert client.post(register_url(gala), {"name": "Erika", "email": "erika@example.org"}).status_code == 302


def test_support_needs_are_deleted_a_week_after_the_event(dessau, org):
    now = timezone.now()
    past = make_event(dessau, "Vorbei", organisation=org, days=-8, registration_required=True)
    recent = make_event(dessau, "Gerade vorbei", organisation=org, days=-3, registration_required=True)
    coming = make_event(dessau, "Bald", organisation=org, days=3, registration_required=True)
    for event in (past, recent, coming):
        Registration.objects.create(
            event=event, name="Erika", email="erika@example.org", needs="Rollstuhlplatz", status="confirmed"
        )
    out = io.StringIO()
    call_command("purge_registration_needs", stdout=out)
    assert out.getvalue().startswith("1 registration(s)")
    needs = dict(Registration.objects.values_list("event__title", "needs"))
    assert needs == {"Vorbei": "", "Gerade vorbei": "Rollstuhlplatz", "Bald": "Rollstuhlplatz"}
    assert services.purge_support_needs(now=now + dt.timedelta(days=5)) == 1  # the recent one's week is over
    assert Registration.objects.get(event=past).status == "confirmed"  # the registration itself stays
