"""One search over everything (issue 14): /<town>/suche/ and GET /api/v1/<town>/search with the
kinds the apps register (organisations, events, Mach mit! offers), the town's synonyms, bad
input and a fixed number of queries. Run with DATABASE_URL set to PostgreSQL too."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from engagiert.core.models import Municipality
from engagiert.core.sitesearch import search_everything
from engagiert.events.tests.factories import make_event
from engagiert.testing import make_org
from engagiert.volunteering.tests.factories import make_opportunity

pytestmark = pytest.mark.django_db

URL = "/dessau-rosslau/suche/"
API = "/api/v1/dessau-rosslau/search"


@pytest.fixture
def dance(dessau, wittenberg, org, other_org):
    """Dance in both towns: Dessau's org (Tanzgala), event and offer; Wittenberg's likewise."""
    make_event(dessau, "Tanzcafé im Rathaus", organisation=org)
    make_event(dessau, "Tanzgala vom letzten Jahr", organisation=org, days=-30)  # over: not shown
    make_opportunity(org, "Tanzprojekt-Helfer*in", description_de="<p>Beim Tanz unterstützen.</p>")
    make_event(wittenberg, "Tanzabend in Wittenberg", organisation=other_org)
    make_opportunity(other_org, "Tanzpartner*in in Wittenberg")
    return org


def counts(groups) -> dict[str, int]:
    """Counts of the kinds that found something (the portal's pages and news find nothing here)."""
    return {group.key: group.count for group in groups if group.count}


def test_tanz_finds_the_towns_organisations_events_and_offers_only(client, dance):
    response = client.get(URL, {"q": "Tanz"})
    page = response.content.decode()
    assert response.status_code == 200
    for title in ("One Community Projekt", "Tanzcafé im Rathaus", "Tanzprojekt-Helfer*in"):
        assert title in page
    for foreign in ("Lutherstädter Tanzverein", "Tanzabend in Wittenberg", "Tanzpartner*in in Wittenberg"):
        assert foreign not in page
    assert "Tanzgala vom letzten Jahr" not in page
    assert counts(response.context["groups"]) == {"organisations": 1, "events": 1, "offers": 1}
    assert response.context["total"] == 3
    assert "3 Treffer für „Tanz“" in page
    assert 'href="/dessau-rosslau/durchblick/?q=Tanz"' in page
    assert 'href="/dessau-rosslau/begegnungen/?q=Tanz"' in page
    assert 'href="/dessau-rosslau/mach-mit/?q=Tanz"' in page


def test_each_group_links_to_the_apps_search_which_finds_as_many(client, dessau, org):
    make_org(dessau, "Willkommensinitiative Roßlau", description="Wir begleiten Geflüchtete bei Behördengängen.")
    make_event(dessau, "Sprachcafé für Geflüchtete")
    make_opportunity(org, "Lernpat*in für geflüchtete Kinder")
    for query in ("Flüchtlinge", "Fluechtlinge"):
        groups = search_everything(Municipality.objects.get(pk=dessau.pk), query)
        assert counts(groups) == {"organisations": 2, "events": 1, "offers": 1}, query  # Tanzgala: "Integration"
        for group in (g for g in groups if g.count):
            response = client.get(group.more_url)
            assert response.status_code == 200
            listed = response.context["page"].paginator.count
            assert listed == group.count, (query, group.key)


def test_the_synonyms_are_the_towns_own(client, coordinator, dessau, org):
    make_org(dessau, "Ballettschule Anhalt", description="Klassisches Ballett für Kinder")
    assert counts(search_everything(dessau, "Tanz"))["organisations"] == 1
    client.force_login(coordinator)
    client.post("/dessau-rosslau/einstellungen/suche/", {"entries": "Tanz: Ballett"})
    response = client.get(URL, {"q": "tanzen"})
    assert counts(response.context["groups"])["organisations"] == 2
    assert "Ballettschule Anhalt" in response.content.decode()


def queries_for(client, query: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(URL, {"q": query}).status_code == 200
    return len(captured)


def test_the_number_of_queries_is_fixed(client, dance, dessau, org):
    nothing = queries_for(client, "Xylophon")
    some = queries_for(client, "Tanz")
    for i in range(12):
        make_org(dessau, f"Tanzgruppe {i}", description="Tanz")
        make_event(dessau, f"Tanzkurs {i}", organisation=org, days=i + 1)
        make_opportunity(org, f"Tanzhelfer*in {i}")
    many = queries_for(client, "Tanz")
    assert some == many  # however many match: synonyms, then per kind a ranked page and its rows
    assert nothing < some  # nothing found: no rows to load


def test_a_query_with_no_result_offers_each_word_and_the_apps(client, dance):
    page = client.get(URL, {"q": "Tanz Xylophon"}).content.decode()
    assert "Zu „Tanz Xylophon“ haben wir nichts gefunden." in page
    assert 'href="?q=Tanz"' in page
    assert 'href="/dessau-rosslau/durchblick/"' in page


def test_an_empty_search_page_explains_and_offers_examples(client, dessau, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        page = client.get(URL).content.decode()
    assert "Zum Beispiel:" in page and 'href="?q=Tanz"' in page


@pytest.mark.parametrize(
    "query",
    ["%", "100%", "'; DROP TABLE x; --", '"Tanz"', "_", "\\", "Tanz" * 1250, "رقص", "مساعدة اللاجئين", "ä" * 300],
)
def test_odd_input_gets_a_page_not_an_error(client, dance, query):
    response = client.get(URL, {"q": query})
    assert response.status_code == 200
    page = response.content.decode()
    if len(query) > 200:
        assert "Ihre Suche war länger als 200 Zeichen." in page


def test_punctuation_only_is_explained(client, dance):
    page = client.get(URL, {"q": "%%% ?!"}).content.decode()
    assert "Nach diesen Zeichen kann nicht gesucht werden" in page


def test_nul_is_refused(client, dance):
    assert client.get(URL, {"q": "Tanz\x00"}).status_code == 400


def test_the_header_of_every_town_page_has_the_search_box(client, dessau):
    page = client.get("/dessau-rosslau/begegnungen/").content.decode()
    assert '<form class="header-search" method="get" action="/dessau-rosslau/suche/" role="search"' in page
    assert 'name="q"' in page
    # the search pages have their own box, not a second one in the header
    assert "header-search" not in client.get(URL).content.decode()
    assert "header-search" not in client.get("/dessau-rosslau/durchblick/").content.decode()


def test_an_unknown_town_is_404(client, db):
    assert client.get("/nirgendwo/suche/", {"q": "Tanz"}).status_code == 404


# --- API -----------------------------------------------------------------------------------------


def test_api_answers_grouped_by_kind(client, dance):
    data = client.get(API, {"q": "Tanz", "limit": 1}).json()
    assert data["municipality"] == "dessau-rosslau" and data["query"] == "Tanz" and data["total"] == 3
    by_key = {kind["key"]: kind for kind in data["kinds"] if kind["count"]}
    assert list(by_key) == ["organisations", "events", "offers"]
    assert by_key["events"]["results"][0]["title"] == "Tanzcafé im Rathaus"
    assert by_key["events"]["results"][0]["url"].startswith("http://testserver/dessau-rosslau/begegnungen/")
    assert by_key["events"]["results"][0]["date"]
    assert by_key["organisations"]["more_url"] == "http://testserver/dessau-rosslau/durchblick/?q=Tanz"
    flat = str(data)
    assert "Wittenberg" not in flat


def test_api_bad_input(client, dance):
    assert client.get(API, {"q": "x" * 201}).status_code == 422
    assert client.get(API, {"q": "Tanz", "limit": 0}).status_code == 422
    assert client.get("/api/v1/nirgendwo/search", {"q": "Tanz"}).status_code == 404
    assert client.get(API, {"q": "%"}).json() == {
        "municipality": "dessau-rosslau",
        "query": "%",
        "total": 0,
        "kinds": [],
    }
    assert client.get(API, {"q": "رقص"}).status_code == 200


def test_api_query_count_is_fixed(client, dance, dessau, org):
    def run() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(API, {"q": "Tanz"}).status_code == 200
        return len(captured)

    before = run()
    for i in range(8):
        make_event(dessau, f"Tanzkurs {i}", organisation=org, days=i + 1)
    assert run() == before


def test_german_text_on_an_arabic_page_is_marked(client, dance):
    client.cookies["django_language"] = "ar"
    page = client.get(URL, {"q": "Tanz"}).content.decode()
    assert '<p class="snippet" lang="de" dir="ltr">Beim Tanz unterstützen.</p>' in page
    assert '<bdi lang="de">Tanzcafé im Rathaus</bdi>' in page
