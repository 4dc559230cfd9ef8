"""core.indexing: which indexes a change reaches, when they are rebuilt, and the admin hook.
The indexes here are stand-ins on core's own models (districts found by their municipality)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from engagiert.core import indexing
from engagiert.core.models import District, Municipality, SearchTermBase
from engagiert.testing import admin_change

pytestmark = pytest.mark.django_db


class DistrictIndex:
    """A stand-in for a SearchIndex: districts, found by their own and their municipality's
    name; it records the id batches it is asked to rebuild."""

    owner = District
    sources = (indexing.Source(model=Municipality, via="municipality"),)

    def __init__(self) -> None:
        self.calls: list[list[int]] = []

    def rebuild(self, ids: list[int]) -> int:
        self.calls.append(ids)
        return len(ids)


@pytest.fixture
def rebuilt(monkeypatch) -> list[list[int]]:
    """A registry with the district index only; returns the batches it rebuilt."""
    monkeypatch.setattr(indexing, "_indexes", {})
    index = DistrictIndex()
    indexing.register_index(index)
    return index.calls


def district_ids(municipality) -> list[int]:
    return sorted(municipality.districts.values_list("pk", flat=True))


def test_saving_an_owner_rebuilds_its_own_terms_whatever_changed(dessau, rebuilt):
    district = dessau.districts.first()
    assert indexing.reindex(model=District, ids=[district.pk], changed=[]) == 1
    assert rebuilt == [[district.pk]]


def test_renaming_a_source_rebuilds_the_owners_found_by_it(dessau, wittenberg, rebuilt):
    District.objects.create(municipality=wittenberg, name="Piesteritz", slug="piesteritz")
    indexing.reindex(model=Municipality, ids=[dessau.pk], changed=["name"])
    assert rebuilt == [district_ids(dessau)]


def test_a_translated_column_counts_as_its_field(dessau, rebuilt):
    indexing.reindex(model=Municipality, ids=[dessau.pk], changed=["name_en"])
    assert rebuilt == [district_ids(dessau)]


def test_a_change_no_index_reads_costs_no_query(dessau, rebuilt, django_assert_num_queries):
    with django_assert_num_queries(0):
        indexing.reindex(model=Municipality, ids=[dessau.pk], changed=["email", "named"])
    assert rebuilt == []


def test_unknown_changes_reach_every_dependent(dessau, rebuilt):
    indexing.reindex(model=Municipality, ids=[dessau.pk])
    assert rebuilt == [district_ids(dessau)]


def test_owners_are_rebuilt_in_batches(dessau, rebuilt, monkeypatch):
    for i in range(3):
        District.objects.create(municipality=dessau, name=f"Quartier {i}", slug=f"quartier-{i}")
    monkeypatch.setattr(indexing, "BATCH", 2)
    assert indexing.reindex(model=Municipality, ids=[dessau.pk]) == 5
    ids = district_ids(dessau)
    assert rebuilt == [ids[0:2], ids[2:4], ids[4:5]]


def test_reindexing_finds_the_dependents_before_the_block_and_rebuilds_after_it(dessau, wittenberg, rebuilt):
    ids = district_ids(dessau)
    with indexing.reindexing(model=Municipality, ids=[dessau.pk]):
        District.objects.filter(pk__in=ids).update(municipality=wittenberg)  # as a deletion loses them
        assert rebuilt == []
    assert rebuilt == [ids]


def test_reindexing_rebuilds_nothing_if_the_block_fails(dessau, rebuilt):
    with pytest.raises(RuntimeError), indexing.reindexing(model=Municipality, ids=[dessau.pk]):
        raise RuntimeError
    assert rebuilt == []


def test_the_admin_reindexes_on_save_and_on_delete(client, dessau, platform_admin, rebuilt):
    district = dessau.districts.get(slug="rosslau")
    client.force_login(platform_admin)
    admin_change(client, district, name="Elbufer")
    assert rebuilt == [[district.pk]]
    client.post(f"/admin/core/district/{district.pk}/delete/", {"post": "yes"})
    assert not District.objects.filter(pk=district.pk).exists()
    assert rebuilt == [[district.pk], [district.pk]]


def test_source_reads_its_fields_and_their_columns():
    source = indexing.Source(model=Municipality, via="municipality", fields=("name", "title"))
    assert source.reads(["name"]) and source.reads(["title_uk"]) and source.reads(None)
    assert not source.reads([]) and not source.reads(["named", "subtitle", "slug"])


def test_in_every_language_joins_the_columns_of_a_translated_field():
    topic = SimpleNamespace(name_de="Kultur", name_en="Culture", name_ar=None, name_uk="")
    assert indexing.in_every_language(topic, "name").split() == ["Kultur", "Culture"]


def test_term_indexes_cover_owner_and_weight_for_prefix_search():
    town, everywhere = SearchTermBase.term_indexes(owner="organisation", in_town="a", everywhere="b")
    assert (town.name, town.fields) == ("a", ["municipality", "term", "organisation", "weight"])
    assert list(town.opclasses) == ["int8_ops", "varchar_pattern_ops", "int8_ops", "int2_ops"]
    assert (everywhere.name, everywhere.fields) == ("b", ["term", "organisation", "weight"])
    [lean] = SearchTermBase.term_indexes(owner="event", in_town="c", weight=False)
    assert lean.fields == ["municipality", "term", "event"]
    assert list(lean.opclasses) == ["int8_ops", "varchar_pattern_ops", "int8_ops"]
