"""The shared page cache (core.pagecache) on Redis: hits, invalidation seen by a second web
server, and never another person's page or CSRF token."""

from __future__ import annotations

import os

import pytest
from django.core.cache import caches
from django.test import override_settings

from engagiert.core import pagecache
from engagiert.core.rediscache import RedisCache
from engagiert.events.models import Event
from engagiert.events.tests.factories import make_event
from engagiert.testing import PASSWORD, make_user

REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/15")
REDIS = {"default": {"BACKEND": "engagiert.core.rediscache.RedisCache", "LOCATION": REDIS_TEST_URL}}
CAL = "/dessau-rosslau/begegnungen/"


class WebServer:
    """One web server's own Redis client (its own connection pool), as in another process."""

    def __init__(self):
        self.cache = RedisCache(REDIS_TEST_URL, {})

    def serve(self, monkeypatch):
        monkeypatch.setattr(pagecache, "cache", self.cache)


@pytest.fixture(autouse=True)
def _redis_page_cache(settings):
    with override_settings(CACHES=REDIS, PAGE_CACHE_SECONDS=120):
        caches["default"].clear()
        yield
        caches["default"].clear()


@pytest.fixture
def servers(monkeypatch):
    first, second = WebServer(), WebServer()
    first.serve(monkeypatch)
    return first, second


def test_an_anonymous_page_is_served_from_the_cache_without_a_query(client, dessau, django_assert_num_queries):
    first = client.get("/dessau-rosslau/")
    assert first.status_code == 200 and first["X-Cache"] == "MISS"
    with django_assert_num_queries(0):
        again = client.get("/dessau-rosslau/")
    assert again["X-Cache"] == "HIT" and again.content == first.content


def test_a_hit_is_sent_compressed_as_it_was_kept_and_plain_to_who_asks_for_it(client, dessau):
    import gzip

    first = client.get(CAL, headers={"accept-encoding": "gzip, deflate"})
    assert first["X-Cache"] == "MISS"
    packed = client.get(CAL, headers={"accept-encoding": "gzip, deflate"})
    plain = client.get(CAL)
    assert packed["X-Cache"] == plain["X-Cache"] == "HIT"
    assert packed["Content-Encoding"] == "gzip" and "Accept-Encoding" in packed["Vary"]
    assert not plain.has_header("Content-Encoding") and "Accept-Encoding" in plain["Vary"]
    assert gzip.decompress(packed.content) == plain.content == gzip.decompress(first.content)


def test_pages_are_cached_per_language_and_font_size(client, dessau):
    client.get(CAL)
    assert client.get(CAL)["X-Cache"] == "HIT"
    client.cookies["fontsize"] = "2"
    bigger = client.get(CAL)
    assert bigger["X-Cache"] == "MISS" and 'class="fs-2"' in bigger.content.decode()
    assert client.get(CAL)["X-Cache"] == "HIT"
    arabic = client.get(CAL, headers={"accept-language": "ar"})
    assert arabic["X-Cache"] == "MISS" and 'lang="ar"' in arabic.content.decode()


def test_a_search_text_is_not_cached(client, dessau):
    client.get("/dessau-rosslau/durchblick/?q=Sport")
    assert "X-Cache" not in client.get("/dessau-rosslau/durchblick/?q=Sport")  # not looked up
    client.get("/dessau-rosslau/durchblick/")
    assert client.get("/dessau-rosslau/durchblick/")["X-Cache"] == "HIT"


def test_an_approved_event_appears_on_every_web_server_at_once(client, dessau, coordinator, servers, monkeypatch):
    first, second = servers
    event = make_event(dessau, "Lesung im Bauhaus", status=Event.Status.PENDING)
    visitor = client.__class__()
    assert "Lesung im Bauhaus" not in visitor.get(CAL).content.decode()  # cached on server 1
    second.serve(monkeypatch)
    assert visitor.get(CAL)["X-Cache"] == "HIT"  # server 2 shares the cache
    first.serve(monkeypatch)
    client.force_login(coordinator)
    assert client.post(f"{CAL}{event.pk}/freigeben/").status_code == 302  # approved through server 1
    second.serve(monkeypatch)
    page = visitor.get(CAL)  # read through server 2
    assert page["X-Cache"] == "MISS" and "Lesung im Bauhaus" in page.content.decode()


