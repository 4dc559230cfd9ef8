"""The portal's pages and news in the site-wide search come from their term index (PageSearchTerm):
German folding and stemming, the town's own pages only (its networks' news too), never an
unpublished, draft or private page, German content found from the Arabic interface, and a
fixed number of queries however big the site is."""

from __future__ import annotations

import pytest
from django.utils import translation
from wagtail.models import PageViewRestriction

from engagiert.core.models import RegionalNetwork
from engagiert.core.search import search_terms
from engagiert.core.sitesearch import search_everything, search_kinds
from engagiert.portal.easy_read import EasyReadPage
from engagiert.portal.models import ContentPage, NetworkHomePage, NewsIndexPage, PageSearchTerm
from engagiert.portal.search import EASY_READ_LABEL, search_news, search_pages
from engagiert.portal.services import ensure_network_site, ensure_site
from engagiert.portal.tests.factories import news

pytestmark = pytest.mark.django_db


def found(municipality, query: str, kind: str, *, easy_read: bool = False) -> list[str]:
    """The titles found of `kind`; without the town's default pages in Leichte Sprache (made by
    ensure_site, they explain the site with words such as "Tanz"; found after the others) unless
    `easy_read`."""
    for group in search_everything(municipality=municipality, query=query):
        if group.kind.key == kind:
            return [r.title for r in group.results if easy_read or r.extra != EASY_READ_LABEL]
    raise AssertionError(f"no kind {kind}")


def pages_kind():
    return next(kind for kind in search_kinds.all() if kind.key == "pages")


def publish(home, **fields) -> ContentPage:
    page = ContentPage(**fields)
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_folded_and_stemmed_words_find_pages_and_news(dessau):
    home = ensure_site(municipality=dessau).home
    publish(home, title="Vereine in Roßlau", intro="Ehrenamtliche Flüchtlingshilfe.")
    news(dessau, title="Seniorenarbeit wächst", teaser="Mehr Begleitungen im Stadtteil.")
    assert found(dessau, "Verein", "pages") == ["Vereine in Roßlau"]
    assert found(dessau, "rosslau", "pages") == ["Vereine in Roßlau"]
    assert found(dessau, "FLUCHTLINGSHILFE", "pages") == ["Vereine in Roßlau"]
    assert found(dessau, "Senioren Begleitung", "news") == ["Seniorenarbeit wächst"]
    assert found(dessau, "Senioren Xylophon", "news") == []


def test_another_towns_pages_and_news_are_never_found(dessau, wittenberg):
    publish(ensure_site(municipality=dessau).home, title="Tanzprojekt Dessau")
    publish(ensure_site(municipality=wittenberg).home, title="Tanzprojekt Wittenberg")
    news(wittenberg, title="Tanzfest Wittenberg")
    assert found(dessau, "Tanzprojekt", "pages") == ["Tanzprojekt Dessau"]
    assert found(dessau, "Tanz", "news") == []
    assert found(wittenberg, "Tanz", "news") == ["Tanzfest Wittenberg"]


def test_network_news_are_found_in_every_member_town_only(dessau, wittenberg):
    network = RegionalNetwork.objects.create(name="Netzwerk Anhalt", slug="netzwerk-anhalt")
    network.municipalities.add(dessau)
    index = ensure_network_site(network=network).home.get_children().type(NewsIndexPage).get().specific
    item = news(dessau, title="Platzhalter")
    item.move(index, pos="last-child")  # a network news item (and the move reindexes it)
    item.title = "Netzwerktreffen Ehrenamt"
    item.save_revision().publish()
    assert found(dessau, "Netzwerktreffen", "news") == ["Netzwerktreffen Ehrenamt"]
    assert found(wittenberg, "Netzwerktreffen", "news") == []
    assert set(PageSearchTerm.objects.filter(page=item).values_list("home", flat=True)) == {
        NetworkHomePage.objects.get().pk
    }


def test_unpublished_draft_and_private_pages_are_never_found(dessau):
    home = ensure_site(municipality=dessau).home
    gone = publish(home, title="Sommerfest")
    gone.unpublish()
    private = publish(home, title="Sommerfest intern")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    draft = ContentPage(title="Sommerfest Entwurf", live=False)
    home.add_child(instance=draft)
    edited = publish(home, title="Sommerfest Rückblick")
    edited.title = "Winterfest Vorschau"
    edited.save_revision()  # a draft of a live page: the live version stays what is found
    assert found(dessau, "Sommerfest", "pages") == ["Sommerfest Rückblick"]
    assert found(dessau, "Winterfest", "pages") == []
    assert not PageSearchTerm.objects.filter(page=gone).exists()


