"""Coordinators' decisions on the card are audited with their actor; a partner decision
other than approve/reject is refused, never taken as a rejection."""

from __future__ import annotations

import pytest

from engagiert.card import services
from engagiert.card.models import AcceptancePartner, SigningKey
from engagiert.card.tests import factories
from engagiert.core.models import AuditRecord
from engagiert.testing import make_user

pytestmark = pytest.mark.django_db
BASE = "/dessau-rosslau/ehrenamtskarte"


@pytest.fixture
def pending(dessau):
    return factories.partner(dessau, name="Café Zeitlos", status=AcceptancePartner.Status.PENDING)


@pytest.mark.parametrize("value", ["maybe", "", "APPROVE"])
def test_a_bogus_partner_decision_rejects_nothing(client, coordinator, pending, value):
    client.force_login(coordinator)
    response = client.post(f"{BASE}/koordination/partner/{pending.pk}/", {"decision": value}, follow=True)
    assert "Bitte wählen Sie „Freigeben“ oder „Ablehnen“." in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == AcceptancePartner.Status.PENDING
    assert not AuditRecord.objects.exists()


def test_partner_decision_is_audited_with_its_actor(client, dessau, coordinator, pending):
    client.force_login(coordinator)
    client.post(f"{BASE}/koordination/partner/{pending.pk}/", {"decision": "reject", "reason": "Kein Angebot"})
    pending.refresh_from_db()
    assert pending.status == AcceptancePartner.Status.REJECTED
    entry = AuditRecord.objects.get()
    assert (entry.actor, entry.municipality, entry.action) == (coordinator, dessau, "card.decide_partner")
    assert (entry.decision, entry.reason, entry.target_repr) == ("reject", "Kein Angebot", "Café Zeitlos")


def test_key_rotation_and_application_decisions_are_audited(client, dessau, coordinator):
    factories.issued_card(make_user("anna@example.org"), dessau, coordinator)  # the first key has no actor
    client.force_login(coordinator)
    client.post(f"{BASE}/koordination/schluessel/")
    rotations = AuditRecord.objects.filter(action="card.rotate_key")
    assert [e.actor for e in rotations.order_by("pk")] == [None, coordinator]
    assert rotations.order_by("pk").last().data == {"key_id": SigningKey.objects.get(active=True).key_id}
    approval = AuditRecord.objects.get(action="card.decide_application")
    assert approval.actor == coordinator and approval.decision == "approve"

    application = factories.draft(make_user("ben@example.org"), dessau)
    services.submit(application=application)
    services.reject(application=application, by=coordinator, reason="Zu wenige Stunden")
    rejection = AuditRecord.objects.filter(action="card.decide_application", decision="reject").get()
    assert rejection.actor == coordinator and rejection.reason == "Zu wenige Stunden"
    assert rejection.target_repr == f"{application._meta.verbose_name} {application.pk}"  # not the person's name
