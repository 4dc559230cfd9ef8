"""A person's "Mein Bereich" in a town (core.views.my_area): the sections every app registers
(core.registry) show the person's own things of that town only; coordinators see every work
queue with its count."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from engagiert.card.services import submit
from engagiert.card.tests.factories import draft, issued_card
from engagiert.directory import services as directory_services
from engagiert.directory.models import Organisation, OrganisationEditor
from engagiert.events import services as event_services
from engagiert.events.models import Event, Registration
from engagiert.events.tests.factories import make_event
from engagiert.testing import make_org, make_user
from engagiert.volunteering.models import HourEntry, Interest, ShiftSignup
from engagiert.volunteering.tests.factories import make_opportunity, make_shift

pytestmark = pytest.mark.django_db

AREA = "/dessau-rosslau/mein-bereich/"
OTHER_AREA = "/lutherstadt-wittenberg/mein-bereich/"


def page(client, user, url=AREA) -> str:
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def volunteer(db):
    return make_user("freiwillig@example.org")


@pytest.fixture
def things(dessau, wittenberg, org, other_org, volunteer, outsider, coordinator):
    """The volunteer's things in both towns, and someone else's in Dessau-Roßlau."""
    gala = make_event(dessau, "Inklusive Tanzgala", organisation=org, registration_required=True, capacity=1)
    event_services.register(event=gala, name="Fre Iwillig", email=volunteer.email, user=volunteer)
    full = make_event(dessau, "Ausgebuchtes Konzert", registration_required=True, capacity=1, days=9)
    event_services.register(event=full, name="Neugierig", email=outsider.email, user=outsider)
    event_services.register(event=full, name="Fre Iwillig", email=volunteer.email, user=volunteer)  # waiting list
    guest = make_event(dessau, "Lesecafé als Gast", registration_required=True, days=5)
    event_services.register(event=guest, name="Fre Iwillig", email=volunteer.email)  # as a guest, same address
    past = make_event(dessau, "Sommerfest im Rückblick", registration_required=True, days=-30)
    Registration.objects.create(
        event=past, user=volunteer, name="Fre Iwillig", email=volunteer.email, status="confirmed"
    )
    foreign = make_event(wittenberg, "Wittenberger Lutherfest", registration_required=True)
    event_services.register(event=foreign, name="Fre Iwillig", email=volunteer.email, user=volunteer)
    other_event = make_event(dessau, "Fremdes Fest", registration_required=True)
    event_services.register(event=other_event, name="Neugierig", email=outsider.email, user=outsider)

    opp = make_opportunity(org, "Begleitung im Seniorenheim")
    Interest.objects.create(opportunity=opp, volunteer=volunteer)
    ShiftSignup.objects.create(shift=make_shift(make_opportunity(org, "Helfen beim Stadtfest")), volunteer=volunteer)
    HourEntry.objects.create(
        municipality=dessau,
        volunteer=volunteer,
        organisation=org,
        organisation_name=org.name,
        activity="Begleitung",
        date=timezone.localdate() - dt.timedelta(days=3),
        hours=Decimal("12.5"),
        status="confirmed",
    )
    foreign_opp = make_opportunity(other_org, "Wittenberger Tafel")
    Interest.objects.create(opportunity=foreign_opp, volunteer=volunteer)
    Interest.objects.create(opportunity=make_opportunity(org, "Fremde Anfrage"), volunteer=outsider)

    submit(application=draft(volunteer, dessau))
    issued_card(outsider, dessau, coordinator)
    return {"gala": gala, "opp": opp}


def test_anonymous_visitors_are_sent_to_the_login(client, dessau):
    response = client.get(AREA)
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={AREA}"


def test_an_unknown_town_answers_404(client, outsider):
    client.force_login(outsider)
    assert client.get("/gibt-es-nicht/mein-bereich/").status_code == 404


def test_the_volunteer_sees_their_own_things_of_this_town_only(client, things, volunteer):
    html = page(client, volunteer)
    # Begegnungen: upcoming with status and ticket, the waiting list, a guest registration
    # with the verified address, the look back; nothing of Wittenberg, nothing of others.
    assert "Inklusive Tanzgala" in html and "Ticket ansehen" in html
    assert "Ausgebuchtes Konzert" in html and "Sie stehen auf der Warteliste." in html
    assert "Lesecafé als Gast" in html and "Noch nicht bestätigt" in html
    assert "Rückblick" in html and "Sommerfest im Rückblick" in html
    assert "Wittenberger Lutherfest" not in html and "Fremdes Fest" not in html
    # Mach mit!: the interest, the shift, the hours and the way to the certificate.
    assert "Begleitung im Seniorenheim" in html and "Helfen beim Stadtfest" in html
    assert "12,5 Stunden" in html
    assert "/dessau-rosslau/mach-mit/mein-engagement/" in html
    assert "Wittenberger Tafel" not in html and "Fremde Anfrage" not in html
    # Ehrenamtskarte: the application and its state, not another person's card.
    assert "Ihr Antrag" in html and "Eingereicht" in html
    assert "Kartennummer" not in html
    # No organisation, no queues.
    assert "Sie verwalten noch keine Organisation." in html
    assert "Aufgaben der Koordination" not in html
    assert "Veranstaltungen meiner Organisationen" not in html


def test_another_towns_area_shows_that_towns_things_only(client, things, volunteer):
    html = page(client, volunteer, OTHER_AREA)
    assert "Wittenberger Lutherfest" in html and "Wittenberger Tafel" in html
    assert "Inklusive Tanzgala" not in html and "Begleitung im Seniorenheim" not in html
    assert "Ihr Antrag" not in html


def test_a_ticket_link_opens_the_persons_ticket(client, things, volunteer):
    html = page(client, volunteer)
    registration = Registration.objects.get(event=things["gala"], user=volunteer)
    from engagiert.events.tokens import registration_token

    link = f"/dessau-rosslau/begegnungen/anmeldung/{registration_token(registration.pk)}/"
    assert link in html
    assert "Ihr Ticket" in client.get(link).content.decode()


def test_a_card_holder_sees_the_card(client, dessau, coordinator, outsider):
    card = issued_card(outsider, dessau, coordinator)
    html = page(client, outsider)
    assert card.display_number in html and "Gültig" in html
    assert "/dessau-rosslau/ehrenamtskarte/meine-karte/" in html


def test_the_editor_sees_their_organisation_its_changes_events_and_offers(client, things, org, editor, other_org):
    data = directory_services.snapshot(org)
    directory_services.propose_change(organisation=org, author=editor, data={**data, "phone": "0340 1234"})
    make_opportunity(other_org, "Fremdes Angebot in Wittenberg")
    html = page(client, editor)
    assert "One Community Projekt" in html
    assert "1 Änderung wartet auf die Freigabe." in html
    assert "Veranstaltungen meiner Organisationen" in html and "Inklusive Tanzgala" in html
    assert "Ausgebuchtes Konzert" not in html  # not one of the organisation's events
    assert "Engagementangebote meiner Organisationen" in html and "Begleitung im Seniorenheim" in html
    assert "1 Anfrage wartet auf Antwort" in html
    assert "Fremdes Angebot in Wittenberg" not in html
    assert "Aufgaben der Koordination" not in html


def test_a_requested_editorship_shows_as_requested_without_editing_links(client, org, outsider):
    OrganisationEditor.objects.create(organisation=org, user=outsider)
    html = page(client, outsider)
    assert "One Community Projekt" in html and "Angefragt" in html
    assert f"/dessau-rosslau/durchblick/{org.slug}/bearbeiten/" not in html
    assert "Veranstaltungen meiner Organisationen" not in html  # not an editor yet


def queue_count(html: str, label: str) -> str:
    """The status text after a queue's label."""
    start = html.index(label)
    rest = html[start:]
    badge = rest.index('class="kern-label', rest.index('class="kern-badge'))
    return rest[rest.index(">", badge) + 1 : rest.index("</span>", badge)]


