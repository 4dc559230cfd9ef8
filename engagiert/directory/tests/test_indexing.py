"""core.indexing.replace_terms on the directory's index: terms replaced, not added, for the
given organisations only, in the same number of queries for one or many."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from engagiert.directory.indexing import reindex_organisations
from engagiert.directory.models import Organisation, OrganisationSearchTerm
from engagiert.testing import make_org

pytestmark = pytest.mark.django_db


def terms_of(org) -> set[str]:
    return set(OrganisationSearchTerm.objects.filter(organisation=org).values_list("term", flat=True))


def test_terms_are_replaced_for_the_given_organisations_only(dessau):
    renamed, other = make_org(dessau, "Heimatverein"), make_org(dessau, "Tafel")
    Organisation.objects.filter(pk__in=[renamed.pk, other.pk]).update(name="Kulturkreis")
    reindex_organisations([renamed.pk])
    assert "kulturkreis" in terms_of(renamed) and "heimatverein" not in terms_of(renamed)
    assert "tafel" in terms_of(other) and "kulturkreis" not in terms_of(other)
    assert set(OrganisationSearchTerm.objects.values_list("municipality_id", flat=True)) == {dessau.pk}


def test_the_number_of_queries_does_not_grow_with_the_organisations(dessau):
    orgs = [
        make_org(dessau, f"Verein {i}", topics=("Kultur",), competencies=("Beratung",), dimensions=("Alter",))
        for i in range(12)
    ]
    with CaptureQueriesContext(connection) as one:
        reindex_organisations([orgs[0].pk])
    with CaptureQueriesContext(connection) as many:
        written = reindex_organisations([o.pk for o in orgs])
    assert len(many) == len(one)
    assert written == OrganisationSearchTerm.objects.count() > 12


def test_unknown_ids_are_ignored(dessau):
    assert reindex_organisations([10**9]) == 0
