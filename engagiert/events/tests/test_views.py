"""Pages of Begegnungen through the test client: calendar, filters, event page, iCal,
registration links, organiser pages, tenancy."""

from __future__ import annotations

import datetime as dt
import io
import json
import re

import icalendar
import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from engagiert.directory.models import Topic
from engagiert.events import services
from engagiert.events.indexing import reindex_events
from engagiert.events.models import Event, Registration
from engagiert.events.tokens import registration_token, ticket_code
from engagiert.testing import make_org

from .factories import create_in_steps, make_event, make_venue

CAL = "/dessau-rosslau/begegnungen/"


@pytest.fixture
def gala(dessau, org):
    aula = make_venue(dessau, wheelchair=True, accessible_toilet=True, latitude=51.83, longitude=12.24)
    event = make_event(
        dessau,
        "Inklusive Tanzgala",
        organisation=org,
        venue=aula,
        registration_required=True,
        capacity=2,
        description_de="<p>Für die Bewohner*innen dreier Seniorenheime.</p>",
        languages="de,ar",
    )
    event.topics.add(Topic.objects.get(slug="kultur"))
    reindex_events([event.pk])
    return event


@pytest.fixture
def kino(dessau, org):
    kiez = make_venue(dessau, "Kiez Kino", wheelchair=False)
    return make_event(
        dessau,
        "Filmpremiere „Noch einmal Walzer“",
        organisation=org,
        venue=kiez,
        format="film",
        is_free=False,
        price="5 €",
    )


def titles(response) -> list[str]:
    return [e.title for e in response.context["page"].object_list]


def test_calendar_lists_upcoming_events_of_the_municipality_only(client, gala, kino, wittenberg, other_org):
    make_event(wittenberg, "Tanz in Wittenberg", organisation=other_org)
    make_event(gala.municipality, "Gestern", days=-1)
    make_event(gala.municipality, "Entwurf", status="pending")
    response = client.get(CAL)
    assert titles(response) == ["Inklusive Tanzgala", "Filmpremiere „Noch einmal Walzer“"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("barrierefreiheit=wheelchair", ["Inklusive Tanzgala"]),
        ("format=film", ["Filmpremiere „Noch einmal Walzer“"]),
        ("kostenlos=on", ["Inklusive Tanzgala"]),
        ("sprache=ar", ["Inklusive Tanzgala"]),
        ("thema=kultur", ["Inklusive Tanzgala"]),
        ("q=Seniorenheime", ["Inklusive Tanzgala"]),
        ("q=walzer", ["Filmpremiere „Noch einmal Walzer“"]),
        ("q=Tanzgala+Kino", []),
    ],
)
def test_filters(client, gala, kino, query, expected):
    assert titles(client.get(f"{CAL}?{query}")) == expected


def test_an_invalid_filter_value_is_explained_and_the_valid_ones_still_apply(client, gala, kino):
    response = client.get(f"{CAL}?format=kein-format&barrierefreiheit=wheelchair&thema=unbekannt")
    assert response.status_code == 200
    assert titles(response) == ["Inklusive Tanzgala"]
    assert set(response.context["form"].errors) == {"format", "thema"}


def test_district_filter_takes_the_quarters_of_a_district(client, dessau, gala, kino, wittenberg, other_org):
    from engagiert.core.models import District

    innenstadt = District.objects.get(municipality=dessau, slug="innenstadt")
    quarter = District.objects.create(municipality=dessau, parent=innenstadt, name="Am Leipziger Tor", slug="tor")
    Event.objects.filter(pk=gala.pk).update(district=quarter)
    Event.objects.filter(pk=kino.pk).update(district=District.objects.get(municipality=dessau, slug="rosslau"))
    # Same slug in another town: not in Dessau-Roßlau's calendar.
    elsewhere = District.objects.create(municipality=wittenberg, name="Innenstadt", slug="innenstadt")
    make_event(dessau, "Ohne Stadtteil")
    assert make_event(wittenberg, "Tanz in Wittenberg", organisation=other_org, district=elsewhere)
    assert titles(client.get(f"{CAL}?stadtteil=innenstadt")) == ["Inklusive Tanzgala"]
    assert titles(client.get(f"{CAL}?stadtteil=tor")) == ["Inklusive Tanzgala"]
    assert titles(client.get(f"{CAL}?stadtteil=rosslau")) == ["Filmpremiere „Noch einmal Walzer“"]


