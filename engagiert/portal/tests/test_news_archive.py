"""Aktuelles: archive by year, topic filter, RSS/Atom feeds, network news in member towns (and
another town's news never), schema.org NewsArticle."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from defusedxml import ElementTree as ET

from engagiert.core.models import Municipality, RegionalNetwork
from engagiert.directory.models import Topic
from engagiert.portal.models import NewsIndexPage, NewsPage
from engagiert.portal.services import ensure_network_site, ensure_site
from engagiert.portal.tests import factories

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def anhalt(dessau, wittenberg):
    network = RegionalNetwork.objects.create(name="Regionalnetzwerk Anhalt", slug="regionalnetzwerk-anhalt")
    network.municipalities.set([dessau, wittenberg])
    ensure_network_site(network=network)
    return network


@pytest.fixture
def bitterfeld(db):
    return Municipality.objects.create(name="Bitterfeld-Wolfen", slug="bitterfeld-wolfen")


def network_news(network, *, title, date):
    parts = ensure_network_site(network=network)
    index = NewsIndexPage.objects.child_of(parts.home).get()
    page = NewsPage(title=title, teaser="Vier Städte starten gemeinsam.", date=date)
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def world(dessau, wittenberg, anhalt, bitterfeld):
    ensure_site(municipality=bitterfeld)
    integration = Topic.objects.create(slug="integration", name="Integration")
    kultur = Topic.objects.create(slug="kultur", name="Kultur")
    vorlesetag = factories.news(dessau, title="Vorlesetag im Integrationsbüro", date=dt.date(2024, 11, 15))
    vorlesetag.topics.set([integration])
    vorlesetag.save_revision().publish()
    mitmach = factories.news(dessau, title="Mitmachlokal: drei weitere Termine", date=dt.date(2025, 3, 4))
    mitmach.topics.set([kultur])
    mitmach.save_revision().publish()
    factories.news(wittenberg, title="Nachricht aus Wittenberg", date=dt.date(2025, 1, 10))
    factories.news(bitterfeld, title="Nachricht aus Bitterfeld", date=dt.date(2025, 1, 11))
    network_news(anhalt, title="Auftakt der Kampagne Glücksbringer", date=dt.date(2023, 6, 19))
    return {"integration": integration, "kultur": kultur}


def test_town_list_shows_own_and_network_news_never_another_towns(client, world):
    html = client.get("/dessau-rosslau/aktuelles/").content.decode()
    assert "Vorlesetag im Integrationsbüro" in html
    assert "Auftakt der Kampagne Glücksbringer" in html
    assert "aus dem Regionalnetzwerk Anhalt" in html
    assert "Nachricht aus Wittenberg" not in html
    assert "Nachricht aus Bitterfeld" not in html
    other = client.get("/bitterfeld-wolfen/aktuelles/").content.decode()
    assert "Nachricht aus Bitterfeld" in other
    assert "Auftakt der Kampagne" not in other and "Vorlesetag im" not in other


def test_network_list_shows_network_news_only(client, world):
    html = client.get("/regionalnetzwerk-anhalt/aktuelles/").content.decode()
    assert "Auftakt der Kampagne Glücksbringer" in html
    assert "Vorlesetag im" not in html and "Nachricht aus Wittenberg" not in html


def test_archive_by_year(client, world):
    html = client.get("/dessau-rosslau/aktuelles/2024/").content.decode()
    assert "Vorlesetag im Integrationsbüro" in html
    assert "Mitmachlokal" not in html
    assert 'href="/dessau-rosslau/aktuelles/2023/"' in html  # the network's year is in the town's archive
    assert "Auftakt der Kampagne Glücksbringer" in client.get("/dessau-rosslau/aktuelles/2023/").content.decode()
    assert client.get("/dessau-rosslau/aktuelles/2019/").status_code == 404
    assert client.get("/bitterfeld-wolfen/aktuelles/2024/").status_code == 404


def test_topic_filter(client, world):
    html = client.get("/dessau-rosslau/aktuelles/?thema=kultur").content.decode()
    assert "Mitmachlokal" in html and "Vorlesetag im" not in html
    assert re.search(r'href="\?thema=kultur|aktuelles/\?thema=kultur" aria-current="page"', html)
    year = client.get("/dessau-rosslau/aktuelles/2024/?thema=kultur").content.decode()
    assert "Zu diesem Thema gibt es hier noch keine Nachrichten." in year
    unknown = client.get("/dessau-rosslau/aktuelles/?thema=gibt-es-nicht")
    assert unknown.status_code == 200
    assert "Es werden alle Nachrichten gezeigt." in unknown.content.decode()
    assert "Vorlesetag im" in unknown.content.decode()


def test_list_reads_with_fixed_queries(client, world, dessau, django_assert_max_num_queries):
    client.get("/dessau-rosslau/aktuelles/")
    for i in range(15):
        factories.news(dessau, title=f"Weitere Nachricht {i}", date=dt.date(2025, 5, 1) + dt.timedelta(days=i))
    with django_assert_max_num_queries(20) as few:
        client.get("/dessau-rosslau/aktuelles/")
    for i in range(15):
        factories.news(dessau, title=f"Noch eine Nachricht {i}", date=dt.date(2022, 5, 1) + dt.timedelta(days=i))
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/dessau-rosslau/aktuelles/")


def test_rss_feed_is_valid_and_tenant_bound(client, world):
    response = client.get("/dessau-rosslau/aktuelles/feed/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles == [
        "Mitmachlokal: drei weitere Termine",
        "Vorlesetag im Integrationsbüro",
        "Auftakt der Kampagne Glücksbringer",
    ]
    first = channel.find("item")
    assert first.findtext("link") == "http://testserver/dessau-rosslau/aktuelles/mitmachlokal-drei-weitere-termine/"
    assert first.findtext("category") == "Kultur"
    assert first.findtext("pubDate")
    other = ET.fromstring(client.get("/bitterfeld-wolfen/aktuelles/feed/rss/").content)
    assert [i.findtext("title") for i in other.find("channel").findall("item")] == ["Nachricht aus Bitterfeld"]


def test_atom_feed_is_valid_per_network(client, world):
    response = client.get("/regionalnetzwerk-anhalt/aktuelles/feed/atom/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    assert root.findtext(f"{ATOM}id") and root.findtext(f"{ATOM}updated")
    entries = root.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == ["Auftakt der Kampagne Glücksbringer"]
    assert (
        entries[0].findtext(f"{ATOM}id")
        == "http://testserver/regionalnetzwerk-anhalt/aktuelles/auftakt-der-kampagne-glucksbringer/"
    )
    assert entries[0].findtext(f"{ATOM}published").startswith("2023-06-19")


def test_news_page_has_news_article_json_ld(client, world, dessau):
    image = factories.image(ensure_site(municipality=dessau).collection)
    page = NewsPage.objects.get(title="Vorlesetag im Integrationsbüro")
    page.image = image
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(raw)
    assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
    assert data["headline"] == "Vorlesetag im Integrationsbüro"
    assert data["datePublished"] == "2024-11-15"
    assert data["publisher"]["name"] == "Dessau-Roßlau"
    assert data["url"] == "http://testserver/dessau-rosslau/aktuelles/vorlesetag-im-integrationsburo/"
    assert data["image"][0].startswith("http://testserver/")
    assert data["keywords"] == ["Integration"]


def test_json_ld_escapes_html():
    from engagiert.portal.news_archive import json_ld

    out = json_ld({"headline": "</script><script>alert(1)</script>"})
    assert "</script>" not in out and json.loads(out)["headline"].startswith("</script>")


def test_demo_news_load_once_with_network_news_in_member_towns(client, dessau, anhalt):
    from engagiert.demo import portal_news

    ensure_site(municipality=dessau)
    today = dt.date(2026, 3, 1)
    counts = portal_news.load({"dessau-rosslau": dessau}, today=today)
    assert counts["portal_news"] == len(portal_news.SEED_ITEMS) + len(portal_news.YEAR_ITEMS) + len(
        portal_news.NETWORK_ITEMS
    )
    assert portal_news.load({"dessau-rosslau": dessau}, today=today) == {"portal_news": 0}
    assert NewsPage.objects.filter(date__gt=today).count() == 0
    assert NewsPage.objects.filter(date__gte=today - dt.timedelta(days=365)).count() >= 12
    feed = ET.fromstring(client.get("/dessau-rosslau/aktuelles/feed/rss/").content)
    assert len(feed.find("channel").findall("item")) == 20
    html = client.get("/dessau-rosslau/aktuelles/2023/").content.decode()
    assert "Auftakt der Kampagne „Glücksbringer“" in html
