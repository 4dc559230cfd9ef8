"""Benchmark of the portal: a town start page with every live block, and its news list.

    .venv/bin/python -m bench.portal

Builds a fresh SQLite database in var/bench/ (or uses PORTAL_BENCH_DATABASE_URL, a PostgreSQL
database that may be emptied) with PORTAL_BENCH_TOWNS towns (the issue: 113), each with its site,
PORTAL_BENCH_PAGES content pages (200) and PORTAL_BENCH_NEWS news items (1,000) with images, plus
events and acceptance partners; then measures in-process with django.test.Client (whole middleware
stack) PORTAL_BENCH_REQUESTS requests (default 60) per scenario on a random town: p50, p95 and the
queries of one request. Target: p95 <= 50 ms, a fixed number of queries. Pages are made through
Wagtail's tree API (one insert at a time), so the issue's full size takes hours: run it small."""

from __future__ import annotations

import datetime as dt
import os
import random
import secrets
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOWNS = int(os.environ.get("PORTAL_BENCH_TOWNS", "113"))
PAGES = int(os.environ.get("PORTAL_BENCH_PAGES", "200"))
NEWS = int(os.environ.get("PORTAL_BENCH_NEWS", "1000"))
REQUESTS = int(os.environ.get("PORTAL_BENCH_REQUESTS", "60"))
TARGET_P95_MS = 50.0


def setup() -> str:
    sqlite = ROOT / "var" / "bench" / "portal.sqlite3"
    sqlite.parent.mkdir(parents=True, exist_ok=True)
    url = os.environ.get("PORTAL_BENCH_DATABASE_URL", "")
    if not url and sqlite.exists():
        sqlite.unlink()
    os.environ.pop("SQLITE_PATH", None)
    os.environ.update(
        DJANGO_SETTINGS_MODULE="engagiert.settings",
        ENGAGIERT_DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        SECURE_SSL_REDIRECT="false",
        SECURE_COOKIES="false",
        ALLOWED_HOSTS="testserver,localhost",
        REQUIRE_STAFF_2FA="false",
        TASKS_IMMEDIATE="true",
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
    if url:
        call_command("flush", "--no-input", verbosity=0)
    call_command("migrate", "--no-input", verbosity=0)
    return "postgresql" if url.startswith("postgres") else "sqlite"


def generate() -> list[str]:
    from django.core.files.base import ContentFile
    from django.utils import timezone

    from engagiert.card.models import AcceptancePartner
    from engagiert.core.models import Municipality
    from engagiert.events.models import Event
    from engagiert.portal.models import ContentPage, NewsIndexPage, NewsPage, PortalImage
    from engagiert.portal.services import ensure_site
    from engagiert.portal.tests.factories import png_bytes

    rng = random.Random(14)
    slugs = []
    now = timezone.now()
    for t in range(TOWNS):
        town = Municipality.objects.create(name=f"Stadt {t}", slug=f"stadt-{t}", ags=f"15{t:06d}", state="ST")
        parts = ensure_site(municipality=town)
        home = parts.home
        for p in range(PAGES):
            home.add_child(instance=ContentPage(title=f"Programm {p}", slug=f"programm-{p}", intro="Text", live=True))
        index = NewsIndexPage.objects.child_of(home).get()
        images = [
            PortalImage.objects.create(
                title=f"Bild {i}",
                description="Illustration",
                collection=parts.collection,
                file=ContentFile(png_bytes((800, 450), (rng.randrange(256), 90, 120)), name=f"b{i}.png"),
            )
            for i in range(5)
        ]
        for n in range(NEWS):
            index.add_child(
                instance=NewsPage(
                    title=f"Nachricht {n}",
                    slug=f"nachricht-{n}",
                    teaser="Ein kurzer Anreißer für die Übersicht.",
                    date=dt.date.today() - dt.timedelta(days=n),
                    image=images[n % len(images)],
                    live=True,
                )
            )
        Event.objects.bulk_create(
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
        slugs.append(town.slug)
    return slugs


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> int:
    backend = setup()
    from django.db import close_old_connections, connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    started = time.perf_counter()
    slugs = generate()
    print(f"{backend}: {TOWNS} towns × {PAGES} pages × {NEWS} news generated in {time.perf_counter() - started:.1f} s")
    client = Client(HTTP_HOST="localhost")
    rng = random.Random(1)
    rows = []
    for key, path in (("Town start page", "/{slug}/"), ("News list", "/{slug}/aktuelles/")):
        for slug in slugs:  # renditions are made on the first view of each image
            client.get(path.format(slug=slug))
        timings = []
        for _ in range(REQUESTS):
            url = path.format(slug=rng.choice(slugs))
            t0 = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - t0) * 1000)
            assert response.status_code == 200, (url, response.status_code)
            close_old_connections()
        counts = set()
        for slug in slugs[:3]:
            with CaptureQueriesContext(connection) as queries:
                client.get(path.format(slug=slug))
            counts.add(len(queries))
        rows.append((key, statistics.median(timings), percentile(timings, 95), counts))
    print(f"{'scenario':<16} {'p50 ms':>9} {'p95 ms':>9} {'queries':>10} {'target p95':>11}  ok")
    ok = True
    for key, p50, p95, counts in rows:
        met = p95 <= TARGET_P95_MS and len(counts) == 1
        ok &= met
        q = "/".join(str(c) for c in sorted(counts))
        print(f"{key:<16} {p50:>9.1f} {p95:>9.1f} {q:>10} {TARGET_P95_MS:>11.0f}  {'yes' if met else 'NO'}")
    print(f"load average: {os.getloadavg()[0]:.2f}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
