"""CPU time of the public pages of `make cluster`'s anonymous mix (issue 18), rendered and from the
page cache, and of the public pages that are never cached (a form), in-process.

    .venv/bin/python -m bench.pages

Reads the demo database (`manage.py migrate && manage.py load_demo`; SQLITE_PATH or
PAGES_BENCH_DATABASE_URL, default var/engagiert.sqlite3: nothing is written), with the settings
as in production (ENGAGIERT_DEBUG=false, manifest static files, so `collectstatic` runs first into
var/static) and the page cache off (PAGE_CACHE_SECONDS=0): every request renders. Measures with
django.test.Client (whole middleware stack), interleaved, PAGES_BENCH_REQUESTS requests (default
200, after PAGES_BENCH_WARMUP 20) of each page of deploy/locustfile.py's anonymous visitor in a
random town (event pages and offers among the published upcoming ones), of the public pages with
a form (the newsletter sign-up and a portal contact page, cached without their CSRF token; and
allauth's sign-in, sign-up and password forgotten, which are never cached: marked private) and of
the bare view
(/healthz, the reference of `make cluster`): the process's CPU time per request, p50 and p95
(on SQLite the database's work is in it too), and the SQL statements of one request.

The last column estimates what `make cluster` shows as "vs bare" for a page that is not served
from the page cache: the bare view's CPU time over the page's (p50). On 6 December 2026 this
in-process ratio matched the cluster's figures within a few points (calendar 4 % both, directory
search 6 % against 7 %, event page 8 % against 11 %: the cluster's fixed costs per request, HTTP
and the proxy, narrow the gap a little). The target is 15 %.

Then (PAGES_BENCH_CACHED=1, the default) the same pages once more with the page cache on, as
anonymous visitors get them: the share of requests it answered and the CPU time of a hit, whose
target is 50 % of the bare view (the page cache's store is Redis with REDIS_URL, else local
memory; Redis's own CPU is not the process's, as in `make cluster`).

Queries: of the first request of a page (nothing kept yet: core.fragments' start-page blocks
rendered) and of the last one. PAGES_BENCH_PROFILE=1 prints a cProfile (CPU time) of every page
and keeps it in var/bench/; PAGES_BENCH_ONLY=name,name measures some pages only; REDIS_URL is
passed through (production's cache: Redis), without it the cache is local memory."""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from pathlib import Path

from bench.environment import production_env

ROOT = Path(__file__).resolve().parent.parent
REQUESTS = int(os.environ.get("PAGES_BENCH_REQUESTS", "200"))
WARMUP = int(os.environ.get("PAGES_BENCH_WARMUP", "20"))
SEED = int(os.environ.get("PAGES_BENCH_SEED", "18"))
PROFILE = os.environ.get("PAGES_BENCH_PROFILE") == "1"
ONLY = [name for name in os.environ.get("PAGES_BENCH_ONLY", "").split(",") if name]
TARGET = 0.15  # a page the page cache does not answer
CACHED = os.environ.get("PAGES_BENCH_CACHED", "1") == "1"  # a second pass with the page cache on
CACHED_TARGET = 0.50  # a page the page cache answers
# The pages the page cache keeps (settings.PAGE_CACHE_PAGES, the portal's pages)
CACHEABLE = ("town start page", "directory", "directory search (query)", "calendar", "event page", "Mach mit!",
             "card partners", "Mach mit! offer", "organisation page", "news list (portal)", "newsletter sign-up",
             "contact page (portal)")  # fmt: skip
WORDS = ["Sport", "Kinder", "Senioren", "Musik", "Umwelt", "Sprache", "Tafel", "Garten"]  # deploy/locustfile.py


