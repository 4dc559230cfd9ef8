"""Portal pages of the "pages" slice in Chromium: news list, year archive, news page and a
programme page, axe-clean in German and Arabic and no wider than a 390 px phone."""

from __future__ import annotations

import datetime as dt

import pytest
from playwright.sync_api import expect

from engagiert.core.models import RegionalNetwork
from engagiert.directory.models import Programme, Topic
from engagiert.portal.models import NewsIndexPage, NewsPage, ProgrammePage
from engagiert.portal.services import ensure_network_site, ensure_site
from engagiert.portal.tests import factories
from engagiert.testing import make_org

pytestmark = pytest.mark.browser

PAGES = {
    "news-list": "/dessau-rosslau/aktuelles/",
    "news-year": "/dessau-rosslau/aktuelles/2024/",
    "news-topic": "/dessau-rosslau/aktuelles/?thema=integration",
    "news-page": "/dessau-rosslau/aktuelles/bundesweiter-vorlesetag/",
    "programme-page": "/dessau-rosslau/vielfaltsgestalter/",
}


def wagtail_roots() -> None:
    """The page tree root, locale and root collection that Wagtail's migrations make (a live
    server's test database is flushed between tests)."""
    from django.conf import settings
    from wagtail.models import Collection, Locale, Page

    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root"))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


@pytest.fixture
def portal(dessau, wittenberg):
    wagtail_roots()
    site = ensure_site(municipality=dessau)
    topic = Topic.objects.create(slug="integration", name="Integration")
    image = factories.image(site.collection, title="Vorlesen", alt="Eine Frau liest Kindern aus einem Bilderbuch vor")
    news = factories.news(
        dessau,
        title="Bundesweiter Vorlesetag",
        teaser="Das Integrationsbüro überreichte Bücherkisten mit mehrsprachigen Kinderbüchern.",
        date=dt.date(2024, 11, 15),
        image=image,
        body=[{"type": "text", "value": "<p>Vorlesen öffnet Türen – auch zu einer neuen Sprache.</p>"}],
    )
    news.topics.set([topic])
    news.save_revision().publish()
    for i in range(3):
        factories.news(dessau, title=f"Mitmachlokal Termin {i + 1}", date=dt.date(2025, 3, 1 + i))
    network = RegionalNetwork.objects.create(name="Regionalnetzwerk Anhalt", slug="regionalnetzwerk-anhalt")
    network.municipalities.set([dessau, wittenberg])
    index = NewsIndexPage.objects.child_of(ensure_network_site(network=network).home).get()
    glueck = NewsPage(
        title="Auftakt der Kampagne Glücksbringer", teaser="Vier Städte starten.", date=dt.date(2023, 6, 19)
    )
    index.add_child(instance=glueck)
    glueck.save_revision().publish()
    programme = Programme.objects.create(slug="vielfaltsgestalter", name="Vielfaltsgestalter", municipality=dessau)
    for name in ("Multikulturelles Zentrum Dessau", "Frauenzentrum Dessau-Roßlau e. V.", "Tanzschule Roßlau"):
        make_org(dessau, name, programmes=("vielfaltsgestalter",))
    page = ProgrammePage(
        title="Vielfaltsgestalter*innen",
        slug="vielfaltsgestalter",
        programme=programme,
        intro="Gemeinsam für Zusammenhalt und Vielfalt.",
        search_description="Die Vielfaltsgestalter*innen machen Vielfalt in Dessau-Roßlau sichtbar.",
    )
    site.home.add_child(instance=page)
    page.save_revision().publish()


@pytest.mark.parametrize("lang", ["de", "ar"])
@pytest.mark.parametrize("name", list(PAGES))
def test_pages_have_no_axe_violations(contexts, check_a11y, portal, name, lang):
    page = contexts.page(lang=lang)
    response = page.goto(PAGES[name])
    assert response is not None and response.status == 200
    expect(page.locator("html")).to_have_attribute("lang", lang)
    check_a11y(page, name=f"portal-pages-{name}-{lang}")


@pytest.mark.parametrize("name", list(PAGES))
def test_pages_fit_a_phone(contexts, portal, name):
    page = contexts.page(viewport={"width": 390, "height": 844})
    page.goto(PAGES[name])
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"{name} is {width} px wide"


def test_programme_page_and_news_archive_on_a_phone(contexts, portal):
    page = contexts.page(viewport={"width": 390, "height": 844})
    page.goto(PAGES["programme-page"])
    expect(page.get_by_role("heading", name="3 Partnerorganisationen im Durchblick")).to_be_visible()
    page.get_by_role("link", name="Im Durchblick ansehen").click()
    assert "programme=vielfaltsgestalter" in page.url
    page.goto(PAGES["news-list"])
    page.get_by_role("link", name="2023").click()
    expect(page.get_by_role("link", name="Auftakt der Kampagne Glücksbringer")).to_be_visible()
    page.goto(PAGES["news-list"])
    page.get_by_role("link", name="Integration", exact=True).click()
    expect(page.get_by_role("link", name="Bundesweiter Vorlesetag")).to_be_visible()
