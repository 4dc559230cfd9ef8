"""Coordinators set their municipality's card rules; the eligibility check follows them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from engagiert.card.models import CardRules
from engagiert.card.selectors import eligibility_of, rules_or_default
from engagiert.card.tests import factories
from engagiert.testing import make_user

pytestmark = pytest.mark.django_db

URL = "/dessau-rosslau/ehrenamtskarte/koordination/regeln/"


def rules_post(**changes) -> dict:
    data = {
        "card_name": "Ehrenamtskarte",
        "min_age": "16",
        "min_hours_per_week": "4",
        "min_hours_per_year": "200",
        "min_years_engaged": "3",
        "residence_state": "Sachsen-Anhalt",
        "allowance_limit": "960.00",
        "validity_years": "2",
        "retention_months": "6",
        "reminder_weeks": "6",
        "confirmation_days": "30",
    }
    return data | changes


def test_coordinator_changes_the_rules_and_the_check_follows(client, dessau, coordinator):
    application = factories.draft(make_user("anna@example.org"), dessau)  # 5 hours a week, stated

    def hours_rule():
        return next(r for r in eligibility_of(application).results if r.code == "hours")

    assert hours_rule().status == "unknown"  # enough hours stated, waiting for confirmation
    client.force_login(coordinator)
    assert "Regeln der Ehrenamtskarte" in client.get(URL).content.decode()
    response = client.post(
        URL, rules_post(card_name="Ehrenamtskarte Dessau-Roßlau", min_hours_per_week="40", min_hours_per_year="2000")
    )
    assert response.status_code == 302
    rules = CardRules.objects.get(municipality=dessau)
    assert rules.card_name == "Ehrenamtskarte Dessau-Roßlau" and rules.min_hours_per_week == Decimal("40")
    assert hours_rule().status == "missing" and "40" in hours_rule().explanation


def test_bad_rules_are_refused_and_kept(client, dessau, coordinator):
    client.force_login(coordinator)
    response = client.post(URL, rules_post(validity_years="0", min_age="-3", card_name="Karte XY"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "min_age" in response.context["form"].errors
    assert "Eine Karte gilt mindestens ein Jahr." in page and 'value="Karte XY"' in page
    assert rules_or_default(dessau).card_name == "Ehrenamtskarte"  # nothing stored


def test_the_digital_card_carries_the_municipalitys_card_name(client, dessau, coordinator):
    holder = make_user("anna@example.org")
    factories.issued_card(holder, dessau, coordinator)
    CardRules.objects.filter(municipality=dessau).update(card_name="Engagementkarte")
    client.force_login(holder)
    page = client.get("/dessau-rosslau/ehrenamtskarte/meine-karte/").content.decode()
    assert '<p class="dc-title" lang="de">Engagementkarte Dessau-Roßlau</p>' in page