def test_the_coordinator_sees_every_queue_with_counts_that_follow_the_items(client, things, dessau, coordinator):
    html = page(client, coordinator)
    assert "Aufgaben der Koordination" in html
    assert queue_count(html, "Durchblick: neue Einträge prüfen") == "nichts offen"
    assert queue_count(html, "Ehrenamtskarte: Anträge prüfen") == "1 offen"
    for label in (
        "Durchblick: Anfragen zur Redaktion",
        "Durchblick: Änderungen an Einträgen",
        "Begegnungen: neue Veranstaltungen freigeben",
        "Begegnungen: Änderungen an Veranstaltungen",
        "Mach mit!: neue Angebote freigeben",
        "Ehrenamtskarte: neue Akzeptanzpartner",
        "Selbstcheck: laufende Befragungsrunden",
        "Selbstcheck: überfällige Maßnahmen",
    ):
        assert label in html
    assert 'href="/dessau-rosslau/durchblick/koordination/"' in html
    assert 'href="/dessau-rosslau/ehrenamtskarte/koordination/"' in html

    make_org(dessau, "Neue Initiative", status=Organisation.Status.PENDING)
    make_org(dessau, "Noch eine Initiative", status=Organisation.Status.PENDING)
    make_event(dessau, "Wartet auf Freigabe", status=Event.Status.PENDING)
    html = page(client, coordinator)
    assert queue_count(html, "Durchblick: neue Einträge prüfen") == "2 offen"
    assert queue_count(html, "Begegnungen: neue Veranstaltungen freigeben") == "1 offen"


