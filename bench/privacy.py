"""Benchmark of the privacy centre: one person's export (the task worker's work, the ZIP with
the JSON of every app and their files) with many hour entries, and the privacy centre page.

    .venv/bin/python -m bench.privacy

Builds a fresh SQLite database in var/bench/ (or uses PRIVACY_BENCH_DATABASE_URL, e.g. a
PostgreSQL database that may be emptied) with one volunteer who has PRIVACY_BENCH_HOURS hour
entries (default 10,000: the issue's size), PRIVACY_BENCH_REGISTRATIONS event registrations
(default 200), a profile, interests, a card and an uploaded event image; then builds the export
PRIVACY_BENCH_EXPORTS times (default 3) as the worker does (core.privacy_centre.build_export)
and requests the privacy centre page PRIVACY_BENCH_REQUESTS times (default 20).
Targets: export ≤ 5 s (issue 17), page p95 ≤ 300 ms."""

from __future__ import annotations

import datetime as dt
import io
import os
import secrets
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

from bench.environment import production_env

ROOT = Path(__file__).resolve().parent.parent
HOURS = int(os.environ.get("PRIVACY_BENCH_HOURS", "10000"))
REGISTRATIONS = int(os.environ.get("PRIVACY_BENCH_REGISTRATIONS", "200"))
EXPORTS = int(os.environ.get("PRIVACY_BENCH_EXPORTS", "3"))
REQUESTS = int(os.environ.get("PRIVACY_BENCH_REQUESTS", "20"))
TARGET_EXPORT_MS = 5000.0
TARGET_PAGE_P95_MS = 300.0


def setup() -> str:
    sqlite = ROOT / "var" / "bench" / "privacy.sqlite3"
    sqlite.parent.mkdir(parents=True, exist_ok=True)
    url = os.environ.get("PRIVACY_BENCH_DATABASE_URL", "")
    if not url and sqlite.exists():
        sqlite.unlink()
    os.environ.pop("SQLITE_PATH", None)
    production_env(
        TASKS_IMMEDIATE="false",  # the export is built by calling the worker's function directly
        DATABASE_URL=url or f"sqlite:///{sqlite}",
        MEDIA_ROOT=str(ROOT / "var" / "bench" / "privacy-media"),
        DATA_EXPORT_ROOT=str(ROOT / "var" / "bench" / "privacy-exports"),
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
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


def generate():
    from allauth.account.models import EmailAddress
    from django.core.files.base import ContentFile
    from django.utils import timezone
    from PIL import Image

    from engagiert.core.models import Municipality, User
    from engagiert.directory.models import Organisation
    from engagiert.events.models import Event, Registration
    from engagiert.volunteering.models import HourEntry, Interest, Opportunity, VolunteerProfile

    muni = Municipality.objects.create(name="Dessau-Roßlau", slug="dessau-rosslau", ags="15001000", state="ST")
    org = Organisation.objects.create(
        municipality=muni, name="Seniorenzentrum Am Georgengarten", slug="georgengarten", kind="facility"
    )
    user = User.objects.create_user(username="kerstin", email="kerstin@example.org", password=secrets.token_hex(8))
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    today = timezone.localdate()
    VolunteerProfile.objects.create(user=user, municipality=muni, joined_on=today, allow_contact=True)
    opportunities = [
        Opportunity.objects.create(
            municipality=muni,
            organisation=org,
            title=f"Angebot {i}",
            status="published",
            confirmed_current_at=timezone.now(),
        )
        for i in range(20)
    ]
    for opp in opportunities:
        Interest.objects.create(opportunity=opp, volunteer=user, status="accepted", message="Ich helfe gern.")
    HourEntry.objects.bulk_create(
        [
            HourEntry(
                municipality=muni,
                volunteer=user,
                opportunity=opportunities[i % 20],
                organisation=org,
                activity="Vorlesen und Spaziergang",
                organisation_name=org.name,
                date=today - dt.timedelta(days=i % 3000),
                hours=Decimal("2.5"),
                note="Mit Frau M. im Park" if i % 3 else "",
                status="confirmed" if i % 5 else "logged",
            )
            for i in range(HOURS)
        ],
        batch_size=2000,
    )
    start = timezone.now() - dt.timedelta(days=REGISTRATIONS)
    events = Event.objects.bulk_create(
        [
            Event(
                municipality=muni,
                title=f"Lesecafé {i}",
                format="talk",
                start=start + dt.timedelta(days=i),
                end=start + dt.timedelta(days=i, hours=2),
                status="published",
                registration_required=True,
            )
            for i in range(REGISTRATIONS)
        ]
    )
    Registration.objects.bulk_create(
        [Registration(event=e, user=user, name="Kerstin Lehmann", email=user.email, status="confirmed") for e in events]
    )
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), "orange").save(buffer, "PNG")
    own = Event.objects.create(
        municipality=muni,
        title="Vorlesenachmittag",
        format="talk",
        start=timezone.now() + dt.timedelta(days=3),
        end=timezone.now() + dt.timedelta(days=3, hours=2),
        created_by=user,
    )
    own.image.save("vorlesen.png", ContentFile(buffer.getvalue()), save=True)
    return user, muni


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> int:
    backend = setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from engagiert.core import privacy_centre
    from engagiert.core.models import DataExport

    started = time.perf_counter()
    user, muni = generate()
    took = time.perf_counter() - started
    print(f"{backend}: {HOURS} hour entries, {REGISTRATIONS} registrations generated in {took:.1f} s")
    export_ms, sizes, queries = [], [], 0
    for _ in range(EXPORTS):
        DataExport.objects.filter(user=user).delete()
        export = DataExport.objects.create(user=user, municipality=muni)
        with CaptureQueriesContext(connection) as captured:
            t0 = time.perf_counter()
            assert privacy_centre.build_export(export_id=export.pk)
            export_ms.append((time.perf_counter() - t0) * 1000)
        queries = len(captured)
        export.refresh_from_db()
        sizes.append(export.size)
        privacy_centre.delete_export_file(export)
    client = Client()
    client.force_login(user)
    url = f"/{muni.slug}/mein-bereich/datenschutz/"
    client.get(url)
    page_ms = []
    for _ in range(REQUESTS):
        t0 = time.perf_counter()
        response = client.get(url)
        page_ms.append((time.perf_counter() - t0) * 1000)
        assert response.status_code == 200
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    rows = [
        ("Export (worker)", statistics.median(export_ms), max(export_ms), queries, TARGET_EXPORT_MS),
        ("Privacy page", statistics.median(page_ms), percentile(page_ms, 95), len(captured), TARGET_PAGE_P95_MS),
    ]
    print(f"{'scenario':<16} {'p50 ms':>9} {'max/p95':>9} {'queries':>8} {'target':>8}  ok")
    ok = True
    for key, p50, worst, q, target in rows:
        met = worst <= target
        ok &= met
        print(f"{key:<16} {p50:>9.1f} {worst:>9.1f} {q:>8} {target:>8.0f}  {'yes' if met else 'NO'}")
    print(f"ZIP size: {sizes[-1] / 1024:.0f} KiB; load average: {os.getloadavg()[0]:.2f}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
