from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from engagiert.core.models import Municipality, Role, User
from engagiert.demo.loader import DEMO_LOGINS, DEMO_PASSWORD
from engagiert.directory.models import Organisation
from engagiert.directory.selectors import DirectoryFilters, search_organisations

pytestmark = pytest.mark.django_db


def found(slug: str, query: str) -> list[str]:
    muni = Municipality.objects.get(slug=slug)
    return [o.name for o in search_organisations(municipality=muni, filters=DirectoryFilters(query=query))]


def test_demo_data_is_complete_and_searchable(client):
    call_command("load_demo", stdout=io.StringIO())
    counts = {m.slug: m.organisations.count() for m in Municipality.objects.all()}
    assert set(counts) == {"dessau-rosslau", "bitterfeld-wolfen", "graefenhainichen", "lutherstadt-wittenberg"}
    assert all(m.dpo_email for m in Municipality.objects.all())  # named in each privacy statement
    assert sum(counts.values()) >= 100 and all(n > 0 for n in counts.values())
    assert "One Community Projekt" in found("dessau-rosslau", "Tanz")
    assert found("dessau-rosslau", "Rosslau")
    assert found("dessau-rosslau", "Senioren")
    # The same ranked results on SQLite and PostgreSQL (CI runs this on both).
    assert found("dessau-rosslau", "Tanz")[:4] == [
        "Tanzsportclub Rot-Weiß Dessau e.V.",
        "Tanzwerkstatt Anhalt e.V.",
        "Afrika-Forum Anhalt e.V.",
        "One Community Projekt",
    ]
    assert found("dessau-rosslau", "Übersetzung Arabisch")[:2] == [
        "Deutsch-Arabischer Kulturverein Brücke e.V.",
        "AWO Kreisverband Dessau e.V.",
    ]
    assert "Bürgerbüro Roßlau" in found("dessau-rosslau", "Rosslau")[:5]
    # "Jugend" has the stem of the default synonym entry "Jugendliche: Auszubildende, Schüler" (core.synonyms)
    assert len(found("dessau-rosslau", "Vereine Jugend")) == 22
    assert found("lutherstadt-wittenberg", "Kirche")[0] == "Evangelische Stadtkirchengemeinde Wittenberg"
    names = Organisation.objects.values_list("name", flat=True)
    assert not any(name.lower().startswith("organisation ") for name in names)
    for login in DEMO_LOGINS:
        assert client.login(username=login.email, password=DEMO_PASSWORD), login.email
    start = client.get("/dessau-rosslau/").content.decode()  # the start page's contact block
    assert "Zimmer 489" in start and 'href="mailto:integrationsbuero@dessau-rosslau.example"' in start
    contact_page = client.get("/dessau-rosslau/kontakt/").content.decode()
    assert "Koordinierungsstelle Engagierte Stadt" in contact_page and 'name="message"' in contact_page
    coordinator = User.objects.get(email="koordination@dessau-rosslau.example")
    assert coordinator.roles.filter(kind=Role.Kind.COORDINATOR, municipality__slug="dessau-rosslau").exists()
    # Every town's pages in Leichte Sprache, the card's page with the town's rules.
    for slug in counts:
        assert client.get(f"/{slug}/leichte-sprache/barrierefreiheit/").status_code == 200
    card = client.get("/dessau-rosslau/leichte-sprache/ehrenamtskarte/").content.decode()
    assert "Sie sind mindestens 16 Jahre alt." in card
    assert "mindestens 200 Stunden" in card


def test_loading_twice_changes_nothing():
    call_command("load_demo", stdout=io.StringIO())
    before = (Organisation.objects.count(), User.objects.count(), Role.objects.count())
    call_command("load_demo", stdout=io.StringIO())
    assert (Organisation.objects.count(), User.objects.count(), Role.objects.count()) == before
