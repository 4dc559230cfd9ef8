"""Edits in the admin: recorded in the organisation's history, and renaming what
organisations are found by (topics, programmes, districts, ...) reindexes them."""

from __future__ import annotations

import pytest
from django.urls import reverse

from engagiert.directory.models import (
    Competency,
    DiversityDimension,
    OrganisationChange,
    Programme,
    ProgrammeMembership,
    Topic,
)
from engagiert.directory.selectors import DirectoryFilters, search_organisations
from engagiert.testing import admin_change, admin_form, make_org

pytestmark = pytest.mark.django_db


def found(municipality, query: str) -> list[str]:
    return [o.name for o in search_organisations(municipality=municipality, filters=DirectoryFilters(query=query))]


def test_admin_edit_is_recorded_in_the_history(client, dessau, org, platform_admin):
    programme = Programme.objects.create(slug="demokratie-leben", name="Demokratie leben!")
    client.force_login(platform_admin)
    admin_change(
        client,
        org,
        trusted="on",
        phone="0340 204 1234",
        **{
            "programmemembership_set-TOTAL_FORMS": "1",
            "programmemembership_set-0-programme": str(programme.pk),
            "programmemembership_set-0-role": "Träger",
            "programmemembership_set-0-since": "01.03.2024",
        },
    )
    org.refresh_from_db()
    assert org.trusted and org.phone == "0340 204 1234"
    assert ProgrammeMembership.objects.get(organisation=org).role == "Träger"
    entry = org.changes.get()
    assert entry.action == OrganisationChange.Action.ADMIN_EDIT
    assert entry.author == platform_admin and entry.status == OrganisationChange.Status.APPLIED
    assert entry.changes["trusted"] == [False, True]
    assert entry.changes["phone"] == ["", "0340 204 1234"]
    assert entry.changes["programmes"] == [
        [],
        [{"programme": "demokratie-leben", "role": "Träger", "since": "2024-03-01"}],
    ]
    assert set(entry.changes) == {"trusted", "phone", "programmes"}  # nothing unchanged is listed
    assert found(dessau, "Demokratie") == [org.name]  # the membership is searchable at once

    admin_change(client, org)  # saved without changes: no entry
    assert org.changes.count() == 1


def test_admin_shows_programme_memberships_inline(client, org, platform_admin):
    client.force_login(platform_admin)
    page = client.get(reverse("admin:directory_organisation_change", args=[org.pk])).content.decode()
    assert "programmemembership_set-TOTAL_FORMS" in page


@pytest.mark.parametrize(
    ("make", "old", "new"),
    [
        (lambda d: make_org(d, "Verein A", topics=("Integration",)), "Integration", "Teilhabe"),
        (lambda d: make_org(d, "Verein A", dimensions=("Alter",)), "Alter", "Generationen"),
        (lambda d: make_org(d, "Verein A", programmes=("Engagierte Stadt",)), "Engagierte Stadt", "Mitmachstadt"),
        (
            lambda d: make_org(d, "Verein A", competencies=("Fördermittelberatung",)),
            "Fördermittelberatung",
            "Zuschüsse",
        ),
        (lambda d: make_org(d, "Verein A", district=d.districts.get(slug="rosslau")), "Roßlau", "Elbufer"),
    ],
    ids=["topic", "dimension", "programme", "competency", "district"],
)
def test_renaming_in_the_admin_reindexes_the_organisations_using_it(client, dessau, platform_admin, make, old, new):
    make(dessau)
    make_org(dessau, "Verein B")
    assert found(dessau, new) == []
    client.force_login(platform_admin)
    renamed = next(
        o
        for o in (
            *Topic.objects.all(),
            *DiversityDimension.objects.all(),
            *Programme.objects.all(),
            *Competency.objects.all(),
            *dessau.districts.all(),
        )
        if str(o) == old
    )
    field = "name" if isinstance(renamed, Competency) or renamed._meta.model_name == "district" else "name_de"
    admin_change(client, renamed, **{field: new})
    assert found(dessau, new) == ["Verein A"]
    assert found(dessau, old) == []


def test_a_translated_topic_name_is_found(client, dessau, platform_admin):
    make_org(dessau, "Verein A", topics=("Klimaschutz",))
    client.force_login(platform_admin)
    admin_change(client, Topic.objects.get(), name_en="Climate protection")
    assert found(dessau, "climate") == ["Verein A"]


def test_deleting_a_topic_in_the_admin_reindexes(client, dessau, platform_admin):
    make_org(dessau, "Verein A", topics=("Klimaschutz",))
    topic = Topic.objects.get()
    client.force_login(platform_admin)
    client.post(reverse("admin:directory_topic_delete", args=[topic.pk]), {"post": "yes"})
    assert not Topic.objects.exists()
    assert found(dessau, "Klimaschutz") == []


def test_organisation_added_in_the_admin_is_recorded(client, dessau, platform_admin):
    client.force_login(platform_admin)
    url = reverse("admin:directory_organisation_add")
    data = admin_form(client, url)
    data.update(
        municipality=str(dessau.pk), name="Tafel Dessau", slug="tafel-dessau", kind="verein", status="published"
    )
    assert client.post(url, data).status_code == 302
    entry = OrganisationChange.objects.get()
    assert entry.action == OrganisationChange.Action.ADMIN_EDIT and entry.author == platform_admin
    assert entry.changes == {
        "name": ["", "Tafel Dessau"],
        "kind": ["", "verein"],
        "slug": ["", "tafel-dessau"],
        "status": ["pending", "published"],
    }
    assert found(dessau, "Tafel") == ["Tafel Dessau"]
