"""The API's errors in the caller's language."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_bad_parameters_are_listed_with_a_translated_message(client, dessau):
    response = client.get("/api/v1/organisations?page=abc&kind=foo", headers={"accept-language": "de"})
    assert response.status_code == 422
    body = response.json()
    assert body["message"] == "Bitte prüfen Sie diese Angaben: kind, page"
    messages = {item["loc"][-1]: item["msg"] for item in body["detail"]}
    assert messages["page"] == "Bitte eine ganze Zahl angeben."
    assert messages["kind"].startswith("Erlaubt sind: 'verein'")
    assert all(item["detail"] for item in body["detail"])  # pydantic's own text stays for developers


def test_english_callers_get_english_messages(client, dessau):
    body = client.get("/api/v1/organisations?page=abc", headers={"accept-language": "en"}).json()
    assert body["detail"][0]["msg"] == "Please give a whole number."


def test_not_found_says_so_without_internals(client, dessau):
    response = client.get("/api/v1/organisations/dessau-rosslau/gibt-es-nicht", headers={"accept-language": "de"})
    assert response.status_code == 404 and response.json() == {"detail": "Nicht gefunden."}
