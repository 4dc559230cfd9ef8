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
from engagiert.testing import PASSWORD, make_org, make_user

REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/15")
REDIS = {"default": {"BACKEND": "engagiert.core.rediscache.RedisCache", "LOCATION": REDIS_TEST_URL}}
CAL = "/dessau-rosslau/begegnungen/"
NEWSLETTER = "/dessau-rosslau/newsletter/"


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


def test_a_search_text_is_cached_only_where_the_page_allows_it(client, dessau, django_capture_on_commit_callbacks):
    client.get("/dessau-rosslau/mach-mit/?q=Sport")
    assert "X-Cache" not in client.get("/dessau-rosslau/mach-mit/?q=Sport")  # not looked up
    client.get("/dessau-rosslau/mach-mit/")
    assert client.get("/dessau-rosslau/mach-mit/")["X-Cache"] == "HIT"
    # The directory's results for a search text are the same for every visitor: kept per text
    first = client.get("/dessau-rosslau/durchblick/?q=Tanz")
    assert first["X-Cache"] == "MISS" and "Tanzschule" not in first.content.decode()
    assert client.get("/dessau-rosslau/durchblick/?q=Tanz")["X-Cache"] == "HIT"
    assert client.get("/dessau-rosslau/durchblick/?q=Sport")["X-Cache"] == "MISS"  # another text, another page
    with django_capture_on_commit_callbacks(execute=True):
        make_org(dessau, "Tanzschule Lindenhof")
        pagecache.content_changed(dessau)  # as the directory's services do (core.audit.record)
    again = client.get("/dessau-rosslau/durchblick/?q=Tanz")
    assert again["X-Cache"] == "MISS" and "Tanzschule Lindenhof" in again.content.decode()


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


def test_a_page_that_shows_its_token_outside_a_form_field_is_not_stored():
    """Only the token fields {% csrf_token %} writes are taken out; a page with the token (or the
    visitor's secret) anywhere else is not kept at all."""
    request = type("Request", (), {"META": {"CSRF_COOKIE": "s" * 32}})()
    field = b'<input type="hidden" name="csrfmiddlewaretoken" value="' + b"a" * 64 + b'">'
    assert (
        pagecache._without_token(request, b"<form>" + field + b"</form>")
        == b"<form>" + pagecache._CSRF_MARK + b"</form>"
    )
    assert pagecache._without_token(request, field + b'<meta name="csrfmiddlewaretoken" content="x">') is None
    assert pagecache._without_token(request, field + b"s" * 32) is None  # the visitor's secret itself


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


def test_an_offer_page_is_replaced_when_a_shift_slot_is_taken(client, dessau, django_capture_on_commit_callbacks):
    import datetime as dt

    from django.utils import timezone

    from engagiert.volunteering.services.shifts import create_shift, sign_up_for_shift
    from engagiert.volunteering.tests.factories import make_opportunity

    offer = make_opportunity(make_org(dessau, "Lesepaten Dessau"), "Lesepatenschaft")
    url = f"/dessau-rosslau/mach-mit/angebote/{offer.pk}/"
    start = timezone.now() + dt.timedelta(days=3)
    with django_capture_on_commit_callbacks(execute=True):
        shift = create_shift(opportunity=offer, starts_at=start, ends_at=start + dt.timedelta(hours=2), slots=3)
    client.get(url)
    assert client.get(url)["X-Cache"] == "HIT"
    with django_capture_on_commit_callbacks(execute=True):
        sign_up_for_shift(user=make_user("anna@example.org"), shift=shift)
    shown = client.get(url)
    assert shown["X-Cache"] == "MISS" and "1 belegt" in shown.content.decode()


def test_portal_pages_are_kept_and_replaced_with_their_town_and_network(
    client, dessau, django_capture_on_commit_callbacks
):
    from engagiert.core.models import RegionalNetwork
    from engagiert.portal.services import ensure_network_site
    from engagiert.portal.tests.factories import news

    network = RegionalNetwork.objects.create(name="Regionalnetzwerk Anhalt", slug="anhalt")
    network.municipalities.add(dessau)
    ensure_network_site(network=network)
    with django_capture_on_commit_callbacks(execute=True):
        news(dessau, title="Vorlesetag im Rathaus")
    town_news, network_news = "/dessau-rosslau/aktuelles/", "/anhalt/aktuelles/"
    for url in (town_news, network_news):
        first = client.get(url)
        assert first.status_code == 200 and first["X-Cache"] == "MISS"
        hit = client.get(url)
        assert hit["X-Cache"] == "HIT" and hit.content == first.content
    with django_capture_on_commit_callbacks(execute=True):
        news(dessau, title="Zukunftswerkstatt Kommune")  # published: the town's pages and its network's
    for url in (town_news, network_news):
        page = client.get(url)
        assert page["X-Cache"] == "MISS", url
    assert "Zukunftswerkstatt Kommune" in client.get(town_news).content.decode()


