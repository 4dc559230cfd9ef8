"""The demo lives in the present: loaded on two days 200 days apart, it has the same shape
relative to each day, and loading on the later day moves the demo along instead of adding to it."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.db.models import Max, Min, Q

from engagiert.card.models import Card
from engagiert.demo.clock import at
from engagiert.events.models import Event, Registration
from engagiert.selfcheck.models import Round
from engagiert.volunteering.models import HourEntry, Opportunity

pytestmark = pytest.mark.django_db
TOWNS = {"dessau-rosslau": 20, "bitterfeld-wolfen": 5, "graefenhainichen": 5, "lutherstadt-wittenberg": 5}


def assert_demo_lives_on(today: dt.date) -> None:
    now, soon = at(today, 0), at(today + dt.timedelta(days=90), 23)
    upcoming = Event.objects.filter(status=Event.Status.PUBLISHED, start__gte=now, start__lte=soon)
    for town, minimum in TOWNS.items():
        assert upcoming.filter(municipality__slug=town).count() >= minimum, town
    open_offers = Opportunity.objects.filter(status=Opportunity.Status.PUBLISHED, shifts__starts_at__gt=now).distinct()
    assert open_offers.count() >= 30
    assert len(set(open_offers.values_list("municipality__slug", flat=True))) == 4

    past = Event.objects.filter(end__lt=now, status=Event.Status.PUBLISHED)
    assert past.filter(head_count__isnull=False).count() >= 20
    assert past.filter(registrations__checked_in_at__isnull=False).distinct().count() >= 10
    assert Event.objects.filter(status=Event.Status.PENDING, start__gt=now).exists()
    assert Event.objects.filter(status=Event.Status.CANCELLED, start__gt=now).exists()
    assert Registration.objects.filter(status=Registration.Status.WAITING, event__start__gt=now).exists()

    span = Event.objects.aggregate(first=Min("start"), last=Max("start"))
    assert span["first"] >= at(today - dt.timedelta(days=400), 0)
    assert span["last"] <= at(today + dt.timedelta(days=400), 0)
    assert not HourEntry.objects.filter(date__gte=today).exists()
    assert (
        HourEntry.objects.filter(status=HourEntry.Status.CONFIRMED, date__gte=today - dt.timedelta(days=365)).count()
        >= 100
    )

    card = Card.objects.get(holder__email="freiwillige@dessau-rosslau.example")
    assert card.valid_from < today < card.valid_until <= today + dt.timedelta(days=60)  # expires soon
    published = Round.objects.get(status=Round.Status.PUBLISHED)
    assert published.published_at.year == today.year - 1
    assert Round.objects.get(status=Round.Status.OPEN).title == f"Selbstcheck {today.year}"


def test_demo_dates_follow_the_day_it_is_loaded():
    first, later = dt.date(2026, 1, 15), dt.date(2026, 1, 15) + dt.timedelta(days=200)
    call_command("load_demo", today=first.isoformat(), stdout=io.StringIO())
    assert_demo_lives_on(first)
    counts = (Event.objects.count(), Opportunity.objects.count(), Round.objects.count())

    call_command("load_demo", today=later.isoformat(), stdout=io.StringIO())
    assert_demo_lives_on(later)
    assert (Event.objects.count(), Opportunity.objects.count(), Round.objects.count()) == counts
    assert not Event.objects.filter(Q(start__lt=at(later - dt.timedelta(days=400), 0))).exists()


def test_load_demo_prints_the_site_url_and_rejects_a_bad_day(settings):
    settings.SITE_URL = "https://engagiert.example.org"
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert "https://engagiert.example.org/dessau-rosslau/" in out.getvalue()
    with pytest.raises(Exception, match="--today"):
        call_command("load_demo", today="15.01.2026", stdout=io.StringIO())
