"""The site-wide search's building blocks in core: the registry of result kinds, the town's
synonyms (parsing, expansion with folding and stemming, defaults, the coordinator's page and
the admin). The real kinds (directory, events, Mach mit!) are tested in tests/test_site_search.py."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from engagiert.core import registry
from engagiert.core.models import AuditRecord, Municipality, SearchSynonym
from engagiert.core.search import expand, search_terms, term_condition
from engagiert.core.sitesearch import SearchResult, register_search_kind, search_everything, search_kinds, snippet
from engagiert.core.synonyms import (
    DEFAULT_SYNONYMS,
    Entry,
    SynonymError,
    add_default_synonyms,
    parse,
    replace_synonyms,
)

pytestmark = pytest.mark.django_db

URL = "/dessau-rosslau/einstellungen/suche/"


# --- parsing the coordinator's list -----------------------------------------------------------


def test_parse_reads_one_entry_per_line_with_any_separator():
    entries = parse("Flüchtlinge: Geflüchtete, Integration\n\n  Ehrenamt = Engagement ,Freiwillige\nTanz → Ballett")
    assert entries == [
        Entry("Flüchtlinge", ("Geflüchtete", "Integration")),
        Entry("Ehrenamt", ("Engagement", "Freiwillige")),
        Entry("Tanz", ("Ballett",)),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Flüchtlinge Geflüchtete", "Zeile 1: Bitte schreiben Sie"),
        ("Ehrenamt:", "Zeile 1: Bitte schreiben Sie"),
        ("Ehrenamt: Engagement\nErste Hilfe: Sanitäter", "Zeile 2: „Erste Hilfe“ ist mehr als ein Wort"),
        ("Ehrenamt: Engagement,,Freiwillige", "Zeile 1: Ein Wort fehlt"),
        ("Ehrenamt: und", "Zeile 1: „und“ ist zu kurz oder ein Füllwort"),
        ("Flüchtlinge: Asyl\nFluechtlinge: Integration", "Zeile 2: „Fluechtlinge“ steht schon in Zeile 1"),
        ("Tanz: tanzen, Tänze", "Zeile 1: Die Synonyme sind dasselbe Wort"),
        ("Wort: " + ", ".join(f"Wort{i}x" for i in range(11)), "Höchstens 10 Synonyme"),
        ("x" * 61 + ": Wort", "ist zu lang"),
    ],
)
def test_parse_names_the_line_that_cannot_be_read(text, message):
    with pytest.raises(SynonymError, match=message):
        parse(text)


def test_the_platform_defaults_are_valid_entries():
    assert len(parse("\n".join(f"{w}: {', '.join(s)}" for w, s in DEFAULT_SYNONYMS))) == len(DEFAULT_SYNONYMS)


# --- expansion ---------------------------------------------------------------------------------


def test_expand_widens_only_the_terms_with_synonyms():
    assert expand(["fluchtling", "tanz"], {"fluchtling": ("geflucht", "integration")}) == [
        ("fluchtling", "geflucht", "integration"),
        "tanz",
    ]


@pytest.mark.parametrize("query", ["Flüchtlinge", "Fluechtlinge", "FLÜCHTLINGE", "Flüchtling"])
def test_a_new_town_has_the_default_synonyms_folded_and_stemmed(query):
    town = Municipality.objects.create(name="Zerbst/Anhalt", slug="zerbst", ags="15151000", state="ST")
    assert search_terms(query, town)[0] == "fluchtling"  # none before the town's setup ran
    registry.municipality_created(town)  # as the Django admin and the demo do for a new town
    [term] = search_terms(query, town)
    assert term[:3] == ("fluchtling", "geflucht", "integration")


def test_synonyms_are_one_directional_and_per_town(dessau, wittenberg):
    replace_synonyms(municipality=wittenberg, entries=[], actor=None)
    assert search_terms("Integration", dessau) == ["integration"]  # no entry for it
    assert search_terms("Ehrenamt", dessau) == [("ehrenamt", "engagement", "freiwill")]
    assert search_terms("Ehrenamt", wittenberg) == ["ehrenamt"]  # the town removed them
    assert search_terms("Ehrenamt", None) == ["ehrenamt"]
    assert search_terms("und die", dessau) == []


def test_synonyms_are_read_once_per_request(dessau, django_assert_num_queries):
    with django_assert_num_queries(1):
        search_terms("Ehrenamt Senioren", dessau)
        search_terms("Kinder", dessau)


def test_term_condition_ors_the_alternatives():
    sql = str(SearchSynonym.objects.filter(term_condition("key", ("fluchtling", "asyl"))).query)
    assert "fluchtling" in sql and "asyl" in sql and " OR " in sql


def test_a_synonym_key_is_unique_per_town_in_the_database(dessau):
    with pytest.raises(IntegrityError), transaction.atomic():
        SearchSynonym.objects.create(municipality=dessau, word="Fluechtlinge", synonyms="Asyl")


def test_adding_defaults_keeps_the_towns_own_entries(dessau):
    replace_synonyms(municipality=dessau, entries=[Entry("Ehrenamt", ("Bürgerschaft",))], actor=None)
    assert add_default_synonyms(dessau) == len(DEFAULT_SYNONYMS) - 1
    assert SearchSynonym.objects.get(municipality=dessau, key="ehrenamt").synonyms == "Bürgerschaft"


# --- the registry ------------------------------------------------------------------------------


@pytest.fixture
def only_test_kinds():
    """The registry with two in-memory kinds instead of the apps' ones (restored afterwards)."""
    saved = dict(search_kinds._entries)
    search_kinds._entries.clear()
    calls = []
    pages = [
        SearchResult(title="Tanzcafé", url="/dessau-rosslau/seite/tanzcafe/", snippet="Jeden Monat"),
        SearchResult(title="Geflüchtete willkommen", url="/dessau-rosslau/seite/willkommen/"),
    ]

    def search_pages(municipality, terms, limit):
        calls.append((municipality.slug, list(terms), limit))
        matching = [
            p for p in pages if any(t.startswith(alt[:4]) for alt in _alts(terms) for t in p.title.lower().split())
        ]
        return len(matching), matching[:limit]

    register_search_kind(key="pages", label="Seiten", search=search_pages, more_url_name="core:search", order=20)
    register_search_kind(key="nothing", label="Nichts", search=lambda m, t, n: (0, []), order=10)
    yield calls
    search_kinds._entries.clear()
    search_kinds._entries.update(saved)


