"""Mach mit! latency: suggestions for one volunteer, opportunity search, a volunteer's yearly
totals. `.venv/bin/python -m bench.volunteering` (see bench/README.md for the method).

Small by default so that it runs in a minute; the issue's target size is
BENCH_VOL_MUNIS=113 BENCH_VOL_VOLUNTEERS=500000 BENCH_VOL_OPPORTUNITIES=50000
BENCH_VOL_HOURS=5000000 on PostgreSQL (BENCH_VOL_DATABASE_URL, default the database
engagiert_bench_volunteering on 127.0.0.1; `sqlite` for var/bench/volunteering.sqlite3).
The dataset is rebuilt when its size changes. Targets (PostgreSQL): suggestions p95
≤ 100 ms, search p95 ≤ 50 ms, yearly totals p95 ≤ 20 ms."""

from __future__ import annotations

import os
import random
import secrets
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = {
    "munis": int(os.environ.get("BENCH_VOL_MUNIS", "5")),
    "volunteers": int(os.environ.get("BENCH_VOL_VOLUNTEERS", "2000")),
    "opportunities": int(os.environ.get("BENCH_VOL_OPPORTUNITIES", "1000")),
    "hours": int(os.environ.get("BENCH_VOL_HOURS", "50000")),
}
REQUESTS = int(os.environ.get("BENCH_VOL_REQUESTS", "100"))
TARGETS_MS = {"suggestions": 100.0, "search": 50.0, "totals": 20.0}
TOPICS = ["integration", "klimaschutz", "seniorenarbeit", "kultur", "bildung", "sport", "inklusion", "nachbarschaft"]
TITLES = ["Lesepat*in", "Begleitung im Seniorenheim", "Sprachcafé", "Tanzprojekt-Helfer*in", "Klimaschutz-AG",
          "Hausaufgabenhilfe", "Repair-Café", "Spielenachmittag", "Fahrdienst", "Gartenprojekt"]  # fmt: skip
QUERIES = ["Senioren", "Sprachcafe", "Vorlesen", "Klima", "Tanz", "Garten", "Hausaufgaben"]


def _setup() -> str:
    url = os.environ.get("BENCH_VOL_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/engagiert_bench_volunteering")
    os.environ.pop("DATABASE_URL", None)
    os.environ.pop("SQLITE_PATH", None)
    if url == "sqlite":
        (ROOT / "var" / "bench").mkdir(parents=True, exist_ok=True)
        os.environ["SQLITE_PATH"] = str(ROOT / "var" / "bench" / "volunteering.sqlite3")
    else:
        _create_pg_database(url)
        os.environ["DATABASE_URL"] = url
    os.environ.update(
        DJANGO_SETTINGS_MODULE="engagiert.settings",
        ENGAGIERT_DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        SECURE_SSL_REDIRECT="false",
        SECURE_COOKIES="false",
        ALLOWED_HOSTS="testserver",
        REQUIRE_STAFF_2FA="false",
        LOG_LEVEL="WARNING",
    )
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return "sqlite" if url == "sqlite" else "postgresql"


def _create_pg_database(url: str) -> None:
    import dj_database_url
    import psycopg

    cfg = dj_database_url.parse(url)
    with psycopg.connect(
        host=cfg["HOST"], port=cfg["PORT"] or 5432, user=cfg["USER"], dbname="postgres", autocommit=True
    ) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [cfg["NAME"]]).fetchone():
            conn.execute(f'CREATE DATABASE "{cfg["NAME"]}"')