def test_date_range_filter_and_bad_range(client, gala, kino):
    day = timezone.localdate(gala.start)
    assert titles(client.get(f"{CAL}?von={day}&bis={day}")) == [
        "Inklusive Tanzgala",
        "Filmpremiere „Noch einmal Walzer“",
    ]
    later = day + dt.timedelta(days=30)
    assert titles(client.get(f"{CAL}?von={later}")) == []
    response = client.get(f"{CAL}?von={day}&bis={day - dt.timedelta(days=1)}")
    assert response.status_code == 200
    assert "Das Ende des Zeitraums liegt vor seinem Beginn." in response.content.decode()
    assert titles(response) == ["Inklusive Tanzgala", "Filmpremiere „Noch einmal Walzer“"]  # no range applied


def test_calendar_and_detail_have_a_fixed_number_of_queries(client, dessau, org, gala, django_assert_max_num_queries):
    with django_assert_max_num_queries(12) as few:
        client.get(CAL)
    for i in range(15):
        make_event(dessau, f"Mitmachlokal {i}", organisation=org, venue=gala.venue, days=2 + i)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(CAL)
    assert len(titles(response)) == 16
    with django_assert_max_num_queries(12) as detail:
        client.get(gala.get_absolute_url())
    gala.organisations.add(make_org(dessau, "Seniorenheim Am Georgengarten"))
    with django_assert_max_num_queries(len(detail.captured_queries)):
        client.get(gala.get_absolute_url())


def test_month_view_is_a_table_with_the_events(client, gala):
    local = timezone.localtime(gala.start)
    response = client.get(reverse("events:month", args=["dessau-rosslau", local.year, local.month]))
    html = response.content.decode()
    assert '<table class="kern-table month">' in html and 'scope="col"' in html
    assert "Inklusive Tanzgala" in html
    assert client.get("/dessau-rosslau/begegnungen/monat/2026/13/").status_code == 404


def test_network_lists_events_of_every_member_town(client, gala, wittenberg, other_org):
    from engagiert.core.models import Municipality, RegionalNetwork

    network = RegionalNetwork.objects.create(name="Regionalnetzwerk Anhalt", slug="anhalt")
    network.municipalities.set([gala.municipality, wittenberg])
    make_event(wittenberg, "Tanz in Wittenberg", organisation=other_org)
    elsewhere = Municipality.objects.create(name="Halle", slug="halle", ags="15002000", state="ST")
    make_event(elsewhere, "Nicht im Netzwerk")
    response = client.get(f"{CAL}netzwerk/")
    assert sorted(titles(response)) == ["Inklusive Tanzgala", "Tanz in Wittenberg"]


def test_event_page_has_schema_org_json_ld(client, gala):
    html = client.get(gala.get_absolute_url()).content.decode()
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(match.group(1))
    assert data["@type"] == "Event" and data["name"] == "Inklusive Tanzgala"
    assert data["location"]["name"] == "Aula des Liborius-Gymnasiums"
    assert data["organizer"] == [{"@type": "Organization", "name": "One Community Projekt"}]
    assert data["eventStatus"] == "https://schema.org/EventScheduled"


def test_json_ld_cannot_break_out_of_its_script(client, gala):
    gala.title = "</script><script>alert(1)</script>"
    gala.save()
    html = client.get(gala.get_absolute_url()).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert json.loads(block)["name"] == "</script><script>alert(1)</script>"


def test_ics_download_and_feed_parse(client, gala, kino):
    response = client.get(f"{gala.get_absolute_url()}kalender.ics")
    assert response["Content-Type"].startswith("text/calendar")
    cal = icalendar.Calendar.from_ical(response.content)
    [vevent] = cal.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Inklusive Tanzgala"
    assert vevent.decoded("DTSTART") == gala.start.replace(microsecond=0)
    assert "Aula des Liborius-Gymnasiums" in str(vevent["LOCATION"])
    feed = icalendar.Calendar.from_ical(client.get(f"{CAL}kalender.ics").content)
    assert sorted(str(e["SUMMARY"]) for e in feed.walk("VEVENT")) == sorted([gala.title, kino.title])
    filtered = icalendar.Calendar.from_ical(client.get(f"{CAL}kalender.ics?format=film").content)
    assert [str(e["SUMMARY"]) for e in filtered.walk("VEVENT")] == [kino.title]
    assert all(e.get("UID") and e.get("DTSTAMP") for e in feed.walk("VEVENT"))


