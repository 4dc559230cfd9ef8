"""A Mach mit! offer tied to a date closes itself: after its last day (ends_on) or its last
shift it is not listed, takes no interest or shift sign-up, and its page says so."""

from __future__ import annotations

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from engagiert.testing import make_user
from engagiert.volunteering import matching, selectors, services
from engagiert.volunteering.models import Interest, Opportunity, Shift

from .factories import make_opportunity, make_profile, make_shift

pytestmark = pytest.mark.django_db
BASE = "/dessau-rosslau/mach-mit"


def today() -> datetime.date:
    return timezone.localdate()


@pytest.fixture
def volunteer(dessau):
    return make_user("freiwillig@example.org")


@pytest.fixture
def gala_helpers(org):
    """Helpers for a gala whose one shift was last week."""
    opp = make_opportunity(org, "Tanzprojekt-Helfer*in", kind=Opportunity.Kind.PROJECT, topics=("Kultur",))
    make_shift(opp, in_days=-7)
    return opp


def test_closed_condition_last_day_and_shifts(org):
    ongoing = make_opportunity(org, "Lesepatenschaft")
    today_is_last = make_opportunity(org, "Vorlesetag heute", kind=Opportunity.Kind.ONE_OFF, ends_on=today())
    over = make_opportunity(
        org, "Vorlesetag gestern", kind=Opportunity.Kind.ONE_OFF, ends_on=today() - datetime.timedelta(days=1)
    )
    all_past = make_opportunity(org, "Nur alte Schichten")
    make_shift(all_past, in_days=-3)
    make_shift(all_past, in_days=-1)
    one_ahead = make_opportunity(org, "Eine Schicht kommt noch")
    make_shift(one_ahead, in_days=-3)
    make_shift(one_ahead, in_days=2)
    running = make_opportunity(org, "Schicht läuft")
    start = timezone.now() - datetime.timedelta(hours=1)
    Shift.objects.create(opportunity=running, starts_at=start, ends_at=start + datetime.timedelta(hours=3))
    closed = set(Opportunity.objects.filter(selectors.closed_condition()))
    assert closed == {over, all_past}
    assert selectors.is_closed(opportunity=over) and not selectors.is_closed(opportunity=today_is_last)
    # At any moment, no job needed: the same offer is open the day before.
    assert not selectors.is_closed(opportunity=over, now=timezone.now() - datetime.timedelta(days=2))
    assert set(selectors.open_opportunities(municipality=org.municipality)) == {
        ongoing,
        today_is_last,
        one_ahead,
        running,
    }


def test_a_closed_offer_is_not_listed_in_search_api_or_suggestions(client, dessau, org, gala_helpers, volunteer):
    open_one = make_opportunity(org, "Tanzcafé-Helfer*in", topics=("Kultur",))
    page = client.get(f"{BASE}/", {"q": "Tanz"}).content.decode()
    assert "Tanzcafé-Helfer*in" in page and "Tanzprojekt" not in page
    assert "Tanzprojekt" not in client.get(f"{BASE}/").content.decode()
    api = client.get("/api/v1/opportunities", {"municipality": "dessau-rosslau"}).json()
    assert [item["id"] for item in api["items"]] == [open_one.pk]
    profile = make_profile(volunteer, dessau, topics=("Kultur",))
    assert [s.item for s in matching.suggestions_for(profile)] == [open_one]


def test_the_page_of_a_closed_offer_says_so_without_button_or_shifts(client, gala_helpers, volunteer):
    html = client.get(gala_helpers.get_absolute_url()).content.decode()
    assert "Dieses Angebot ist abgeschlossen." in html
    assert "Melden Sie sich an, um mitzumachen." not in html
    client.force_login(volunteer)
    html = client.get(gala_helpers.get_absolute_url()).content.decode()
    assert "Dieses Angebot ist abgeschlossen." in html and "Ich möchte mitmachen" not in html
    assert "Freie Schichten" not in html


def test_the_page_of_an_open_offer_still_recruits(client, org, volunteer):
    opp = make_opportunity(org, "Vorlesetag", kind=Opportunity.Kind.ONE_OFF, ends_on=today())
    client.force_login(volunteer)
    html = client.get(opp.get_absolute_url()).content.decode()
    assert "Ich möchte mitmachen" in html and "abgeschlossen" not in html


def test_the_interest_service_and_page_refuse_a_closed_offer(client, gala_helpers, volunteer):
    with pytest.raises(services.VolunteeringError, match="Dieses Angebot ist abgeschlossen."):
        services.express_interest(user=volunteer, opportunity=gala_helpers, message="Ich helfe gern")
    client.force_login(volunteer)
    url = f"{BASE}/angebote/{gala_helpers.pk}/interesse/"
    response = client.post(url, {"message": "Ich helfe gern"})
    assert response.status_code == 302 and response["Location"] == gala_helpers.get_absolute_url()
    assert not Interest.objects.exists() and not mail.outbox


def test_a_shift_of_an_offer_past_its_last_day_takes_no_sign_up(org, volunteer):
    opp = make_opportunity(org, "Aufbau", ends_on=today() - datetime.timedelta(days=1))
    shift = make_shift(opp, in_days=2)
    with pytest.raises(services.VolunteeringError, match="abgeschlossen"):
        services.sign_up_for_shift(user=volunteer, shift=shift)


def test_organisations_see_the_closed_state_and_are_not_asked_about_staleness(client, org, editor, gala_helpers):
    client.force_login(editor)
    html = client.get(f"{BASE}/organisation/{org.slug}/").content.decode()
    assert '<span class="kern-badge status"><span class="kern-label kern-label--small">Abgeschlossen<' in html
    old = timezone.now() - datetime.timedelta(days=100)
    Opportunity.objects.filter(pk=gala_helpers.pk).update(confirmed_current_at=old)
    assert services.flag_stale_opportunities() == 0
    Shift.objects.filter(opportunity=gala_helpers).delete()  # no date any more: an ongoing offer
    assert services.flag_stale_opportunities() == 1


def test_the_last_day_is_entered_in_the_form(client, org, editor):
    client.force_login(editor)
    opp = make_opportunity(org, "Vorlesetag")
    form = client.get(f"{BASE}/angebote/{opp.pk}/bearbeiten/").content.decode()
    assert 'name="ends_on"' in form and 'type="date"' in form
