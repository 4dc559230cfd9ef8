"""Benchmark of the impact dashboard and its nightly roll-up.

    .venv/bin/python -m bench.impact

Builds a fresh SQLite database in var/bench/ (or uses IMPACT_BENCH_DATABASE_URL, e.g. a
PostgreSQL database that may be emptied) with IMPACT_BENCH_TOWNS towns, ..._ORGANISATIONS
organisations, ..._EVENTS events, ..._HOURS confirmed hour entries (by ..._VOLUNTEERS people)
and ..._CARDS cards spread over the last two years. The issue's sizes are 113 towns, 50,000
organisations, 200,000 events, 5,000,000 hour entries and 1,000,000 cards; the defaults are
small. Then it times the first roll-up (IMPACT_BENCH_BACKFILL_DAYS, default 400 days) and the
nightly one (trailing window plus dirty days, the cron job), and measures in-process with
django.test.Client (whole middleware stack) the public dashboard of the biggest town, the
coordinator's, and the installation's (IMPACT_BENCH_REQUESTS each, default 40).
Targets: dashboards p95 <= 100 ms; nightly roll-up of all towns <= 5 minutes on PostgreSQL."""

from __future__ import annotations

import datetime
import os
import random
import secrets
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOWNS = int(os.environ.get("IMPACT_BENCH_TOWNS", "20"))
ORGANISATIONS = int(os.environ.get("IMPACT_BENCH_ORGANISATIONS", "3000"))
EVENTS = int(os.environ.get("IMPACT_BENCH_EVENTS", "10000"))
HOURS = int(os.environ.get("IMPACT_BENCH_HOURS", "100000"))
VOLUNTEERS = int(os.environ.get("IMPACT_BENCH_VOLUNTEERS", str(max(HOURS // 100, 10))))
CARDS = int(os.environ.get("IMPACT_BENCH_CARDS", "10000"))
BACKFILL_DAYS = int(os.environ.get("IMPACT_BENCH_BACKFILL_DAYS", "400"))
REQUESTS = int(os.environ.get("IMPACT_BENCH_REQUESTS", "40"))
TARGET_DASHBOARD_P95_MS = 100.0
TARGET_NIGHTLY_S = 300.0
BATCH = 5000


def setup() -> str:
    sqlite = ROOT / "var" / "bench" / "impact.sqlite3"
    sqlite.parent.mkdir(parents=True, exist_ok=True)
    url = os.environ.get("IMPACT_BENCH_DATABASE_URL", "")
    if not url and sqlite.exists():
        sqlite.unlink()
    os.environ.pop("SQLITE_PATH", None)
    os.environ.update(
        DJANGO_SETTINGS_MODULE="engagiert.settings",
        ENGAGIERT_DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        SECURE_SSL_REDIRECT="false",
        SECURE_COOKIES="false",
        ALLOWED_HOSTS="testserver",
        REQUIRE_STAFF_2FA="false",
        TASKS_IMMEDIATE="true",
        DATABASE_URL=url or f"sqlite:///{sqlite}",
    )
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test.utils import override_settings

    plain = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    override_settings(STORAGES={**settings.STORAGES, "staticfiles": plain}).enable()
    if url:
        call_command("flush", "--no-input", verbosity=0)
    call_command("migrate", "--no-input", verbosity=0)
    return "postgresql" if url.startswith("postgres") else "sqlite"


def _sizes(total: int, towns: int, rng: random.Random) -> list[int]:
    """Zipf-like shares of `total` over the towns (the first town the biggest)."""
    weights = [1 / (i + 1) for i in range(towns)]
    scale = total / sum(weights)
    return [max(1, int(w * scale)) for w in weights]


def generate(rng: random.Random, today: datetime.date):
    from django.db.models.signals import post_save

    from engagiert.card.models import Card, SigningKey
    from engagiert.core.models import Municipality, Role, User
    from engagiert.directory.models import Organisation
    from engagiert.events.models import Event
    from engagiert.volunteering.models import HourEntry

    post_save.receivers.clear()  # bulk loading: no dirty marks (bulk_create sends none anyway)
    towns = Municipality.objects.bulk_create(
        Municipality(name=f"Stadt {i:03d}", slug=f"stadt-{i:03d}", ags=f"15{i:06d}", state="ST") for i in range(TOWNS)
    )
    towns = list(Municipality.objects.order_by("pk"))
    coordinator = User.objects.create(email="koordination@bench.example", username="koordination")
    Role.objects.create(user=coordinator, municipality=towns[0], kind=Role.Kind.COORDINATOR)
    kinds = [k for k, _l in Organisation.Kind.choices]
    rows = []
    for town, n in zip(towns, _sizes(ORGANISATIONS, TOWNS, rng), strict=True):
        rows += [
            Organisation(
                municipality=town,
                name=f"Verein {town.pk}-{i}",
                slug=f"verein-{i}",
                kind=rng.choice(kinds),
                status=Organisation.Status.PUBLISHED,
            )
            for i in range(n)
        ]
    Organisation.objects.bulk_create(rows, batch_size=BATCH)
    formats = ["concert", "dance", "film", "dialogue", "workshop", "cafe", "sport", "reading", "meeting"]
    start_day = today - datetime.timedelta(days=730)
    tz = datetime.UTC
    rows = []
    for town, n in zip(towns, _sizes(EVENTS, TOWNS, rng), strict=True):
        for i in range(n):
            start = datetime.datetime.combine(
                start_day + datetime.timedelta(days=rng.randrange(760)), datetime.time(17), tz
            )
            rows.append(
                Event(
                    municipality=town,
                    title=f"Begegnung {i}",
                    title_de=f"Begegnung {i}",
                    format=rng.choice(formats),
                    start=start,
                    end=start + datetime.timedelta(hours=2),
                    status=Event.Status.PUBLISHED,
                    head_count=rng.choice([None, 20, 45, 120]),
                )
            )
            if len(rows) >= BATCH:
                Event.objects.bulk_create(rows)
                rows = []
    Event.objects.bulk_create(rows)
    users = User.objects.bulk_create(User(email=f"f{i}@bench.example", username=f"f{i}") for i in range(VOLUNTEERS))
    user_ids = list(
        User.objects.filter(email__endswith="@bench.example").exclude(pk=coordinator.pk).values_list("pk", flat=True)
    )
    rows = []
    for town, n in zip(towns, _sizes(HOURS, TOWNS, rng), strict=True):
        for _i in range(n):
            rows.append(
                HourEntry(
                    municipality=town,
                    volunteer_id=rng.choice(user_ids),
                    activity="Vorlesen",
                    organisation_name="Verein",
                    date=start_day + datetime.timedelta(days=rng.randrange(730)),
                    hours=Decimal(rng.choice(["1.5", "2", "3", "4"])),
                    status=HourEntry.Status.CONFIRMED,
                )
            )
            if len(rows) >= BATCH:
                HourEntry.objects.bulk_create(rows)
                rows = []
    HourEntry.objects.bulk_create(rows)
    keys = SigningKey.objects.bulk_create(
        SigningKey(municipality=town, key_id=1, public_key=b"0" * 32, private_key_encrypted=b"0") for town in towns
    )
    keys = {k.municipality_id: k for k in SigningKey.objects.all()}
    rows = []
    for town, n in zip(towns, _sizes(CARDS, TOWNS, rng), strict=True):
        for i in range(n):
            valid_from = start_day + datetime.timedelta(days=rng.randrange(730))
            rows.append(
                Card(
                    municipality=town,
                    number=i + 1,
                    holder_name="Karte",
                    short_name="K.",
                    valid_from=valid_from,
                    valid_until=valid_from + datetime.timedelta(days=730),
                    key=keys[town.pk],
                    signature=b"0" * 64,
                )
            )
            if len(rows) >= BATCH:
                Card.objects.bulk_create(rows)
                rows = []
    Card.objects.bulk_create(rows)
    del users
    return towns, coordinator


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def measure(client, url: str) -> tuple[float, float, int]:
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm-up
    timings = []
    for _ in range(REQUESTS):
        reset_queries()
        t0 = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - t0) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as ctx:
        client.get(url)
    return statistics.median(timings), percentile(timings, 95), len(ctx.captured_queries)


def main() -> int:
    backend = setup()
    from django.test import Client
    from django.utils import timezone

    from engagiert.impact import rollup
    from engagiert.impact.models import Rollup

    rng = random.Random(17)
    today = timezone.localdate()
    started = time.perf_counter()
    towns, coordinator = generate(rng, today)
    print(
        f"{backend}: {TOWNS} towns, {ORGANISATIONS} organisations, {EVENTS} events, {HOURS} hour entries "
        f"({VOLUNTEERS} people), {CARDS} cards generated in {time.perf_counter() - started:.1f} s"
    )
    t0 = time.perf_counter()
    rollup.run(today=today, since=today - datetime.timedelta(days=BACKFILL_DAYS))
    backfill = time.perf_counter() - t0
    t0 = time.perf_counter()
    rollup.run(today=today)
    nightly = time.perf_counter() - t0
    print(
        f"roll-up: first {BACKFILL_DAYS} days {backfill:.1f} s ({Rollup.objects.count()} rows); nightly {nightly:.1f} s"
    )

    client = Client()
    results = {
        "town public": measure(client, f"/{towns[0].slug}/wirkung/"),
        "installation": measure(client, "/wirkung/"),
        "town quarter": measure(client, f"/{towns[0].slug}/wirkung/?zeitraum=quartal&jahr={today.year}&quartal=1"),
    }
    client.force_login(coordinator)
    results["town internal"] = measure(client, f"/{towns[0].slug}/wirkung/koordination/")
    print(f"{'scenario':<16} {'p50 ms':>9} {'p95 ms':>9} {'queries':>8} {'target p95':>11}  ok")
    ok = True
    for name, (p50, p95, queries) in results.items():
        met = p95 <= TARGET_DASHBOARD_P95_MS
        ok &= met
        print(
            f"{name:<16} {p50:>9.1f} {p95:>9.1f} {queries:>8} {TARGET_DASHBOARD_P95_MS:>11.0f}  "
            f"{'yes' if met else 'NO'}"
        )
    met = nightly <= TARGET_NIGHTLY_S
    print(f"nightly roll-up {nightly:.1f} s (target {TARGET_NIGHTLY_S:.0f} s on PostgreSQL): {'yes' if met else 'NO'}")
    print(f"load average: {os.getloadavg()[0]:.2f}")
    return 0 if ok and met else 1


if __name__ == "__main__":
    sys.exit(main())
