"""Benchmark of Begegnungen: calendar latency on many events, and registration throughput
under parallel load.

    .venv/bin/python -m bench.events

Environment (small defaults; the issue's target size is BENCH_EVENTS=200000):
  DATABASE_URL      default postgres://postgres@127.0.0.1:5432/engagiert_events
  BENCH_EVENTS      events to generate over BENCH_MUNIS municipalities (default 20000)
  BENCH_MUNIS       municipalities (default 113)
  BENCH_REQUESTS    measured requests per scenario (default 100, after 10 warm-up)
  BENCH_PARALLEL    threads registering at once (default 8)
  BENCH_REGISTRATIONS  registrations in the throughput test (default 400, capacity half of it)

The dataset is built once (municipalities with slug "bench-events-NNN") and reused when
its size matches. Each page is requested in-process through django.test.Client (full
middleware, views, templates, database)."""

from __future__ import annotations

import datetime as dt
import os
import random
import secrets
import statistics
import sys
import threading
import time

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/engagiert_events")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "engagiert.settings")
os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
os.environ.update(
    ENGAGIERT_DEBUG="false",
    SECURE_SSL_REDIRECT="false",
    SECURE_COOKIES="false",
    ALLOWED_HOSTS="testserver",
    TASKS_IMMEDIATE="true",
    LOG_LEVEL="WARNING",
    EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
)


def ensure_database(url: str) -> None:
    """Create the PostgreSQL bench database if it does not exist yet (a fresh machine)."""
    import dj_database_url
    import psycopg

    cfg = dj_database_url.parse(url)
    if cfg["ENGINE"] != "django.db.backends.postgresql":
        return
    admin = {"dbname": "postgres", "user": cfg.get("USER"), "host": cfg.get("HOST"), "port": cfg.get("PORT")}
    admin = {k: v for k, v in admin.items() if v} | {"password": cfg.get("PASSWORD") or None}
    with psycopg.connect(**admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [cfg["NAME"]]).fetchone():
            conn.execute(f'CREATE DATABASE "{cfg["NAME"]}"')


ensure_database(os.environ["DATABASE_URL"])

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import close_old_connections, connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from engagiert.core.models import District, Municipality  # noqa: E402
from engagiert.core.search import weighted_terms  # noqa: E402
from engagiert.events import services  # noqa: E402
from engagiert.events.models import ACCESSIBILITY_FEATURES, Event, EventSearchTerm, Format, Registration, Venue  # noqa: E402

