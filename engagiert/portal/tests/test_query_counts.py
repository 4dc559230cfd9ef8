"""The portal's busiest pages read a fixed number of queries, whatever the amount of content
(issue 14's benchmark, bench/portal.py, measures their time at full size): the start page with
every live block, the news list and a programme page with 500 members."""

from __future__ import annotations

import pytest
from django.db import reset_queries

from engagiert.card.tests.factories import partner
from engagiert.events.tests.factories import make_event
from engagiert.portal.live import live_kinds
from engagiert.portal.models import TownHomePage
from engagiert.portal.services import ensure_site
from engagiert.portal.tests import factories
from engagiert.portal.tests.test_programmes import add_members, programme_page
from engagiert.volunteering.tests.factories import make_opportunity

pytestmark = pytest.mark.django_db

# The start page with its specific type and town (PortalPage.route; portal.views.route: the root
# page's specific type is not read again; core's start page view leaves reading the town to the
# portal) and whether a view restriction covers it (PortalPage.get_view_restrictions: none, no
# query); Wagtail's site is kept per process (portal.views.find_site); then the live blocks' own
# (events 1, offers 1, news 3, card 1, directory 1, portraits 1, impact 1).
START_PAGE_QUERIES = 10
# Start page (with its town: the header) and news index (each with its specific type:
# PortalPage.route, the second visit; no view restriction), the start pages whose news are
# listed, topics, years, count, news with their images, renditions; the start page is the one
# routed through (PortalPage.site_home).
NEWS_LIST_QUERIES = 8
# Start page (with its town) and programme page (each with its specific type: PortalPage.route,
# the second visit; no view restriction), the programme, members (count, first), events, offers.
PROGRAMME_PAGE_QUERIES = 7


def _fill(dessau, org, site, n: int, offset: int = 0) -> None:
    for i in range(offset, offset + n):
        make_event(dessau, f"Tanzcafé {i}", days=2 + i)
        make_opportunity(org, f"Lesepatenschaft {i}")
        partner(dessau, name=f"Partner {i}")
        image = factories.image(site.collection, title=f"Bild {i}")
        factories.news(dessau, title=f"Nachricht {i}", image=image)


def _get(client, url: str, django_assert_num_queries, expected: int) -> str:
    client.get(url)  # renditions of new images are made once, on the first view
    reset_queries()
    with django_assert_num_queries(expected):
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_start_page_with_every_live_block(client, dessau, org, django_assert_num_queries, settings):
    settings.PAGE_CACHE_SECONDS = 0  # what is measured is the page, not the cache
    site = ensure_site(municipality=dessau)
    body = [block.value["kind"] for block in TownHomePage.objects.get().body if block.block_type == "live"]
    assert sorted(body) == sorted(kind.key for kind in live_kinds())  # every live block is on it
    _fill(dessau, org, site, 1)
    _get(client, "/dessau-rosslau/", django_assert_num_queries, START_PAGE_QUERIES)
    _fill(dessau, org, site, 6, offset=1)
    html = _get(client, "/dessau-rosslau/", django_assert_num_queries, START_PAGE_QUERIES)
    assert "Tanzcafé 2" in html and "Nachricht 6" in html and "7 Akzeptanzpartner" in html
    assert '<a href="/dessau-rosslau/aktuelles/">Alle Nachrichten</a>' in html  # the news index, read with the homes


def test_news_list(client, dessau, org, django_assert_num_queries, settings):
    settings.PAGE_CACHE_SECONDS = 0
    site = ensure_site(municipality=dessau)
    _fill(dessau, org, site, 1)
    _get(client, "/dessau-rosslau/aktuelles/", django_assert_num_queries, NEWS_LIST_QUERIES)
    _fill(dessau, org, site, 14, offset=1)
    html = _get(client, "/dessau-rosslau/aktuelles/", django_assert_num_queries, NEWS_LIST_QUERIES)
    assert "Nachricht 14" in html


def test_programme_page_with_500_members(client, dessau, django_assert_num_queries, settings):
    from engagiert.directory.models import Organisation, Programme

    settings.PAGE_CACHE_SECONDS = 0
    programme = Programme.objects.create(slug="engagierte-stadt", name="Engagierte Stadt", municipality=dessau)
    page = programme_page(dessau, programme)
    add_members(dessau, programme, 3)
    _get(client, page.url, django_assert_num_queries, PROGRAMME_PAGE_QUERIES)
    add_members(dessau, programme, 497, prefix="Initiative")
    event = make_event(dessau, "Sommerfest der Partner", days=3)
    event.organisations.add(Organisation.objects.filter(programmes=programme).first())
    html = _get(client, page.url, django_assert_num_queries, PROGRAMME_PAGE_QUERIES)
    assert "500 Partnerorganisationen im Durchblick" in html
    assert "Sommerfest der Partner" in html  # the members' events are shown (they were not)
