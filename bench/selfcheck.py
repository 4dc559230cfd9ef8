"""Benchmark of the Selbstcheck report: a round with many respondents × 100 statements.

    .venv/bin/python -m bench.selfcheck

Builds a fresh SQLite database in var/bench/ (or uses SELFCHECK_BENCH_DATABASE_URL, e.g. a
PostgreSQL database that may be emptied), fills a closed round with SELFCHECK_BENCH_RESPONDENTS
respondents (default 200; the issue's target size is 1000) who answered every statement, plus an
earlier round for the radar comparison, then measures in-process with django.test.Client (whole
middleware stack): the coordinator's report page (SELFCHECK_BENCH_REQUESTS, default 40) and the
PDF (SELFCHECK_BENCH_PDFS, default 3). Targets: report p95 <= 300 ms, PDF <= 3 s.
The aggregates of a closed round are cached after the first request ("1st ms" column)."""

from __future__ import annotations

import os
import random
import secrets
import statistics
import sys
import time
from pathlib import Path

from bench.environment import production_env

ROOT = Path(__file__).resolve().parent.parent
RESPONDENTS = int(os.environ.get("SELFCHECK_BENCH_RESPONDENTS", "200"))
REQUESTS = int(os.environ.get("SELFCHECK_BENCH_REQUESTS", "40"))
PDFS = int(os.environ.get("SELFCHECK_BENCH_PDFS", "3"))
TARGET_REPORT_P95_MS = 300.0
TARGET_PDF_MS = 3000.0
DEPARTMENTS = [
    "Amt für Soziales und Integration",
    "Personalamt",
    "Jugendamt",
    "Ordnungsamt",
    "Bürgerbüro",
    "Schulverwaltungsamt",
    "Wirtschaftsförderung",
    "Pressestelle",
]


def setup() -> str:
    sqlite = ROOT / "var" / "bench" / "selfcheck.sqlite3"
    sqlite.parent.mkdir(parents=True, exist_ok=True)
    url = os.environ.get("SELFCHECK_BENCH_DATABASE_URL", "")
    if not url and sqlite.exists():
        sqlite.unlink()
    os.environ.pop("SQLITE_PATH", None)
    production_env(
        TASKS_IMMEDIATE="true",
        DATABASE_URL=url or f"sqlite:///{sqlite}",
    )
    import logging

    import django

    django.setup()
    logging.getLogger("weasyprint").setLevel(logging.WARNING)
    logging.getLogger("fontTools").setLevel(logging.WARNING)
    from django.conf import settings
    from django.core.management import call_command
    from django.test.utils import override_settings

    # Plain static storage: no collectstatic needed; URLs cost the same as with a cached manifest.
    plain = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    storages = {**settings.STORAGES, "staticfiles": plain}
    override_settings(STORAGES=storages).enable()
    if url:
        call_command("flush", "--no-input", verbosity=0)
    call_command("migrate", "--no-input", verbosity=0)
    return "postgresql" if url.startswith("postgres") else "sqlite"


def generate(respondents: int):
    from django.utils import timezone

    from engagiert.core.models import Municipality, Role, User
    from engagiert.selfcheck.models import Answer, Question, Respondent, Round
    from engagiert.selfcheck.services import load_default_catalogue

    rng = random.Random(1000)
    catalogue = load_default_catalogue()
    muni = Municipality.objects.create(name="Dessau-Roßlau", slug="dessau-rosslau", ags="15001000", state="ST")
    user = User.objects.create_user(username="k@bench.example", email="k@bench.example", password="x")
    Role.objects.create(user=user, municipality=muni, kind=Role.Kind.COORDINATOR)
    questions = list(Question.objects.filter(field__catalogue=catalogue).values_list("pk", flat=True))
    rounds = []
    for title, count in (("Selbstcheck 2024", max(3, respondents // 4)), ("Selbstcheck 2026", respondents)):
        r = Round.objects.create(municipality=muni, catalogue=catalogue, title=title, status="closed")
        rounds.append(r)
        people = Respondent.objects.bulk_create(
            Respondent(
                round=r,
                email=f"p{i}@bench.example",
                department=DEPARTMENTS[i % len(DEPARTMENTS)],
                token_hash=secrets.token_hex(32),
                submitted_at=timezone.now(),
            )
            for i in range(count)
        )
        batch = []
        for p in people:
            bias = rng.gauss(0, 0.5)
            for q in questions:
                v = None if rng.random() < 0.06 else min(5, max(1, round(3 + bias + rng.gauss(0, 1))))
                batch.append(Answer(respondent=p, question_id=q, value=v))
            if len(batch) >= 20000:
                Answer.objects.bulk_create(batch)
                batch = []
        Answer.objects.bulk_create(batch)
        time.sleep(0.01)  # distinct created_at: the earlier round is compared with
    return user, muni, rounds[-1]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> int:
    backend = setup()
    from django.db import close_old_connections, connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    started = time.perf_counter()
    user, muni, round = generate(RESPONDENTS)
    print(f"{backend}: {RESPONDENTS} respondents × 100 statements generated in {time.perf_counter() - started:.1f} s")
    client = Client()
    client.force_login(user)
    base = f"/{muni.slug}/selbstcheck/koordination/runde/{round.pk}"
    rows = []
    for key, url, n, target in (
        ("Report page", f"{base}/bericht/", REQUESTS, TARGET_REPORT_P95_MS),
        ("Report PDF", f"{base}/bericht.pdf", PDFS, TARGET_PDF_MS),
    ):
        t0 = time.perf_counter()
        client.get(url)  # warm-up: the first request computes the aggregates of the closed round
        cold = (time.perf_counter() - t0) * 1000
        timings = []
        for _ in range(n):
            t0 = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - t0) * 1000)
            assert response.status_code == 200, response.status_code
            close_old_connections()
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        rows.append((key, statistics.median(timings), percentile(timings, 95), len(queries), target, cold))
    print(f"{'scenario':<14} {'1st ms':>9} {'p50 ms':>9} {'p95 ms':>9} {'queries':>8} {'target p95':>11}  ok")
    ok = True
    for key, p50, p95, q, target, cold in rows:
        met = p95 <= target
        ok &= met
        print(f"{key:<14} {cold:>9.1f} {p50:>9.1f} {p95:>9.1f} {q:>8} {target:>11.0f}  {'yes' if met else 'NO'}")
    print(f"load average: {os.getloadavg()[0]:.2f}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
