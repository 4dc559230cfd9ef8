from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from engagiert.directory.facets import facet_counts
from engagiert.directory.selectors import DirectoryFilters, search_organisations
from engagiert.testing import make_org

pytestmark = pytest.mark.django_db


def names(municipality, **filters) -> list[str]:
    return [o.name for o in search_organisations(municipality=municipality, filters=DirectoryFilters(**filters))]


@pytest.fixture
def network(dessau):
    rosslau = dessau.districts.get(slug="rosslau")
    make_org(dessau, "Heimatverein Roßlau", district=rosslau, city="Dessau-Roßlau", topics=("Kultur",))
    make_org(
        dessau,
        "Seniorenbüro Süd",
        kind="facility",
        description="Beratung für ältere Menschen",
        topics=("Seniorenarbeit",),
    )
    make_org(
        dessau,
        "Willkommensinitiative Zoberberg",
        kind="initiative",
        competencies=("Übersetzung Arabisch",),
        topics=("Integration",),
    )
    make_org(dessau, "Sportverein Blau-Weiß", topics=("Sport",), programmes=("Engagierte Stadt",))
    make_org(dessau, "Entwurf ohne Freigabe", description="Verein", status="pending")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Vereine", {"Heimatverein Roßlau", "Sportverein Blau-Weiß"}),  # inflected form, compound prefix
        ("Senioren", {"Seniorenbüro Süd"}),  # finds Seniorenarbeit and Seniorenbüro
        ("Rosslau", {"Heimatverein Roßlau"}),  # ß folds to ss
        ("roßlau", {"Heimatverein Roßlau"}),
        ("Übersetzung", {"Willkommensinitiative Zoberberg"}),  # a contact person's competency
        ("Ubersetzung arabisch", {"Willkommensinitiative Zoberberg"}),  # umlaut folded
        ("ältere", {"Seniorenbüro Süd"}),
        ("Klingonisch", set()),
    ],
)
def test_german_aware_search(network, dessau, query, expected):
    assert set(names(dessau, query=query)) == expected


def test_unpublished_and_foreign_organisations_are_never_found(network, dessau, other_org):
    assert "Entwurf ohne Freigabe" not in names(dessau, query="Verein")
    assert "Lutherstädter Tanzverein" not in names(dessau, query="Tanz")


def test_ranking_prefers_organisations_matching_more_terms_and_names(dessau):
    make_org(dessau, "Haus am Park", description="Tanz am Wochenende")
    make_org(dessau, "Tanzschule Mitte", description="Tanz und Kultur für alle")
    make_org(dessau, "Tanzgruppe Nord")
    assert names(dessau, query="Tanz Kultur")[0] == "Tanzschule Mitte"
    assert names(dessau, query="Tanz")[-1] == "Haus am Park"  # description only ranks last


def test_facets_filter_and_count(network, dessau):
    assert names(dessau, topic="sport") == ["Sportverein Blau-Weiß"]
    assert names(dessau, programme="engagierte-stadt") == ["Sportverein Blau-Weiß"]
    assert names(dessau, kind="initiative") == ["Willkommensinitiative Zoberberg"]
    assert names(dessau, district="rosslau") == ["Heimatverein Roßlau"]
    facets = facet_counts(municipality=dessau, filters=DirectoryFilters(query="Verein"))
    assert {o.value: o.count for o in facets.topic} == {"kultur": 1, "sport": 1}
    assert {o.value: o.count for o in facets.kind} == {"verein": 2}


def test_search_page_query_count_does_not_grow_with_results(client, dessau):
    url = reverse("directory:search", kwargs={"municipality": dessau.slug})

    def count_queries() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url, {"q": "Verein"}).status_code == 200
        return len(ctx)

    for i in range(3):
        make_org(dessau, f"Verein Nummer {i}", topics=("Sport", "Kultur"), programmes=("Partnerschaft",))
    few = count_queries()
    for i in range(3, 15):
        make_org(dessau, f"Verein Nummer {i}", topics=("Bildung",), programmes=("Engagierte Stadt",))
    assert count_queries() == few


