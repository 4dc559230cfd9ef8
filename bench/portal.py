"""Benchmark of the portal (issue 14): a town start page with every live block, the news list,
a programme page with 500 member organisations, and the site-wide search over them.

    .venv/bin/python -m bench.portal

Builds a fresh SQLite database in var/bench/portal.sqlite3 (or uses PORTAL_BENCH_DATABASE_URL, a
PostgreSQL database that may be emptied) with PORTAL_BENCH_TOWNS towns (default and the issue:
113), each with its site as the app makes it (portal.services.ensure_site: start page with every
live block, "Aktuelles", collection, editor groups, workflow), PORTAL_BENCH_PAGES content pages
(200), PORTAL_BENCH_NEWS news items (1,000) with five images, a programme page whose programme
has PORTAL_BENCH_MEMBERS member organisations in the town (500), 30 events (organised by
members), 10 open Mach mit! offers and 20 acceptance partners.

Pages are written in bulk (Wagtail's tree is a materialised path: each page's path, depth and
url_path are computed from its parent's, the parent's numchild set, the base rows written with
bulk_create and the specific rows with the same insert bulk_create uses), and their search terms
with the portal's own `portal.search.term_rows`, so what is measured is what the app would have
stored. The full size (135,600 pages) takes a few minutes.

Then it measures in-process with django.test.Client (whole middleware stack), interleaved,
PORTAL_BENCH_REQUESTS requests (default 200, after PORTAL_BENCH_WARMUP 20) per scenario in a
random town: wall time and the process's CPU time (on SQLite including the database's; on a
shared machine the steadier figure), p50 and p95, and the SQL queries of one request (three
towns: they must not differ). The shared page cache (core.pagecache) and the fragment cache of
the start page's live blocks (core.fragments) are off for these figures: what a page costs to
render, as a town's first view after a change costs ("cold"). The start page is measured again
between two changes of its town (every town's start page viewed once first): with its
fragments kept (as signed-in visitors, other languages and page-cache misses get it) and once
more with the page cache too, as anonymous visitors mostly get it. On PostgreSQL the database
gets random_page_cost = 1.1, as docs/deploy.md sets it for production.
Targets: p95 <= 50 ms for the pages, <= 80 ms for the search, a fixed number of queries.
PORTAL_BENCH_REUSE=1 measures the data of the last run again; PORTAL_BENCH_PROFILE=1 prints a
CPU-time profile (cProfile) of 20 requests of each scenario (kept in var/bench/)."""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

from bench.environment import production_env

ROOT = Path(__file__).resolve().parent.parent
TOWNS = int(os.environ.get("PORTAL_BENCH_TOWNS", "113"))
PAGES = int(os.environ.get("PORTAL_BENCH_PAGES", "200"))
NEWS = int(os.environ.get("PORTAL_BENCH_NEWS", "1000"))
MEMBERS = int(os.environ.get("PORTAL_BENCH_MEMBERS", "500"))
REQUESTS = int(os.environ.get("PORTAL_BENCH_REQUESTS", "200"))
WARMUP = int(os.environ.get("PORTAL_BENCH_WARMUP", "20"))
SEED = int(os.environ.get("PORTAL_BENCH_SEED", "14"))
REUSE = os.environ.get("PORTAL_BENCH_REUSE") == "1"  # measure the data of the last run again
PROFILE = os.environ.get("PORTAL_BENCH_PROFILE") == "1"  # a CPU-time profile (cProfile) of each scenario
PAGE_TARGET_MS = 50.0
SEARCH_TARGET_MS = 80.0
PROGRAMME_SLUG = "engagierte-stadt"

TITLE_WORDS = ["Tanzprojekte", "Seniorenarbeit", "Ehrenamtsbörse", "Sprachcafé", "Flüchtlingshilfe", "Umweltschutz",
               "Nachhilfe", "Musikschule", "Sportvereine", "Jugendarbeit", "Gemeinschaftsgarten", "Begleitdienste",
               "Nachbarschaftshilfe", "Kulturverein", "Lesepaten", "Fahrdienst", "Tafel", "Heimatpflege"]  # fmt: skip
