"""Read replicas against a real streaming replica (tools/pgcluster.py, `make test-replica`)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connections, transaction
from django.test import override_settings
from django.urls import reverse

from engagiert.core import dbrouter
from engagiert.core.checks import replica_problems
from engagiert.core.models import Municipality
from engagiert.testing import PASSWORD, make_user

pytestmark = pytest.mark.django_db(transaction=True, databases=["default", "replica1"])


@pytest.fixture
def town(replica) -> Municipality:
    muni = Municipality.objects.create(name="Köthen (Anhalt)", slug="koethen", ags="15082180", state="ST")
    replica.wait_for("SELECT count(*) FROM core_municipality WHERE slug = %s", ["koethen"])
    return muni


def reads(client, url: str) -> tuple[int, int, int]:
    """(status, queries on the primary, queries on the replica, health checks left out) of a GET."""
    counts = {"default": 0, "replica1": 0}

    def counter(alias):
        def wrapper(execute, sql, params, many, context):
            if "pg_is_in_recovery" not in sql:
                counts[alias] += 1
            return execute(sql, params, many, context)

        return wrapper

    with (
        connections["default"].execute_wrapper(counter("default")),
        connections["replica1"].execute_wrapper(counter("replica1")),
    ):
        response = client.get(url)
    return response.status_code, counts["default"], counts["replica1"]


def test_anonymous_get_reads_from_the_replica(client, town):
    status, _primary, standby = reads(client, reverse("core:municipality", args=[town.slug]))
    assert status == 200
    assert standby > 0


def test_signed_in_person_reads_from_the_primary(client, town):
    make_user("ada@example.org")
    assert client.login(username="ada@example.org", password=PASSWORD)
    status, primary, standby = reads(client, reverse("core:municipality", args=[town.slug]))
    assert status == 200
    assert standby == 0 and primary > 0


def test_after_a_post_the_browser_reads_from_the_primary_until_the_pin_expires(client, town):
    url = reverse("core:municipality", args=[town.slug])
    response = client.post(reverse("core:font_size"), {"change": "up", "next": url})
    assert response.status_code == 302
    pin = response.cookies[dbrouter.PIN_COOKIE]
    assert float(pin.value) > time.time() and int(pin["max-age"]) == 10
    status, primary, standby = reads(client, url)
    assert status == 200 and standby == 0 and primary > 0
    client.cookies[dbrouter.PIN_COOKIE] = f"{time.time() - 1:.3f}"  # the window has passed
    status, _primary, standby = reads(client, url)
    assert status == 200 and standby > 0


def test_transactions_and_row_locks_use_the_primary(town):
    router = dbrouter.ReplicaRouter()
    token = dbrouter._use_replica.set(True)
    try:
        assert router.db_for_read(Municipality) == "replica1"
        assert Municipality.objects.all().db == "replica1"
        with transaction.atomic():
            assert router.db_for_read(Municipality) == "default"
            assert Municipality.objects.select_for_update().db == "default"
        assert Municipality.objects.select_for_update().db == "default"
        assert router.db_for_write(Municipality) == "default"
    finally:
        dbrouter._use_replica.reset(token)


def test_a_lagging_replica_is_skipped(client, town):
    with override_settings(REPLICA_MAX_LAG_SECONDS=-1):  # any lag is too much
        status, primary, standby = reads(client, reverse("core:municipality", args=[town.slug]))
    assert status == 200 and standby == 0 and primary > 0


def test_a_replica_that_goes_away_is_skipped_without_an_error_page(client, town, replica):
    url = reverse("core:municipality", args=[town.slug])
    assert reads(client, url)[2] > 0  # healthy and connected; its health stays cached
    replica.stop()
    try:
        # The cached health still says "up": the query fails, the view runs again on the primary.
        status, primary, _standby = reads(client, url)
        assert status == 200 and primary > 0
        # From now on the replica is skipped without trying it.
        status, primary, standby = reads(client, url)
        assert status == 200 and standby == 0 and primary > 0
        dbrouter.forget_health()
        status, primary, standby = reads(client, url)  # a fresh health check finds it down
        assert status == 200 and standby == 0
    finally:
        replica.start()
    dbrouter.forget_health()
    assert reads(client, url)[2] > 0  # back in use once it is up again


def test_a_replica_that_goes_away_under_a_cacheable_page_gives_no_error_page(client, town, replica):
    # The page cache's miss: the view runs in the handler, so a failing replica's exception reaches
    # ReplicaMiddleware, which runs it again on the primary (make cluster found 500s here).
    url = reverse("events:calendar", args=[town.slug])
    with override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
                           PAGE_CACHE_SECONDS=60):  # fmt: skip
        assert reads(client, url)[2] > 0
        replica.stop()
        try:
            response = client.get(url, {"page": "2"})  # not cached yet: the view runs, on a stopped replica
            assert response.status_code == 200 and response["X-Cache"] == "MISS"
        finally:
            replica.start()
    dbrouter.forget_health()


def test_start_check_accepts_the_replica_and_names_a_wrong_one():
    assert replica_problems() == []
    primary = os.environ["DATABASE_URL"]
    # The primary named as a replica, and a port where nothing listens.
    problems = start_check(f"{primary},postgres://postgres@127.0.0.1:1/postgres")
    assert problems.returncode != 0
    assert "replica1" in problems.stderr and "not a streaming replica" in problems.stderr
    assert "replica2" in problems.stderr and "does not answer" in problems.stderr
    assert start_check(os.environ["DATABASE_REPLICA_URLS"]).returncode == 0


def start_check(replica_urls: str) -> subprocess.CompletedProcess:
    """`manage.py check --database default` as an operator runs it before starting."""
    env = {**os.environ, "DATABASE_REPLICA_URLS": replica_urls, "DJANGO_SETTINGS_MODULE": "engagiert.test_settings"}
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--database", "default"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