PREFIX = "bench-events-"
TITLES = [
    "Sprachcafé Deutsch–Arabisch",
    "Begegnungscafé im Quartier",
    "Konzert der Generationen",
    "Inklusive Tanzgala",
    "Filmabend mit Gespräch",
    "Lesung aus dem Leben",
    "Dialogveranstaltung Engagement",
    "Schulung Fördermittel",
    "Mitmachlokal",
    "Repair-Café",
    "Seniorentanztee",
    "Fußball ohne Grenzen",
    "Vorlesetag in vielen Sprachen",
    "Interkulturelles Kochen",
]
FORMATS = [f.value for f in Format]


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def build(n_events: int, n_munis: int, seed: int = 7) -> None:
    existing = Event.objects.filter(municipality__slug__startswith=PREFIX).count()
    if existing == n_events and Municipality.objects.filter(slug__startswith=PREFIX).count() == n_munis:
        print(f"Reusing {existing} events over {n_munis} municipalities.", flush=True)
        return
    started = time.perf_counter()
    Municipality.objects.filter(slug__startswith=PREFIX).delete()
    rng = random.Random(seed)
    munis = Municipality.objects.bulk_create(
        Municipality(name=f"Bench-Kommune {i:03d}", slug=f"{PREFIX}{i:03d}", ags=f"9{i:07d}", state="ST")
        for i in range(n_munis)
    )
    districts = District.objects.bulk_create(
        District(municipality=m, name=f"Stadtteil {j}", slug=f"stadtteil-{j}") for m in munis for j in range(4)
    )
    venues = Venue.objects.bulk_create(
        Venue(
            municipality=m,
            name=f"Bürgerhaus {j}",
            city=m.name,
            **{f: rng.random() < 0.5 for f in ACCESSIBILITY_FEATURES},
        )
        for m in munis
        for j in range(6)
    )
    venues_of = {}
    for v in venues:
        venues_of.setdefault(v.municipality_id, []).append(v)
    districts_of = {}
    for d in districts:
        districts_of.setdefault(d.municipality_id, []).append(d)
    # Zipf-like: big towns have many more events.
    weights = [1 / (i + 1) for i in range(n_munis)]
    now = timezone.now()
    batch: list[Event] = []
    for _ in range(n_events):
        m = rng.choices(munis, weights)[0]
        start = now + dt.timedelta(days=rng.uniform(-60, 365))
        venue = rng.choice(venues_of[m.pk])
        batch.append(
            Event(
                municipality=m,
                title=rng.choice(TITLES),
                title_de=None,
                format=rng.choice(FORMATS),
                venue=venue,
                district=rng.choice(districts_of[m.pk]),
                start=start,
                end=start + dt.timedelta(hours=2),
                languages=rng.choice(["de", "de,en", "de,ar", "de,uk"]),
                is_free=rng.random() < 0.8,
                status=Event.Status.PUBLISHED,
                registration_required=rng.random() < 0.3,
            )
        )
    for e in batch:
        e.title_de = e.title
    events = Event.objects.bulk_create(batch, batch_size=5000)
    venue_names = {v.pk: v.name for v in venues}
    terms = [
        EventSearchTerm(event_id=e.pk, municipality_id=e.municipality_id, term=t, weight=w)
        for e in events
        for t, w in weighted_terms(
            [(e.title, 5), (str(Format(e.format).label), 3), (venue_names[e.venue_id], 2)]
        ).items()
    ]
    EventSearchTerm.objects.bulk_create(terms, batch_size=10000)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # As autovacuum would after this many inserts (it is off on the bench machine):
            # statistics, and the visibility map that index-only scans rely on.
            cursor.execute("VACUUM ANALYZE")
    print(
        f"Built {len(events)} events, {len(terms)} search terms in {time.perf_counter() - started:.0f} s.", flush=True
    )


def percentile(values: list[float], p: int) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def measure_pages(requests: int) -> list[tuple[str, float, float, int]]:
    rng = random.Random(11)
    client = Client()
    munis = list(Municipality.objects.filter(slug__startswith=PREFIX).values_list("pk", "slug"))
    sample = list(
        Event.objects.filter(municipality__slug__startswith=PREFIX).values_list("pk", "municipality__slug")[:2000]
    )
    today = timezone.localdate()

    def pick_muni() -> str:
        return munis[min(int(rng.paretovariate(1.2)) - 1, len(munis) - 1)][1]

    scenarios = {
        "Calendar, upcoming": lambda: f"/{pick_muni()}/begegnungen/",
        "Calendar, filters": lambda: (
            f"/{pick_muni()}/begegnungen/?format={rng.choice(FORMATS)}&barrierefreiheit="
            f"{rng.choice(list(ACCESSIBILITY_FEATURES))}&kostenlos=on&sprache=de"
        ),
        "Calendar, search": lambda: (
            f"/{pick_muni()}/begegnungen/?q={rng.choice(['Tanz', 'Konzert', 'Café', 'Lesung'])}"
        ),
        "Month view": lambda: f"/{pick_muni()}/begegnungen/monat/{today.year}/{today.month}/",
        "Event page": lambda: "/{1}/begegnungen/{0}/".format(*rng.choice(sample)),
        "API list, filters": lambda: f"/api/v1/events?municipality={pick_muni()}&feature=wheelchair&free=true",
        "iCal feed": lambda: f"/{pick_muni()}/begegnungen/kalender.ics?format=concert",
    }
    timings = {name: [] for name in scenarios}
    queries = {}
    for name, url in scenarios.items():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url()).status_code == 200, name
        queries[name] = len(ctx.captured_queries)
    for i in range(requests + 10):
        for name, url in scenarios.items():
            target = url()
            started = time.perf_counter()
            response = client.get(target)
            elapsed = (time.perf_counter() - started) * 1000
            close_old_connections()
            assert response.status_code == 200, (target, response.status_code)
            if i >= 10:
                timings[name].append(elapsed)
    return [(n, statistics.median(t), percentile(t, 95), queries[n]) for n, t in timings.items()]