SENTENCES = ["Wir freuen uns über neue Gesichter.", "Alle Generationen sind willkommen.",
             "Engagement für die Nachbarschaft und die Integration von Familien.",
             "Ehrenamtliche unterstützen Kinder, Jugendliche und Senioren.",
             "Musik, Tanz und Begegnung für Menschen mit und ohne Behinderung.",
             "Eine Einarbeitung ist selbstverständlich.", "Die Ehrenamtskarte gilt bei vielen Partnern.",
             "Im Sprachcafé treffen sich Geflüchtete und Nachbarn."]  # fmt: skip
QUERIES = ["Tanz", "Senioren", "Flüchtlinge", "Ehrenamt", "Sprachcafé", "Kinder Jugend", "Umwelt", "Verein",
           "Nachhilfe", "Musik", "Fluechtlinge", "Xylophon", "Begleitung", "Garten", "Tafel Nachbarschaft"]  # fmt: skip


def setup() -> str:
    sqlite = ROOT / "var" / "bench" / "portal.sqlite3"
    sqlite.parent.mkdir(parents=True, exist_ok=True)
    url = os.environ.get("PORTAL_BENCH_DATABASE_URL", "")
    if not url and sqlite.exists() and not REUSE:
        sqlite.unlink()
    os.environ.pop("SQLITE_PATH", None)
    production_env(
        allowed_hosts="testserver,localhost",
        TASKS_IMMEDIATE="true",
        LOG_LEVEL="WARNING",
        MEDIA_ROOT=str(ROOT / "var" / "bench" / "portal-media"),
        DATABASE_URL=url or f"sqlite:///{sqlite}",
    )
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test.utils import override_settings

    plain = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    override_settings(STORAGES={**settings.STORAGES, "staticfiles": plain}).enable()
    if url and not REUSE:
        call_command("flush", "--no-input", verbosity=0)
    call_command("migrate", "--no-input", verbosity=0)
    if url.startswith("postgres"):  # the planner's cost of an index lookup as production's (docs/deploy.md)
        from django.db import connection

        name = connection.ops.quote_name(connection.settings_dict["NAME"])
        with connection.cursor() as cursor:
            cursor.execute(f"ALTER DATABASE {name} SET random_page_cost = 1.1")
        connection.close()  # the setting holds for new connections
    return "postgresql" if url.startswith("postgres") else "sqlite"


# --- data ----------------------------------------------------------------------------------------

_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # treebeard's MP_Node alphabet (steplen 4)


def _step(n: int) -> str:
    digits = ""
    while n:
        n, rest = divmod(n, len(_ALPHABET))
        digits = _ALPHABET[rest] + digits
    return digits.rjust(4, "0")


def add_children(parent, pages: list, *, now) -> None:
    """Append `pages` (unsaved specific instances) below `parent` as live pages, in bulk: what
    Page.add_child does one page at a time (path, depth, url_path, numchild, publication)."""
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import F
    from wagtail.models import Page

    last = parent.get_last_child()
    first = (int(last.path[-4:], 36) + 1) if last else 1
    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    for i, page in enumerate(pages):
        page.path = parent.path + _step(first + i)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = parent.locale_id
        page.content_type = content_type
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at = page.last_published_at = now
        page.draft_title = page.title
        page.translation_key = uuid.uuid4()
    base_fields = [f.attname for f in Page._meta.concrete_fields if not f.primary_key]
    for start in range(0, len(pages), 500):
        batch = pages[start : start + 500]
        rows = Page.objects.bulk_create([Page(**{name: getattr(p, name) for name in base_fields}) for p in batch])
        for page, row in zip(batch, rows, strict=True):
            page.page_ptr_id = page.id = row.pk
        model._base_manager._insert(batch, fields=model._meta.local_concrete_fields, using="default")
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.sample(SENTENCES, n))


