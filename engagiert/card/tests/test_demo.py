from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from engagiert.card import services
from engagiert.card.models import AcceptancePartner, Card, CardApplication, CardRules, SigningKey
from engagiert.card.selectors import verify_text
from engagiert.core.models import Municipality

pytestmark = pytest.mark.django_db


def test_demo_data_of_the_card_is_complete_and_idempotent():
    call_command("load_demo", stdout=io.StringIO())
    call_command("load_demo", stdout=io.StringIO())
    dessau = Municipality.objects.get(slug="dessau-rosslau")
    assert set(CardRules.objects.values_list("municipality__slug", flat=True)) == {
        "dessau-rosslau",
        "bitterfeld-wolfen",
    }
    assert SigningKey.objects.filter(active=True).count() == 2
    assert AcceptancePartner.objects.filter(municipality=dessau, status="approved").count() == 6
    card = Card.objects.get(status="active")
    revoked = Card.objects.get(status="revoked")  # the holder moved away
    assert revoked.revoked_reason and not revoked.holder.cards.filter(status="active").exists()
    assert CardApplication.objects.get(status="rejected").decision_reason
    assert card.holder.email == "freiwillige@dessau-rosslau.example" and card.short_name == "Marie S."
    assert verify_text(municipality=dessau, text=services.qr_text(card)).status == "valid"
    pending = CardApplication.objects.get(status="submitted")
    assert pending.applicant.email == "antrag@dessau-rosslau.example"
    museum = AcceptancePartner.objects.get(name="Museum für Naturkunde und Vorgeschichte")
    assert museum.users.filter(email="partner@dessau-rosslau.example").exists()
