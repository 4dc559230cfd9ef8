"""Numbers typed by people are ASCII digits only (core.parsing.ascii_int): str.isdigit() also
takes "²" (int() then raised, a 500) and int() reads Arabic-Indic digits ("١" is 1)."""

from __future__ import annotations

import pytest

from engagiert.card import selectors
from engagiert.card.tests import factories
from engagiert.testing import make_user

pytestmark = pytest.mark.django_db

CARD = "/dessau-rosslau/ehrenamtskarte"
NOT_NUMBERS = ["²", "#²", "٣", "#١٢٣", "１２", "1²"]


@pytest.fixture
def card(dessau, coordinator):
    return factories.issued_card(make_user("anna@example.org"), dessau, coordinator)


@pytest.mark.parametrize("code", NOT_NUMBERS)
def test_the_verification_page_takes_no_other_digits(client, dessau, card, code):
    partner_user = make_user("kasse@example.org")
    factories.partner(dessau, partner_user)
    client.force_login(partner_user)
    response = client.post(f"{CARD}/pruefen/", {"code": code})
    assert response.status_code == 200
    assert response.context["verdict"].status != "valid"


@pytest.mark.parametrize("number", NOT_NUMBERS)
def test_verify_number_takes_ascii_digits_only(dessau, card, number):
    assert selectors.verify_number(municipality=dessau, number=str(card.number)).status == "valid"
    arabic = str(card.number).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert selectors.verify_number(municipality=dessau, number=arabic).status == "unknown"
    assert selectors.verify_number(municipality=dessau, number=number).status == "unknown"


@pytest.mark.parametrize("number", NOT_NUMBERS)
def test_the_coordinators_card_search_takes_no_other_digits(client, dessau, coordinator, card, number):
    client.force_login(coordinator)
    response = client.get(f"{CARD}/koordination/", {"nummer": number})
    assert response.status_code == 200
    assert list(response.context["cards"]) == []
    found = client.get(f"{CARD}/koordination/", {"nummer": str(card.number)}).context["cards"]
    assert list(found) == [card]
