"""Coordinators' decisions in the directory are audited with their actor."""

from __future__ import annotations

import pytest

from engagiert.core.models import AuditRecord
from engagiert.directory.models import OrganisationChange
from engagiert.testing import make_org

pytestmark = pytest.mark.django_db
BASE = "/dessau-rosslau/durchblick/koordination"


def test_registration_and_change_decisions_keep_their_actor(client, dessau, org, coordinator):
    pending = make_org(dessau, "Offene Tanzwerkstatt", status="pending")
    change = OrganisationChange.objects.create(organisation=org, changes={"phone": ["", "1"]})
    client.force_login(coordinator)
    client.post(f"{BASE}/eintrag/{pending.pk}/", {"decision": "approve", "reason": "Willkommen"})
    client.post(f"{BASE}/aenderung/{change.pk}/", {"decision": "reject"})
    published = AuditRecord.objects.get(action="directory.published")
    assert (published.actor, published.municipality, published.decision) == (coordinator, dessau, "approve")
    assert (published.reason, published.target_repr) == ("Willkommen", "Offene Tanzwerkstatt")
    rejected = AuditRecord.objects.get(action="directory.decide_change")
    assert (rejected.actor, rejected.decision, rejected.target_id) == (coordinator, "reject", str(change.pk))
