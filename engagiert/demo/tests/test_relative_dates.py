"""The demo lives in the present: loaded on two days 200 days apart, it has the same shape
relative to each day, and loading on the later day moves the demo along instead of adding to it."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db.models import Max, Min, Q

from engagiert.card.models import Card, CardApplication
from engagiert.demo.clock import at
from engagiert.directory.models import Organisation
from engagiert.events.models import Event, Registration
from engagiert.events.services import seats_taken
from engagiert.selfcheck.models import Round
from engagiert.volunteering.models import HourEntry, Opportunity
from engagiert.volunteering.selectors import closed_condition

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
    assert_every_state_is_shown(now)
    assert_pictures()


def assert_every_state_is_shown(now: dt.datetime) -> None:
    """Each lifecycle state appears at least once, so every badge and notice can be seen."""
    full = Event.objects.get(title_de="Workshop: Tanzen im Sitzen")
    assert full.start > now and seats_taken(event=full) >= full.capacity
    assert full.registrations.filter(status=Registration.Status.WAITING).exists()
    assert Event.objects.filter(status=Event.Status.CANCELLED, start__lt=now).exists()  # a past date of the series
    assert Opportunity.objects.filter(status=Opportunity.Status.PUBLISHED).filter(closed_condition(now=now)).exists()
    assert Opportunity.objects.filter(status=Opportunity.Status.FILLED).exists()
    assert {c.status for c in Card.objects.all()} == {Card.Status.ACTIVE, Card.Status.REVOKED}
    assert {a.status for a in CardApplication.objects.all()} >= {
        CardApplication.Status.SUBMITTED,
        CardApplication.Status.APPROVED,
        CardApplication.Status.REJECTED,
    }
    assert set(Round.objects.values_list("status", flat=True)) == set(Round.Status.values)


def assert_pictures() -> None:
    """Events and organisations have pictures with honest alt texts and their size stored."""
    pictured = Event.objects.exclude(image="")
    assert pictured.count() >= 100
    assert not pictured.filter(image_alt="").exists() and not pictured.filter(image_width__isnull=True).exists()
    assert all(alt.startswith("Illustration: ") for alt in pictured.values_list("image_alt", flat=True))
    logos = Organisation.objects.exclude(logo="")
    assert Organisation.objects.count() > logos.count() >= Organisation.objects.count() // 2
    assert not logos.filter(logo_width__isnull=True).exists()
    for name in {*pictured.values_list("image", flat=True)[:5], *logos.values_list("logo", flat=True)[:5]}:
        assert default_storage.exists(name) and default_storage.size(name) <= 40 * 1024, name


def test_demo_dates_follow_the_day_it_is_loaded():
    first, later = dt.date(2026, 1, 15), dt.date(2026, 1, 15) + dt.timedelta(days=200)
    call_command("load_demo", today=first.isoformat(), stdout=io.StringIO())
    assert_demo_lives_on(first)
    counts = (Event.objects.count(), Opportunity.objects.count(), Round.objects.count())

    call_command("load_demo", today=later.isoformat(), stdout=io.StringIO())
    assert_demo_lives_on(later)
    assert (Event.objects.count(), Opportunity.objects.count(), Round.objects.count()) == counts
    assert not Event.objects.filter(Q(start__lt=at(later - dt.timedelta(days=400), 0))).exists()