def setup() -> None:
    production_env(
        allowed_hosts="testserver,localhost",
        PAGE_CACHE_SECONDS="0",
        LOG_LEVEL="WARNING",
        TASKS_BACKEND="immediate",
    )
    if os.environ.get("PAGES_BENCH_DATABASE_URL"):
        os.environ["DATABASE_URL"] = os.environ["PAGES_BENCH_DATABASE_URL"]
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def scenarios(rng: random.Random) -> dict:
    from django.utils import timezone

    from engagiert.core.models import Municipality
    from engagiert.directory.models import Organisation
    from engagiert.events.models import Event
    from engagiert.portal.contacts import ContactPage
    from engagiert.portal.models import TownHomePage
    from engagiert.volunteering.models import Opportunity

    towns = list(Municipality.objects.order_by("pk").values_list("slug", flat=True))
    events = [
        (slug, pk)
        for slug, pk in Event.objects.filter(status=Event.Status.PUBLISHED, start__gte=timezone.now())
        .order_by("pk")
        .values_list("municipality__slug", "pk")[:200]
    ]
    offers = list(
        Opportunity.objects.filter(status=Opportunity.Status.PUBLISHED)
        .order_by("pk")
        .values_list("municipality__slug", "pk")[:200]
    )
    if not towns or not events:
        raise SystemExit("bench.pages: no demo data (run manage.py migrate && manage.py load_demo)")
    pages = {
        "bare view (/healthz)": lambda: "/healthz",
        "town start page": lambda: f"/{rng.choice(towns)}/",
        "directory": lambda: f"/{rng.choice(towns)}/durchblick/",
        "directory search (query)": lambda: f"/{rng.choice(towns)}/durchblick/?q={rng.choice(WORDS)}",
        "calendar": lambda: f"/{rng.choice(towns)}/begegnungen/",
        "event page": lambda: "/{}/begegnungen/{}/".format(*rng.choice(events)),
        "Mach mit!": lambda: f"/{rng.choice(towns)}/mach-mit/",
        "card partners": lambda: f"/{rng.choice(towns)}/ehrenamtskarte/partner/",
    }
    if offers:
        pages["Mach mit! offer"] = lambda: "/{}/mach-mit/angebote/{}/".format(*rng.choice(offers))
    organisations = list(
        Organisation.objects.filter(status=Organisation.Status.PUBLISHED)
        .order_by("pk")
        .values_list("municipality__slug", "slug")[:200]
    )
    if organisations:
        pages["organisation page"] = lambda: "/{}/durchblick/{}/".format(*rng.choice(organisations))
    portal_towns = list(TownHomePage.objects.live().values_list("town__slug", flat=True))
    if portal_towns:
        pages["news list (portal)"] = lambda: f"/{rng.choice(portal_towns)}/aktuelles/"
    # Never cached: allauth's pages with a form (marked private: never_cache)
    pages["sign-in"] = lambda: "/accounts/login/"
    pages["sign-up"] = lambda: "/accounts/signup/"
    pages["password forgotten"] = lambda: "/accounts/password/reset/"
    # Pages with a form that are cached without their CSRF token (core.pagecache)
    pages["newsletter sign-up"] = lambda: f"/{rng.choice(towns)}/newsletter/"
    contact_pages = [page.url for page in ContactPage.objects.live()]
    if contact_pages:
        pages["contact page (portal)"] = lambda: rng.choice(contact_pages)
    if ONLY:
        pages = {name: url for name, url in pages.items() if name == "bare view (/healthz)" or name in ONLY}
    return pages


