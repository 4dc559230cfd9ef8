"""The error pages in German, static (engagiert/core/errors.py): an expired form (CSRF
failure), 403, 400 and a server error. Django's own pages were English ("CSRF verification
failed", "Server Error (500)"). The 500 and CSRF pages read nothing from the database."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import get_resolver
from django.utils import translation

from engagiert.core import errors

FEEDBACK = "/dessau-rosslau/barrierefreiheit/"
EXPIRED = "Das Formular ist abgelaufen"


@pytest.mark.django_db
def test_a_form_posted_without_csrf_token_gets_the_german_page(dessau):
    client = Client(enforce_csrf_checks=True)
    assert client.get(FEEDBACK).status_code == 200  # sets the CSRF cookie
    referer = f"http://testserver{FEEDBACK}"
    response = client.post(FEEDBACK, {"message": "Kontrast zu schwach"}, HTTP_REFERER=referer)
    html = response.content.decode()
    assert response.status_code == 403
    assert EXPIRED in html and "Cookies" in html and "CSRF verification failed" not in html
    assert f'href="{referer}"' in html and '<html lang="de"' in html and "core/site.css" in html


@pytest.mark.django_db
def test_the_csrf_page_links_back_only_to_this_site(dessau):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/accounts/login/", {"login": "a@example.org"}, HTTP_REFERER="https://evil.example/x")
    html = response.content.decode()
    assert response.status_code == 403 and EXPIRED in html
    assert "evil.example" not in html and 'href="/"' in html


def test_the_csrf_page_needs_no_database(rf):
    """No `db` fixture: any query would fail the test, as if the database were down."""
    response = errors.csrf_failure(rf.post(FEEDBACK), reason="CSRF cookie not set.")
    assert response.status_code == 403 and EXPIRED in response.content.decode()


@pytest.mark.django_db
def test_the_csrf_page_makes_no_queries(rf, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert errors.csrf_failure(rf.post(FEEDBACK)).status_code == 403


def test_the_server_error_page_is_german_and_needs_no_database(rf):
    handler = get_resolver().resolve_error_handler(500)
    assert handler is errors.server_error
    response = handler(rf.get("/dessau-rosslau/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert "Da ist etwas schiefgegangen" in html and "Server Error" not in html
    assert '<html lang="de" dir="ltr">' in html and "core/site.css" in html


@pytest.mark.django_db
def test_the_server_error_page_makes_no_queries(rf, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert errors.server_error(rf.get("/")).status_code == 500


def test_the_error_pages_follow_the_language(rf):
    with translation.override("ar"):
        html = errors.server_error(rf.get("/")).content.decode()
    assert '<html lang="ar" dir="rtl">' in html


def test_403_is_german_and_static(rf):
    handler = get_resolver().resolve_error_handler(403)
    assert handler is errors.permission_denied
    response = handler(rf.get("/"), PermissionError())
    assert response.status_code == 403 and "Kein Zugriff" in response.content.decode()


def test_a_bad_host_gets_the_german_400_page(client):
    response = client.get("/", HTTP_HOST="evil.example")
    assert response.status_code == 400 and "Ungültige Anfrage" in response.content.decode()


# --- 404: the site's layout, with the town's header under a town's prefix ----------------------


@pytest.mark.django_db
def test_a_missing_page_under_a_town_keeps_the_towns_header_and_links_to_its_sections(client, dessau, settings):
    settings.DEBUG = False
    response = client.get("/dessau-rosslau/gibt-es-nicht/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "Seite nicht gefunden" in html and "Dessau-Roßlau" in html
    assert 'class="brand-town"' in html  # the town's header, not the platform's
    assert 'action="/dessau-rosslau/durchblick/"' in html and 'name="q"' in html  # a search box
    for section in ("durchblick", "begegnungen", "mach-mit", "ehrenamtskarte", "selbstcheck"):
        assert f'href="/dessau-rosslau/{section}/"' in html
    assert 'href="/dessau-rosslau/"' in html and 'href="/dessau-rosslau/datenschutz/"' in html  # footer too


@pytest.mark.django_db
def test_an_unknown_object_of_a_town_gets_the_towns_404(client, dessau, settings):
    settings.DEBUG = False
    response = client.get("/dessau-rosslau/durchblick/gibt-es-nicht/")
    assert response.status_code == 404
    assert 'class="brand-town"' in response.content.decode()


@pytest.mark.django_db
def test_a_missing_page_outside_any_town_lists_the_towns(client, dessau, wittenberg, settings):
    settings.DEBUG = False
    for path in ("/gibt-es-nicht/", "/keine-stadt/begegnungen/", "/mein-konto/x/"):
        response = client.get(path)
        html = response.content.decode()
        assert response.status_code == 404 and "Seite nicht gefunden" in html
        assert 'class="brand-town"' not in html
        assert 'href="/dessau-rosslau/"' in html and 'href="/lutherstadt-wittenberg/"' in html


@pytest.mark.django_db
def test_the_404_page_is_translated(client, dessau, settings):
    settings.DEBUG = False
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ar"
    html = client.get("/dessau-rosslau/gibt-es-nicht/").content.decode()
    assert '<html lang="ar" dir="rtl"' in html


@pytest.mark.django_db
def test_an_unknown_api_path_answers_json(client, settings):
    settings.DEBUG = False
    response = client.get("/api/v1/gibt-es-nicht")
    assert response.status_code == 404 and response.json() == {"detail": "Nicht gefunden."}


def test_the_404_handler_is_registered():
    assert get_resolver().resolve_error_handler(404) is errors.page_not_found


# --- 500: static, German, with the database down ----------------------------------------------


@pytest.mark.django_db
def test_the_server_error_page_renders_when_the_database_is_down(client, dessau, settings, monkeypatch):
    """The whole stack: the view's first query fails; handler500 must answer without one."""
    from django.db.backends.base.base import BaseDatabaseWrapper
    from django.db.utils import OperationalError

    settings.DEBUG = False
    client.raise_request_exception = False

    def down(*args, **kwargs):
        raise OperationalError("database is down")

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", down)
    response = client.get("/dessau-rosslau/")
    html = response.content.decode()
    assert response.status_code == 500
    assert "Da ist etwas schiefgegangen" in html and "Bitte versuchen Sie es" in html
    assert '<html lang="de" dir="ltr">' in html and "Server Error" not in html
