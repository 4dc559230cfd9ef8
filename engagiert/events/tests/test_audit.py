"""Approving and cancelling events and deciding on changes are audited with their actor."""

from __future__ import annotations

import pytest

from engagiert.core.models import AuditRecord
from engagiert.events import services
from engagiert.events.models import Event, EventChange

from .factories import make_event

pytestmark = pytest.mark.django_db
CAL = "/dessau-rosslau/begegnungen/"


def test_approval_cancellation_and_change_decisions_keep_their_actor(client, dessau, org, editor, coordinator):
    event = make_event(dessau, "Vorlesetag", organisation=org)
    event.status = Event.Status.PENDING
    event.save()
    client.force_login(coordinator)
    client.post(f"{CAL}{event.pk}/freigeben/")
    approval = AuditRecord.objects.get(action="events.approve_event")
    assert (approval.actor, approval.municipality, approval.decision) == (coordinator, dessau, "approve")
    assert approval.target_id == str(event.pk) and approval.target_repr == "Vorlesetag"

    change = EventChange.objects.create(event=event, author=editor, changes={"price": ["", "5 €"]})
    client.post(f"{CAL}aenderung/{change.pk}/", {"decision": "reject", "reason": "Bitte mit Ermäßigung"})
    change.refresh_from_db()
    assert change.status == "rejected" and change.note == "Bitte mit Ermäßigung"
    decision = AuditRecord.objects.get(action="events.decide_event_change")
    assert (decision.actor, decision.decision, decision.reason) == (coordinator, "reject", "Bitte mit Ermäßigung")

    services.cancel_event(event=event, user=editor)
    assert AuditRecord.objects.get(action="events.cancel_event").actor == editor