def _generate(rng: random.Random) -> None:
    import datetime
    from decimal import Decimal

    from django.db import connection, transaction
    from django.utils import timezone

    from engagiert.core.models import District, Municipality, User
    from engagiert.directory.models import Organisation, Topic
    from engagiert.volunteering.indexing import reindex_opportunities
    from engagiert.volunteering.models import HourEntry, Opportunity, VolunteerProfile

    marker = repr(sorted(SIZES.items()))
    if Municipality.objects.filter(office=marker).exists():
        return
    print(f"generating {SIZES} …", flush=True)
    start = time.perf_counter()
    with transaction.atomic():
        for model in (HourEntry, VolunteerProfile, Opportunity, Organisation, District, Municipality):
            model.objects.all().delete()
        User.objects.filter(username__startswith="bench-").delete()
        topics = [Topic.objects.get_or_create(slug=s, defaults={"name": s.title()})[0] for s in TOPICS]
        munis = Municipality.objects.bulk_create(
            Municipality(name=f"Bench {n}", slug=f"bench-{n}", ags=f"{n:08d}", state="ST", office=marker)
            for n in range(SIZES["munis"])
        )
        districts = {
            m.pk: District.objects.bulk_create(
                District(municipality=m, name=f"Stadtteil {d}", slug=f"st-{d}", latitude=51.8 + d / 100, longitude=12.2)
                for d in range(8)
            )
            for m in munis
        }
        orgs = Organisation.objects.bulk_create(
            Organisation(
                municipality=m, name=f"Verein {m.pk}-{n}", slug=f"verein-{n}", kind="verein", status="published"
            )
            for m in munis
            for n in range(max(1, SIZES["opportunities"] // len(munis) // 4))
        )
        now = timezone.now()
        opps = Opportunity.objects.bulk_create(
            Opportunity(
                municipality_id=(org := rng.choice(orgs)).municipality_id,
                organisation=org,
                title=f"{rng.choice(TITLES)} {n}",
                title_de=f"{rng.choice(TITLES)} {n}",
                hours_per_week=Decimal("2"),
                availability=rng.getrandbits(21) & rng.getrandbits(21),
                district=rng.choice(districts[org.municipality_id]),
                status="published",
                confirmed_current_at=now,
            )
            for n in range(SIZES["opportunities"])
        )
        links = Opportunity.topics.through
        links.objects.bulk_create(
            links(opportunity_id=o.pk, topic_id=t.pk) for o in opps for t in rng.sample(topics, 2)
        )
        users = User.objects.bulk_create(
            User(username=f"bench-{n}", email=f"bench-{n}@example.org", password="!")
            for n in range(SIZES["volunteers"])
        )
        profiles = VolunteerProfile.objects.bulk_create(
            VolunteerProfile(
                user=u,
                municipality=(m := rng.choice(munis)),
                availability=rng.getrandbits(21),
                district=rng.choice(districts[m.pk]),
                birth_year=rng.randint(1940, 2008),
                allow_contact=rng.random() < 0.5,
                joined_on=datetime.date(2020, 1, 1),
            )
            for u in users
        )
        plinks = VolunteerProfile.topics.through
        plinks.objects.bulk_create(
            plinks(volunteerprofile_id=p.pk, topic_id=t.pk) for p in profiles for t in rng.sample(topics, 2)
        )
        by_muni: dict[int, list] = {}
        for o in opps:
            by_muni.setdefault(o.municipality_id, []).append(o)
        batch = []
        for _n in range(SIZES["hours"]):
            p = rng.choice(profiles)
            o = rng.choice(by_muni.get(p.municipality_id) or opps)
            batch.append(
                HourEntry(
                    municipality_id=p.municipality_id,
                    volunteer_id=p.user_id,
                    opportunity=o,
                    organisation_id=o.organisation_id,
                    activity=o.title,
                    organisation_name="Verein",
                    date=datetime.date(2021, 1, 1) + datetime.timedelta(days=rng.randrange(1800)),
                    hours=Decimal(rng.choice(["1", "2", "2.5", "3"])),
                    status="confirmed",
                )  # fmt: skip
            )
            if len(batch) == 10_000:
                HourEntry.objects.bulk_create(batch)
                batch = []
        HourEntry.objects.bulk_create(batch)
        reindex_opportunities([o.pk for o in opps])
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    print(f"generated in {time.perf_counter() - start:.0f} s", flush=True)


def _time(fn) -> float:
    from django.db import close_old_connections

    start = time.perf_counter()
    fn()
    close_old_connections()
    return (time.perf_counter() - start) * 1000


def measure(rng: random.Random) -> dict[str, list[float]]:
    from django.test import Client

    from engagiert.volunteering import matching, selectors
    from engagiert.volunteering.models import VolunteerProfile

    profile_ids = list(VolunteerProfile.objects.values_list("pk", flat=True))
    client = Client()
    timings: dict[str, list[float]] = {"suggestions": [], "search": [], "totals": []}

    def suggestions():
        profile = (
            VolunteerProfile.objects.select_related("district", "municipality")
            .prefetch_related("topics", "skills")
            .get(pk=rng.choice(profile_ids))
        )
        matching.suggestions_for(profile)

    def search():
        slug = f"bench-{rng.randrange(SIZES['munis'])}"
        response = client.get(f"/{slug}/mach-mit/", {"q": rng.choice(QUERIES)})
        assert response.status_code == 200, response.status_code

    def totals():
        profile = VolunteerProfile.objects.select_related("user", "municipality").get(pk=rng.choice(profile_ids))
        selectors.volunteer_totals(user=profile.user, municipality=profile.municipality)

    for _ in range(10):  # warm-up
        suggestions(), search(), totals()
    for _ in range(REQUESTS):
        timings["suggestions"].append(_time(suggestions))
        timings["search"].append(_time(search))
        timings["totals"].append(_time(totals))
    return timings


def _pct(values: list[float], p: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def main() -> int:
    backend = _setup()
    from django.conf import settings
    from django.test.utils import override_settings

    rng = random.Random(7)
    _generate(rng)
    # Plain static storage: no collectstatic manifest needed (what is measured is the view).
    storages = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(STORAGES=storages):
        timings = measure(rng)
    print(f"\nMach mit! on {backend}, {SIZES}, {REQUESTS} requests each")
    print(f"{'scenario':<14}{'p50 ms':>10}{'p95 ms':>10}{'target':>10}  ok")
    ok = True
    for name, values in timings.items():
        p50, p95 = _pct(values, 50), _pct(values, 95)
        met = p95 <= TARGETS_MS[name]
        ok &= met
        print(f"{name:<14}{p50:>10.1f}{p95:>10.1f}{TARGETS_MS[name]:>10.0f}  {'yes' if met else 'NO'}")
    return 0 if ok or backend != "postgresql" else 1


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
