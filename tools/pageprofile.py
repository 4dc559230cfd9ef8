"""Per-request cost of public pages, in-process, with production settings (DEBUG off).

    python tools/pageprofile.py [--requests N] [--profile] [--cached] PATH...

For each PATH (e.g. /dessau-rosslau/begegnungen/) it prints the CPU time of one request in this
process (the web server's share of the work), the wall time, the number of SQL queries, and
both as a ratio to the bare view (/healthz) measured in the same run, interleaved request by
request so that other work on the machine weighs on both alike. On a shared machine the ratio
of CPU times is the figure to compare: it predicts the throughput ratio of a CPU-bound server.
--profile prints a pyinstrument profile of each page (pyinstrument installed, or on
PYTHONPATH); --cached leaves the page cache on (default: off, PAGE_CACHE_SECONDS=0); --queries
prints each page's SQL.

Uses DATABASE_URL (and REDIS_URL, when set) like the web servers; needs the demo data there.
It writes nothing but what the pages themselves write."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def configure(cached: bool) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "engagiert.settings")
    os.environ["ENGAGIERT_DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", "pageprofile-" + "x" * 40)
    os.environ["ALLOWED_HOSTS"] = "testserver,127.0.0.1"
    os.environ["SECURE_SSL_REDIRECT"] = "false"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    if not cached:
        os.environ["PAGE_CACHE_SECONDS"] = "0"
    import django

    django.setup()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--cprofile", action="store_true")
    parser.add_argument("--cached", action="store_true")
    parser.add_argument("--queries", action="store_true")
    args = parser.parse_args()
    configure(args.cached)

    from django.db import close_old_connections, connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()

    def one(path: str) -> tuple[float, float, int]:
        with CaptureQueriesContext(connection) as queries:
            cpu, wall = time.process_time(), time.perf_counter()
            response = client.get(path, HTTP_ACCEPT_ENCODING="gzip, deflate")
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}")
        client.cookies.clear()  # an anonymous visitor every time
        close_old_connections()
        return cpu * 1000, wall * 1000, len(queries)

    bare = "/healthz"
    paths = [bare] + [p for p in args.paths if p != bare]
    for path in paths:  # warm up: templates, translations, connections
        for _ in range(5):
            one(path)
    samples: dict[str, list[tuple[float, float, int]]] = {p: [] for p in paths}
    for _ in range(args.requests):
        for path in paths:
            samples[path].append(one(path))

    def median(path: str, index: int) -> float:
        return statistics.median(s[index] for s in samples[path])

    print(f"{'page':<60} {'cpu ms':>7} {'wall ms':>8} {'queries':>7} {'bare/page (cpu)':>16}")
    for path in paths:
        cpu, wall = median(path, 0), median(path, 1)
        print(
            f"{path:<60} {cpu:>7.2f} {wall:>8.2f} {samples[path][-1][2]:>7} "
            f"{median(bare, 0) / cpu if cpu else 0:>16.0%}"
        )
    if args.queries:
        for path in paths[1:]:
            with CaptureQueriesContext(connection) as queries:
                client.get(path)
            client.cookies.clear()
            print(f"\n{path}: {len(queries)} queries")
            for query in queries:
                print(f"  {query['time']}s {query['sql'][:300]}")
    if args.cprofile:
        import cProfile
        import pstats

        for path in paths[1:]:
            profile = cProfile.Profile(time.process_time)
            profile.enable()
            for _ in range(10):
                one(path)
            profile.disable()
            print(f"\n===== {path} (10 requests, CPU time)")
            stats = pstats.Stats(profile)
            stats.sort_stats("tottime").print_stats(35)
            stats.sort_stats("cumulative").print_stats(60)
    if args.profile:
        from pyinstrument import Profiler

        for path in paths[1:]:
            profiler = Profiler(interval=0.001)
            profiler.start()
            for _ in range(10):
                one(path)
            profiler.stop()
            print(f"\n===== {path} (10 requests)")
            print(profiler.output_text(unicode=False, color=False, show_all=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