def test_guest_registers_confirms_and_cancels_through_the_links(client, gala, mailoutbox):
    response = client.post(f"{gala.get_absolute_url()}anmelden/", {"name": "Erika", "email": "erika@example.org"})
    assert response.status_code == 302
    link = re.search(r"https?://\S+/bestaetigen/", mailoutbox[0].body).group(0)
    path = link.split("://", 1)[1].split("/", 1)[1]
    confirm_path = "/" + path
    assert client.get(confirm_path).status_code == 200  # GET only shows the button
    assert Registration.objects.get().status == "pending"
    response = client.post(confirm_path, follow=True)
    assert Registration.objects.get().status == "confirmed"
    assert "Ihr Ticket" in response.content.decode()
    response = client.post(confirm_path)  # the link again
    assert response.status_code == 200 and "bereits bestätigt" in response.content.decode()
    cancel_path = confirm_path.replace("bestaetigen/", "stornieren/")
    client.post(cancel_path)
    assert Registration.objects.get().status == "cancelled"


def test_guest_on_the_waiting_list_gets_the_link_by_mail_only(client, gala, mailoutbox):
    """Regression: a guest registering for a full event was redirected to the registration
    page under the very token of the confirmation mail and could confirm an unverified address."""
    services.register(event=gala, name="A", email="a@example.org")
    services.register(event=gala, name="B", email="b@example.org")  # full
    response = client.post(f"{gala.get_absolute_url()}anmelden/", {"name": "Mallory", "email": "victim@example.org"})
    registration = Registration.objects.get(email="victim@example.org")
    assert registration.status == "waiting"
    token = registration_token(registration.pk)
    assert response.status_code == 302 and token not in response["Location"]
    assert "/anmeldung/" not in response["Location"]
    page = client.get(response["Location"])
    html = page.content.decode()
    assert page.status_code == 200 and token not in html and "/anmeldung/" not in html
    assert "Link in der E-Mail" in html
    # Without the mailed token the confirmation cannot be reached.
    assert client.post(f"{CAL}anmeldung/{registration.pk}/bestaetigen/").status_code == 404
    registration.refresh_from_db()
    assert registration.confirmed_at is None
    # The mailed link still works.
    mail = next(m for m in mailoutbox if m.to == ["victim@example.org"])
    link = re.search(r"https?://\S+/bestaetigen/", mail.body).group(0)
    assert token in link
    response = client.post("/" + link.split("://", 1)[1].split("/", 1)[1])
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.confirmed_at is not None and registration.status == "waiting"


def test_guest_on_the_pending_list_is_not_shown_the_link(client, gala):
    response = client.post(f"{gala.get_absolute_url()}anmelden/", {"name": "Erika", "email": "erika@example.org"})
    token = registration_token(Registration.objects.get().pk)
    html = client.get(response["Location"]).content.decode()
    assert token not in response["Location"] and token not in html and "Link in der E-Mail" in html


def test_forged_link_answers_404(client, gala):
    reg = services.register(event=gala, name="E", email="e@example.org")
    assert client.get(f"{CAL}anmeldung/{reg.pk}:forged/").status_code == 404
    assert client.post(f"{CAL}anmeldung/{reg.pk}:forged/bestaetigen/").status_code == 404


def test_registration_form_keeps_input_and_explains_errors(client, gala):
    services.register(event=gala, name="E", email="erika@example.org")
    response = client.post(f"{gala.get_absolute_url()}anmelden/", {"name": "Erika", "email": "erika@example.org"})
    html = response.content.decode()
    assert "bereits eine Anmeldung für diese Veranstaltung" in html and 'value="Erika"' in html
    response = client.post(f"{gala.get_absolute_url()}anmelden/", {"name": "", "email": "kein-at"})
    assert response.status_code == 200 and "error-summary" in response.content.decode()
    assert gala.registrations.count() == 1


