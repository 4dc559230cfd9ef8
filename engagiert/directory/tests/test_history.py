"""The history of an organisation: every change and decision, readable for its editors."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from engagiert.directory import services
from engagiert.directory.models import (
    Organisation,
    OrganisationChange,
    OrganisationEditor,
    Programme,
    ProgrammeMembership,
)
from engagiert.directory.tests.test_selfservice import VALID, edit_data
from engagiert.testing import make_org, make_user

pytestmark = pytest.mark.django_db


def url(name: str, municipality, **kwargs) -> str:
    return reverse(f"directory:{name}", kwargs={"municipality": municipality.slug, **kwargs})


def table_rows(page: str) -> list[tuple[str, str, str]]:
    """(field, before, after) of every row of the change tables."""
    rows = re.findall(r'<tr><th scope="row">(.*?)</th><td>(.*?)</td><td>(.*?)</td></tr>', page, re.S)
    return [tuple(cell.strip() for cell in row) for row in rows]


def test_registration_and_its_approval_are_in_the_history(client, dessau, outsider, coordinator):
    client.force_login(outsider)
    client.post(url("register", dessau), VALID)
    org = Organisation.objects.get(name=VALID["name"])
    client.force_login(coordinator)
    client.post(url("decide_registration", dessau, pk=org.pk), {"decision": "approve", "reason": "Willkommen"})

    registration, approval = org.changes.order_by("created_at", "pk")
    assert registration.action == OrganisationChange.Action.REGISTRATION and registration.note == ""
    assert approval.action == OrganisationChange.Action.PUBLISHED
    assert approval.author == approval.decided_by == coordinator and approval.decided_at
    assert approval.changes == {"status": ["pending", "published"]}
    assert approval.note == "Willkommen"

    page = client.get(url("history", dessau, slug=org.slug)).content.decode()
    assert "Eintragung" in page and "Eintrag freigegeben" in page and coordinator.email in page
    assert ("Status", "Wartet auf Freigabe", "Veröffentlicht") in table_rows(page)
    assert "Begründung: Willkommen" in page
    assert "registration" not in page


def test_rejected_registration_is_recorded(dessau, outsider, coordinator):
    org = services.register_organisation(user=outsider, municipality=dessau, data={"name": "X", "kind": "verein"})
    services.decide_registration(organisation=org, approve=False, by=coordinator)
    entry = org.changes.get(action=OrganisationChange.Action.REJECTED)
    assert entry.decided_by == coordinator and entry.changes == {"status": ["pending", "rejected"]}


@pytest.mark.parametrize(
    ("decision", "action", "status"),
    [("approve", "editor_approved", "Aktiv"), ("reject", "editor_rejected", "Abgelehnt")],
)
def test_editorship_decisions_are_in_the_history(
    client, dessau, org, editor, outsider, coordinator, decision, action, status
):
    request = OrganisationEditor.objects.create(organisation=org, user=outsider, message="Ich leite die Gruppe.")
    client.force_login(coordinator)
    client.post(url("decide_editor", dessau, pk=request.pk), {"decision": decision})
    entry = org.changes.get()
    assert entry.action == action and entry.author == entry.decided_by == coordinator
    client.force_login(editor)
    rows = table_rows(client.get(url("history", dessau, slug=org.slug)).content.decode())
    assert rows == [("Redaktion", f"{outsider.email} (Angefragt)", f"{outsider.email} ({status})")]


def test_history_shows_field_names_and_values_in_words(client, dessau, org, editor, coordinator):
    programme = Programme.objects.create(slug="demokratie-leben", name="Demokratie leben!")
    seniors = make_org(dessau, "Anderer Verein", topics=("Seniorenarbeit",)).topics.get()
    client.force_login(coordinator)
    data = edit_data(
        client,
        dessau,
        org,
        description_de="<p>Jetzt auch mit <b>Chor</b>.</p>",
        topics=["integration", "kultur", seniors.slug],
        district="rosslau",
        kind="verein",
        **{"contacts-0-role": "Projektleitung", "contacts-0-languages": "de, ar"},
    )
    client.post(url("edit", dessau, slug=org.slug), data)
    assert org.changes.get().status == OrganisationChange.Status.APPLIED
    ProgrammeMembership.objects.create(organisation=org, programme=programme, role="Träger")
    services.set_trusted(organisation=org, trusted=True, by=coordinator)

    client.force_login(editor)
    page = client.get(url("history", dessau, slug=org.slug)).content.decode()
    rows = {field: (before, after) for field, before, after in table_rows(page)}
    assert rows["Beschreibung (Deutsch)"][1] == "Jetzt auch mit Chor."
    assert rows["Themenfelder"] == ("Integration, Kultur", "Integration, Kultur, Seniorenarbeit")
    assert rows["Stadtteil"] == ("–", "Roßlau")
    assert rows["Art"] == ("Initiative", "Verein")
    assert rows["Vertrauenswürdig"] == ("Nein", "Ja")
    before, after = rows["Ansprechpartner*innen"]
    assert before.startswith("Kontakt One Community Projekt: lea@one-community.example")
    assert after.startswith("Kontakt One Community Projekt (Projektleitung): lea@one-community.example")
    assert "Kompetenzen: Tanzpädagogik" in after and "Sprachen: de, ar" in after
    assert "Vertrauensstatus geändert" in page and "Änderung am Eintrag (Übernommen)" in page
    for raw in ("description_de", "contacts", "&#x27;name&#x27;", "[&#x27;", "seniorenarbeit"):
        assert raw not in page, raw


def test_programme_memberships_are_part_of_the_snapshot(org):
    programme = Programme.objects.create(slug="demokratie-leben", name="Demokratie leben!")
    ProgrammeMembership.objects.create(organisation=org, programme=programme, role="Träger")
    assert services.snapshot(org)["programmes"] == [{"programme": "demokratie-leben", "role": "Träger", "since": None}]


def test_history_needs_a_fixed_number_of_queries(client, dessau, org, editor, coordinator):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url("history", dessau, slug=org.slug)).status_code == 200
        return len(captured)

    def changes(i: int) -> None:
        request = OrganisationEditor.objects.create(organisation=org, user=make_user(f"anfrage{i}@example.org"))
        services.decide_editorship(editor=request, approve=True, by=coordinator)
        services.propose_change(organisation=org, author=editor, data={"phone": f"0340 {i}", "topics": [f"t{i}"]})
        services.set_trusted(organisation=org, trusted=i % 2 == 0, by=coordinator)

    client.force_login(editor)
    changes(0)
    few = queries()
    for i in range(1, 6):
        changes(i)
    assert queries() == few


def test_queue_shows_waiting_changes_in_words(client, dessau, org, editor, coordinator):
    client.force_login(editor)
    client.post(url("edit", dessau, slug=org.slug), edit_data(client, dessau, org, description_en="<p>Dance gala</p>"))
    client.force_login(coordinator)
    rows = table_rows(client.get(url("queue", dessau)).content.decode())
    assert rows == [("Beschreibung (Englisch)", "–", "Dance gala")]