def search_page(client, dessau, **params):
    return client.get(reverse("directory:search", kwargs={"municipality": dessau.slug}), params)


def result_names(response) -> list[str]:
    return [o.name for o in response.context["page"].object_list]


def search_box(response) -> str:
    return re.search(r'id="id_q" value="([^"]*)"', response.content.decode()).group(1)


def test_search_page_shows_results_and_keeps_bad_facet_harmless(client, network, dessau):
    response = search_page(client, dessau, q="Rosslau")
    assert "Heimatverein Roßlau" in response.content.decode()
    response = search_page(client, dessau, q="Verein", kind="no-such-kind", page="abc")
    assert response.status_code == 200
    # The query still applies and stays in the box; only the kind is left out, and named.
    assert sorted(result_names(response)) == ["Heimatverein Roßlau", "Sportverein Blau-Weiß"]
    assert search_box(response) == "Verein"
    assert "Art: Diesen Filter gibt es nicht. Er wurde nicht angewendet." in response.content.decode()


@pytest.mark.parametrize("bad", [{"kind": "nope"}, {"topic": "k\u00fcltur"}, {"district": "nope"}])
def test_one_invalid_filter_leaves_out_only_itself(client, network, dessau, bad):
    response = search_page(client, dessau, q="Verein", **{"topic": "kultur", "district": "rosslau", **bad})
    assert response.status_code == 200
    assert set(response.context["form"].errors) == set(bad)
    assert result_names(response) == ["Heimatverein Roßlau"]  # query and the valid facets applied
    assert search_box(response) == "Verein"
    assert list(response.context["filters"].active()) == [f for f in ("topic", "district") if f not in bad]


def test_an_unknown_facet_option_is_explained_not_silently_empty(client, network, dessau):
    response = search_page(client, dessau, district="nope", programme="gibt-es-nicht")
    page = response.content.decode()
    assert "Stadtteil: Diesen Filter gibt es nicht." in page and "Programm: Diesen Filter gibt es nicht." in page
    assert len(result_names(response)) == 4
    # Further pages do not repeat a rejected filter.
    assert "district" not in response.context["page"].query_string


def test_a_too_long_query_is_shortened_to_whole_words_and_said_so(client, network, dessau):
    typed = "Verein " + "Roßlau " * 40  # 287 characters
    response = search_page(client, dessau, q=typed)
    assert result_names(response) == ["Heimatverein Roßlau"]
    query = response.context["filters"].query
    assert len(query) <= 200 and query.split()[-1] == "Roßlau" and query.startswith("Verein Roßlau")
    assert "Ihre Suche war länger als 200 Zeichen." in response.content.decode()
    assert search_box(response) == typed  # what was typed stays in the box
    assert not response.context["form"].errors


def test_search_answers_a_whole_page_for_any_request(client, network, dessau):
    # No htmx (dropped): every search page answers the same, script or not.
    url = reverse("directory:search", kwargs={"municipality": dessau.slug})
    response = client.get(url, {"q": "Verein"}, headers={"HX-Request": "true"})
    assert "<html" in response.content.decode()
    assert "Heimatverein Roßlau" in response.content.decode()


def test_detail_page_has_fixed_query_count(client, dessau, django_assert_max_num_queries):
    org = make_org(dessau, "Viele Kontakte e.V.", topics=("Kultur", "Sport"), competencies=("A", "B", "C"))
    url = org.get_absolute_url()
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    for i in range(5):
        contact = org.contacts.create(name=f"Person {i}")
        contact.competencies.create(name=f"Kompetenz {i}")
    with CaptureQueriesContext(connection) as large:
        assert client.get(url).status_code == 200
    assert len(large) == len(small)


def test_every_word_must_match_and_single_words_are_offered_otherwise(client, network, dessau):
    assert names(dessau, query="Verein Sport") == ["Sportverein Blau-Weiß"]
    url = reverse("directory:search", kwargs={"municipality": dessau.slug})
    page = client.get(url, {"q": "Sport Arabisch"}).content.decode()
    assert "Keine Organisation passt zu allen Begriffen" in page
    assert "?q=Sport" in page and "?q=Arabisch" in page