def _alts(terms):
    return [alt for term in terms for alt in ((term,) if isinstance(term, str) else term)]


def test_search_everything_asks_every_kind_in_order_with_expanded_terms(dessau, only_test_kinds):
    groups = search_everything(dessau, "Flüchtlinge", limit=3)
    assert [g.key for g in groups] == ["nothing", "pages"]
    assert [(g.count, [r.title for r in g.results]) for g in groups] == [(0, []), (1, ["Geflüchtete willkommen"])]
    assert groups[1].more_url == "/dessau-rosslau/suche/?q=Fl%C3%BCchtlinge"
    assert groups[0].more_url == ""
    [(slug, terms, limit)] = only_test_kinds
    assert slug == "dessau-rosslau" and limit == 3 and terms[0][:2] == ("fluchtling", "geflucht")


def test_nothing_searchable_runs_no_kind_and_no_query(dessau, only_test_kinds, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert search_everything(dessau, "  und, die ?! ") == []
    assert only_test_kinds == []


def test_registering_a_key_again_replaces_the_kind(only_test_kinds):
    register_search_kind(key="pages", label="Seiten neu", search=lambda m, t, n: (0, []))
    assert [k.label for k in search_kinds.all()] == ["Nichts", "Seiten neu"]


def test_snippet_is_plain_text_cut_at_a_word():
    text = "<p>Ein <strong>inklusiver</strong> Tanzabend</p>" + " Wort" * 50
    assert snippet(text, words=4) == "Ein inklusiver Tanzabend Wort …"


# --- the coordinator's page and the admin ------------------------------------------------------


def test_coordinator_edits_the_towns_synonyms_and_it_is_audited(client, coordinator, dessau):
    client.force_login(coordinator)
    page = client.get(URL).content.decode()
    assert "Flüchtlinge: Geflüchtete, Integration, Migration, Asyl" in page
    response = client.post(URL, {"entries": "Tanz: Ballett, Zumba\nFlüchtlinge: Geflüchtete"})
    assert response.status_code == 302
    assert dict(SearchSynonym.objects.filter(municipality=dessau).values_list("word", "synonyms")) == {
        "Flüchtlinge": "Geflüchtete",
        "Tanz": "Ballett, Zumba",
    }
    record = AuditRecord.objects.get(action="core.search_synonyms")
    assert record.actor == coordinator and record.municipality == dessau
    assert record.data["added"] == ["Tanz"] and record.data["changed"] == ["Flüchtlinge"]
    assert "Ehrenamt" in record.data["removed"]
    assert search_terms("Tanz", Municipality.objects.get(pk=dessau.pk)) == [("tanz", "ballett", "zumba")]


def test_a_bad_line_is_named_and_nothing_is_lost(client, coordinator, dessau):
    client.force_login(coordinator)
    text = "Tanz: Ballett\nErste Hilfe: Sanitäter"
    response = client.post(URL, {"entries": text})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Zeile 2: „Erste Hilfe“ ist mehr als ein Wort" in page
    assert "Erste Hilfe: Sanitäter</textarea>" in page
    assert SearchSynonym.objects.filter(municipality=dessau).count() == len(DEFAULT_SYNONYMS)


def test_the_defaults_button_adds_what_is_missing(client, coordinator, dessau):
    client.force_login(coordinator)
    client.post(URL, {"entries": "Tanz: Ballett"})
    client.post(URL, {"action": "defaults"})
    assert SearchSynonym.objects.filter(municipality=dessau).count() == len(DEFAULT_SYNONYMS) + 1
    assert AuditRecord.objects.filter(action="core.search_synonyms_defaults", actor=coordinator).exists()


def test_another_towns_coordinator_cannot_edit(client, other_coordinator, dessau):
    client.force_login(other_coordinator)
    assert client.get(URL).status_code in (403, 404)
    client.post(URL, {"entries": "Tanz: Ballett"})
    assert not SearchSynonym.objects.filter(municipality=dessau, key="tanz").exists()


def test_the_admin_computes_the_key_and_refuses_a_duplicate(client, platform_admin, dessau):
    client.force_login(platform_admin)
    url = "/admin/core/searchsynonym/add/"
    data = {"municipality": dessau.pk, "word": "Fluechtlinge", "synonyms": "Asyl"}
    response = client.post(url, data)
    assert response.status_code == 200 and "schon" in response.content.decode()
    response = client.post(url, {**data, "word": "Tänze", "synonyms": "Ballett, Zumba"})
    assert response.status_code == 302
    assert SearchSynonym.objects.get(municipality=dessau, word="Tänze").key == "tanz"
