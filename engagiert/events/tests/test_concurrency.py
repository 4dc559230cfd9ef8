"""No overbooking under parallel load: many people register for the last seats at once.

Each registration runs in its own thread and database connection. To make the race
window wide enough to be hit every time, counting the seats is slowed down (the same in
both runs). With the row lock, exactly the capacity is taken and everyone else is on the
waiting list; without it (testing.disable_row_locks) the same check must fail, proving the
test can catch the race."""

from __future__ import annotations

import threading
import time
from unittest import mock

import pytest
from django.db import connection

from engagiert.core.models import Municipality
from engagiert.events import services
from engagiert.events.models import Registration
from engagiert.testing import disable_row_locks, make_org

from .factories import make_event

CAPACITY = 10
ALREADY_TAKEN = 7
PARALLEL = 12

# The in-memory SQLite test database is shared between threads through SQLite's shared
# cache, whose table locks ignore the busy timeout ("database table is locked"): the test
# needs a real server. CI runs the suite on PostgreSQL too.
pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (parallel connections)"),
]


@pytest.fixture
def event(transactional_db):
    muni = Municipality.objects.create(name="Dessau-Roßlau", slug="dessau-rosslau", ags="15001000", state="ST")
    org = make_org(muni, "One Community Projekt")
    event = make_event(muni, organisation=org, registration_required=True, capacity=CAPACITY)
    for i in range(ALREADY_TAKEN):
        Registration.objects.create(
            event=event, name=f"Früh {i}", email=f"frueh{i}@example.org", status=Registration.Status.CONFIRMED
        )
    return event


def register_in_parallel(event) -> list[Exception]:
    barrier = threading.Barrier(PARALLEL)
    errors: list[Exception] = []
    real_count = services.seats_taken

    def slow_count(**kwargs):
        taken = real_count(**kwargs)
        time.sleep(0.05)
        return taken

    def worker(i: int) -> None:
        try:
            barrier.wait()
            services.register(event=event, name=f"Gast {i}", email=f"gast{i}@example.org")
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)
        finally:
            connection.close()

    with mock.patch.object(services.registrations, "seats_taken", slow_count):
        threads = [threading.Thread(target=worker, args=(i,)) for i in range(PARALLEL)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
    return errors


def assert_exactly_full(event) -> None:
    regs = Registration.objects.filter(event=event)
    assert regs.count() == ALREADY_TAKEN + PARALLEL, "a registration was lost"
    assert services.seats_taken(event=event) == CAPACITY, "overbooked or seats left empty"
    assert regs.filter(status=Registration.Status.WAITING).count() == PARALLEL - (CAPACITY - ALREADY_TAKEN)


def test_parallel_registrations_never_overbook(event):
    errors = register_in_parallel(event)
    assert errors == []
    assert_exactly_full(event)


def test_without_the_lock_the_same_check_fails(event, monkeypatch):
    disable_row_locks(monkeypatch)
    errors = register_in_parallel(event)
    assert errors == []
    with pytest.raises(AssertionError, match="overbooked"):
        assert_exactly_full(event)