def test_signed_in_user_registers_in_one_click(client, gala, outsider):
    client.force_login(outsider)
    response = client.post(f"{gala.get_absolute_url()}anmelden/", {})
    assert response.status_code == 302
    assert Registration.objects.get(user=outsider).status == "confirmed"


def test_registration_after_the_window_is_refused(client, gala):
    gala.registration_opens = timezone.now() - dt.timedelta(days=3)
    gala.registration_closes = timezone.now() - dt.timedelta(days=1)
    gala.save()
    response = client.post(f"{gala.get_absolute_url()}anmelden/", {"name": "E", "email": "e@example.org"})
    assert "Die Anmeldefrist ist abgelaufen." in response.content.decode()
    assert not gala.registrations.exists()


def test_organiser_sees_lists_exports_and_checks_in(client, gala, editor):
    confirmed = services.register(event=gala, name="=HYPERLINK()", email="a@example.org")
    services.confirm(token=registration_token(confirmed.pk))
    services.register(event=gala, name="Bernd", email="b@example.org")
    client.force_login(editor)
    page = client.get(f"{gala.get_absolute_url()}anmeldungen/").content.decode()
    assert "a@example.org" in page and "b@example.org" in page
    csv_text = client.get(f"{gala.get_absolute_url()}anmeldungen.csv").content.decode("utf-8-sig")
    assert "'=HYPERLINK()" in csv_text  # no formula injection
    sheet = load_workbook(io.BytesIO(client.get(f"{gala.get_absolute_url()}anmeldungen.xlsx").content)).active
    assert [row[:2] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        ("'=HYPERLINK()", "a@example.org"),
        ("Bernd", "b@example.org"),
    ]  # the same rows as the CSV
    checkin = f"{gala.get_absolute_url()}einlass/"
    assert "data-qr-scan" in client.get(checkin).content.decode()
    response = client.post(checkin, {"code": "1-falsch"})
    assert "ungültig" in response.content.decode()
    client.post(checkin, {"code": ticket_code(confirmed.pk)})
    confirmed.refresh_from_db()
    assert confirmed.checked_in_at
    response = client.get(f"{checkin}?name=HYPER")
    assert "eingecheckt um" in response.content.decode()


def test_editor_creates_event_pending_and_coordinator_approves(client, dessau, org, editor, coordinator):
    client.force_login(editor)
    start = timezone.localtime() + dt.timedelta(days=10)
    data = {
        "title_de": "Vorlesetag",
        "description_de": "Vorlesen in vielen Sprachen",
        "format": "reading",
        "organisations": [org.pk],
        "start": start.strftime("%Y-%m-%dT18:00"),
        "end": start.strftime("%Y-%m-%dT20:00"),
        "languages": "de, ar, uk",
        "is_free": "on",
        "companions_allowed": "0",
    }
    response = create_in_steps(client, CAL, data)
    assert response.status_code == 302, response.context["form"].errors
    event = Event.objects.get(title="Vorlesetag")
    assert event.status == "pending" and event.languages == "de,ar,uk"
    assert client.get(event.get_absolute_url()).status_code == 404
    client.force_login(coordinator)
    client.post(f"{CAL}{event.pk}/freigeben/")
    event.refresh_from_db()
    assert event.status == "published"


def test_event_form_picks_organisations_and_languages_by_name_without_javascript(
    client, dessau, org, other_org, coordinator
):
    for n in range(12):
        make_org(dessau, f"Verein Nummer {n:02d}")
    client.force_login(coordinator)
    page = client.get(f"{CAL}neu/").content.decode()
    organisations = page.split('id="id_organisations"')[1].split("</fieldset>")[0]
    assert organisations.count('type="checkbox"') == 13  # every organisation of the town ...
    assert other_org.name not in page  # ... and none of another town
    assert '<div class="picker-filter" hidden>' in page and "core/picker.js" in page
    assert "Sprachkürzel" not in page and re.search(r'name="languages" value="de"[^>]*checked', page)
    assert 'Arabisch (<span lang="ar" dir="auto">' in page

    start = timezone.localtime() + dt.timedelta(days=10)
    data = {
        "title_de": "Fremde Organisation",
        "description_de": "x",
        "format": "reading",
        "organisations": [other_org.pk],
        "start": start.strftime("%Y-%m-%dT18:00"),
        "end": start.strftime("%Y-%m-%dT20:00"),
        "languages": ["de", "prs"],
        "companions_allowed": "0",
    }
    response = client.post(f"{CAL}neu/", {**data, "richtung": "weiter"})
    assert response.status_code == 200 and "organisations" in response.context["form"].errors
    assert not Event.objects.exists()
    response = create_in_steps(client, CAL, {**data, "organisations": [org.pk]})
    assert response.status_code == 302
    event = Event.objects.get()
    assert event.languages == "de,prs"
    edit = client.get(f"{CAL}{event.pk}/bearbeiten/").content.decode()
    assert re.search(r'value="prs"[^>]*checked', edit) and "Dari (<span" in edit


