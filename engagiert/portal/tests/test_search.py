"""The portal's pages and news in the site-wide search: found by folded and stemmed words and
the town's synonyms, the town's own and its networks' news only, drafts never; the pages are
in sitemap.xml."""

from __future__ import annotations

import pytest

from engagiert.core.sitesearch import search_everything
from engagiert.portal.models import ContentPage
from engagiert.portal.search import EASY_READ_LABEL
from engagiert.portal.services import ensure_site
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


def test_pages_and_news_are_found_by_stemmed_words_and_stay_in_their_town(dessau, wittenberg):
    home = ensure_site(municipality=dessau).home
    page = ContentPage(title="Tanzprojekte für alle Generationen", intro="Wir tanzen gemeinsam.")
    home.add_child(instance=page)
    page.save_revision().publish()
    draft = ContentPage(title="Tanzabend (Entwurf)", intro="Noch nicht veröffentlicht.", live=False)
    home.add_child(instance=draft)
    news(dessau, title="Tanzgala im Liborius-Gymnasium", teaser="Drei Seniorenheime tanzten mit.")
    news(wittenberg, title="Tanzfest in Wittenberg", teaser="Ein Fest.")
    assert found(dessau, "tanzen", "pages") == ["Tanzprojekte für alle Generationen"]
    assert found(dessau, "Tanz", "news") == ["Tanzgala im Liborius-Gymnasium"]
    assert found(wittenberg, "Tanz", "news") == ["Tanzfest in Wittenberg"]
    assert found(dessau, "Seniorenheime", "news") == ["Tanzgala im Liborius-Gymnasium"]


def test_portal_pages_in_the_sitemap(client, dessau):
    item = news(dessau, title="Mitmachlokal öffnet wieder")
    body = client.get("/sitemap-seiten.xml").content.decode()
    assert "/dessau-rosslau/aktuelles/" in body
    assert f"/dessau-rosslau/aktuelles/{item.slug}/" in body
    assert "/portal/" not in body


def test_search_page_shows_news_with_their_day(client, dessau):
    news(dessau, title="Tanzgala im Liborius-Gymnasium", teaser="Drei Seniorenheime tanzten mit.")
    response = client.get("/dessau-rosslau/suche/", {"q": "Tanzgala"})
    assert response.status_code == 200  # a news item's date has no time (it answered 500)
    assert "Tanzgala im Liborius-Gymnasium" in response.content.decode()
