"""Two grants at the same moment must not take a fund below zero. Run without row locks
(testing.disable_row_locks) the same race lets both through, which proves that the test can
catch a missing lock. Needs row locks, so PostgreSQL only."""

from __future__ import annotations

import threading
import time
from decimal import Decimal

import pytest
from django.db import connection, connections

from engagiert.funding import selectors, services
from engagiert.funding.models import Grant
from engagiert.testing import disable_row_locks

from .factories import recommended

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL (SQLite locks the file)"),
]


def _race(calls) -> list[Exception]:
    errors: list[Exception] = []
    start = threading.Barrier(len(calls))

    def run(call):
        try:
            start.wait()
            call()
        except services.FundingError as error:
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
    """Widen the window between the budget check and the write: the write waits."""
    create = Grant.objects.create

    def slow_create(*args, **kwargs):
        time.sleep(0.3)
        return create(*args, **kwargs)

    monkeypatch.setattr(Grant.objects, "create", slow_create)


@pytest.fixture(params=[True, False], ids=["with locks", "without locks"])
def lock(request, monkeypatch) -> bool:
    if not request.param:
        disable_row_locks(monkeypatch)
    return request.param


def test_last_budget_under_race(pfd, org, editor, slow, lock):
    pfd.fund.budget = Decimal("6000")
    pfd.fund.save()
    applications = [recommended(pfd, org, editor, title=f"Projekt {n}") for n in range(2)]
    errors = _race([lambda a=a: services.decide_grant(application=a, by=pfd.lead, approve=True) for a in applications])
    granted = Grant.objects.filter(fund=pfd.fund, approved=True).count()
    if lock:
        assert granted == 1 and len(errors) == 1
        assert selectors.figures(pfd.fund).available == Decimal("1500")
    else:
        assert granted == 2  # the race the lock prevents: the fund would be at -3000
        assert selectors.figures(pfd.fund).available == Decimal("-3000")