def test_bad_event_input_is_refused_on_its_step_and_kept(client, org, editor):
    client.force_login(editor)
    data = {
        "title_de": "Zu früh",
        "description_de": "x",
        "format": "reading",
        "organisations": [org.pk],
        "start": "2020-01-01T18:00",
        "end": "2020-01-01T17:00",
        "languages": "deutsch",
        "companions_allowed": "0",
    }
    response = create_in_steps(client, CAL, data)
    html = response.content.decode()
    assert "„deutsch“ ist kein Sprachkürzel" in html and 'value="Zu früh"' in html  # step 1
    assert "Vergangenheit" not in html
    response = create_in_steps(client, CAL, {**data, "languages": "de"})
    html = response.content.decode()
    assert "Schritt 2 von 5" in html and "Vergangenheit" in html and "nach dem Beginn" in html
    assert 'value="2020-01-01T18:00"' in html
    assert not Event.objects.exists()


def test_capacity_below_registrations_is_refused_in_the_form(client, gala, org, editor):
    services.register(event=gala, name="A", email="a@example.org")
    services.register(event=gala, name="B", email="b@example.org")
    client.force_login(editor)
    form = client.get(f"{gala.get_absolute_url()}bearbeiten/").context["form"]
    data = {k: v for k, v in form.initial.items() if v is not None and k != "image"}
    data.update(
        organisations=[org.pk],
        topics=[t.pk for t in gala.topics.all()],
        venue=gala.venue.pk,
        start=timezone.localtime(gala.start).strftime("%Y-%m-%dT%H:%M"),
        end=timezone.localtime(gala.end).strftime("%Y-%m-%dT%H:%M"),
        capacity="1",
        registration_required="on",
    )
    data.pop("district", None)
    response = client.post(f"{gala.get_absolute_url()}bearbeiten/", data)
    assert "schon 2 Plätze" in response.content.decode()
    gala.refresh_from_db()
    assert gala.capacity == 2


def test_another_municipalitys_objects_answer_404(client, gala, wittenberg, other_org, other_coordinator, coordinator):
    foreign = make_event(wittenberg, "Tanz in Wittenberg", organisation=other_org, registration_required=True)
    reg = services.register(event=foreign, name="W", email="w@example.org")
    client.force_login(coordinator)
    suffixes = ("", "kalender.ics", "anmelden/", "bearbeiten/", "anmeldungen/", "anmeldungen.csv", "anmeldungen.xlsx")
    for suffix in (*suffixes, "einlass/"):
        assert client.get(f"{CAL}{foreign.pk}/{suffix}").status_code == 404, suffix
    assert client.post(f"{CAL}{foreign.pk}/freigeben/").status_code == 404
    assert client.post(f"{CAL}{foreign.pk}/absagen/").status_code == 404
    assert client.post(f"{CAL}{foreign.pk}/anmeldungen/{reg.pk}/stornieren/").status_code == 404
    token = registration_token(reg.pk)
    assert client.post(f"{CAL}anmeldung/{token}/stornieren/").status_code == 404
    assert client.post(f"{CAL}anmeldung/{token}/bestaetigen/").status_code == 404
    reg.refresh_from_db()
    foreign.refresh_from_db()
    assert reg.status == "pending" and foreign.status == "published"
    # and the other coordinator cannot manage Dessau's event
    client.force_login(other_coordinator)
    assert client.get(f"/lutherstadt-wittenberg/begegnungen/{gala.pk}/anmeldungen/").status_code == 404