def registration_throughput(total: int, parallel: int) -> dict:
    muni = Municipality.objects.filter(slug__startswith=PREFIX).first()
    start = timezone.now() + dt.timedelta(days=30)
    event = Event.objects.create(
        municipality=muni,
        title="Durchsatz-Test",
        format="concert",
        start=start,
        end=start + dt.timedelta(hours=2),
        status=Event.Status.PUBLISHED,
        registration_required=True,
        capacity=total // 2,
        waiting_list=True,
    )
    errors: list[Exception] = []
    counter = iter(range(total))
    lock = threading.Lock()

    def worker() -> None:
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                break
            try:
                services.register(event=event, name=f"Gast {i}", email=f"gast{i}@bench.example")
            except Exception as error:  # noqa: BLE001 - counted and reported
                errors.append(error)
        connection.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(parallel)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    regs = Registration.objects.filter(event=event)
    by_status = dict(regs.values_list("status").annotate(n=Count("pk")).order_by())
    holding = by_status.get(Registration.Status.CONFIRMED, 0) + by_status.get(Registration.Status.PENDING, 0)
    waiting = by_status.get(Registration.Status.WAITING, 0)
    seats = services.seats_taken(event=event)
    result = {
        "registrations": regs.count(),
        "per_second": total / elapsed,
        "seats_taken": seats,
        "capacity": event.capacity,
        "waiting": waiting,
        # Every attempt ends with a seat or on the waiting list; none beyond the capacity.
        "lost": total - holding - waiting,
        "overbooked": max(seats - event.capacity, 0),
        "errors": len(errors),
    }
    event.delete()
    return result


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    n_events, n_munis = env_int("BENCH_EVENTS", 20_000), env_int("BENCH_MUNIS", 113)
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)  # pages need the manifest
    build(n_events, n_munis)
    print(f"\nBegegnungen on {connection.vendor}: {n_events} events, {n_munis} municipalities")
    print(f"Load average before: {load()} ({os.cpu_count()} cores)\n")
    rows = measure_pages(env_int("BENCH_REQUESTS", 100))
    print(f"{'scenario':<22} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
    for name, p50, p95, q in rows:
        print(f"{name:<22} {p50:8.1f} {p95:8.1f} {q:8d}")
    filters_p95 = dict((n, p95) for n, _p50, p95, _q in rows)["Calendar, filters"]
    print(f"\nCalendar with filters p95 {filters_p95:.1f} ms (target <= 50 ms on PostgreSQL).")
    total, parallel = env_int("BENCH_REGISTRATIONS", 400), env_int("BENCH_PARALLEL", 8)
    if connection.vendor == "postgresql":
        r = registration_throughput(total, parallel)
        ok = not r["lost"] and not r["overbooked"] and r["seats_taken"] == r["capacity"] and not r["errors"]
        print(
            f"Registrations: {total} by {parallel} threads, {r['per_second']:.0f} registrations/s; "
            f"{r['seats_taken']} of {r['capacity']} seats taken, {r['waiting']} waiting; "
            f"{'none' if not r['lost'] else r['lost']} lost, "
            f"{'none' if not r['overbooked'] else r['overbooked']} overbooked, {r['errors']} errors: "
            f"{'OK' if ok else 'FAILED'}"
        )
        print(f"Load average after: {load()}")
        return 0 if ok else 1
    print("Registration throughput is measured on PostgreSQL only.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
