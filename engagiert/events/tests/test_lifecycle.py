"""Lifecycle states of events: taken place (with attendance), cancelled, fully booked; the
calendar's look back ("Rückblick"); the signed-in person's own registration on the event page."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from engagiert.events import selectors, services
from engagiert.events.models import Event, Registration
from engagiert.events.selectors import EventFilters
from engagiert.events.services import EventError
from engagiert.events.tokens import registration_token
from engagiert.testing import make_user

from .factories import make_event

CAL = "/dessau-rosslau/begegnungen/"
pytestmark = pytest.mark.django_db


@pytest.fixture
def past(dessau, org):
    """A gala that ended yesterday, registration with 120 seats."""
    event = make_event(
        dessau, "Tanzgala im Vorjahr", organisation=org, days=-1, registration_required=True, capacity=120
    )
    for n in range(6):
        Registration.objects.create(
            event=event, name=f"Gast {n}", email=f"gast{n}@example.org", status="confirmed", companions=n % 2
        )
    return event


def titles(response) -> list[str]:
    return [e.title for e in response.context["page"].object_list]


# --- A past event -------------------------------------------------------------------------------


def test_a_past_event_says_it_has_taken_place_without_free_seats_or_registration(client, past):
    html = client.get(past.get_absolute_url()).content.decode()
    assert "Diese Veranstaltung hat bereits stattgefunden." in html
    assert "Plätzen frei" not in html and "Zur Anmeldung" not in html and "anmelden/" not in html


def test_a_past_event_shows_its_attendance_head_count_first_else_check_ins(client, past):
    assert "Teilnehmende" not in client.get(past.get_absolute_url()).content.decode()  # nothing recorded
    for registration in past.registrations.all()[:4]:  # 4 people, 2 of them with a companion
        Registration.objects.filter(pk=registration.pk).update(checked_in_at=timezone.now())
    assert selectors.attendance(event=past) == 6
    assert "<dt>Teilnehmende</dt><dd>6</dd>" in client.get(past.get_absolute_url()).content.decode()
    services.record_head_count(event=past, head_count=128)
    assert "<dt>Teilnehmende</dt><dd>128</dd>" in client.get(past.get_absolute_url()).content.decode()


def test_a_running_event_shows_no_attendance_yet(client, dessau):
    running = make_event(dessau, "Läuft gerade", days=-0.05, hours=3, head_count=40)
    html = client.get(running.get_absolute_url()).content.decode()
    assert "hat bereits stattgefunden" not in html and "Teilnehmende" not in html


def test_the_registration_form_of_a_past_event_is_not_shown_and_a_post_is_refused(client, past, outsider):
    url = f"{past.get_absolute_url()}anmelden/"
    html = client.get(url).content.decode()
    assert "Diese Veranstaltung hat bereits stattgefunden." in html and "Verbindlich anmelden" not in html
    before = past.registrations.count()
    response = client.post(url, {"name": "Erika", "email": "erika@example.org"})
    assert response.status_code == 200 and past.registrations.count() == before
    client.force_login(outsider)
    client.post(url, {})
    assert past.registrations.count() == before


def test_the_registration_service_refuses_an_event_that_has_ended(past):
    with pytest.raises(EventError, match="hat bereits stattgefunden"):
        services.register(event=past, name="Erika", email="erika@example.org")
    # Even with a registration window that was never closed by hand.
    Event.objects.filter(pk=past.pk).update(registration_closes=None)
    past.refresh_from_db()
    with pytest.raises(EventError):
        services.register(event=past, name="Erika", email="erika@example.org", now=past.end + dt.timedelta(minutes=1))


# --- Cancelled and full, in lists and on the page -----------------------------------------------


def test_cancelled_and_full_events_say_so_in_the_calendar_network_month_and_page(client, dessau, org):
    full = make_event(dessau, "Ausgebuchte Lesung", organisation=org, registration_required=True, capacity=1)
    services.register(event=full, name="A", email="a@example.org", user=make_user("a@example.org"))
    make_event(dessau, "Abgesagtes Konzert", organisation=org, status=Event.Status.CANCELLED, days=8)
    make_event(dessau, "Offenes Café", organisation=org, days=9)
    for url in (CAL, f"{CAL}netzwerk/"):
        html = client.get(url).content.decode()
        assert 'status status-warning"><span class="kern-label kern-label--small">Ausgebucht</span>' in html
        assert 'status status-error"><span class="kern-label kern-label--small">Abgesagt</span>' in html
        assert html.count('<span class="kern-badge') == 2  # the open café has none
    day = timezone.localtime(full.start)
    month = client.get(f"{CAL}monat/{day.year}/{day.month}/").content.decode()
    assert "Ausgebucht</span>" in month
    page = client.get(full.get_absolute_url()).content.decode()
    assert "Diese Veranstaltung ist ausgebucht. Sie können sich auf die Warteliste setzen." in page
    assert "Auf die Warteliste" in page


def test_seats_taken_in_a_list_count_companions_and_unexpired_guests(dessau):
    event = make_event(dessau, "Lesung", registration_required=True, capacity=4)
    services.register(event=event, name="Gast", email="g@example.org")  # pending, holds a seat
    Registration.objects.create(event=event, name="B", email="b@example.org", status="confirmed", companions=2)
    Registration.objects.create(event=event, name="C", email="c@example.org", status="cancelled")
    other = make_event(dessau, "Ohne Grenze", registration_required=True)
    Registration.objects.create(event=other, name="D", email="d@example.org", status="confirmed")
    listed, unlimited = selectors.with_seats_taken([Event.objects.get(pk=event.pk), other])
    assert listed.seats_taken == 4 and listed.is_full
    assert not unlimited.is_full
    assert selectors.seat_counts(event=event)["taken"] == 4


# --- The look back ------------------------------------------------------------------------------


def test_the_calendar_shows_upcoming_events_and_the_look_back_past_ones_newest_first(client, dessau, org):
    make_event(dessau, "Morgen", days=1)
    make_event(dessau, "Vor einer Woche", days=-7)
    make_event(dessau, "Gestern", days=-1, format="film")
    make_event(dessau, "Abgesagt gestern", days=-1.5, status=Event.Status.CANCELLED)
    assert titles(client.get(CAL)) == ["Morgen"]
    response = client.get(f"{CAL}?zeitraum=rueckblick")
    assert titles(response) == ["Gestern", "Abgesagt gestern", "Vor einer Woche"]
    html = response.content.decode()
    assert "<title>Begegnungen – Rückblick" in html
    assert "Hat stattgefunden" not in html  # every event of the look back has
    week_ago = timezone.localdate() - dt.timedelta(days=8)
    dated = client.get(f"{CAL}?von={week_ago}").content.decode()  # upcoming list reaching back
    past = '<span class="kern-badge status"><span class="kern-label kern-label--small">Hat stattgefunden<'
    assert dated.count(past) == 2
    assert 'href="?zeitraum=rueckblick" aria-current="page">Rückblick</a>' in html
    assert titles(client.get(f"{CAL}?zeitraum=rueckblick&format=film")) == ["Gestern"]
    assert titles(client.get(f"{CAL}?zeitraum=rueckblick&q=Woche")) == ["Vor einer Woche"]
    # The tabs keep the filters, and the filter form keeps the period.
    filtered = client.get(f"{CAL}?format=film&zeitraum=rueckblick").content.decode()
    assert 'href="?format=film"' in filtered and 'name="zeitraum" value="rueckblick"' in filtered


def test_the_look_back_pages_and_an_unknown_period_is_the_upcoming_list(client, dessau):
    for n in range(25):
        make_event(dessau, f"Treffen {n:02d}", days=-1 - n)
    first = client.get(f"{CAL}?zeitraum=rueckblick")
    assert titles(first)[:2] == ["Treffen 00", "Treffen 01"] and len(titles(first)) == 20
    second = client.get(f"{CAL}?zeitraum=rueckblick&page=2")
    assert titles(second) == [f"Treffen {n:02d}" for n in range(20, 25)]
    assert "zeitraum=rueckblick&amp;page=1" in second.content.decode()
    assert titles(client.get(f"{CAL}?zeitraum=gestern")) == []


def test_the_look_back_within_a_date_range(dessau):
    now = timezone.now()
    make_event(dessau, "Vor zehn Tagen", days=-10)
    make_event(dessau, "Vor drei Tagen", days=-3)
    make_event(dessau, "In drei Tagen", days=3)
    since = timezone.localdate(now - dt.timedelta(days=5))
    found = selectors.search_events(municipalities=[dessau], filters=EventFilters(date_from=since, past=True), now=now)
    assert [e.title for e in found] == ["Vor drei Tagen"]


def test_the_look_back_has_a_fixed_number_of_queries(client, dessau, org, django_assert_max_num_queries):
    make_event(dessau, "Gestern", organisation=org, days=-1, registration_required=True, capacity=3)
    with django_assert_max_num_queries(12) as few:
        client.get(f"{CAL}?zeitraum=rueckblick")
    for i in range(15):
        make_event(dessau, f"Mitmachlokal {i}", organisation=org, days=-2 - i, registration_required=True, capacity=3)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(titles(client.get(f"{CAL}?zeitraum=rueckblick"))) == 16


# --- The person's own registration --------------------------------------------------------------


@pytest.fixture
def lesung(dessau, org):
    return make_event(dessau, "Lesung", organisation=org, registration_required=True, capacity=1)


def test_after_registering_the_page_shows_the_registration_and_the_ticket(client, lesung, outsider):
    client.force_login(outsider)
    assert "Zur Anmeldung" in client.get(lesung.get_absolute_url()).content.decode()
    done = client.post(f"{lesung.get_absolute_url()}anmelden/", {}, follow=True).content.decode()
    assert "Ihre Anmeldung ist bestätigt." in done  # not "Sie sind angemeldet": that reads as signed in
    registration = lesung.registrations.get(user=outsider)
    html = client.get(lesung.get_absolute_url()).content.decode()
    assert "Sie sind für diese Veranstaltung angemeldet." in html
    assert f'href="{CAL}anmeldung/{registration_token(registration.pk)}/">Zu Ihrem Ticket</a>' in html
    assert "Zur Anmeldung" not in html and "Auf die Warteliste" not in html
    # The registration page is where the person lands when they follow the button again.
    again = client.get(f"{lesung.get_absolute_url()}anmelden/")
    assert again.status_code == 302 and again["Location"].endswith(f"anmeldung/{registration_token(registration.pk)}/")


def test_on_the_waiting_list_the_page_says_so(client, lesung, outsider):
    services.register(event=lesung, name="Erste", email="erste@example.org", user=make_user("erste@example.org"))
    client.force_login(outsider)
    client.post(f"{lesung.get_absolute_url()}anmelden/", {})
    assert lesung.registrations.get(user=outsider).status == "waiting"
    html = client.get(lesung.get_absolute_url()).content.decode()
    assert "Sie stehen auf der Warteliste." in html and "Zu Ihrer Anmeldung" in html
    assert "ist ausgebucht" not in html and "Auf die Warteliste" not in html


def test_a_guest_registration_with_the_address_shows_no_link_before_it_is_confirmed(client, lesung, outsider):
    guest = services.register(event=lesung, name="Gast", email=outsider.email.upper())
    client.force_login(outsider)
    html = client.get(lesung.get_absolute_url()).content.decode()
    assert "Bitte folgen Sie dem Link in der E-Mail." in html
    assert registration_token(guest.pk) not in html


def test_someone_else_and_a_cancelled_registration_show_the_button(client, lesung, outsider, editor):
    registration = services.register(event=lesung, name="E", email=editor.email, user=editor)
    client.force_login(outsider)
    assert "Sie sind für diese" not in client.get(lesung.get_absolute_url()).content.decode()
    services.cancel_registration(registration=registration)
    client.force_login(editor)
    html = client.get(lesung.get_absolute_url()).content.decode()
    assert "Sie sind für diese" not in html and "Zur Anmeldung" in html


def test_my_registration_is_one_query_and_none_for_anonymous(lesung, outsider, django_assert_num_queries):
    from django.contrib.auth.models import AnonymousUser

    services.register(event=lesung, name="O", email=outsider.email, user=outsider)
    with django_assert_num_queries(0):
        assert selectors.my_registration(event=lesung, user=AnonymousUser()) is None
    with django_assert_num_queries(1):
        assert selectors.my_registration(event=lesung, user=outsider).status == "confirmed"


def test_the_event_page_has_a_fixed_number_of_queries_for_a_signed_in_person(
    client, lesung, outsider, django_assert_max_num_queries
):
    client.force_login(outsider)
    with django_assert_max_num_queries(14) as before:
        client.get(lesung.get_absolute_url())
    services.register(event=lesung, name="O", email=outsider.email, user=outsider)
    with django_assert_max_num_queries(len(before.captured_queries)):
        client.get(lesung.get_absolute_url())
