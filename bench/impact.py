"""Benchmark of the impact dashboard and its nightly roll-up.

    .venv/bin/python -m bench.impact

Builds a fresh SQLite database in var/bench/ (or uses IMPACT_BENCH_DATABASE_URL, e.g. a
PostgreSQL database that may be emptied) with IMPACT_BENCH_TOWNS towns, ..._ORGANISATIONS
organisations, ..._EVENTS events, ..._HOURS confirmed hour entries (by ..._VOLUNTEERS people)
and ..._CARDS cards spread over the last two years. The issue's sizes are 113 towns, 50,000
organisations, 200,000 events, 5,000,000 hour entries and 1,000,000 cards; the defaults are
small (`make bench` passes the issue's). Then it times the first roll-up (IMPACT_BENCH_BACKFILL_DAYS,
default 400 days; the generated data spans 760) and the nightly one (trailing window plus dirty
days, the cron job), and measures in-process with
django.test.Client (whole middleware stack) the public dashboard of the biggest town, the
coordinator's, and the installation's (IMPACT_BENCH_REQUESTS each, default 40).
With IMPACT_BENCH_REUSE=1 a dataset of the same number of towns is measured again without being
built; IMPACT_BENCH_BACKFILL=1 times the first roll-up on it again too (e.g. after a change of the
roll-up; the towns', networks' and installation's rows of every day are remade).
Targets: dashboards p95 <= 100 ms; nightly roll-up of all towns <= 5 minutes on PostgreSQL."""

from __future__ import annotations

import datetime
import os
import random
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

from bench.environment import production_env

