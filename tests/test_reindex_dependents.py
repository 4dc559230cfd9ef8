"""Events and Mach mit! offers are found by the names of their organisation, topics, district,
venue and skills: renaming (or deleting) one of those reindexes them, whether the change is
approved in the directory or made in the admin (core.indexing)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from engagiert.core import indexing
from engagiert.directory import services as directory
from engagiert.directory.models import Competency, Organisation, OrganisationChange, OrganisationSearchTerm, Topic
from engagiert.events.indexing import reindex_events
from engagiert.events.selectors import EventFilters, search_events
from engagiert.events.tests.factories import make_event, make_venue
from engagiert.testing import admin_change
from engagiert.volunteering.selectors import OpportunityFilters, search_opportunities
from engagiert.volunteering.tests.factories import make_opportunity

pytestmark = pytest.mark.django_db

EVENT = "Inklusive Tanzgala"
OFFER = "Begleitung im Seniorenheim"


def events_found(municipality, query: str) -> list[str]:
    return [e.title for e in search_events(municipalities=[municipality], filters=EventFilters(query=query))]


def offers_found(municipality, query: str) -> list[str]:
    return [o.title for o in search_opportunities(municipality=municipality, filters=OpportunityFilters(query=query))]


@pytest.fixture
def indexed(dessau, org):
    """An event and an offer of One Community Projekt in Roßlau on "Integration"; the event
    takes place in the Aula, the offer asks for "Tanzpädagogik"."""
    rosslau = dessau.districts.get(slug="rosslau")
    event = make_event(dessau, EVENT, organisation=org, venue=make_venue(dessau, "Aula"), district=rosslau)
    event.topics.set(Topic.objects.filter(name="Integration"))
    reindex_events([event.pk])
    make_opportunity(org, OFFER, topics=("Integration",), skills=("Tanzpädagogik",), district=rosslau)
    assert events_found(dessau, "Community") == [EVENT]
    assert offers_found(dessau, "Community") == [OFFER]
    return event


def assert_found_by(municipality, *, new: str, old: str, events: bool = True, offers: bool = True) -> None:
    assert events_found(municipality, new) == ([EVENT] if events else [])
    assert offers_found(municipality, new) == ([OFFER] if offers else [])
    assert events_found(municipality, old) == []
    assert offers_found(municipality, old) == []


def test_an_approved_rename_of_the_organisation_reindexes_events_and_offers(dessau, org, editor, coordinator, indexed):
    change = directory.propose_change(organisation=org, author=editor, data={"name": "Brückenbauer Kollektiv"})
    assert change.status == OrganisationChange.Status.PENDING
    assert events_found(dessau, "Brückenbauer") == []  # nothing changes before the decision

    directory.decide_change(change=change, approve=True, by=coordinator)

    assert_found_by(dessau, new="Brückenbauer", old="Community")


def test_a_rename_applied_at_once_reindexes_the_events_and_offers(dessau, org, coordinator, indexed):
    directory.propose_change(organisation=org, author=coordinator, data={"name": "Brückenbauer Kollektiv"})
    assert_found_by(dessau, new="Brückenbauer", old="Community")


def test_renaming_the_organisation_in_the_admin_reindexes_its_events_and_offers(
    client, dessau, org, platform_admin, indexed
):
    client.force_login(platform_admin)
    admin_change(client, org, name="Brückenbauer Kollektiv")
    assert_found_by(dessau, new="Brückenbauer", old="Community")


def test_deleting_the_organisation_in_the_admin_reindexes_its_events(client, dessau, org, platform_admin, indexed):
    client.force_login(platform_admin)
    client.post(reverse("admin:directory_organisation_delete", args=[org.pk]), {"post": "yes"})
    assert not Organisation.objects.filter(pk=org.pk).exists()
    assert events_found(dessau, "Community") == []
    assert events_found(dessau, "Tanzgala") == [EVENT]  # the event stays, without its organisation


def test_renaming_a_topic_in_the_admin_reindexes_events_and_offers(client, dessau, platform_admin, indexed):
    client.force_login(platform_admin)
    admin_change(client, Topic.objects.get(name="Integration"), name_de="Teilhabe")
    assert_found_by(dessau, new="Teilhabe", old="Integration")


def test_renaming_a_district_in_the_admin_reindexes_events_and_offers(client, dessau, platform_admin, indexed):
    client.force_login(platform_admin)
    admin_change(client, dessau.districts.get(slug="rosslau"), name="Elbufer")
    assert_found_by(dessau, new="Elbufer", old="Roßlau")


def test_renaming_a_venue_in_the_admin_reindexes_its_events(client, dessau, platform_admin, indexed):
    client.force_login(platform_admin)
    admin_change(client, indexed.venue, name="Mehrgenerationenhaus")
    assert_found_by(dessau, new="Mehrgenerationenhaus", old="Aula", offers=False)


def test_renaming_a_skill_in_the_admin_reindexes_the_offers(client, dessau, platform_admin, indexed):
    client.force_login(platform_admin)
    admin_change(client, Competency.objects.get(name="Tanzpädagogik"), name="Bewegungsarbeit")
    assert_found_by(dessau, new="Bewegungsarbeit", old="Tanzpädagogik", events=False)


def test_changing_something_else_than_the_name_leaves_the_events_alone(dessau, org, coordinator, indexed, monkeypatch):
    rebuilt = []
    monkeypatch.setattr(indexing, "replace_terms", lambda **kwargs: rebuilt.append(kwargs["model"]) or 0)
    directory.propose_change(organisation=org, author=coordinator, data={"phone": "0340 204 1234"})
    assert rebuilt == [OrganisationSearchTerm]
