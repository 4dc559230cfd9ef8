"""Numbers typed by people are ASCII digits only (core.parsing.ascii_int): str.isdigit() also
takes "²" (int() then raised, a 500) and int() reads Arabic-Indic digits ("١" is 1)."""

from __future__ import annotations

import pytest
from django.core import signing

from engagiert.events import tokens
from engagiert.events.models import Registration
from engagiert.events.tests.factories import make_event

pytestmark = pytest.mark.django_db


def test_event_tokens_take_ascii_digits_only():
    assert tokens.ticket_pk("²-abc") is None
    assert tokens.ticket_pk("١-" + tokens.ticket_code(1).split("-")[1]) is None
    assert tokens.ticket_pk(tokens.ticket_code(1)) == 1
    assert tokens.registration_pk(signing.Signer(salt=tokens._LINK_SALT).sign("²")) is None


@pytest.mark.parametrize("value", ["²", "١", "99999999999999999999", "-1", ""])
def test_the_checkin_list_takes_ascii_registration_ids_only(client, dessau, org, editor, value):
    event = make_event(dessau, "Tanzgala", organisation=org, registration_required=True)
    client.force_login(editor)
    response = client.post(f"{event.get_absolute_url()}einlass/", {"registration": value})
    assert response.status_code == 404
    assert not Registration.objects.filter(checked_in_at__isnull=False).exists()
