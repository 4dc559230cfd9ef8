"""Coordinators' decisions on opportunities and organisations' decisions on hours are audited."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from engagiert.core.models import AuditRecord
from engagiert.testing import make_user
from engagiert.volunteering import services
from engagiert.volunteering.models import Opportunity

from .factories import accept, make_opportunity

pytestmark = pytest.mark.django_db
BASE = "/dessau-rosslau/mach-mit"


def test_opportunity_decision_is_audited_with_its_actor_and_reason(client, dessau, org, coordinator):
    opp = make_opportunity(org, "Sprachcafé", status=Opportunity.Status.PENDING)
    client.force_login(coordinator)
    client.post(f"{BASE}/koordination/{opp.pk}/", {"decision": "reject", "reason": "Bitte genauer beschreiben"})
    opp.refresh_from_db()
    assert opp.status == Opportunity.Status.DRAFT
    entry = AuditRecord.objects.get()
    assert (entry.actor, entry.municipality, entry.action) == (coordinator, dessau, "volunteering.decide_opportunity")
    assert (entry.decision, entry.reason, entry.target_repr) == ("reject", "Bitte genauer beschreiben", "Sprachcafé")


def test_a_bogus_opportunity_decision_changes_nothing(client, org, coordinator):
    opp = make_opportunity(org, "Sprachcafé", status=Opportunity.Status.PENDING)
    client.force_login(coordinator)
    response = client.post(f"{BASE}/koordination/{opp.pk}/", {"decision": "vielleicht"}, follow=True)
    assert "Bitte wählen Sie „Freigeben“ oder „Ablehnen“." in response.content.decode()
    opp.refresh_from_db()
    assert opp.status == Opportunity.Status.PENDING and not AuditRecord.objects.exists()


def test_hour_decisions_are_audited(dessau, org, editor):
    volunteer = make_user("freiwillig@example.org")
    opp = make_opportunity(org, "Begleitung im Seniorenheim")
    accept(volunteer, opp, days_ago=30)
    entry = services.log_hours(
        volunteer=volunteer, opportunity=opp, date=datetime.date.today() - datetime.timedelta(days=1), hours=Decimal(2)
    )
    services.decide_hours(entry=entry, confirm=True, by=editor)
    services.correct_hours(entry=entry, date=entry.date, hours=Decimal(3), reason="Vertippt", by=editor)
    decided, corrected = AuditRecord.objects.order_by("pk")
    assert (decided.actor, decided.action, decided.decision) == (editor, "volunteering.decide_hours", "approve")
    assert (corrected.actor, corrected.action, corrected.reason) == (editor, "volunteering.correct_hours", "Vertippt")