def _translated(**fields) -> dict:
    """German fields given both ways (modeltranslation's column and the default)."""
    return {**fields, **{f"{name}_de": value for name, value in fields.items()}}


def generate() -> tuple[list[str], dict[str, float]]:
    from django.core.files.base import ContentFile
    from django.db import transaction
    from django.utils import timezone

    from engagiert.card.models import AcceptancePartner
    from engagiert.core.models import Municipality
    from engagiert.directory.models import Organisation, Programme
    from engagiert.events.models import Event
    from engagiert.portal.models import ContentPage, NewsIndexPage, NewsPage, PageSearchTerm, PortalImage
    from engagiert.portal.programmes import ProgrammePage
    from engagiert.portal.search import term_rows
    from engagiert.portal.services import ensure_site
    from engagiert.portal.tests.factories import png_bytes
    from engagiert.volunteering.models import Opportunity

    rng = random.Random(SEED)
    now = timezone.now()
    today = dt.date.today()
    timings = {"sites": 0.0, "pages": 0.0, "terms": 0.0, "directory": 0.0}
    programme = Programme.objects.create(
        slug=PROGRAMME_SLUG, **_translated(name="Engagierte Stadt", description="Ein Programm für Engagement.")
    )
    slugs = []
    for t in range(TOWNS):
        with transaction.atomic():
            t0 = time.perf_counter()
            town = Municipality.objects.create(name=f"Stadt {t}", slug=f"stadt-{t}", ags=f"15{t:06d}", state="ST")
            parts = ensure_site(municipality=town)
            home = parts.home
            index = NewsIndexPage.objects.child_of(home).get()
            images = [
                PortalImage.objects.create(
                    title=f"Bild {i}",
                    description="Menschen bei einer Begegnung",
                    collection=parts.collection,
                    file=ContentFile(png_bytes((640, 360), (rng.randrange(256), 90, 120)), name=f"b{t}-{i}.png"),
                )
                for i in range(5)
            ]
            t1 = time.perf_counter()
            pages = []
            for p in range(PAGES):
                word = TITLE_WORDS[(p + t) % len(TITLE_WORDS)]
                body = [{"type": "text", "value": f"<p>{_text(rng, 3)}</p>", "id": str(uuid.uuid4())}]
                pages.append(
                    ContentPage(
                        slug=f"seite-{p}",
                        **_translated(title=f"{word} {p}", intro=f"{word}: {_text(rng, 1)}", body=body),
                    )
                )
            add_children(home, pages, now=now)
            programme_page = ProgrammePage(
                slug=PROGRAMME_SLUG,
                programme=programme,
                **_translated(title="Engagierte Stadt", intro="Das Netzwerk der engagierten Stadt.", body=[]),
            )
            add_children(home, [programme_page], now=now)
            news = [
                NewsPage(
                    slug=f"nachricht-{n}",
                    date=today - dt.timedelta(days=n // 3),
                    image=images[n % len(images)],
                    **_translated(
                        title=f"{TITLE_WORDS[(n * 7 + t) % len(TITLE_WORDS)]}: Nachricht {n}",
                        teaser=_text(rng, 2),
                        body=[{"type": "text", "value": f"<p>{_text(rng, 4)}</p>", "id": str(uuid.uuid4())}],
                    ),
                )
                for n in range(NEWS)
            ]
            add_children(index, news, now=now)
            t2 = time.perf_counter()
            rows = [row for page in [*pages, programme_page, *news] for row in term_rows(page, home_id=home.pk)]
            PageSearchTerm.objects.bulk_create(rows, batch_size=2000)
            t3 = time.perf_counter()
            orgs = Organisation.objects.bulk_create(
                Organisation(
                    municipality=town,
                    name=f"{TITLE_WORDS[o % len(TITLE_WORDS)]} e. V. {o}",
                    sort_name=f"{TITLE_WORDS[o % len(TITLE_WORDS)].lower()} e. v. {o}",
                    slug=f"verein-{o}",
                    kind=Organisation.Kind.ASSOCIATION,
                    status=Organisation.Status.PUBLISHED,
                )
                for o in range(MEMBERS)
            )
            Organisation.programmes.through.objects.bulk_create(
                Organisation.programmes.through(organisation_id=org.pk, programme_id=programme.pk) for org in orgs
            )
            events = Event.objects.bulk_create(
                Event(
                    municipality=town,
                    title=f"Begegnung {e}",
                    format="dance",
                    start=now + dt.timedelta(days=e + 1),
                    end=now + dt.timedelta(days=e + 1, hours=2),
                    status=Event.Status.PUBLISHED,
                )
                for e in range(30)
            )
            Event.organisations.through.objects.bulk_create(
                Event.organisations.through(event_id=event.pk, organisation_id=orgs[i % len(orgs)].pk)
                for i, event in enumerate(events)
            )
            Opportunity.objects.bulk_create(
                Opportunity(
                    municipality=town,
                    organisation=orgs[o],
                    title=f"Helfer*in gesucht {o}",
                    confirmed_current_at=now,
                    status=Opportunity.Status.PUBLISHED,
                )
                for o in range(10)
            )
            AcceptancePartner.objects.bulk_create(
                AcceptancePartner(
                    municipality=town,
                    name=f"Partner {a}",
                    category="kultur",
                    street="Markt 1",
                    postcode="06844",
                    city="Stadt",
                    status=AcceptancePartner.Status.APPROVED,
                )
                for a in range(20)
            )
            t4 = time.perf_counter()
        for key, seconds in (("sites", t1 - t0), ("pages", t2 - t1), ("terms", t3 - t2), ("directory", t4 - t3)):
            timings[key] += seconds
        slugs.append(town.slug)
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return slugs, timings


# --- measuring -----------------------------------------------------------------------------------


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


SCENARIOS = (
    ("start", "Town start page", "/{slug}/", PAGE_TARGET_MS),
    ("news", "News list", "/{slug}/aktuelles/", PAGE_TARGET_MS),
    ("programme", f"Programme ({MEMBERS} members)", f"/{{slug}}/{PROGRAMME_SLUG}/", PAGE_TARGET_MS),
    ("search", "Site-wide search", "/{slug}/suche/?q={query}", SEARCH_TARGET_MS),
)


def measure(slugs: list[str], *, cached: bool, fragments: bool) -> list[dict]:
    from urllib.parse import quote

    from django.conf import settings
    from django.core.cache import cache
    from django.db import close_old_connections, connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    client = Client(HTTP_HOST="localhost")
    rng = random.Random(SEED + 1)
    scenarios = SCENARIOS if not (cached or fragments) else SCENARIOS[:1]
    total = REQUESTS + WARMUP
    plan = [(key, path.format(slug=rng.choice(slugs), query=quote(QUERIES[i % len(QUERIES)])))
            for i in range(total) for key, _label, path, _target in scenarios]  # fmt: skip
    wall: dict[str, list[float]] = {key: [] for key, *_ in scenarios}
    cpu: dict[str, list[float]] = {key: [] for key, *_ in scenarios}
    seconds = settings.FRAGMENT_CACHE_SECONDS if fragments else 0
    with override_settings(PAGE_CACHE_SECONDS=120 if cached else 0, FRAGMENT_CACHE_SECONDS=seconds):
        cache.clear()
        if cached or fragments:  # between two changes: every town's page seen once since the last
            for slug in slugs:  # (the first view after a change is the cold render, measured first)
                client.get(SCENARIOS[0][2].format(slug=slug))
                close_old_connections()
        for i, (key, url) in enumerate(plan):
            c0, t0 = time.process_time(), time.perf_counter()
            response = client.get(url)
            t1, c1 = time.perf_counter(), time.process_time()
            assert response.status_code == 200, (url, response.status_code)
            close_old_connections()
            if i >= WARMUP * len(scenarios):
                wall[key].append((t1 - t0) * 1000)
                cpu[key].append((c1 - c0) * 1000)
        if PROFILE and scenarios is SCENARIOS:
            profile(client, scenarios, slugs)
        rows = []
        for key, label, path, target in scenarios:
            counts = set()
            for slug in slugs[:3]:
                url = path.format(slug=slug, query=quote("Tanz"))
                client.get(url)  # the page cache filled, if on
                with CaptureQueriesContext(connection) as queries:
                    client.get(url)
                counts.add(len(queries))
            rows.append(
                {
                    "key": key,
                    "label": label + (" (page cache)" if cached else " (fragments)" if fragments else " (cold)"),
                    "p50": statistics.median(wall[key]),
                    "p95": percentile(wall[key], 95),
                    "cpu_p50": statistics.median(cpu[key]),
                    "cpu_p95": percentile(cpu[key], 95),
                    "queries": sorted(counts),
                    "target": target,
                }
            )
    return rows


def profile(client, scenarios, slugs: list[str]) -> None:
    """Prints where the CPU time of 20 requests of each scenario goes (cProfile)."""
    import cProfile
    import pstats
    from urllib.parse import quote

    from django.db import close_old_connections

    for key, _label, path, _target in scenarios:
        profiler = cProfile.Profile(time.process_time)  # CPU time: the machine is shared
        for i in range(20):
            url = path.format(slug=slugs[i % len(slugs)], query=quote(QUERIES[i % len(QUERIES)]))
            profiler.enable()
            client.get(url)
            profiler.disable()
            close_old_connections()
        profiler.dump_stats(ROOT / "var" / "bench" / f"portal-{key}.prof")
        print(f"--- CPU profile of {key} (20 requests; var/bench/portal-{key}.prof)")
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)


