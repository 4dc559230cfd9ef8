"""Benchmark of the site-wide search (issue 14): GET /<town>/suche/?q=… over organisations,
events and Mach mit! offers, the town's synonyms applied.

    .venv/bin/python -m bench.search

Builds a fresh SQLite database in var/bench/search.sqlite3 (or uses SEARCH_BENCH_DATABASE_URL,
e.g. a PostgreSQL database that may be emptied), with SEARCH_BENCH_MUNIS municipalities of
Zipf-like sizes (default 5; the issue's installation has 113), SEARCH_BENCH_ORGS organisations
(default 2,000; the directory's benchmark size is 50,000), SEARCH_BENCH_EVENTS events (default
4,000; 200,000) and SEARCH_BENCH_OPPORTUNITIES offers (default 1,000; 50,000), each indexed by
its app's own indexing (core.indexing), and every town with the platform's synonyms. Then it
measures in-process with django.test.Client (whole middleware stack) SEARCH_BENCH_REQUESTS
searches (default 200, after 20 warm-up) in towns picked as often as they have content, with
German queries rotating (SEARCH_BENCH_SEED). Target: p95 <= 80 ms, and the same number of SQL
queries for every request that finds something. The portal's pages and news are not in it yet
(the portal registers its kinds later; add them here then)."""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import time
from pathlib import Path

from bench.environment import production_env

ROOT = Path(__file__).resolve().parent.parent
MUNIS = int(os.environ.get("SEARCH_BENCH_MUNIS", "5"))
ORGS = int(os.environ.get("SEARCH_BENCH_ORGS", "2000"))
EVENTS = int(os.environ.get("SEARCH_BENCH_EVENTS", "4000"))
OPPORTUNITIES = int(os.environ.get("SEARCH_BENCH_OPPORTUNITIES", "1000"))
REQUESTS = int(os.environ.get("SEARCH_BENCH_REQUESTS", "200"))
WARMUP = int(os.environ.get("SEARCH_BENCH_WARMUP", "20"))
SEED = int(os.environ.get("SEARCH_BENCH_SEED", "20261206"))
TARGET_P95_MS = 80.0

QUERIES = ["Tanz", "Senioren", "Flüchtlinge", "Ehrenamt", "Sprachcafé", "Kinder Sport", "Umwelt", "Verein",
           "Nachhilfe", "Musik", "Fluechtlinge", "Xylophon", "Begleitung", "Garten", "Jugend"]  # fmt: skip
ORG_NAMES = ["Tanzsportclub", "Seniorenbüro", "Förderverein der Grundschule", "Willkommensinitiative",
             "Sportverein", "Kirchengemeinde", "Tafel", "Umweltgruppe", "Heimatverein", "Jugendclub",
             "Musikschule", "Nachbarschaftstreff", "Freiwilligenagentur", "Kulturverein", "Gartenverein"]  # fmt: skip
EVENT_TITLES = ["Tanzcafé", "Seniorennachmittag", "Sprachcafé für Geflüchtete", "Kinderflohmarkt", "Konzert",
                "Lesung", "Müllsammelaktion", "Ehrenamtsbörse", "Nachbarschaftsfest", "Vortrag Demokratie",
                "Gartenführung", "Sportfest", "Theaterabend", "Bastelnachmittag", "Repair-Café"]  # fmt: skip
OFFER_TITLES = ["Tanzprojekt-Helfer*in", "Begleitung im Seniorenheim", "Lernpat*in", "Hausaufgabenhilfe",
                "Sprachcafé für Geflüchtete", "Gemeinschaftsgarten", "Übungsleitung Kinderturnen",
                "Fahrdienst für Ältere", "Ausgabe bei der Tafel", "Helfer*in beim Stadtfest"]  # fmt: skip
SENTENCES = ["Wir freuen uns über neue Gesichter.", "Alle Generationen sind willkommen.",
             "Engagement für die Nachbarschaft und die Integration von Familien.",
             "Ehrenamtliche unterstützen Kinder, Jugendliche und Senioren.",
             "Musik, Tanz und Begegnung für Menschen mit und ohne Behinderung.",
             "Eine Einarbeitung ist selbstverständlich."]  # fmt: skip


def setup() -> str:
    sqlite = ROOT / "var" / "bench" / "search.sqlite3"
    sqlite.parent.mkdir(parents=True, exist_ok=True)
    url = os.environ.get("SEARCH_BENCH_DATABASE_URL", "")
    if not url and sqlite.exists():
        sqlite.unlink()
    os.environ.pop("SQLITE_PATH", None)
    production_env(
        TASKS_IMMEDIATE="true",
        LOG_LEVEL="WARNING",
        DATABASE_URL=url or f"sqlite:///{sqlite}",
    )
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test.utils import override_settings

    # Plain static storage: no collectstatic needed; URLs cost the same as with a cached manifest.
    plain = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    override_settings(STORAGES={**settings.STORAGES, "staticfiles": plain}).enable()
    if url:
        call_command("flush", "--no-input", verbosity=0)
    call_command("migrate", "--no-input", verbosity=0)
    return "postgresql" if url.startswith("postgres") else "sqlite"


def shares(total: int, n: int) -> list[int]:
    """`total` split over `n` towns Zipf-like (the first the biggest), each at least 1."""
    weights = [1 / (i + 1) for i in range(n)]
    scale = total / sum(weights)
    return [max(1, round(w * scale)) for w in weights]