def test_api_lists_and_shows_public_events_without_registrations(client, gala, kino):
    services.register(event=gala, name="Privat", email="privat@example.org")
    data = client.get("/api/v1/events?municipality=dessau-rosslau&feature=wheelchair").json()
    assert [e["title"] for e in data["items"]] == ["Inklusive Tanzgala"]
    detail = client.get(f"/api/v1/events/dessau-rosslau/{gala.pk}").json()
    assert detail["venue"]["accessibility"] == ["wheelchair", "accessible_toilet"]
    assert detail["seats_free"] == 1
    assert "privat@example.org" not in json.dumps(detail)
    assert client.get("/api/v1/events?language=deutsch").status_code == 422
    assert client.get(f"/api/v1/events/lutherstadt-wittenberg/{gala.pk}").status_code == 404
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/events" in schema["paths"]


def test_api_without_municipality_searches_the_whole_installation(client, gala, kino, wittenberg, other_org):
    make_event(wittenberg, "Tanz in Wittenberg", organisation=other_org)
    make_event(wittenberg, "Tanz im Entwurf", organisation=other_org, status="pending")
    make_event(gala.municipality, "Tanz gestern", days=-1)
    every = client.get("/api/v1/events").json()
    assert every["count"] == 3 and {e["municipality"] for e in every["items"]} == {
        "dessau-rosslau",
        "lutherstadt-wittenberg",
    }
    found = client.get("/api/v1/events?q=Tanz&district=innenstadt").json()
    assert found["count"] == 0
    found = client.get("/api/v1/events?q=Tanz").json()
    assert sorted(e["title"] for e in found["items"]) == ["Inklusive Tanzgala", "Tanz in Wittenberg"]


def test_month_network_and_api_have_a_fixed_number_of_queries(client, dessau, org, gala, django_assert_max_num_queries):
    local = timezone.localtime(gala.start)
    urls = [
        reverse("events:month", args=["dessau-rosslau", local.year, local.month]),
        f"{CAL}netzwerk/",
        "/api/v1/events",
    ]
    counts = {}
    for url in urls:
        with django_assert_max_num_queries(12) as ctx:
            assert client.get(url).status_code == 200
        counts[url] = len(ctx.captured_queries)
    for i in range(10):
        other = make_org(dessau, f"Verein {i}")
        make_event(dessau, f"Begegnungscafé {i}", organisation=other, venue=gala.venue, days=7 + i / 10)
    for url in urls:
        with django_assert_max_num_queries(counts[url]):
            client.get(url)


def test_guest_registrations_are_rate_limited_per_address(client, gala):
    gala.capacity = None
    gala.save()
    url = f"{gala.get_absolute_url()}anmelden/"
    for i in range(10):
        assert client.post(url, {"name": "G", "email": f"g{i}@example.org"}).status_code == 302
    response = client.post(url, {"name": "G", "email": "g10@example.org"})
    assert "Zu viele Anmeldungen" in response.content.decode()
    assert gala.registrations.count() == 10


def test_month_shows_five_events_a_day_and_links_the_rest(client, dessau, org, gala):
    for i in range(6):
        make_event(dessau, f"Sprachcafé {i}", organisation=org, days=7, hours=1 + i / 10)
    local = timezone.localtime(gala.start)
    html = client.get(reverse("events:month", args=["dessau-rosslau", local.year, local.month])).content.decode()
    assert "2 weitere" in html and "7 Veranstaltungen in diesem Monat" in html
    assert f"?von={local.date()}&amp;bis={local.date()}" in html


def test_big_calendars_are_counted_a_few_pages_ahead(client, dessau, org, gala, monkeypatch):
    from engagiert.events.views import public

    monkeypatch.setattr(public, "PAGE_SIZE", 2)
    monkeypatch.setattr(public, "PAGES_AHEAD", 1)
    for i in range(6):
        make_event(dessau, f"Sprachcafé {i}", organisation=org, days=8 + i)
    first = client.get(CAL).content.decode()  # counts up to 2 pages: 4 of the 7
    assert "Mehr als 4 Veranstaltungen" in first
    assert "Seite 1<" in first and "Seite 1 von" not in first and 'rel="next"' in first
    third = client.get(f"{CAL}?page=3").content.decode()  # counts up to 8: all 7
    assert "7 Veranstaltungen" in third and "Seite 3 von 4" in third
    last = client.get(f"{CAL}?page=4")
    assert titles(last) == ["Sprachcafé 5"]