def test_two_signed_in_people_never_see_each_others_page_or_token(client, dessau):
    anna, bert = make_user("anna@example.org"), make_user("bert@example.org")
    anna.first_name, bert.first_name = "Anna", "Bert"
    anna.save(), bert.save()
    anonymous = client.get("/dessau-rosslau/")
    assert "csrfmiddlewaretoken" not in anonymous.content.decode()  # nothing personal to cache
    pages = {}
    for person in ("anna@example.org", "bert@example.org"):
        browser = client.__class__()
        assert browser.login(username=person, password=PASSWORD)
        pages[person] = browser.get("/dessau-rosslau/")
        assert "X-Cache" not in pages[person]  # not looked up, not stored
        assert pages[person].content != anonymous.content
    assert "anna@example.org" not in pages["bert@example.org"].content.decode()
    token = lambda page: page.content.decode().split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]  # noqa: E731
    assert token(pages["anna@example.org"]) != token(pages["bert@example.org"])
    assert client.get("/dessau-rosslau/")["X-Cache"] == "HIT"  # the anonymous copy is still the anonymous one
    assert client.get("/dessau-rosslau/").content == anonymous.content


def test_a_page_that_uses_a_csrf_token_or_sets_a_cookie_is_not_stored(client, dessau, monkeypatch):
    monkeypatch.setitem(pagecache._pages, "core:accessibility", False)  # a page with a form
    client.get("/dessau-rosslau/barrierefreiheit/")
    assert client.get("/dessau-rosslau/barrierefreiheit/")["X-Cache"] == "MISS"


def test_a_cache_hit_keeps_the_style_nonce_of_its_page(client, dessau):
    dessau.accent_colour = "#7a1f5c"
    dessau.save()
    first = client.get("/dessau-rosslau/")
    hit = client.get("/dessau-rosslau/")
    nonce = hit.content.decode().split('<style nonce="')[1].split('"')[0]
    assert hit["X-Cache"] == "HIT" and f"'nonce-{nonce}'" in hit["Content-Security-Policy"]
    assert first["Content-Security-Policy"] == hit["Content-Security-Policy"]


def test_the_portal_start_page_is_rendered_and_kept(client, dessau):
    """Wagtail answers with a TemplateResponse, rendered only after the middleware: the cache
    renders it itself (it answered 500 before: ContentNotRenderedError)."""
    from engagiert.portal.services import ensure_site

    ensure_site(municipality=dessau)
    first = client.get("/dessau-rosslau/")
    assert first.status_code == 200 and first["X-Cache"] == "MISS"
    second = client.get("/dessau-rosslau/")
    assert second.status_code == 200 and second["X-Cache"] == "HIT"
    assert second.content == first.content


def test_a_registration_replaces_the_pages_showing_seats_only(client, dessau, django_capture_on_commit_callbacks):
    from engagiert.events.services.registrations import register

    event = make_event(dessau, "Tanzcafé", capacity=10, registration_required=True)
    page, directory = f"{CAL}{event.pk}/", "/dessau-rosslau/durchblick/"
    for url in (page, CAL, directory):
        client.get(url)
        assert client.get(url)["X-Cache"] == "HIT"
    with django_capture_on_commit_callbacks(execute=True):
        register(event=event, name="Anna", email="anna@example.org")
    shown = client.get(page)
    assert shown["X-Cache"] == "MISS" and "9 von 10 Plätzen frei" in shown.content.decode()
    assert client.get(CAL)["X-Cache"] == "MISS"
    assert client.get(directory)["X-Cache"] == "HIT"  # shows no seats: kept
    with django_capture_on_commit_callbacks(execute=True):
        pagecache.content_changed(dessau)  # any other change still replaces every page of the town
    assert client.get(directory)["X-Cache"] == "MISS"