def generate(rng: random.Random) -> list:
    from django.utils import timezone
    from django.utils.text import slugify

    from engagiert.core.indexing import registered_indexes
    from engagiert.core.models import Municipality
    from engagiert.core.search import sort_key
    from engagiert.directory.models import Organisation
    from engagiert.events.models import Event
    from engagiert.volunteering.models import Opportunity

    now = timezone.now()
    towns = [
        Municipality.objects.create(name=f"Stadt {i}", slug=f"stadt-{i}", ags=f"15{i:06d}", state="ST")
        for i in range(MUNIS)
    ]  # each gets the default synonyms (core.apps)

    def text() -> str:
        return " ".join(rng.sample(SENTENCES, 2))

    orgs = []
    for town, n in zip(towns, shares(ORGS, MUNIS), strict=True):
        for i in range(n):
            name = f"{rng.choice(ORG_NAMES)} {i}"
            orgs.append(
                Organisation(
                    municipality=town,
                    name=name,
                    sort_name=sort_key(name),
                    slug=slugify(name),
                    kind="verein",
                    status="published" if rng.random() < 0.92 else "pending",
                    description_de=text(),
                )
            )
    Organisation.objects.bulk_create(orgs, batch_size=2000)
    events = []
    for town, n in zip(towns, shares(EVENTS, MUNIS), strict=True):
        for _ in range(n):
            start = now + dt.timedelta(hours=rng.randint(-24 * 200, 24 * 200))
            events.append(
                Event(
                    municipality=town,
                    title_de=rng.choice(EVENT_TITLES),
                    description_de=text(),
                    format="meeting",
                    start=start,
                    end=start + dt.timedelta(hours=2),
                    status="published" if rng.random() < 0.9 else "pending",
                )
            )
    Event.objects.bulk_create(events, batch_size=2000)
    by_town = {}
    for org in Organisation.objects.values("pk", "municipality_id"):
        by_town.setdefault(org["municipality_id"], []).append(org["pk"])
    offers = []
    for town, n in zip(towns, shares(OPPORTUNITIES, MUNIS), strict=True):
        for _ in range(n):
            offers.append(
                Opportunity(
                    municipality=town,
                    organisation_id=rng.choice(by_town[town.pk]),
                    title_de=rng.choice(OFFER_TITLES),
                    description_de=text(),
                    status="published" if rng.random() < 0.85 else "draft",
                    confirmed_current_at=now - dt.timedelta(days=rng.randint(0, 140)),
                )
            )
    Opportunity.objects.bulk_create(offers, batch_size=2000)
    for index in registered_indexes():
        ids = list(index.owner._default_manager.values_list("pk", flat=True))
        for start in range(0, len(ids), 500):
            index.rebuild(ids[start : start + 500])
    from django.db import connection

    if connection.vendor == "postgresql":  # as autovacuum would, before anyone searches
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return towns


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> int:
    backend = setup()
    from django.db import close_old_connections, connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    rng = random.Random(SEED)
    started = time.perf_counter()
    towns = generate(rng)
    print(
        f"{backend}: {MUNIS} towns, {ORGS} organisations, {EVENTS} events, {OPPORTUNITIES} offers "
        f"generated and indexed in {time.perf_counter() - started:.1f} s"
    )
    weights = shares(ORGS + EVENTS + OPPORTUNITIES, MUNIS)
    client = Client()
    timings, cpu, query_counts, hits = [], [], set(), []
    for n in range(WARMUP + REQUESTS):
        town = rng.choices(towns, weights)[0]
        query = QUERIES[n % len(QUERIES)]
        with CaptureQueriesContext(connection) as queries:
            t0, c0 = time.perf_counter(), time.process_time()
            response = client.get(f"/{town.slug}/suche/", {"q": query})
            elapsed = (time.perf_counter() - t0) * 1000
            cpu_ms = (time.process_time() - c0) * 1000
        assert response.status_code == 200, response.status_code
        close_old_connections()
        if n >= WARMUP:
            timings.append(elapsed)
            cpu.append(cpu_ms)
            shown = response.content.count(b'<li class="result">')  # results on the page
            hits.append(shown)
            if shown:
                query_counts.add(len(queries))
    p50, p95 = statistics.median(timings), percentile(timings, 95)
    ok = p95 <= TARGET_P95_MS
    # A request's queries: the town and the synonyms, then per kind a ranked page (with its
    # count) and, when it found something, that page's rows: never more however many match.
    print(
        f"{'scenario':<22} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'cpu p50':>8} {'cpu p95':>8} "
        f"{'queries':>8} {'shown':>6}  target p95"
    )
    print(
        f"{'site search /suche/':<22} {p50:>8.1f} {p95:>8.1f} {max(timings):>8.1f} "
        f"{statistics.median(cpu):>8.1f} {percentile(cpu, 95):>8.1f} "
        f"{'/'.join(map(str, sorted(query_counts))):>8} {statistics.median(hits):>6.0f}  "
        f"{TARGET_P95_MS:.0f} ms: {'yes' if ok else 'NO'}"
    )
    print("cpu: this process's CPU time per request (on SQLite the database's work included; not PostgreSQL's)")
    print(f"load average: {os.getloadavg()[0]:.2f}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