def measure(client, pages: dict) -> tuple[dict, dict, dict]:
    """CPU ms of every request after the warm-up, the queries of the first and the last, and the
    CPU ms of the answers that came from the page cache, interleaved over the pages."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cpu: dict[str, list[float]] = {name: [] for name in pages}
    queries: dict[str, list[int]] = {name: [] for name in pages}
    hits: dict[str, list[float]] = {name: [] for name in pages}  # the CPU ms of the page-cache hits
    last = WARMUP + REQUESTS - 1
    for round_ in range(WARMUP + REQUESTS):
        for name, url_of in pages.items():
            url = url_of()
            if round_ in (0, last):
                with CaptureQueriesContext(connection) as captured:
                    response = client.get(url)
                queries[name].append(len(captured))
            else:
                c0 = time.process_time()
                response = client.get(url)
                spent = (time.process_time() - c0) * 1000
                if round_ >= WARMUP:
                    cpu[name].append(spent)
                    if response.get("X-Cache") == "HIT":
                        hits[name].append(spent)
            if response.status_code != 200:
                raise SystemExit(f"bench.pages: {url} answered {response.status_code}")
    return cpu, queries, hits


def main() -> int:
    setup()
    from django.conf import settings
    from django.core.cache import cache
    from django.test import Client
    from django.test.utils import override_settings

    rng = random.Random(SEED)
    pages = scenarios(rng)
    client = Client(HTTP_ACCEPT_ENCODING="gzip, deflate")  # as browsers and locust ask
    cpu, queries, _ = measure(client, pages)
    bare = statistics.median(cpu["bare view (/healthz)"])
    print(f"bench.pages: {REQUESTS} requests per page after {WARMUP} warm-up, CPU ms of the process (SQLite's too)")
    print("| page                      | CPU p50 | CPU p95 | queries first / last | est. vs bare |")
    print("|---------------------------|---------|---------|----------------------|--------------|")
    for name, values in cpu.items():
        p50 = statistics.median(values)
        ratio = bare / p50
        mark = "" if ratio >= TARGET else " <"
        first, final = queries[name]
        print(
            f"| {name:<25} | {p50:>7.2f} | {percentile(values, 95):>7.2f} | {first:>9} / {final:<8} | "
            f"{ratio:>11.0%}{mark:<2}|"
        )
    print(f"(est. vs bare: the bare view's CPU p50 over the page's; target {TARGET:.0%}; "
          f"load average {os.getloadavg()[0]:.1f})")  # fmt: skip
    if CACHED:
        with override_settings(PAGE_CACHE_SECONDS=120):
            cache.clear()
            cpu, _, hits = measure(Client(HTTP_ACCEPT_ENCODING="gzip, deflate"), pages)
        where = "Redis" if settings.CACHES["default"]["BACKEND"].endswith("RedisCache") else "local memory"
        bare = statistics.median(cpu["bare view (/healthz)"])
        print(f"\nThe same with the page cache on ({where}), as anonymous visitors get the pages:")
        print("| page                      | CPU p50 | CPU p95 | hits | hit CPU p50 | hit vs bare | target |")
        print("|---------------------------|---------|---------|------|-------------|-------------|--------|")
        for name, values in cpu.items():
            if name == "bare view (/healthz)":
                p95 = percentile(values, 95)
                print(f"| {name:<25} | {bare:>7.2f} | {p95:>7.2f} |    – |           – |        100% |      – |")
                continue
            p50, p95 = statistics.median(values), percentile(values, 95)
            if name not in CACHEABLE:  # never kept: what it costs to render, against the target of 15 %
                mark = "" if bare / p50 >= TARGET else " <"
                print(f"| {name:<25} | {p50:>7.2f} | {p95:>7.2f} |    – |           – | {bare / p50:>10.0%}{mark:<2}"
                      f"| {TARGET:>6.0%} |")  # fmt: skip
                continue
            hit = statistics.median(hits[name]) if hits[name] else float("nan")
            mark = "" if bare / hit >= CACHED_TARGET else " <"
            print(
                f"| {name:<25} | {p50:>7.2f} | {p95:>7.2f} | {len(hits[name]) / len(values):>4.0%} | {hit:>11.2f} "
                f"| {bare / hit:>10.0%}{mark:<2}| {CACHED_TARGET:>6.0%} |"
            )
        print("(hits: the share of the requests the page cache answered (a page's first request in a town, or "
              "for an event, an offer or an organisation, is a miss); hit vs bare: the bare view's CPU p50 over "
              "a hit's, or for a page that is never kept (a form) over the page's)")  # fmt: skip
    if PROFILE:
        profile(client, pages)
    return 0


def profile(client, pages: dict) -> None:
    import cProfile
    import pstats

    for name, url_of in pages.items():
        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
        for _ in range(30):
            client.get(url_of())
        profiler.disable()
        out = ROOT / "var" / "bench" / f"pages-{name.split()[0].lower()}-{len(name)}.prof"
        out.parent.mkdir(parents=True, exist_ok=True)
        profiler.dump_stats(out)
        print(f"\n===== {name} (30 requests; {out}) =====")
        pstats.Stats(profiler).sort_stats("tottime").print_stats(30)


if __name__ == "__main__":
    sys.exit(main())