def test_the_arabic_interface_finds_german_content(client, dessau):
    publish(ensure_site(municipality=dessau).home, title="Sprachcafé für alle", intro="Deutsch lernen.")
    with translation.override("ar"):
        assert found(dessau, "Sprachcafe", "pages") == ["Sprachcafé für alle"]
    html = client.get("/dessau-rosslau/suche/", {"q": "Sprachcafé"}, HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert "Sprachcafé für alle" in html


@pytest.mark.parametrize("kind", ["pages", "news"])
def test_the_search_reads_a_fixed_number_of_queries(dessau, kind, django_assert_num_queries):
    home = ensure_site(municipality=dessau).home
    search = {"pages": search_pages, "news": search_news}[kind]
    for i in range(2):
        publish(home, title=f"Trommelkurs {i}", intro="Für alle.")
        news(dessau, title=f"Trommelabend {i}")
    terms = search_terms("Trommel")  # not a word of the Leichte Sprache pages
    with django_assert_num_queries(4):  # start pages, view restrictions, first ids and count, pages
        assert search(dessau, terms, 5)[0] == 2
    for i in range(2, 12):
        publish(home, title=f"Trommelkurs {i}", intro="Für alle.")
        news(dessau, title=f"Trommelabend {i}")
    with django_assert_num_queries(4):
        count, results = search(dessau, terms, 5)
    assert count == 12 and len(results) == 5


def test_the_pages_in_leichte_sprache_are_found_in_their_town_only(client, dessau, wittenberg):
    """The overview and the pages in Leichte Sprache (made by ensure_site) are found as such, by
    their words, and by long words that their texts split with a middle dot; in German (marked
    so) whatever the interface language is; never another town's."""
    ensure_site(municipality=dessau)
    ensure_site(municipality=wittenberg)
    own = EasyReadPage.objects.filter(path__startswith=dessau.portal_home.path)
    assert own.count() == 6

    (group,) = search_everything(municipality=dessau, query="Leichte Sprache", kinds=[pages_kind()])
    assert group.count == 7  # the overview and its six pages
    assert all(r.url.startswith("/dessau-rosslau/leichte-sprache/") for r in group.results), group.results
    assert {r.extra for r in group.results} == {"Leichte Sprache"}
    assert {r.lang for r in group.results} == {"de"}

    assert found(dessau, "Barrierefreiheit", "pages", easy_read=True) == ["Erklärung zur Barriere·freiheit"]
    assert "Ehren·amts·karte" in found(dessau, "Ehrenamtskarte", "pages", easy_read=True)
    assert "Mach mit!" in found(dessau, "freiwillige Arbeit", "pages", easy_read=True)  # its summary's words
    with translation.override("ar"):
        assert found(dessau, "Barrierefreiheit", "pages", easy_read=True) == ["Erklärung zur Barriere·freiheit"]

    html = client.get("/dessau-rosslau/suche/", {"q": "Barrierefreiheit"}).content.decode()
    assert 'href="/dessau-rosslau/leichte-sprache/barrierefreiheit/"' in html
    assert "/lutherstadt-wittenberg/leichte-sprache/" not in html

    # Unpublished, it is gone from the search; published again, it is back.
    page = own.get(slug="barrierefreiheit")
    page.unpublish()
    assert found(dessau, "Barrierefreiheit", "pages", easy_read=True) == []
    page.save_revision().publish()
    assert found(dessau, "Barrierefreiheit", "pages", easy_read=True) == ["Erklärung zur Barriere·freiheit"]


def test_pages_of_several_kinds_are_read_with_one_query_per_kind(dessau, django_assert_num_queries):
    home = ensure_site(municipality=dessau).home
    publish(home, title="Leichte Sprache im Rathaus", intro="Ein Kurs.")  # a content page
    terms = search_terms("Leichte Sprache")
    search_pages(dessau, terms, 5)  # the content types cached, as in a running site
    # start pages, view restrictions, first ids with their kinds and count, content pages, the
    # overview, the pages in Leichte Sprache
    with django_assert_num_queries(6):
        count, results = search_pages(dessau, terms, 10)
    assert count == 8 and len(results) == 8
    assert results[0].title == "Leichte Sprache im Rathaus"  # the town's own pages first
    assert [r.extra for r in results[1:]] == ["Leichte Sprache"] * 7