def warm_up_renditions(slugs: list[str]) -> None:
    """Renditions are made on the first view of each image (as in production, once)."""
    from django.test import Client

    client = Client(HTTP_HOST="localhost")
    for slug in slugs:
        client.get(f"/{slug}/")
        client.get(f"/{slug}/aktuelles/")


def main() -> int:
    backend = setup()
    if REUSE:
        from engagiert.core.models import Municipality

        slugs = list(Municipality.objects.order_by("pk").values_list("slug", flat=True))
        print(f"{backend}: the data of the last run, {len(slugs)} towns")
    else:
        started = time.perf_counter()
        slugs, timings = generate()
        generated = time.perf_counter() - started
        parts = ", ".join(f"{key} {seconds:.0f} s" for key, seconds in timings.items())
        print(f"{backend}: {TOWNS} towns × {PAGES} pages × {NEWS} news, {MEMBERS} programme members each:")
        print(f"  generated in {generated:.0f} s ({parts})")
        t0 = time.perf_counter()
        warm_up_renditions(slugs)
        print(f"  renditions made in {time.perf_counter() - t0:.0f} s; load average {os.getloadavg()[0]:.2f}")
    rows = [
        *measure(slugs, cached=False, fragments=False),
        *measure(slugs, cached=False, fragments=True),
        *measure(slugs, cached=True, fragments=True),
    ]
    print(
        f"{'scenario':<34} {'p50 ms':>7} {'p95 ms':>7} {'CPU p50':>8} {'CPU p95':>8} {'queries':>8} {'target':>7}  ok"
    )
    ok = True
    for row in rows:
        met = row["p95"] <= row["target"] and len(row["queries"]) == 1
        ok &= met
        queries = "/".join(str(c) for c in row["queries"])
        print(
            f"{row['label']:<34} {row['p50']:>7.1f} {row['p95']:>7.1f} {row['cpu_p50']:>8.1f} {row['cpu_p95']:>8.1f}"
            f" {queries:>8} {row['target']:>7.0f}  {'yes' if met else 'NO'}"
        )
    print(f"load average: {os.getloadavg()[0]:.2f}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
