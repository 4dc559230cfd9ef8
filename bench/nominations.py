"""Benchmark of Glücksbringer: the network gallery and the poster PDF.

    .venv/bin/python -m bench.nominations

Builds a fresh SQLite database in var/bench/ (or uses GB_BENCH_DATABASE_URL, e.g. a PostgreSQL
database that may be emptied) with one network campaign of GB_BENCH_TOWNS towns (default 113,
the issue's size) × GB_BENCH_PORTRAITS published portraits each (default 200), then measures
in-process with django.test.Client (whole middleware stack): the network gallery (first page,
filtered by town, filtered by topic, a deep page) and a portrait page, GB_BENCH_REQUESTS each
(default 100), and the A4 poster PDF with photo and logo (GB_BENCH_PDFS, default 5).
Targets: gallery p95 <= 50 ms with a fixed number of queries; poster PDF <= 1.5 s."""

from __future__ import annotations

import datetime
import io
import os
import random
import statistics
import sys
import time
from pathlib import Path

from bench.environment import production_env

ROOT = Path(__file__).resolve().parent.parent
TOWNS = int(os.environ.get("GB_BENCH_TOWNS", "113"))
PORTRAITS = int(os.environ.get("GB_BENCH_PORTRAITS", "200"))
REQUESTS = int(os.environ.get("GB_BENCH_REQUESTS", "100"))
PDFS = int(os.environ.get("GB_BENCH_PDFS", "5"))
TARGET_GALLERY_P95_MS = 50.0
TARGET_PDF_MS = 1500.0
FIRST = ["Anna", "Ben", "Carla", "Dieter", "Elif", "Frank", "Gül", "Heike", "Ivan", "Jana", "Olena", "Samir"]
LAST = ["Schulze", "Becker", "Krüger", "Vogt", "Demir", "Otto", "Lehmann", "Kravets", "Fuchs", "Sommer"]


def setup() -> str:
    sqlite = ROOT / "var" / "bench" / "nominations.sqlite3"
    sqlite.parent.mkdir(parents=True, exist_ok=True)
    url = os.environ.get("GB_BENCH_DATABASE_URL", "")
    if not url and sqlite.exists():
        sqlite.unlink()
    os.environ.pop("SQLITE_PATH", None)
    production_env(
        TASKS_IMMEDIATE="true",
        DATABASE_URL=url or f"sqlite:///{sqlite}",
        MEDIA_ROOT=str(ROOT / "var" / "bench" / "media"),
    )
    import logging

    import django

    django.setup()
    logging.getLogger("weasyprint").setLevel(logging.WARNING)
    logging.getLogger("fontTools").setLevel(logging.WARNING)
    from django.conf import settings
    from django.core.management import call_command
    from django.test.utils import override_settings

    plain = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    override_settings(STORAGES={**settings.STORAGES, "staticfiles": plain}).enable()
    if url:
        call_command("flush", "--no-input", verbosity=0)
    call_command("migrate", "--no-input", verbosity=0)
    return "postgresql" if url.startswith("postgres") else "sqlite"


