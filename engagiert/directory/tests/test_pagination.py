"""The directory's search pages through core.pagination: no extra COUNT for ranked results, the
last page for any number beyond it."""

from __future__ import annotations

from django.test import RequestFactory

from engagiert.core.pagination import paginate
from engagiert.directory.selectors import DirectoryFilters, search_organisations
from engagiert.testing import make_org


def test_ranked_results_are_paged_without_a_count_query(dessau, django_assert_num_queries):
    for i in range(5):
        make_org(dessau, f"Chor {i}")
    results = search_organisations(municipality=dessau, filters=DirectoryFilters(query="Chor"))
    with django_assert_num_queries(3):  # ranked page with its count, organisations, topics
        page = paginate(RequestFactory().get("/?q=Chor"), results, per_page=20)
        assert page.paginator.count == 5 and [o.name for o in page] == [f"Chor {i}" for i in range(5)]


def test_search_pages_beyond_the_last_give_the_last(client, dessau, org):
    response = client.get("/dessau-rosslau/durchblick/", {"q": "Tanzgala", "page": "1000000000000000000"})
    assert response.status_code == 200 and response.context["page"].number == 1
    assert "One Community Projekt" in response.content.decode()