def test_detail_page_names_languages_and_survives_unknown_codes(client, dessau):
    org = make_org(dessau, "Sprachcafé", competencies=("Übersetzung",))
    org.contacts.update(languages="de, ar, xx")
    page = client.get(org.get_absolute_url(), headers={"accept-language": "de"}).content.decode()
    assert '<span lang="de">Deutsch</span>, Arabisch (<span lang="ar" dir="auto">العربيّة</span>), xx' in page


def test_result_pages_link_to_each_other_and_keep_the_query(client, dessau):
    for i in range(21):
        make_org(dessau, f"Tanzgruppe {i:02d}", description="Tanz")
    first = client.get("/dessau-rosslau/durchblick/", {"q": "Tanz"}).content.decode()
    assert 'href="?q=Tanz&amp;page=2" rel="next"' in first and 'rel="prev"' not in first
    second = client.get("/dessau-rosslau/durchblick/", {"q": "Tanz", "page": 2}).content.decode()
    assert 'href="?q=Tanz&amp;page=1" rel="prev"' in second and "Seite 2 von 2" in second


def test_each_facet_is_counted_on_the_query_and_the_other_facets(network, dessau):
    make_org(dessau, "Verein für Integration", kind="initiative", topics=("Sport",))
    facets = facet_counts(municipality=dessau, filters=DirectoryFilters(query="Verein", topic="sport", kind="verein"))
    # The topic facet ignores the chosen topic (other topics stay reachable) but keeps the kind.
    assert {o.value: o.count for o in facets.topic} == {"kultur": 1, "sport": 1}
    assert [o.value for o in facets.topic if o.selected] == ["sport"]
    # The kind facet ignores the chosen kind but keeps the topic.
    assert {o.value: o.count for o in facets.kind} == {"verein": 1, "initiative": 1}
    # Other facets are counted on the results themselves: only the sports club.
    assert {o.value: o.count for o in facets.programme} == {"engagierte-stadt": 1}


def test_ranked_results_page_through_every_match_once_in_order(dessau):
    for name in ("Chor Zeta", "Chor Alpha", "Chor Mitte", "Aaron Singkreis"):
        make_org(dessau, name, description="Chor")
    results = search_organisations(municipality=dessau, filters=DirectoryFilters(query="Chor"))
    assert results.count() == len(results) == 4
    # Name matches first, ties by name; the description-only match last.
    expected = ["Chor Alpha", "Chor Mitte", "Chor Zeta", "Aaron Singkreis"]
    assert [o.name for o in results[0:2]] + [o.name for o in results[2:4]] == expected
    assert [o.name for o in results[3:]] == ["Aaron Singkreis"]
    assert results[4:10] == [] and results[1:1] == []
    assert results[0:1][0].score > results[3:4][0].score


def test_ranked_results_rank_once_per_page_and_count_from_any_page(dessau, django_assert_num_queries):
    for i in range(5):
        make_org(dessau, f"Chor {i}")
    filters = DirectoryFilters(query="Chor")
    results = search_organisations(municipality=dessau, filters=filters)
    with django_assert_num_queries(3):  # ranked page with its count, organisations, topics
        assert results.count() == 5
        assert [o.name for o in results[0:20]] == [f"Chor {i}" for i in range(5)]
    later = search_organisations(municipality=dessau, filters=filters)
    assert later[10:20] == [] and later.count() == 5
    assert [o.name for o in later[3:5]] == ["Chor 3", "Chor 4"] and later.count() == 5


@pytest.mark.django_db
def test_search_page_headings_descend_one_level_at_a_time(client, dessau, org):
    """h1, then h2 before any h3 (the facet headings sit under "Suche eingrenzen"): a screen
    reader's outline and Lighthouse's heading order."""
    html = client.get(reverse("directory:search", kwargs={"municipality": dessau.slug})).content.decode()
    levels = [int(level) for level in re.findall(r"<h([1-6])\b", html)]
    assert levels[0] == 1 and "Suche eingrenzen" in html
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False)), levels