def generate():
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.utils import timezone
    from PIL import Image

    from engagiert.core.models import Municipality, RegionalNetwork, Role, User
    from engagiert.directory.models import Topic
    from engagiert.nominations.models import Campaign, Nomination, Portrait
    from engagiert.nominations.services import process_photo

    rng = random.Random(2023)
    topics = [Topic.objects.create(slug=f"thema-{i}", name=f"Themenfeld {i}") for i in range(10)]
    towns = Municipality.objects.bulk_create(
        Municipality(name=f"Stadt {i:03d}", slug=f"stadt-{i:03d}", ags=f"{15000000 + i}", state="Sachsen-Anhalt")
        for i in range(TOWNS)
    )
    network = RegionalNetwork.objects.create(name="Bundesnetzwerk", slug="netzwerk")
    network.municipalities.set(towns)
    today = timezone.localdate()
    campaign = Campaign.objects.create(
        title="Glücksbringer",
        slug="gluecksbringer",
        text="Aufruf",
        network=network,
        starts_on=today - datetime.timedelta(days=300),
        ends_on=today + datetime.timedelta(days=60),
    )
    campaign.participants.set(towns)
    questions = campaign.questions
    now = timezone.now()
    for town in towns:
        nominations = Nomination.objects.bulk_create(
            Nomination(
                campaign=campaign,
                municipality=town,
                nominee_name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                nominee_email=f"p{town.pk}-{i}@example.org",
                channel="email",
                status="published",
                topic=rng.choice(topics),
                confirmed_at=now,
                consent_at=now,
                published_at=now,
            )
            for i in range(PORTRAITS)
        )
        Portrait.objects.bulk_create(
            Portrait(
                nomination=n,
                campaign=campaign,
                municipality=town,
                slug=f"p-{n.pk}",
                display_name=n.nominee_name,
                name_form="full",
                answers=[{"question": q, "answer": "Ich engagiere mich gern. " * 8} for q in questions],
                topic_id=n.topic_id,
                thumbnail="nominations/photos/bench.jpg",
                photo_alt="Porträtfoto",
                published_on=today - datetime.timedelta(days=rng.randrange(300)),
            )
            for n in nominations
        )
    # One portrait with a real photo and a town logo, for the poster.
    first = towns[0]
    image = io.BytesIO()
    Image.new("RGB", (1400, 1000), (40, 110, 160)).save(image, format="JPEG")
    photo, thumb = process_photo(SimpleUploadedFile("foto.jpg", image.getvalue()))
    portrait = Portrait.objects.filter(municipality=first).first()
    portrait.photo.save(photo.name, photo, save=False)
    portrait.thumbnail.save(thumb.name, thumb, save=False)
    portrait.photo_consent_at = now
    portrait.photo_credit = "Bench"
    portrait.save()
    logo = io.BytesIO()
    Image.new("RGBA", (300, 300), (200, 30, 30, 255)).save(logo, format="PNG")
    first.logo.save("logo.png", SimpleUploadedFile("logo.png", logo.getvalue()))
    user = User.objects.create_user(username="k@example.org", email="k@example.org", password="x")
    Role.objects.create(user=user, municipality=first, kind=Role.Kind.COORDINATOR)
    return user, first, towns, topics, campaign, portrait


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> int:
    backend = setup()
    from django.db import close_old_connections, connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    started = time.perf_counter()
    user, town, towns, topics, campaign, portrait = generate()
    total = TOWNS * PORTRAITS
    print(
        f"{backend}: {TOWNS} towns × {PORTRAITS} portraits ({total}) generated in {time.perf_counter() - started:.1f} s"
    )
    client = Client()
    gallery = f"/{town.slug}/gluecksbringer/kampagnen/{campaign.slug}/"
    rng = random.Random(1)
    scenarios = [
        # Reference: the cheapest page of the site (no template), to read the others against the machine's load.
        ("Reference /healthz", lambda: "/healthz", REQUESTS, float("inf"), True),
        ("Gallery, page 1", lambda: gallery, REQUESTS, TARGET_GALLERY_P95_MS, True),
        ("Gallery, town", lambda: f"{gallery}?town={rng.choice(towns).slug}", REQUESTS, TARGET_GALLERY_P95_MS, True),
        ("Gallery, topic", lambda: f"{gallery}?topic={rng.choice(topics).slug}", REQUESTS, TARGET_GALLERY_P95_MS, True),
        ("Gallery, page 40", lambda: f"{gallery}?page=40", REQUESTS, TARGET_GALLERY_P95_MS, True),
        ("Portrait page", lambda: portrait.get_absolute_url(), REQUESTS, TARGET_GALLERY_P95_MS, True),
        (
            "Poster PDF A4",
            lambda: f"/{town.slug}/gluecksbringer/portraets/{portrait.slug}/plakat-a4.pdf",
            PDFS,
            TARGET_PDF_MS,
            False,
        ),
    ]
    rows = []
    for key, url, n, target, anonymous in scenarios:
        if anonymous:
            client.logout()
        else:
            client.force_login(user)
        client.get(url())
        timings = []
        for _ in range(n):
            address = url()
            t0 = time.perf_counter()
            response = client.get(address)
            timings.append((time.perf_counter() - t0) * 1000)
            assert response.status_code == 200, (address, response.status_code)
            close_old_connections()
        counts = set()
        for _ in range(3):
            with CaptureQueriesContext(connection) as queries:
                client.get(url())
            counts.add(len(queries))
        rows.append((key, statistics.median(timings), percentile(timings, 95), counts, target))
    print(f"{'scenario':<18} {'p50 ms':>9} {'p95 ms':>9} {'queries':>8} {'target p95':>11}  ok")
    ok = True
    for key, p50, p95, counts, target in rows:
        met = p95 <= target
        ok &= met
        q = "/".join(str(c) for c in sorted(counts))
        shown = "-" if target == float("inf") else f"{target:.0f}"
        print(f"{key:<18} {p50:>9.1f} {p95:>9.1f} {q:>8} {shown:>11}  {'yes' if met else 'NO'}")
    print(f"load average: {os.getloadavg()[0]:.2f}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