def test_queues_count_only_the_towns_own_items(client, things, dessau, wittenberg, coordinator, other_coordinator):
    make_org(wittenberg, "Wittenberger Initiative", status=Organisation.Status.PENDING)
    html = page(client, coordinator)
    assert queue_count(html, "Durchblick: neue Einträge prüfen") == "nichts offen"
    html = page(client, other_coordinator, OTHER_AREA)
    assert queue_count(html, "Durchblick: neue Einträge prüfen") == "1 offen"
    assert queue_count(html, "Ehrenamtskarte: Anträge prüfen") == "nichts offen"
    # A coordinator of Wittenberg in Dessau-Roßlau: their own things, no queues.
    assert "Aufgaben der Koordination" not in page(client, other_coordinator)


def queries_for(client, user) -> int:
    client.force_login(user)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(AREA).status_code == 200
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_the_items(client, dessau, org, editor, coordinator):
    OrganisationEditor.objects.create(organisation=org, user=coordinator, status="active")

    def add_items(first: int, n: int) -> None:
        for i in range(first, first + n):
            event = make_event(dessau, f"Treffen {i}", organisation=org, registration_required=True, capacity=5)
            event_services.register(event=event, name="K", email=coordinator.email, user=coordinator)
            opp = make_opportunity(org, f"Angebot {i}")
            Interest.objects.create(opportunity=opp, volunteer=coordinator)
            ShiftSignup.objects.create(shift=make_shift(opp), volunteer=coordinator)
            make_org(dessau, f"Wartende Initiative {i}", status=Organisation.Status.PENDING)
            OrganisationEditor.objects.create(
                organisation=make_org(dessau, f"Geleitete Initiative {i}"), user=coordinator, status="active"
            )

    add_items(0, 1)
    few = queries_for(client, coordinator)
    add_items(1, 4)
    many = queries_for(client, coordinator)
    assert many == few
    assert few <= 25


def test_the_work_queues_are_counted_in_one_query(dessau):
    from engagiert.core.registry import queue_counts

    with CaptureQueriesContext(connection) as queries:
        counts = queue_counts(dessau)
    assert len(queries) == 1
    assert len(counts) >= 10 and all(c.count == 0 for c in counts)


def test_mein_konto_lists_the_towns_where_the_person_has_something(client, things, volunteer, outsider):
    client.force_login(volunteer)
    html = client.get("/mein-konto/").content.decode()
    assert 'href="/dessau-rosslau/mein-bereich/"' in html
    assert 'href="/lutherstadt-wittenberg/mein-bereich/"' in html
    client.force_login(make_user("niemand@example.org"))
    html = client.get("/mein-konto/").content.decode()
    assert "mein-bereich" not in html
    assert "Sie haben noch in keiner Kommune etwas angemeldet oder beantragt." in html


def test_a_registration_made_signed_in_belongs_to_the_person(dessau, volunteer):
    event = make_event(dessau, registration_required=True)
    registration = event_services.register(event=event, name="F", email=volunteer.email, user=volunteer)
    assert registration.user == volunteer


def test_a_guest_registration_with_an_unverified_address_is_not_shown(client, dessau, volunteer):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=volunteer, email="zweite@example.org", verified=False)
    event = make_event(dessau, "Nur mit fremder Adresse", registration_required=True)
    event_services.register(event=event, name="F", email="zweite@example.org")
    assert "Nur mit fremder Adresse" not in page(client, volunteer)
    EmailAddress.objects.filter(email="zweite@example.org").update(verified=True)
    assert "Nur mit fremder Adresse" in page(client, volunteer)


def test_registering_an_organisation_leads_to_mein_bereich(client, dessau, outsider):
    client.force_login(outsider)
    response = client.post(
        "/dessau-rosslau/durchblick/eintragen/",
        {
            "name": "Tanzwerkstatt",
            "kind": "initiative",
            "description_de": "Offene Tanzwerkstatt.",
            "contacts-TOTAL_FORMS": "0",
            "contacts-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert response["Location"] == AREA
    assert "Tanzwerkstatt" in client.get(AREA).content.decode()
