"""Leichte Sprache: every town's overview at /<town>/leichte-sprache/ with its default pages
(made once by ensure_site), the header's link to the town's own overview, the accessibility
statement in Leichte Sprache linked from the standard one, tenancy of the pages in the public
site and in the editors' admin."""

from __future__ import annotations

import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from engagiert.core.models import Municipality, Role
from engagiert.core.roles import grant_role
from engagiert.portal import easy_read_texts
from engagiert.portal.easy_read import EasyReadIndexPage, EasyReadPage, sentences
from engagiert.portal.routes import app_segments
from engagiert.portal.services import ensure_site
from engagiert.testing import make_user

DENIED = {302, 403, 404}
TITLES = [
    "Was gibt es auf dieser Internet·seite?",
    "So benutzen Sie die Internet·seite",
    "Ehren·amts·karte",
    "Begegnungen",
    "Mach mit!",
    "Erklärung zur Barriere·freiheit",
]


@pytest.fixture
def bitterfeld(db) -> Municipality:
    return Municipality.objects.create(
        name="Bitterfeld-Wolfen", slug="bitterfeld-wolfen", ags="15082015", state="Sachsen-Anhalt"
    )


@pytest.fixture
def dessau_site(dessau):
    return ensure_site(municipality=dessau)


def test_fresh_town_gets_the_overview_and_six_pages(dessau_site, dessau):
    index = EasyReadIndexPage.objects.child_of(dessau_site.home).get()
    assert index.url == "/dessau-rosslau/leichte-sprache/"
    assert index.live
    pages = list(EasyReadPage.objects.child_of(index).live())
    assert [p.title for p in pages] == TITLES
    statement = pages[-1]
    assert statement.url == "/dessau-rosslau/leichte-sprache/barrierefreiheit/"
    assert statement.fixed_slug == "barrierefreiheit"


def test_ensure_site_is_idempotent_and_keeps_the_editors_pages(dessau_site, dessau):
    index = EasyReadIndexPage.objects.get()
    EasyReadPage.objects.get(slug="mach-mit").delete()  # the editors removed one on purpose
    ensure_site(municipality=dessau)
    ensure_site(municipality=dessau)
    assert EasyReadIndexPage.objects.get().pk == index.pk
    assert EasyReadPage.objects.count() == len(TITLES) - 1


def test_overview_lists_the_pages_in_german_in_every_language(client, dessau_site):
    for lang in ("de", "ar"):
        with translation.override(lang):
            response = client.get("/dessau-rosslau/leichte-sprache/", HTTP_ACCEPT_LANGUAGE=lang)
        assert response.status_code == 200
        html = response.content.decode()
        assert '<article class="easy-read" lang="de" dir="ltr">' in html
        assert ">Leichte Sprache</p>" in html  # the badge
        for title in TITLES:
            assert title in html
        assert 'href="/dessau-rosslau/leichte-sprache/barrierefreiheit/"' in html


def test_page_renders_sections_one_sentence_per_paragraph_and_links_into_the_town(client, dessau_site):
    html = client.get("/dessau-rosslau/leichte-sprache/was-gibt-es-hier/").content.decode()
    assert "<p>Bei Begegnungen treffen sich Menschen.</p>" in html
    assert f'href="{reverse("events:calendar", args=["dessau-rosslau"])}">Zu den Begegnungen</a>' in html
    assert 'href="/dessau-rosslau/leichte-sprache/">' in html  # back to the overview


def test_header_links_to_the_towns_own_overview(client, dessau_site, bitterfeld):
    ensure_site(municipality=bitterfeld)
    for path, town in (
        ("/dessau-rosslau/", "dessau-rosslau"),
        (reverse("events:calendar", args=["dessau-rosslau"]), "dessau-rosslau"),
        (reverse("core:accessibility", args=["bitterfeld-wolfen"]), "bitterfeld-wolfen"),
        ("/bitterfeld-wolfen/aktuelles/", "bitterfeld-wolfen"),
    ):
        html = client.get(path).content.decode()
        links = re.findall(r'<a class="easy-read-header-link" href="([^"]+)"', html)
        assert links == [f"/{town}/leichte-sprache/"], path


def test_header_has_no_link_without_a_town(client, db):
    html = client.get(reverse("core:home")).content.decode()
    assert "easy-read-header-link" not in html


def test_standard_statement_links_the_one_in_leichte_sprache_and_back(client, dessau_site):
    html = client.get(reverse("core:accessibility", args=["dessau-rosslau"])).content.decode()
    assert 'href="/dessau-rosslau/leichte-sprache/barrierefreiheit/"' in html
    assert "Diese Erklärung in Leichter Sprache" in html
    assert 'id="barriere-melden"' in html
    easy = client.get("/dessau-rosslau/leichte-sprache/barrierefreiheit/").content.decode()
    assert 'href="/dessau-rosslau/barrierefreiheit/#barriere-melden">Zum Formular: Barriere melden</a>' in easy
    assert 'href="/dessau-rosslau/barrierefreiheit/">Zur Erklärung in Alltags·sprache</a>' in easy


