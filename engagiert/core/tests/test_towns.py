"""The town a person came from (core.towns): remembered when a town page is shown, kept on the
account pages without a town in their URL (header and full footer), and the place a login
ends ("Mein Bereich"); a safe `next` still wins."""

from __future__ import annotations

import pytest

from engagiert.core.towns import TOWN_COOKIE
from engagiert.testing import PASSWORD

pytestmark = pytest.mark.django_db

AREA = "/dessau-rosslau/mein-bereich/"
LEGAL = ("/dessau-rosslau/impressum/", "/dessau-rosslau/datenschutz/", "/dessau-rosslau/barrierefreiheit/")


def test_a_town_page_remembers_the_town_once(client, dessau):
    response = client.get("/dessau-rosslau/")
    assert response.cookies[TOWN_COOKIE].value == "dessau-rosslau"
    assert response.cookies[TOWN_COOKIE]["httponly"] and response.cookies[TOWN_COOKIE]["samesite"] == "Lax"
    assert TOWN_COOKIE not in client.get("/dessau-rosslau/impressum/").cookies  # unchanged: not set again


def test_pages_without_a_town_and_failed_pages_remember_nothing(client, dessau):
    assert TOWN_COOKIE not in client.get("/").cookies
    assert TOWN_COOKIE not in client.get("/accounts/login/").cookies
    assert TOWN_COOKIE not in client.get("/dessau-rosslau/durchblick/gibt-es-nicht/").cookies


def test_login_lands_on_mein_bereich_of_the_town_the_person_came_from(client, dessau, outsider):
    client.get("/dessau-rosslau/")
    response = client.post("/accounts/login/", {"login": outsider.email, "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == AREA
    assert client.get(response["Location"]).status_code == 200


def test_a_safe_next_still_wins_and_an_unsafe_one_does_not(client, dessau, outsider):
    client.get("/dessau-rosslau/")
    response = client.post(
        "/accounts/login/?next=/dessau-rosslau/impressum/", {"login": outsider.email, "password": PASSWORD}
    )
    assert response["Location"] == "/dessau-rosslau/impressum/"
    client.logout()  # the test client drops every cookie
    client.get("/dessau-rosslau/")
    response = client.post(
        "/accounts/login/?next=https://evil.example/", {"login": outsider.email, "password": PASSWORD}
    )
    assert response["Location"] == AREA


def test_without_a_town_the_login_lands_on_mein_konto(client, dessau, outsider):
    response = client.post("/accounts/login/", {"login": outsider.email, "password": PASSWORD})
    assert response["Location"] == "/mein-konto/"


def test_an_unknown_remembered_town_is_ignored(client, dessau, outsider):
    client.cookies[TOWN_COOKIE] = "gibt-es-nicht"
    response = client.post("/accounts/login/", {"login": outsider.email, "password": PASSWORD})
    assert response["Location"] == "/mein-konto/"
    page = client.get("/mein-konto/").content.decode()
    assert "/impressum/" not in page


def test_sign_up_confirmation_and_login_land_on_the_town(client, dessau, mailoutbox):
    client.get("/dessau-rosslau/")
    email, password = "neu@example.org", "ein-sicheres-passwort-7"
    client.post(
        "/accounts/signup/",
        {"first_name": "Lea", "name_shown": "first", "email": email, "password1": password, "password2": password},
    )
    link = next(word for word in mailoutbox[0].body.split() if "/accounts/confirm-email/" in word)
    response = client.post(link.split("testserver", 1)[1])
    assert response.status_code == 302
    if response["Location"] != AREA:  # not signed in by the confirmation: the login then
        response = client.post("/accounts/login/", {"login": email, "password": password})
    assert response["Location"] == AREA


@pytest.mark.parametrize(
    "path", ["/accounts/login/", "/accounts/signup/", "/accounts/password/reset/", "/accounts/confirm-email/"]
)
def test_account_pages_keep_the_towns_header_and_full_footer(client, dessau, path):
    client.get("/dessau-rosslau/")
    response = client.get(path)
    page = response.content.decode()
    assert "Dessau-Roßlau" in page
    for link in LEGAL:
        assert f'href="{link}"' in page
    assert response.context["municipality_remembered"] is True
    assert not hasattr(response.wsgi_request, "municipality")  # no tenant scope for the views


def test_the_next_link_names_the_town_without_a_cookie(client, dessau):
    page = client.get("/accounts/login/?next=/dessau-rosslau/begegnungen/").content.decode()
    assert 'href="/dessau-rosslau/impressum/"' in page


def test_account_pages_without_a_known_town_stay_neutral(client, dessau):
    response = client.get("/accounts/login/")
    assert response.context["municipality"] is None and not response.context["municipality_remembered"]
    assert "/impressum/" not in response.content.decode()


def test_the_platform_home_stays_neutral_after_a_town_visit(client, dessau):
    client.get("/dessau-rosslau/")
    assert client.get("/").context["municipality"] is None


def test_signed_in_pages_keep_the_town_and_link_mein_bereich_and_mein_konto(client, dessau, outsider):
    client.force_login(outsider)
    client.get("/dessau-rosslau/")
    account = client.get("/mein-konto/").content.decode()
    assert f'href="{AREA}"' in account  # the navigation and the link to the town's area
    assert "Mein Bereich in <bdi>Dessau-Roßlau</bdi>" in account
    area = client.get(AREA).content.decode()
    assert 'href="/mein-konto/"' in area and ">Mein Bereich<" in area


def test_logout_keeps_the_town(client, dessau, outsider):
    client.force_login(outsider)
    client.get("/dessau-rosslau/")
    page = client.get("/accounts/logout/").content.decode()
    assert 'href="/dessau-rosslau/impressum/"' in page
    response = client.post("/accounts/logout/")
    assert response["Location"] == "/dessau-rosslau/"
