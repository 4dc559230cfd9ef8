"""Two requests at once must not both pass a check: overlapping shifts, a full shift, more
than 24 hours a day. Run without row locks (testing.disable_row_locks) the same race lets both
through, which proves that the test can catch a missing lock. Needs row locks, so PostgreSQL only."""

from __future__ import annotations

import threading
import time
from decimal import Decimal

import pytest
from django.db import connection, connections
from django.utils import timezone

from engagiert.testing import disable_row_locks, make_user
from engagiert.volunteering import services
from engagiert.volunteering.models import HourEntry, ShiftSignup

from .factories import accept, make_opportunity, make_profile, make_shift

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL (SQLite locks the file)"),
]


def _race(calls) -> list[Exception]:
    """Run the calls in parallel threads; return the errors they raised."""
    errors: list[Exception] = []
    start = threading.Barrier(len(calls))

    def run(call):
        try:
            start.wait()
            call()
        except services.VolunteeringError as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(c,)) for c in calls]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


@pytest.fixture
def slow(monkeypatch):
    """Widen the window between the checks and the write: the write waits."""
    for model in (ShiftSignup, HourEntry):
        create = model.objects.create

        def slow_create(*args, _create=create, **kwargs):
            time.sleep(0.3)
            return _create(*args, **kwargs)

        monkeypatch.setattr(model.objects, "create", slow_create)


@pytest.fixture(params=[True, False], ids=["with locks", "without locks"])
def lock(request, monkeypatch) -> bool:
    """Each race twice: with the row locks it is prevented, without them it must happen."""
    if not request.param:
        disable_row_locks(monkeypatch)
    return request.param


def test_overlapping_shifts_under_race(dessau, org, slow, lock):
    person = make_user("lotte@example.org")
    make_profile(person, dessau)
    a = make_shift(make_opportunity(org, "Sprachcafé"), hour=10)
    b = make_shift(make_opportunity(org, "Tanzprojekt"), hour=11)
    errors = _race([lambda s=s: services.sign_up_for_shift(user=person, shift=s) for s in (a, b)])
    if lock:
        assert ShiftSignup.objects.filter(volunteer=person).count() == 1 and len(errors) == 1
    else:
        assert ShiftSignup.objects.filter(volunteer=person).count() == 2  # the race the lock prevents


def test_last_slot_under_race(dessau, org, slow, lock):
    shift = make_shift(make_opportunity(org, "Sprachcafé"), slots=1)
    people = [make_user(f"p{n}@example.org") for n in range(2)]
    _race([lambda p=p: services.sign_up_for_shift(user=p, shift=shift) for p in people])
    assert ShiftSignup.objects.filter(shift=shift).count() == (1 if lock else 2)


def test_hours_per_day_under_race(dessau, org, slow, lock):
    person = make_user("lotte@example.org")
    opp = make_opportunity(org, "Begleitung im Seniorenheim")
    accept(person, opp, days_ago=5)
    today = timezone.localdate()
    _race(
        [
            lambda: services.log_hours(volunteer=person, opportunity=opp, date=today, hours=Decimal("14"))
            for _ in range(2)
        ]
    )
    assert HourEntry.objects.filter(volunteer=person).count() == (1 if lock else 2)
