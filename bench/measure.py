"""Measures server-side latency in-process with django.test.Client (the whole middleware
stack, URL resolution, views, templates, database), and writes the figures as JSON.

    python -m bench.measure OUT.json

Scenarios are interleaved request by request, so that a noisy neighbour on the machine
affects all of them (and the bare reference) alike."""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlencode

SEARCH_SCENARIOS = ("search", "search_facets", "api_search_muni", "api_search_all")


@dataclass
class Scenario:
    key: str
    label: str
    urls: list[str]
    timings_ms: list[float] = field(default_factory=list)


def _targets(rng: random.Random, n: int) -> list[dict]:
    """`n` published organisations picked at random: every organisation equally likely, so a
    municipality is picked in proportion to its size (where the visitors are)."""
    from engagiert.directory.models import Organisation

    rows = list(
        Organisation.objects.filter(status=Organisation.Status.PUBLISHED)
        .order_by("pk")
        .values_list("pk", "municipality__slug", "slug", "kind", "district__slug", "district__parent__slug")
    )
    picked = [rows[rng.randrange(len(rows))] for _ in range(n)]
    topics = defaultdict(list)
    for org_id, slug in Organisation.topics.through.objects.filter(
        organisation_id__in={p[0] for p in picked}
    ).values_list("organisation_id", "topic__slug"):
        topics[org_id].append(slug)
    return [
        {
            "municipality": muni,
            "slug": slug,
            "kind": kind,
            "district": parent if parent and rng.random() < 0.5 else district,
            "topic": rng.choice(sorted(topics[pk])) if topics[pk] else "",
        }
        for pk, muni, slug, kind, district, parent in picked
    ]


def build_scenarios(requests: int, warmup: int, seed: int) -> list[Scenario]:
    from bench.words import QUERIES

    rng = random.Random(seed)
    total = requests + warmup
    targets = _targets(rng, total)
    queries = [QUERIES[i % len(QUERIES)] for i in range(total)]
    rng.shuffle(queries)

    def facets(t: dict, q: str) -> str:
        params = {"q": q, "topic": t["topic"], "district": t["district"] or "", "kind": t["kind"]}
        return urlencode({k: v for k, v in params.items() if v})

    return [
        Scenario(
            "search",
            "Directory search, query",
            [f"/{t['municipality']}/durchblick/?{urlencode({'q': q})}" for t, q in zip(targets, queries, strict=True)],
        ),
        Scenario(
            "search_facets",
            "Directory search, query + topic/district/kind",
            [f"/{t['municipality']}/durchblick/?{facets(t, q)}" for t, q in zip(targets, queries, strict=True)],
        ),
        Scenario(
            "detail",
            "Organisation detail page",
            [f"/{t['municipality']}/durchblick/{t['slug']}/" for t in targets],
        ),
        Scenario(
            "api_search_muni",
            "API search, one municipality",
            [
                f"/api/v1/organisations?{urlencode({'q': q, 'municipality': t['municipality']})}"
                for t, q in zip(reversed(targets), queries, strict=True)
            ],
        ),
        Scenario(
            "api_search_all",
            "API search, whole installation",
            [f"/api/v1/organisations?{urlencode({'q': q})}" for q in reversed(queries)],
        ),
        Scenario("bare", "Bare Django view (reference)", ["/bench/bare"] * total),
    ]


def _get(client, url: str) -> float:
    from django.db import close_old_connections

    start = time.perf_counter()
    response = client.get(url)
    # A WSGI server fires request_finished, which closes connections older than
    # CONN_MAX_AGE (every request on SQLite); the test client suppresses that, so do it here.
    close_old_connections()
    elapsed = (time.perf_counter() - start) * 1000
    if response.status_code != 200:
        raise RuntimeError(f"GET {url} answered {response.status_code}")
    return elapsed


def _percentile(values: list[float], p: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def _queries_of(client, url: str) -> dict:
    from django.db import close_old_connections, connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        client.get(url)
    close_old_connections()
    slowest = sorted(ctx.captured_queries, key=lambda q: float(q["time"]), reverse=True)[:3]
    return {
        "url": url,
        "count": len(ctx.captured_queries),
        "slowest": [{"ms": round(float(q["time"]) * 1000, 1), "sql": q["sql"][:4000]} for q in slowest],
    }


def _database_info() -> dict:
    from django.db import connection

    info = {"vendor": connection.vendor}
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT version()")
            info["version"] = cursor.fetchone()[0]
            for name in ("shared_buffers", "work_mem", "effective_cache_size", "random_page_cost", "jit"):
                cursor.execute(f"SHOW {name}")
                info[name] = cursor.fetchone()[0]
        else:
            cursor.execute("SELECT sqlite_version()")
            info["version"] = "SQLite " + cursor.fetchone()[0]
    return info


def measure(requests: int, warmup: int, seed: int) -> dict:
    from django.test import Client

    from bench.generate import _counts

    scenarios = build_scenarios(requests, warmup, seed)
    client = Client()
    load_before = os.getloadavg()
    for i in range(warmup):
        for sc in scenarios:
            _get(client, sc.urls[i])
    for i in range(warmup, warmup + requests):
        for sc in scenarios:
            sc.timings_ms.append(_get(client, sc.urls[i]))
    load_after = os.getloadavg()
    bare = next(sc for sc in scenarios if sc.key == "bare")
    bare_p95 = _percentile(bare.timings_ms, 95)
    results = []
    for sc in scenarios:
        p95 = _percentile(sc.timings_ms, 95)
        results.append(
            {
                "key": sc.key,
                "label": sc.label,
                "requests": len(sc.timings_ms),
                "p50_ms": round(_percentile(sc.timings_ms, 50), 2),
                "p95_ms": round(p95, 2),
                "p99_ms": round(_percentile(sc.timings_ms, 99), 2),
                "max_ms": round(max(sc.timings_ms), 2),
                "mean_ms": round(statistics.fmean(sc.timings_ms), 2),
                "p95_vs_bare": round(p95 / bare_p95, 1),
                "queries": _queries_of(client, sc.urls[warmup]),
            }
        )
    return {
        "database": _database_info(),
        "dataset": _counts(),
        "requests": requests,
        "warmup": warmup,
        "loadavg_before": [round(x, 2) for x in load_before],
        "loadavg_after": [round(x, 2) for x in load_after],
        "cpus": os.cpu_count(),
        "scenarios": results,
    }


def main(argv: list[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "engagiert.settings")
    import django

    django.setup()
    from django.test.utils import override_settings

    requests = int(os.environ.get("BENCH_REQUESTS", "200"))
    warmup = int(os.environ.get("BENCH_WARMUP", "20"))
    seed = int(os.environ.get("BENCH_SEED", "20250"))
    with override_settings(ROOT_URLCONF="bench.urls"):
        result = measure(requests, warmup, seed)
    with open(argv[1], "w", encoding="utf-8") as out:
        json.dump(result, out, indent=2, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
