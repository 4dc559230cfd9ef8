"""sitemap.xml lists what a search engine may index (every app registers its part with
core.sitemaps); robots.txt keeps crawlers out of signed-in areas; every page has a meta
description, detail pages their own."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from django.test import override_settings

from engagiert.directory.models import Organisation
from engagiert.events.tests.factories import make_event
from engagiert.testing import make_org
from engagiert.volunteering.tests.factories import make_opportunity

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
pytestmark = pytest.mark.django_db


def locations(client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200
    return [loc.text for loc in ET.fromstring(response.content).findall(".//s:loc", NS)]  # noqa: S314 (our own output)


@override_settings(SITE_URL="https://engagiert.example.de")
def test_index_names_every_section_with_the_site_scheme(client, dessau):
    sections = locations(client, "/sitemap.xml")
    for section in ("kommunen", "durchblick", "organisationen", "begegnungen", "veranstaltungen", "angebote"):
        assert any(loc.endswith(f"/sitemap-{section}.xml") for loc in sections), section
    assert all(loc.startswith("https://") for loc in sections)


def test_sections_list_public_objects_only(client, dessau, wittenberg, org):
    draft = make_org(dessau, "Entwurf e. V.", status=Organisation.Status.PENDING)
    other = make_org(wittenberg, "Lutherstädter Tafel")
    orgs = locations(client, "/sitemap-organisationen.xml")
    assert any(loc.endswith(org.get_absolute_url()) for loc in orgs)
    assert any(loc.endswith(other.get_absolute_url()) for loc in orgs)  # every town of the installation
    assert not any(loc.endswith(draft.get_absolute_url()) for loc in orgs)

    upcoming = make_event(dessau, "Tanzcafé")
    past = make_event(dessau, "Vorlesetag", days=-3)
    draft_event = make_event(dessau, "Noch geheim", status="draft")
    events = locations(client, "/sitemap-veranstaltungen.xml")
    assert any(loc.endswith(upcoming.get_absolute_url()) for loc in events)
    assert not any(loc.endswith(past.get_absolute_url()) for loc in events)
    assert not any(loc.endswith(draft_event.get_absolute_url()) for loc in events)

    offer = make_opportunity(org, "Lesepatenschaft")
    assert any(loc.endswith(offer.get_absolute_url()) for loc in locations(client, "/sitemap-angebote.xml"))
    towns = locations(client, "/sitemap-kommunen.xml")
    assert any(loc.endswith("/dessau-rosslau/barrierefreiheit/") for loc in towns)
    assert any(loc.endswith("/lutherstadt-wittenberg/impressum/") for loc in towns)


def test_unknown_section_answers_404(client, dessau):
    assert client.get("/sitemap-gibtsnicht.xml").status_code == 404


def test_organisation_section_takes_fixed_queries(client, dessau, django_assert_max_num_queries):
    for n in range(3):
        make_org(dessau, f"Verein {n}")
    with django_assert_max_num_queries(3) as few:
        client.get("/sitemap-organisationen.xml")
    for n in range(3, 30):
        make_org(dessau, f"Verein {n}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/sitemap-organisationen.xml")


@override_settings(SITE_URL="https://engagiert.example.de")
def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /redaktion/" in text
    assert "Disallow: /*/mein-bereich/" in text
    assert "Sitemap: https://engagiert.example.de/sitemap.xml" in text


def meta_description(response) -> str:
    html = response.content.decode()
    start = html.index('<meta name="description" content="') + len('<meta name="description" content="')
    return html[start : html.index('"', start)]


def test_meta_description_on_every_page_and_own_on_detail_pages(client, dessau):
    org = make_org(
        dessau, "Tanzwerkstatt", description="<p>Wir tanzen &amp; lachen – <b>für alle</b> Generationen.</p>"
    )
    assert meta_description(client.get(org.get_absolute_url())) == "Wir tanzen &amp; lachen – für alle Generationen."
    generic = meta_description(client.get("/dessau-rosslau/begegnungen/"))
    assert "Dessau-Roßlau" in generic
    long = make_org(dessau, "Langer Text", description="<p>" + "Wort " * 100 + "</p>")
    assert len(meta_description(client.get(long.get_absolute_url()))) <= 160


def test_the_site_has_an_icon(client):
    """Every page names its icon; a program that asks for /favicon.ico gets the same one."""
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/core/favicon.svg"
    assert client.get(response["Location"]).status_code == 200