def test_statement_has_the_parts_of_bitv_and_the_lands_conciliation(dessau, bitterfeld):
    headings = [
        b["value"]["heading"] for b in easy_read_texts.accessibility_page(bitterfeld).body if b["type"] == "section"
    ]
    assert headings[2:6] == [
        "Wie barriere·frei ist die Internet·seite?",
        "Was ist nicht barriere·frei?",
        "Haben Sie eine Barriere gefunden?",
        "Schlichtungs·verfahren",
    ]
    texts = {m.slug: str(easy_read_texts.accessibility_page(m).body) for m in (dessau, bitterfeld)}
    assert all("Sachsen-Anhalt" in text for text in texts.values())  # "ST" and "Sachsen-Anhalt"
    elsewhere = Municipality(name="Musterstadt", slug="musterstadt", ags="09999999", state="Bayern")
    assert "schlichtungsstelle-bgg.de" in str(easy_read_texts.accessibility_page(elsewhere).body)


def test_card_page_states_the_towns_rules(dessau):
    from engagiert.card.models import CardRules

    assert "Alle Regeln stehen" in str(easy_read_texts.card_page(dessau).body)
    CardRules.objects.update_or_create(municipality=dessau, defaults={"min_age": 16, "min_hours_per_week": 4})
    text = str(easy_read_texts.card_page(dessau).body)
    assert "Sie sind mindestens 16 Jahre alt." in text
    assert "mindestens 4 Stunden" in text


def test_another_towns_pages_are_404_in_this_towns_path(client, dessau_site, bitterfeld):
    ensure_site(municipality=bitterfeld)
    index = EasyReadIndexPage.objects.get(url_path__startswith="/portal/bitterfeld-wolfen/")
    page = EasyReadPage(title="Nur in Bitterfeld-Wolfen", slug="nur-hier", body=[])
    index.add_child(instance=page)
    page.save_revision().publish()
    assert client.get("/bitterfeld-wolfen/leichte-sprache/nur-hier/").status_code == 200
    assert client.get("/dessau-rosslau/leichte-sprache/nur-hier/").status_code == 404
    assert client.get(f"/dessau-rosslau/leichte-sprache/{page.pk}/").status_code == 404


def test_slug_is_no_app_address_and_app_urls_keep_precedence(client, dessau_site):
    assert "leichte-sprache" not in app_segments()
    assert client.get(reverse("card:overview", args=["dessau-rosslau"])).templates[0].name != (
        "portal/easy_read_page.html"
    )


def test_fixed_addresses_are_kept(dessau_site):
    index = EasyReadIndexPage.objects.get()
    index.slug = "einfach"
    with pytest.raises(ValidationError) as error:
        index.full_clean()
    assert "slug" in error.value.message_dict
    statement = EasyReadPage.objects.get(fixed_slug="barrierefreiheit")
    statement.slug = "erklaerung"
    with pytest.raises(ValidationError):
        statement.full_clean()
    other = EasyReadPage.objects.get(slug="mach-mit")
    other.slug = "mitmachen"
    other.full_clean()  # the other pages may move


def test_one_overview_per_town(dessau_site):
    assert not EasyReadIndexPage.can_create_at(dessau_site.home)


def test_sentences_are_the_non_empty_lines():
    assert sentences("Satz eins.\n\n  Satz zwei. \n") == ["Satz eins.", "Satz zwei."]


def test_editors_of_another_town_cannot_edit_them(client, dessau_site, bitterfeld, coordinator):
    ensure_site(municipality=bitterfeld)
    other = make_user("koordination@bitterfeld-wolfen.example")
    grant_role(user=other, municipality=bitterfeld, kind=Role.Kind.COORDINATOR)
    dessau_index = EasyReadIndexPage.objects.get(url_path__startswith="/portal/dessau-rosslau/")
    statement = EasyReadPage.objects.child_of(dessau_index).get(fixed_slug="barrierefreiheit")
    client.force_login(other)
    for page in (dessau_index, statement):
        for url in (
            f"/redaktion/pages/{page.pk}/edit/",
            f"/redaktion/pages/{page.pk}/delete/",
            f"/redaktion/pages/{page.pk}/unpublish/",
            f"/redaktion/pages/{page.pk}/add_subpage/",
            f"/redaktion/pages/{page.pk}/edit/preview/",
        ):
            assert client.get(url).status_code in DENIED, url
    response = client.post(f"/redaktion/pages/{statement.pk}/edit/", {"title": "Übernommen"})
    assert response.status_code in DENIED
    statement.refresh_from_db()
    assert statement.title == "Erklärung zur Barriere·freiheit"
    client.force_login(coordinator)
    assert client.get(f"/redaktion/pages/{statement.pk}/edit/").status_code == 200


def test_overview_and_statement_stay_online(client, dessau_site, coordinator):
    client.force_login(coordinator)
    index = EasyReadIndexPage.objects.get()
    statement = EasyReadPage.objects.get(fixed_slug="barrierefreiheit")
    for page in (index, statement):
        response = client.post(f"/redaktion/pages/{page.pk}/unpublish/")
        assert response.status_code == 302 and response["Location"] == f"/redaktion/pages/{page.pk}/edit/"
        page.refresh_from_db()
        assert page.live
    other = EasyReadPage.objects.get(slug="mach-mit")
    client.post(f"/redaktion/pages/{other.pk}/unpublish/")
    other.refresh_from_db()
    assert not other.live  # the other pages are the editors' to keep