def test_a_moved_portal_page_replaces_its_towns_pages(client, dessau, django_capture_on_commit_callbacks):
    from engagiert.portal.models import NewsIndexPage
    from engagiert.portal.tests.factories import news

    item = news(dessau, title="Mitmachlokal eröffnet")
    index = NewsIndexPage.objects.get(pk=item.get_parent().pk)
    client.get("/dessau-rosslau/aktuelles/")
    assert client.get("/dessau-rosslau/aktuelles/")["X-Cache"] == "HIT"
    with django_capture_on_commit_callbacks(execute=True):
        item.move(index.get_parent(), pos="last-child")  # out of "Aktuelles", onto the start page
    page = client.get("/dessau-rosslau/aktuelles/")  # lists the town's news wherever they are: at its new address
    assert page["X-Cache"] == "MISS" and f'href="/dessau-rosslau/{item.slug}/"' in page.content.decode()


def test_a_hit_remembers_the_town_of_the_page_not_of_a_network(client, dessau):
    from engagiert.core.models import RegionalNetwork
    from engagiert.portal.services import ensure_network_site, ensure_site

    network = RegionalNetwork.objects.create(name="Regionalnetzwerk Anhalt", slug="anhalt")
    network.municipalities.add(dessau)
    ensure_site(municipality=dessau)
    ensure_network_site(network=network)
    for url, town in (("/dessau-rosslau/aktuelles/", "dessau-rosslau"), ("/anhalt/aktuelles/", None)):
        client.get(url)  # kept
        visitor = client.__class__()
        hit = visitor.get(url)
        assert hit["X-Cache"] == "HIT"
        assert (hit.cookies["town"].value if "town" in hit.cookies else None) == town, url


def _token(page) -> str:
    return page.content.decode().split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]


def test_a_page_with_a_form_is_kept_and_every_visitor_gets_their_own_working_token(dessau):
    from django.conf import settings
    from django.test import Client

    from engagiert.newsletter.tests.factories import make_newsletter

    make_newsletter(dessau, topics=["Veranstaltungen"])
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    miss = first.get(NEWSLETTER)
    hit = second.get(NEWSLETTER)
    assert (miss["X-Cache"], hit["X-Cache"]) == ("MISS", "HIT")
    assert settings.CSRF_COOKIE_NAME in hit.cookies  # the visitor's CSRF cookie, as a rendered page sets it
    assert _token(hit) != _token(miss) and "\x00" not in hit.content.decode()
    # the token works for its visitor only
    form = {"email": "nicht-gueltig"}  # answered with the form's message, after the CSRF check
    assert second.post(NEWSLETTER, {**form, "csrfmiddlewaretoken": _token(hit)}).status_code == 200
    assert second.post(NEWSLETTER, {**form, "csrfmiddlewaretoken": _token(miss)}).status_code == 403


def test_a_kept_form_page_holds_no_token(client, dessau):
    from engagiert.newsletter.tests.factories import make_newsletter

    make_newsletter(dessau)
    page = client.get(NEWSLETTER)
    kept = caches["default"]
    (raw,) = kept._cache.get_client().keys(f"*{pagecache.PREFIX}page:*")
    entry = kept.get(raw.decode().split(":", 2)[2])  # the key without the cache's ":1:" version prefix
    assert entry["csrf"] and not entry["gzip"]
    assert _token(page).encode() not in entry["content"] and pagecache._CSRF_MARK in entry["content"]


def test_a_portal_page_with_a_form_is_kept_and_its_form_works(dessau, mailoutbox):
    from django.test import Client

    from engagiert.portal.services import ensure_site
    from engagiert.portal.tests.test_contacts import _form, office

    ensure_site(municipality=dessau)
    contact = office(dessau)  # the contact page shows a form to write to it
    Client().get("/dessau-rosslau/kontakt/")
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get("/dessau-rosslau/kontakt/")
    assert page["X-Cache"] == "HIT" and "Integrationsbüro" in page.content.decode()
    sent = visitor.post("/dessau-rosslau/kontakt/", {**_form(contact), "csrfmiddlewaretoken": _token(page)})
    assert sent.status_code == 302 and len(mailoutbox) == 2


def test_a_newsletter_changed_in_the_admin_replaces_the_sign_up_page(
    client, dessau, django_capture_on_commit_callbacks
):
    from types import SimpleNamespace

    from django.contrib import admin
    from django.test import RequestFactory

    from engagiert.newsletter.admin import NewsletterAdmin
    from engagiert.newsletter.models import Newsletter, Topic
    from engagiert.newsletter.tests.factories import make_newsletter

    newsletter = make_newsletter(dessau)
    client.get(NEWSLETTER)
    assert client.get(NEWSLETTER)["X-Cache"] == "HIT"
    Topic.objects.create(newsletter=newsletter, name="Sportvereine", position=0)
    form = SimpleNamespace(instance=newsletter, save_m2m=lambda: None)
    with django_capture_on_commit_callbacks(execute=True):
        NewsletterAdmin(Newsletter, admin.site).save_related(RequestFactory().post("/"), form, [], True)
    page = client.get(NEWSLETTER)
    assert page["X-Cache"] == "MISS" and "Sportvereine" in page.content.decode()
