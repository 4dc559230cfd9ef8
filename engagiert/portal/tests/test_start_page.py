"""The town start page: live blocks from the capabilities, a fixed number of queries, German and
Arabic, meta description; the live-block registry takes later apps' kinds."""

from __future__ import annotations

import pytest
from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from engagiert.card.tests.factories import partner
from engagiert.events.tests.factories import make_event
from engagiert.portal import live
from engagiert.portal.services import ensure_site
from engagiert.portal.tests import factories
from engagiert.volunteering.tests.factories import make_opportunity


@pytest.fixture
def site(dessau):
    return ensure_site(municipality=dessau)


def _fill(dessau, org, site, n: int, offset: int = 0) -> None:
    for i in range(n):
        make_event(dessau, f"Tanzcafé {offset + i}", days=2 + offset + i)
        make_opportunity(org, f"Lesepatenschaft {offset + i}")
        partner(dessau, name=f"Partner {offset + i}")
        image = factories.image(site.collection, title=f"Bild {offset + i}")
        factories.news(dessau, title=f"Nachricht {offset + i}", image=image)


def _queries(client, monkeypatch) -> int:
    client.get("/dessau-rosslau/")  # renditions of new images are made once, on the first view
    reset_queries()  # the log keeps 9,000 queries: the fixtures' would crowd this request's out
    with CaptureQueriesContext(connection) as ctx:
        response = client.get("/dessau-rosslau/")
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_live_blocks_show_the_capabilities_content(client, dessau, org, site):
    _fill(dessau, org, site, 2)
    html = client.get("/dessau-rosslau/").content.decode()
    assert "Tanzcafé 0" in html and "Tanzcafé 1" in html
    assert "Le\u00adse\u00adpa\u00adten\u00adschaft 0" in html  # a card's long word: soft hyphens (|hyphenate)
    assert "Nachricht 1" in html
    assert "2 Akzeptanzpartner" in html
    assert 'name="description"' in html
    assert "<picture>" in html or "webp" in html


def test_start_page_reads_a_fixed_number_of_queries(client, dessau, org, site, monkeypatch):
    _fill(dessau, org, site, 1)
    few = _queries(client, monkeypatch)
    _fill(dessau, org, site, 4, offset=10)
    assert _queries(client, monkeypatch) == few


def test_start_page_in_arabic_falls_back_to_german_content(client, dessau, site):
    client.cookies["django_language"] = "ar"
    with translation.override("ar"):
        response = client.get("/dessau-rosslau/", HTTP_ACCEPT_LANGUAGE="ar")
    html = response.content.decode()
    assert 'dir="rtl"' in html
    assert "Engagiert in Dessau-Roßlau" in html  # the German intro, until an Arabic one is written


def test_arabic_content_is_shown_when_written(client, dessau, site):
    home = site.home
    home.body_ar = [{"type": "text", "value": "<p>مرحبا بكم في ديساو</p>"}]
    home.save_revision().publish()
    response = client.get("/dessau-rosslau/", HTTP_ACCEPT_LANGUAGE="ar")
    assert "مرحبا بكم في ديساو" in response.content.decode()


def test_news_of_the_network_appear_in_member_towns(client, dessau, wittenberg):
    from engagiert.core.models import RegionalNetwork
    from engagiert.portal.models import NewsIndexPage, NewsPage
    from engagiert.portal.services import ensure_network_site

    ensure_site(municipality=dessau)
    network = RegionalNetwork.objects.create(name="Regionalnetzwerk Anhalt", slug="regionalnetzwerk-anhalt")
    network.municipalities.set([dessau, wittenberg])
    parts = ensure_network_site(network=network)
    index = NewsIndexPage.objects.child_of(parts.home).get()
    item = NewsPage(title="Glücksbringer gesucht", teaser="Das Netzwerk sucht Glücksbringer.")
    index.add_child(instance=item)
    item.save_revision().publish()
    assert "Glücksbringer gesucht" in client.get("/dessau-rosslau/").content.decode()
    assert "Glücksbringer gesucht" in client.get("/regionalnetzwerk-anhalt/").content.decode()


def test_registered_live_kind_is_offered_and_rendered(client, dessau, site):
    kind = live.LiveKind(
        "figures", "Wirkung in Zahlen", "portal/live/directory.html", lambda **kw: {"organisation_count": 42}
    )
    live.register_live_kind(kind)
    try:
        assert ("figures", "Wirkung in Zahlen") in live.live_kind_choices()
        home = site.home
        home.body = [{"type": "live", "value": {"kind": "figures", "heading": "Wirkung", "count": 1}}]
        home.save_revision().publish()
        assert "42 Partnerorganisationen" in client.get("/dessau-rosslau/").content.decode()
    finally:
        live.unregister_live_kind("figures")


def test_meta_description_falls_back_to_the_teaser(client, dessau, site):
    news = factories.news(dessau, title="Vorlesetag", teaser="Freiwillige lasen in Kitas vor.")
    html = client.get(news.url).content.decode()
    assert '<meta name="description" content="Freiwillige lasen in Kitas vor.">' in html


def test_homes_are_the_towns_own_their_networks_and_the_live_news_index(dessau, wittenberg):
    """The start pages whose news a town shows (portal.selectors.homes_of, written in SQL): its own
    and each network's once, its live "Aktuelles" only when asked, never another town's."""
    from engagiert.core.models import Municipality, RegionalNetwork
    from engagiert.portal.models import NewsIndexPage
    from engagiert.portal.selectors import INDEX, NETWORK, TOWN, homes_of
    from engagiert.portal.services import ensure_network_site

    bitterfeld = Municipality.objects.create(name="Bitterfeld-Wolfen", slug="bitterfeld-wolfen", ags="15082015")
    own, other = ensure_site(municipality=dessau), ensure_site(municipality=bitterfeld)
    ensure_site(municipality=wittenberg)
    network = RegionalNetwork.objects.create(name="Regionalnetzwerk Anhalt", slug="regionalnetzwerk-anhalt")
    network.municipalities.set([dessau, wittenberg])
    anhalt = ensure_network_site(network=network).home
    index = NewsIndexPage.objects.child_of(own.home).get()

    def kinds(towns, **kwargs):
        return sorted((kind, pk) for _path, kind, pk, _url in homes_of(towns, **kwargs))

    assert kinds([dessau]) == sorted([(TOWN, own.home.pk), (NETWORK, anhalt.pk)])
    assert kinds([dessau], news_index=True) == sorted([(TOWN, own.home.pk), (NETWORK, anhalt.pk), (INDEX, index.pk)])
    assert kinds([bitterfeld], news_index=True) == sorted(
        [(TOWN, other.home.pk), (INDEX, NewsIndexPage.objects.child_of(other.home).get().pk)]
    )
    both = homes_of([dessau, wittenberg])
    assert [kind for _path, kind, _pk, _url in both].count(NETWORK) == 1  # the shared network once
    index.unpublish()
    assert (INDEX, index.pk) not in kinds([dessau], news_index=True)
    assert homes_of([]) == []
