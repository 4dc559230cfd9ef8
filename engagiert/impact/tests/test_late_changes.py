"""Late corrections: a service that changes what counts on a day long rolled up reports it
(core.figures.changed), and the next nightly run, which recomputes only the last 35 days by
itself, recomputes that day too. Each test checks the dashboard before and after, and the
control test shows that without the report the nightly run would miss the change."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.db import transaction
from django.utils import timezone

from engagiert.core import figures
from engagiert.directory.models import Organisation
from engagiert.directory.services import decide_registration
from engagiert.events.models import Registration
from engagiert.events.services import check_in, record_head_count
from engagiert.impact import rollup, selectors
from engagiert.impact.models import DirtyDay
from engagiert.impact.periods import quarter, year
from engagiert.impact.tests.test_impact import TODAY, event_on, hours_entry, value
from engagiert.testing import make_org
from engagiert.volunteering.models import HourEntry
from engagiert.volunteering.services.hours import decide_hours

MONTHS_AGO = datetime.date(2026, 2, 10)  # far outside the nightly window of TODAY (15 June 2026)


@pytest.fixture
def today(monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *a, **k: TODAY)
    return TODAY


def figure(town, key, period=None):
    found = value(selectors.town_dashboard(town, period or quarter(2026, 1), public=False), key)
    return found.current if found else None


def test_a_check_in_recorded_months_after_the_event_is_counted(dessau, today):
    event = event_on(dessau, MONTHS_AGO)
    guests = [
        Registration.objects.create(event=event, name=f"Gast {i}", email=f"g{i}@example.org", status="confirmed")
        for i in range(6)
    ]
    check_in(event=event, registration=guests[0])
    rollup.run(since=datetime.date(2026, 1, 1))
    assert figure(dessau, "events.checkins") == 1

    for guest in guests[1:]:  # the list from the door, typed in months later
        check_in(event=event, registration=guest)
    assert set(DirtyDay.objects.values_list("municipality_id", "day")) == {(dessau.pk, MONTHS_AGO)}
    rollup.run()
    assert figure(dessau, "events.checkins") == 6
    assert not DirtyDay.objects.exists()


def test_a_head_count_corrected_months_later_is_counted(dessau, today):
    event = event_on(dessau, MONTHS_AGO)
    record_head_count(event=event, head_count=120)
    rollup.run(since=datetime.date(2026, 1, 1))
    assert figure(dessau, "events.head_count") == 120

    record_head_count(event=event, head_count=300)
    rollup.run()
    assert figure(dessau, "events.head_count") == 300


def test_hours_confirmed_months_after_the_day_are_counted(dessau, today, coordinator):
    entry = hours_entry(dessau, MONTHS_AGO, "4", status=HourEntry.Status.LOGGED)
    rollup.run(since=datetime.date(2026, 1, 1))
    assert figure(dessau, "volunteering.hours") is None

    decide_hours(entry=entry, confirm=True, by=coordinator)
    rollup.run()
    assert figure(dessau, "volunteering.hours") == Decimal(4)


def test_declined_hours_mark_nothing(dessau, today, coordinator):
    entry = hours_entry(dessau, MONTHS_AGO, "4", status=HourEntry.Status.LOGGED)
    decide_hours(entry=entry, confirm=False, by=coordinator)
    assert not DirtyDay.objects.exists()


def test_an_organisation_approved_weeks_after_it_was_entered_counts_from_that_day(dessau, today, coordinator):
    """Partner organisations count from the day they were entered: approving one that waited
    since February changes every day since."""
    pending = make_org(dessau, "Tafel Roßlau", status=Organisation.Status.PENDING)
    Organisation.objects.filter(pk=pending.pk).update(
        created_at=timezone.make_aware(datetime.datetime.combine(MONTHS_AGO, datetime.time(10)))
    )
    rollup.run(since=datetime.date(2026, 1, 1))
    assert figure(dessau, "directory.organisations") is None

    decide_registration(organisation=pending, approve=True, by=coordinator)
    rollup.run()
    assert figure(dessau, "directory.organisations") == 1
    assert figure(dessau, "directory.organisations", year(2026)) == 1


def test_a_revoked_card_stops_counting_after_the_next_run(dessau, coordinator):
    """Revoked today, counted until yesterday: the day of revocation is recomputed (real dates)."""
    from engagiert.card.services import revoke
    from engagiert.card.tests.factories import issued_card
    from engagiert.testing import make_user

    card = issued_card(make_user("karte@example.org"), dessau, coordinator)
    rollup.run(since=card.valid_from - datetime.timedelta(days=3), today=card.valid_from)
    this_year = year(card.valid_from.year)
    assert figure(dessau, "card.active", this_year) == 1

    revoke(card=card, by=coordinator, reason="Umzug in eine andere Stadt")
    assert DirtyDay.objects.filter(municipality=dessau).exists()
    rollup.run(today=timezone.localtime(card.revoked_at).date())
    assert figure(dessau, "card.active", this_year) is None


def test_without_the_report_the_nightly_run_misses_the_late_check_in(dessau, today):
    """The control: the same late check-in with its report discarded stays uncounted."""
    event = event_on(dessau, MONTHS_AGO)
    guest = Registration.objects.create(event=event, name="Gast", email="g@example.org", status="confirmed")
    rollup.run(since=datetime.date(2026, 1, 1))
    check_in(event=event, registration=guest)
    DirtyDay.objects.all().delete()
    rollup.run()
    assert figure(dessau, "events.checkins") is None


def test_a_change_rolled_back_reports_nothing(dessau, today):
    with pytest.raises(RuntimeError), transaction.atomic():
        figures.changed(municipality_id=dessau.pk, days=[MONTHS_AGO])
        raise RuntimeError("the service failed after reporting")
    assert not DirtyDay.objects.exists()
    figures.changed(municipality_id=dessau.pk, days=[MONTHS_AGO, None, MONTHS_AGO])
    assert list(DirtyDay.objects.values_list("day", flat=True)) == [MONTHS_AGO]


def test_the_kept_dashboard_shows_the_correction_after_the_next_run(client, dessau, coordinator, today):
    """The rendered figures are kept until the roll-up runs again or a figure is entered by hand."""
    event = event_on(dessau, MONTHS_AGO)
    record_head_count(event=event, head_count=120)
    rollup.run(since=datetime.date(2026, 1, 1))
    client.force_login(coordinator)
    url = "/dessau-rosslau/wirkung/koordination/?zeitraum=quartal&jahr=2026&quartal=1"
    assert ">120<" in client.get(url).content.decode()

    record_head_count(event=event, head_count=345)
    assert ">345<" not in client.get(url).content.decode()  # not before the roll-up
    rollup.run()
    page = client.get(url).content.decode()
    assert ">345<" in page and ">120<" not in page

    client.post(
        "/dessau-rosslau/wirkung/koordination/von-hand/",
        {
            "section": "events",
            "title": "Stadtfest",
            "label": "Gäste",
            "value": "300",
            "date": "2026-02-20",
            "source": "Zählung am Einlass",
            "public": "on",
        },
    )
    assert "Stadtfest" in client.get(url).content.decode()  # entered by hand: at once
