"""Requests holding a NUL character get a 400 (RejectNulMiddleware): PostgreSQL text cannot
hold one, so every lookup with it was a 500 there. Run this file with DATABASE_URL set to a
PostgreSQL database, too."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

pytestmark = pytest.mark.django_db

MESSAGE = "Die Anfrage enthält ein unzulässiges Steuerzeichen (NUL)."


@pytest.mark.parametrize(
    ("method", "url", "data"),
    [
        ("get", "/dessau-rosslau/ehrenamtskarte/bestaetigung/abc%00def/", None),
        ("post", "/dessau-rosslau/ehrenamtskarte/bestaetigung/abc%00def/", {"answer": "confirm"}),
        ("get", "/dessau-rosslau/durchblick/?q=%00", None),
        ("get", "/dessau-rosslau/durchblick/?x%00=1", None),
        ("get", "/dessau-rosslau/begegnungen/?topic=a%00b", None),
        ("get", "/%00/", None),
        ("post", "/dessau-rosslau/barrierefreiheit/", {"message": "Kontrast\x00"}),
        ("post", "/accounts/login/", {"login": "a@example.org\x00", "password": "x"}),
    ],
)
def test_nul_in_path_query_or_form_is_a_400(client, org, method, url, data):
    response = getattr(client, method)(url, data)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert response.content.decode() == MESSAGE


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/organisations?topic=%00",
        "/api/v1/organisations?q=%00x",
        "/api/v1/organisations/dessau-rosslau/%00",
        "/api/v1/events?q=Tanz%00",
        "/api/v1/opportunities?q=%00",
    ],
)
def test_nul_in_an_api_request_answers_json_like_other_api_errors(client, org, url):
    """Regression: the API answered a NUL with a text/plain page, every other API error is JSON."""
    response = client.get(url)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert response.json() == {"detail": MESSAGE}
    assert client.get("/api/v1/organisations/dessau-rosslau/nirgends").json().keys() == response.json().keys()


def test_nul_in_an_api_request_is_answered_in_the_callers_language(client, org):
    response = client.get("/api/v1/organisations?q=%00", HTTP_ACCEPT_LANGUAGE="en")
    assert response.json() == {"detail": "The request contains an invalid control character (NUL)."}


def test_nul_in_the_session_cookie_is_a_400(client, org):
    client.cookies["sessionid"] = "\x00" * 32
    response = client.get("/mein-konto/")
    assert response.status_code == 400 and response.content.decode() == MESSAGE


def test_other_requests_pass(client, dessau):
    url = "/dessau-rosslau/barrierefreiheit/"
    assert client.get(url, {"q": "Straße ١٢٣ 😀"}).status_code == 200
    upload = SimpleUploadedFile("anhang.bin", b"\x00\x01\x00", content_type="application/octet-stream")
    response = client.post(url, {"message": "Die Schrift ist zu klein.", "anhang": upload})
    assert response.status_code == 302  # NULs in a file's bytes are no parameter
