"""Several workers send the same issue at once (a worker restarted by hand, the resume command
while the first worker still runs): everyone still gets exactly one copy.

Each worker runs in its own thread and database connection. The test can catch the race: with
a claim that reads the queued rows and then takes them unguarded (no row lock, no "still
queued" condition), the same slow window makes the workers send copies."""

from __future__ import annotations

import itertools
import secrets
import threading
import time
from collections import Counter

import pytest
from django.core import mail
from django.db import connection, connections

from engagiert.core.models import Municipality, User
from engagiert.newsletter import services
from engagiert.newsletter.models import Delivery
from engagiert.newsletter.services import sending
from engagiert.newsletter.tests.factories import make_newsletter, make_subscriber

WORKERS = 3
pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (parallel connections)"),
]


@pytest.fixture
def issue(transactional_db, settings):
    settings.NEWSLETTER_BATCH_SIZE = 5
    town = Municipality.objects.create(name="Dessau-Roßlau", slug="dessau-rosslau", ags="15001000", state="ST")
    editor = User.objects.create_user(username="r", email="redaktion@dessau-rosslau.example")
    newsletter = make_newsletter(town)
    for i in range(30):
        make_subscriber(newsletter, f"person{i}@example.org")
    draft = services.save_issue(newsletter=newsletter, by=editor, subject="Ausgabe")
    started = services.start_sending(issue=draft, by=editor)
    sending.prepare_deliveries(started)
    return started


calls = itertools.count()


def unguarded_claim(issue, *, size, now=None):
    """Read the queued rows, then take them whatever happened meanwhile (the bug to catch)."""
    ids = list(
        Delivery.objects.filter(issue_id=issue.pk, status="queued").order_by("pk").values_list("pk", flat=True)[:size]
    )
    time.sleep(0.05 + 0.2 * (next(calls) % WORKERS))  # the window between reading and taking
    claim = secrets.token_hex(8)
    Delivery.objects.filter(pk__in=ids).update(status="claimed", claim=claim)
    return list(Delivery.objects.filter(claim=claim).select_related("subscriber__town"))


def run_in_parallel(issue) -> list[BaseException]:
    barrier = threading.Barrier(WORKERS)
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            barrier.wait()
            sending.run(issue.pk)
        except BaseException as error:  # noqa: BLE001 - reported by the test
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def copies() -> Counter:
    return Counter(address for message in mail.outbox for address in message.to)


def test_parallel_workers_send_each_address_once(issue):
    assert run_in_parallel(issue) == []
    assert copies() == Counter({f"person{i}@example.org": 1 for i in range(30)})
    assert Counter(Delivery.objects.values_list("status", flat=True)) == {"sent": 30}


def test_the_check_catches_a_claim_without_guard(issue, monkeypatch):
    monkeypatch.setattr(sending, "claim_batch", unguarded_claim)
    run_in_parallel(issue)
    assert max(copies().values()) > 1  # the race happens: the same rows sent by several workers
