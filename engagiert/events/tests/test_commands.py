"""The cron commands of Begegnungen (README: send_event_reminders daily, expire_event_registrations
hourly)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from engagiert.events import services
from engagiert.events.models import Registration
from engagiert.events.tokens import registration_token

from .factories import make_event

pytestmark = pytest.mark.django_db


def test_expire_event_registrations_gives_an_expired_seat_to_the_waiting_list(dessau, org, mailoutbox):
    event = make_event(dessau, organisation=org, registration_required=True, capacity=1)
    holder = services.register(event=event, name="Erika Muster", email="erika@example.org")
    waiting = services.register(event=event, name="Max Muster", email="max@example.org")
    services.confirm(token=registration_token(waiting.pk))
    assert Registration.objects.get(pk=waiting.pk).status == Registration.Status.WAITING
    Registration.objects.filter(pk=holder.pk).update(expires_at=timezone.now() - dt.timedelta(minutes=1))
    out = io.StringIO()
    call_command("expire_event_registrations", stdout=out)
    assert out.getvalue().startswith("1 unconfirmed registrations expired")
    assert Registration.objects.get(pk=holder.pk).status == Registration.Status.CANCELLED
    assert Registration.objects.get(pk=waiting.pk).status == Registration.Status.CONFIRMED