ROOT = Path(__file__).resolve().parent.parent
TOWNS = int(os.environ.get("IMPACT_BENCH_TOWNS", "20"))
ORGANISATIONS = int(os.environ.get("IMPACT_BENCH_ORGANISATIONS", "3000"))
EVENTS = int(os.environ.get("IMPACT_BENCH_EVENTS", "10000"))
HOURS = int(os.environ.get("IMPACT_BENCH_HOURS", "100000"))
VOLUNTEERS = int(os.environ.get("IMPACT_BENCH_VOLUNTEERS", str(max(HOURS // 100, 10))))
CARDS = int(os.environ.get("IMPACT_BENCH_CARDS", "10000"))
BACKFILL_DAYS = int(os.environ.get("IMPACT_BENCH_BACKFILL_DAYS", "400"))
REQUESTS = int(os.environ.get("IMPACT_BENCH_REQUESTS", "40"))
PROFILE = os.environ.get("IMPACT_BENCH_PROFILE") == "1"
REUSE = os.environ.get("IMPACT_BENCH_REUSE") == "1"
BACKFILL_AGAIN = REUSE and os.environ.get("IMPACT_BENCH_BACKFILL") == "1"
MEASURE_ONLY = REUSE and os.environ.get("IMPACT_BENCH_MEASURE_ONLY") == "1"  # no roll-up runs
TARGET_DASHBOARD_P95_MS = 100.0
TARGET_NIGHTLY_S = 300.0
BATCH = 5000


def setup() -> str:
    sqlite = ROOT / "var" / "bench" / "impact.sqlite3"
    sqlite.parent.mkdir(parents=True, exist_ok=True)
    url = os.environ.get("IMPACT_BENCH_DATABASE_URL", "")
    if not url and sqlite.exists() and not REUSE:
        sqlite.unlink()
    os.environ.pop("SQLITE_PATH", None)
    production_env(
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
    call_command("migrate", "--no-input", verbosity=0)
    if url and not _reusable():
        call_command("flush", "--no-input", verbosity=0)
    return "postgresql" if url.startswith("postgres") else "sqlite"


def _reusable() -> bool:
    """IMPACT_BENCH_REUSE=1 and a dataset of the same number of towns with its roll-ups: measure
    it again without building it (e.g. before and after a change of the code)."""
    from engagiert.core.models import Municipality
    from engagiert.impact.models import Rollup

    # IMPACT_BENCH_BACKFILL=1 makes the roll-ups itself: a dataset without them will do.
    return REUSE and Municipality.objects.count() == TOWNS and (BACKFILL_AGAIN or Rollup.objects.exists())


def _write(model, rows) -> None:
    """Rows into the model's table: COPY on PostgreSQL (values prepared as bulk_create would), else bulk_create."""
    from django.db import connection

    if connection.vendor != "postgresql":
        model.objects.bulk_create(rows, batch_size=BATCH)
        return
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    table = connection.ops.quote_name(model._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    with connection.cursor() as cursor, cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for obj in rows:
            copy.write_row([f.get_db_prep_save(f.pre_save(obj, True), connection) for f in fields])


def _sizes(total: int, towns: int, rng: random.Random) -> list[int]:
    """Zipf-like shares of `total` over the towns (the first town the biggest)."""
    weights = [1 / (i + 1) for i in range(towns)]
    scale = total / sum(weights)
    return [max(1, int(w * scale)) for w in weights]


def generate(rng: random.Random, today: datetime.date):
    from engagiert.card.models import Card, SigningKey
    from engagiert.core.models import Municipality, Role, User
    from engagiert.directory.models import Organisation
    from engagiert.events.models import Event
    from engagiert.volunteering.models import HourEntry

    towns = Municipality.objects.bulk_create(
        Municipality(name=f"Stadt {i:03d}", slug=f"stadt-{i:03d}", ags=f"15{i:06d}", state="ST") for i in range(TOWNS)
    )
    towns = list(Municipality.objects.order_by("pk"))
    from engagiert.core.models import RegionalNetwork

    network = RegionalNetwork.objects.create(name="Regionalnetzwerk Bench", slug="netzwerk-bench")
    network.municipalities.add(*towns[:4])
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
    _write(Organisation, rows)
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
                _write(Event, rows)
                rows = []
    _write(Event, rows)
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
                _write(HourEntry, rows)
                rows = []
    _write(HourEntry, rows)
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
                _write(Card, rows)
                rows = []
    _write(Card, rows)
    del users
    return towns, coordinator


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def measure(client, url: str, *, cold: bool = False) -> tuple[float, float, float, float, int]:
    """p50 and p95 of wall time and of the process's CPU time (ms; on SQLite the database's work
    is in the process too), and the SQL statements of one request. `cold`: the cache is emptied
    before every request (the first view of a period after a roll-up)."""
    from django.core.cache import cache
    from django.db import connection

    client.get(url)  # warm-up
    timings, cpu = [], []
    for _ in range(REQUESTS):
        if cold:
            cache.clear()
        t0, c0 = time.perf_counter(), time.process_time()
        response = client.get(url)
        timings.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    statements = []

    def count(execute, sql, params, many, context):
        statements.append(sql)
        return execute(sql, params, many, context)

    if cold:
        cache.clear()
    with connection.execute_wrapper(count):
        client.get(url)
    if PROFILE:
        import cProfile
        import pstats

        profiler = cProfile.Profile(time.process_time)  # CPU time: the machine is shared
        profiler.enable()
        for _ in range(5):
            if cold:
                cache.clear()
            client.get(url)
        profiler.disable()
        print(f"--- CPU profile of {url} (5 requests)")
        pstats.Stats(profiler).sort_stats("tottime").print_stats(20)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats("engagiert", 20)
    return (
        statistics.median(timings),
        percentile(timings, 95),
        statistics.median(cpu),
        percentile(cpu, 95),
        len(statements),
    )


def backfill(today: datetime.date) -> None:
    """The first roll-up, timed: every figure of every town, network and the installation over
    BACKFILL_DAYS days."""
    from django.db import connection

    from engagiert.impact import rollup
    from engagiert.impact.models import AreaRollup, Rollup

    t0 = time.perf_counter()
    rollup.run(today=today, since=today - datetime.timedelta(days=BACKFILL_DAYS))
    took = time.perf_counter() - t0
    print(
        f"first roll-up of {BACKFILL_DAYS} days: {took:.1f} s ({Rollup.objects.count()} town rows, "
        f"{AreaRollup.objects.count()} network and installation rows)"
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # as autovacuum would after this many new rows
            cursor.execute(f"ANALYZE {Rollup._meta.db_table}, {AreaRollup._meta.db_table}")


def main() -> int:
    backend = setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import override_settings
    from django.utils import timezone

    from engagiert.core.models import Municipality, User
    from engagiert.impact import rollup
    from engagiert.impact.models import Rollup

    rng = random.Random(17)
    today = timezone.localdate()
    if _reusable():
        towns = list(Municipality.objects.order_by("pk"))
        coordinator = User.objects.get(email="koordination@bench.example")
        print(f"{backend}: reusing the dataset of {TOWNS} towns ({Rollup.objects.count()} roll-up rows)")
        if BACKFILL_AGAIN:
            backfill(today)
    else:
        started = time.perf_counter()
        towns, coordinator = generate(rng, today)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        print(
            f"{backend}: {TOWNS} towns, {ORGANISATIONS} organisations, {EVENTS} events, {HOURS} hour entries "
            f"({VOLUNTEERS} people), {CARDS} cards generated in {time.perf_counter() - started:.1f} s"
        )
        backfill(today)
    admin, _created = User.objects.get_or_create(
        email="betrieb@bench.example", defaults={"username": "betrieb", "is_superuser": True, "is_staff": True}
    )
    nightly = nightly_late = 0.0
    if not MEASURE_ONLY:
        t0 = time.perf_counter()
        rollup.run(today=today)
        nightly = time.perf_counter() - t0
        # A late correction in every town (a head count entered for an event 200 days ago).
        rollup.mark_dirty((town.pk, today - datetime.timedelta(days=200 + town.pk % 7)) for town in towns)
        t0 = time.perf_counter()
        rollup.run(today=today)
        nightly_late = time.perf_counter() - t0
        print(f"nightly roll-up {nightly:.1f} s; with a late correction ~200 days back in each town:", end=" ")
        print(f"{nightly_late:.1f} s")

    town, quarter = towns[0].slug, f"zeitraum=quartal&jahr={today.year}&quartal=1"
    client = Client()
    results = {}
    # "cold": nothing cached (the first view of a period after a roll-up); otherwise the figures
    # rendered once per roll-up are reused, the page around them rendered for every request (as
    # for a signed-in visitor); "page cache": anonymous visitors of the public pages.
    with override_settings(PAGE_CACHE_SECONDS=0):
        for name, url in (
            ("town", f"/{town}/wirkung/"),
            ("town quarter", f"/{town}/wirkung/?{quarter}"),
            ("network", "/wirkung/netzwerk/netzwerk-bench/"),
            ("installation", "/wirkung/"),
            ("installation quarter", f"/wirkung/?{quarter}"),
        ):
            results[f"{name} cold"] = measure(client, url, cold=True)
            results[name] = measure(client, url)
    results["town, page cache"] = measure(client, f"/{town}/wirkung/")
    results["installation, page cache"] = measure(client, "/wirkung/")
    for user, name, url in (
        (coordinator, "town internal", f"/{town}/wirkung/koordination/"),
        (coordinator, "network internal", "/wirkung/netzwerk/netzwerk-bench/koordination/"),
        (admin, "installation internal", "/wirkung/intern/"),
    ):
        client.force_login(user)
        results[f"{name} cold"] = measure(client, url, cold=True)
        results[name] = measure(client, url)
    print(f"{'scenario':<28} {'p50 ms':>8} {'p95 ms':>8} {'CPU p50':>8} {'CPU p95':>8} {'queries':>8}  p95<=100")
    ok = True
    for name, (p50, p95, cpu50, cpu95, queries) in results.items():
        met = p95 <= TARGET_DASHBOARD_P95_MS
        ok &= met
        print(f"{name:<28} {p50:>8.1f} {p95:>8.1f} {cpu50:>8.1f} {cpu95:>8.1f} {queries:>8}  {'yes' if met else 'NO'}")
    met = max(nightly, nightly_late) <= TARGET_NIGHTLY_S
    if not MEASURE_ONLY:
        print(f"nightly roll-up (target {TARGET_NIGHTLY_S:.0f} s on PostgreSQL): {'yes' if met else 'NO'}")
    print(f"load average: {os.getloadavg()[0]:.2f}")
    return 0 if ok and met else 1


if __name__ == "__main__":
    sys.exit(main())
