"""Mach mit! latency: suggestions for one volunteer, opportunity search, a volunteer's yearly
totals. `.venv/bin/python -m bench.volunteering` (see bench/README.md for the method).

On PostgreSQL the default is the issue's size: 113 municipalities, 500,000 volunteers,
50,000 opportunities, 5,000,000 hour entries (BENCH_VOL_MUNIS, BENCH_VOL_VOLUNTEERS,
BENCH_VOL_OPPORTUNITIES, BENCH_VOL_HOURS). BENCH_VOL_DATABASE_URL (default the database
engagiert_bench_volunteering on 127.0.0.1; `sqlite` for var/bench/volunteering.sqlite3,
where the default is a small size: 5 / 2,000 / 1,000 / 50,000). The dataset is built once
(PostgreSQL COPY, SQLite executemany) and reused while a marker table records the same size,
seed, generator version and migration files and the row counts still match; otherwise, or
with BENCH_VOL_REBUILD=1, the database is dropped and built again. BENCH_VOL_REQUESTS
(default 200) measured requests per scenario after BENCH_VOL_WARMUP (20); BENCH_VOL_SEED.
Targets (PostgreSQL): suggestions p95 ≤ 100 ms, search p95 ≤ 50 ms, yearly totals p95 ≤ 20 ms.
Results with query counts and the slowest statements go to var/bench/volunteering-<db>.json."""

from __future__ import annotations

import datetime
import itertools
import json
import os
import random
import statistics
import sys
import time
from bisect import bisect
from collections import defaultdict
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from bench.environment import production_env
from bench.marker import read_marker, write_marker

ROOT = Path(__file__).resolve().parent.parent
SPEC_VERSION = 4  # bump when the generator changes what it writes
MARKER_TABLE = "bench_volunteering_dataset"
URL = os.environ.get("BENCH_VOL_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/engagiert_bench_volunteering")
FULL = {"munis": 113, "volunteers": 500_000, "opportunities": 50_000, "hours": 5_000_000}
SMALL = {"munis": 5, "volunteers": 2000, "opportunities": 1000, "hours": 50_000}
_DEFAULTS = SMALL if URL == "sqlite" else FULL
SIZES = {key: int(os.environ.get(f"BENCH_VOL_{key.upper()}", str(value))) for key, value in _DEFAULTS.items()}
SEED = int(os.environ.get("BENCH_VOL_SEED", "20251"))
REQUESTS = int(os.environ.get("BENCH_VOL_REQUESTS", "200"))
WARMUP = int(os.environ.get("BENCH_VOL_WARMUP", "20"))
TARGETS_MS = {"suggestions": 100.0, "search": 50.0, "totals": 20.0}
# The data is generated as of today (NOW); when it is reused on a later day, the opportunities'
# "confirmed as current" dates move forward by the days in between, so that it does not age.
TODAY = datetime.date.today()
NOW = datetime.datetime.combine(TODAY, datetime.time(9), tzinfo=datetime.UTC)

# Opportunity templates: title (de, en), topics, typical skills' topics, kind, minimum age.
OPPORTUNITIES = [
    ("Lesepat*in in der Stadtbibliothek", "Reading mentor at the library", ["bildung", "jugend"], "regular", 0),
    ("Vorlesen in der Kita", "Reading aloud at a nursery", ["bildung", "familie"], "regular", 16),
    ("Begleitung im Seniorenheim", "Visiting older people", ["senioren", "soziales"], "regular", 16),
    ("Sprachcafé für Geflüchtete", "Language café for refugees", ["integration", "sprache"], "regular", 0),
    ("Tanzprojekt-Helfer*in", "Dance project helper", ["tanz", "jugend"], "project", 14),
    ("Klimaschutz-AG", "Climate action group", ["umwelt"], "regular", 0),
    ("Hausaufgabenhilfe", "Homework help", ["bildung", "jugend"], "regular", 16),
    ("Repair-Café", "Repair café", ["umwelt", "soziales"], "regular", 0),
    ("Spielenachmittag im Stadtteiltreff", "Games afternoon", ["senioren", "familie"], "regular", 0),
    ("Fahrdienst für Ältere", "Driving older people", ["senioren", "gesundheit"], "regular", 18),
    ("Gemeinschaftsgarten", "Community garden", ["umwelt", "soziales"], "regular", 0),
    ("Ausgabe bei der Tafel", "Food bank distribution", ["soziales"], "regular", 16),
    ("Kleiderkammer sortieren", "Sorting donated clothes", ["soziales", "integration"], "regular", 0),
    ("Behördenbegleitung", "Accompanying to public offices", ["integration", "sprache"], "regular", 18),
    ("Übungsleitung Kinderturnen", "Children's gymnastics", ["sport", "jugend"], "regular", 16),
    ("Helfer*in beim Stadtfest", "Helper at the town festival", ["heimat", "kultur"], "one_off", 14),
    ("Aufsicht im Heimatmuseum", "Museum attendant", ["heimat", "geschichte"], "regular", 16),
    ("Smartphone-Sprechstunde", "Smartphone help desk", ["digital", "senioren"], "regular", 14),
    ("Tierpflege im Tierheim", "Animal shelter care", ["tierschutz"], "regular", 16),
    ("Chorprojekt Weihnachtskonzert", "Christmas choir project", ["musik", "kultur"], "project", 0),
    ("Besuchsdienst im Krankenhaus", "Hospital visiting service", ["gesundheit", "kirche"], "regular", 18),
    ("Wahlhelfer*in", "Election helper", ["demokratie"], "one_off", 18),
    ("Jugendfeuerwehr unterstützen", "Youth fire brigade", ["feuerwehr", "jugend"], "regular", 18),
    ("Stolpersteine putzen", "Cleaning Stolpersteine", ["geschichte", "demokratie"], "one_off", 0),
    ("Inklusives Sportfest", "Inclusive sports day", ["inklusion", "sport"], "one_off", 0),
    ("Webseite des Vereins pflegen", "Looking after the club website", ["digital"], "project", 0),
    ("Patenschaft für eine Familie", "Mentoring a family", ["integration", "familie"], "regular", 18),
    ("Müllsammelaktion", "Litter picking", ["umwelt"], "one_off", 0),
]  # fmt: skip
ORG_KINDS = [("Förderverein", "verein"), ("Bürgerverein", "verein"), ("Freiwilligenagentur", "facility"),
             ("Sportverein", "verein"), ("Kirchengemeinde", "church"), ("Tafel", "verein"),
             ("Seniorenbüro", "office"), ("Jugendclub", "facility"), ("Heimatverein", "verein"),
             ("Initiative Nachbarschaft", "initiative"), ("Stiftung", "foundation")]  # fmt: skip
SENTENCES = [
    "Wir suchen Menschen, die gern mit anderen zusammenarbeiten.",
    "Eine Einarbeitung ist selbstverständlich, Vorkenntnisse brauchst du nicht.",
    "Du bist Teil eines freundlichen Teams und kannst eigene Ideen einbringen.",
    "Fahrtkosten werden erstattet, eine Ehrenamtsversicherung besteht.",
    "Regelmäßige Treffen zum Austausch gehören dazu.",
    "Auch wer nur wenig Zeit hat, ist herzlich willkommen.",
]
QUERIES = ["Senioren", "Sprachcafe", "Vorlesen", "Klima", "Tanz", "Garten", "Hausaufgaben", "Tafel",
           "Begleitung", "Sport Kinder", "Museum", "Fahrdienst"]  # fmt: skip
STATUSES = [("published", 84), ("draft", 5), ("pending", 3), ("filled", 5), ("archived", 3)]


def _setup() -> str:
    os.environ.pop("DATABASE_URL", None)
    os.environ.pop("SQLITE_PATH", None)
    if URL == "sqlite":
        (ROOT / "var" / "bench").mkdir(parents=True, exist_ok=True)
        os.environ["SQLITE_PATH"] = str(_sqlite_path())
    else:
        _pg_admin(URL, drop=False)
        os.environ["DATABASE_URL"] = URL
    production_env(
        LOG_LEVEL="WARNING",
    )
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return "sqlite" if URL == "sqlite" else "postgresql"


def _sqlite_path() -> Path:
    return ROOT / "var" / "bench" / "volunteering.sqlite3"


def _pg_admin(url: str, *, drop: bool) -> None:
    """Create the database if missing; with drop=True drop it first."""
    import dj_database_url
    import psycopg

    cfg = dj_database_url.parse(url)
    with psycopg.connect(
        host=cfg["HOST"], port=cfg["PORT"] or 5432, user=cfg["USER"], dbname="postgres", autocommit=True
    ) as conn:
        if drop:
            conn.execute(f'DROP DATABASE IF EXISTS "{cfg["NAME"]}" WITH (FORCE)')
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [cfg["NAME"]]).fetchone():
            conn.execute(f'CREATE DATABASE "{cfg["NAME"]}"')


def _drop_and_migrate() -> None:
    from django.core.management import call_command
    from django.db import connections

    connections.close_all()
    if URL == "sqlite":
        for suffix in ("", "-wal", "-shm"):
            Path(str(_sqlite_path()) + suffix).unlink(missing_ok=True)
    else:
        _pg_admin(URL, drop=True)
    call_command("migrate", verbosity=0)


# --- Marker ----------------------------------------------------------------------------------


def spec() -> dict:
    from bench.generate import schema_fingerprint

    return {"version": SPEC_VERSION, "seed": SEED, **SIZES, "schema": schema_fingerprint()}


def _counts() -> dict[str, int]:
    from engagiert.volunteering.models import HourEntry, Opportunity, OpportunitySearchTerm, VolunteerProfile

    return {
        "opportunities": Opportunity.objects.count(),
        "volunteers": VolunteerProfile.objects.count(),
        "hours": HourEntry.objects.count(),
        "search_terms": OpportunitySearchTerm.objects.count(),
    }


def status() -> dict:
    """ok: the dataset of this spec is there; empty: nothing generated; stale: anything else."""
    from engagiert.volunteering.models import Opportunity

    marker = read_marker(MARKER_TABLE)
    if marker is None:
        return {"state": "stale" if Opportunity.objects.exists() else "empty"}
    counts = _counts()
    if marker.get("spec") != spec() or marker.get("counts") != counts:
        return {"state": "stale", "marker": marker, "counts": counts}
    try:
        verify_terms()
    except AssertionError as exc:  # the app now indexes differently
        return {"state": "stale", "reason": str(exc)}
    return {"state": "ok", "marker": marker}


def verify_terms(sample: int = 40) -> None:
    """Re-index a sample the way the app does it (from the database) and compare."""
    from engagiert.volunteering.indexing import opportunity_terms
    from engagiert.volunteering.models import Opportunity, OpportunitySearchTerm

    ids = random.Random(1).sample(range(1, SIZES["opportunities"] + 1), min(sample, SIZES["opportunities"]))
    stored: dict[int, dict[str, int]] = defaultdict(dict)
    for opp_id, term, weight in OpportunitySearchTerm.objects.filter(opportunity_id__in=ids).values_list(
        "opportunity_id", "term", "weight"
    ):
        stored[opp_id][term] = weight
    opps = (
        Opportunity.objects.filter(pk__in=ids)
        .select_related("organisation", "district")
        .prefetch_related("topics", "skills")
    )
    for opp in opps:
        expected = opportunity_terms(opp)
        if stored[opp.pk] != expected:
            differ = sorted(set(expected.items()) ^ set(stored[opp.pk].items()))
            raise AssertionError(f"search terms of opportunity {opp.pk} differ from the app's: {differ[:10]}")


# --- Generation ------------------------------------------------------------------------------


def _cached(model, objs):
    """A queryset that already holds `objs`, as prefetch_related leaves it."""
    from django.db.models.query import QuerySet

    qs = QuerySet(model)
    qs._result_cache = list(objs)
    qs._prefetch_done = True
    return qs


class Generator:
    """Writes the dataset with explicit primary keys: tenants, taxonomies, organisations and
    opportunities with bulk_create; users, profiles, link tables, search terms and hour
    entries as plain rows (PostgreSQL COPY, SQLite executemany)."""

    def __init__(self) -> None:
        from django.db import connection

        from bench import words

        self.w = words
        self.rng = random.Random(SEED)
        self.vendor = connection.vendor
        self.timings: dict[str, float] = {}

    def rows(self, model_or_table, columns: tuple[str, ...], rows) -> int:
        """Rows of plain values into a table: COPY (text format, built here) on PostgreSQL,
        one prepared INSERT with executemany on SQLite. Strings must not contain tabs,
        newlines or backslashes (the generator's texts do not)."""
        from django.db import connection

        table = model_or_table if isinstance(model_or_table, str) else model_or_table._meta.db_table
        table = connection.ops.quote_name(table)
        cols = ", ".join(connection.ops.quote_name(c) for c in columns)
        count = 0
        with connection.cursor() as cursor:
            if self.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
                    for chunk in _chunks(rows):
                        copy.write("".join("\t".join(map(_pg_text, row)) + "\n" for row in chunk))
                        count += len(chunk)
            else:
                marks = ", ".join(["%s"] * len(columns))
                for chunk in _chunks(rows):
                    cursor.executemany(
                        f"INSERT INTO {table} ({cols}) VALUES ({marks})", [tuple(map(_sqlite_value, r)) for r in chunk]
                    )
                    count += len(chunk)
        return count

    def taxonomies(self) -> None:
        from engagiert.directory.models import Competency, Topic

        self.topics = {}
        for i, (slug, de, en, ar, uk) in enumerate(self.w.TOPICS, 1):
            self.topics[slug] = Topic(id=i, slug=slug, name=de, name_de=de, name_en=en, name_ar=ar, name_uk=uk)
        Topic.objects.bulk_create(self.topics.values())
        self.skills_by_topic: dict[str, list] = {}
        cid = itertools.count(1)
        competencies = []
        for slug, names in self.w.COMPETENCIES_BY_TOPIC.items():
            objs = [Competency(id=next(cid), name=name) for name in names]
            competencies += objs
            self.skills_by_topic[slug] = objs
        Competency.objects.bulk_create(competencies)

    def municipalities(self) -> None:
        from django.utils.text import slugify

        from engagiert.core.models import District, Municipality
        from engagiert.core.search import fold

        rng, n = self.rng, SIZES["munis"]
        names = list(self.w.MUNICIPALITIES[:n]) + [f"Gemeinde {i}" for i in range(len(self.w.MUNICIPALITIES), n)]
        weights = [1 / rank**0.75 for rank in range(1, n + 1)]  # Zipf-like: big towns first
        self.share = [w / sum(weights) for w in weights]
        self.munis = []
        for i, name in enumerate(names, 1):
            short = name.split(" (")[0]
            self.munis.append(
                Municipality(
                    id=i,
                    name=name,
                    slug=slugify(fold(name)),
                    ags=f"15{i:06d}",
                    state=self.w.STATE,
                    office=f"Freiwilligenagentur {short}",
                    city=short,
                    latitude=round(rng.uniform(51.0, 53.0), 5),
                    longitude=round(rng.uniform(10.6, 13.2), 5),
                )
            )
        Municipality.objects.bulk_create(self.munis)
        self.districts: dict[int, list] = {}
        did = itertools.count(1)
        rows = []
        for muni, share in zip(self.munis, self.share, strict=True):
            k = max(3, min(len(self.w.DISTRICT_NAMES), round(share * 120)))
            self.districts[muni.id] = [
                District(
                    id=next(did),
                    municipality=muni,
                    name=name,
                    slug=slugify(fold(name)),
                    latitude=round(muni.latitude + rng.uniform(-0.05, 0.05), 5),
                    longitude=round(muni.longitude + rng.uniform(-0.07, 0.07), 5),
                )
                for name in rng.sample(self.w.DISTRICT_NAMES, k)
            ]
            rows += self.districts[muni.id]
        District.objects.bulk_create(rows)

    def _muni_picker(self):
        from bench.generate import Picker

        return Picker(self.rng, self.munis, self.share)

    def organisations(self) -> None:
        from django.utils.text import slugify

        from engagiert.core.search import fold, sort_key
        from engagiert.directory.models import Organisation

        rng, pick = self.rng, self._muni_picker()
        self.orgs_by_muni: dict[int, list] = defaultdict(list)
        orgs = []
        for i in range(1, max(len(self.munis), SIZES["opportunities"] // 4) + 1):
            muni = self.munis[i - 1] if i <= len(self.munis) else pick()
            label, kind = rng.choice(ORG_KINDS)
            name = f"{label} {rng.choice(self.districts[muni.id]).name} {muni.city}"
            org = Organisation(
                id=i,
                municipality=muni,
                name=name,
                sort_name=sort_key(name),
                slug=f"{slugify(fold(name))[:40]}-{i}",
                kind=kind,
                status="published",
                description=f"<p>{rng.choice(SENTENCES)}</p>",
                city=muni.city,
                created_at=NOW,
                updated_at=NOW,
            )
            orgs.append(org)
            self.orgs_by_muni[muni.id].append(org)
        Organisation.objects.bulk_create(orgs, batch_size=2000)
        self.orgs = orgs

    def opportunities(self) -> None:
        from django.db import connection

        from bench.generate import Picker
        from engagiert.directory.models import Competency, Topic
        from engagiert.volunteering.indexing import opportunity_terms
        from engagiert.volunteering.models import Opportunity, OpportunitySearchTerm

        rng = self.rng
        status_pick = Picker(rng, [s for s, _w in STATUSES], [w for _s, w in STATUSES])
        languages = [code for code, _w in self.w.LANGUAGE_SETS]
        lang_weights = list(itertools.accumulate(w for _c, w in self.w.LANGUAGE_SETS))
        opps, topic_links, skill_links, terms = [], [], [], []
        self.opps_by_muni: dict[int, list] = defaultdict(list)

        def no_queries(execute, sql, params, many, context):
            raise AssertionError(f"indexing touched the database: {sql}")

        for i in range(1, SIZES["opportunities"] + 1):
            org = rng.choice(self.orgs)
            title_de, title_en, topic_slugs, kind, min_age = rng.choice(OPPORTUNITIES)
            topics = [self.topics[s] for s in topic_slugs]
            if rng.random() < 0.3:
                extra = self.topics[rng.choice(list(self.topics))]
                if extra not in topics:
                    topics.append(extra)
            pool = [c for t in topics for c in self.skills_by_topic.get(t.slug, [])]
            skills = rng.sample(pool, min(len(pool), rng.choice([0, 1, 1, 2])))
            district = rng.choice(self.districts[org.municipality_id]) if rng.random() < 0.9 else None
            slots = rng.sample(range(21), rng.randint(1, 4))
            opp = Opportunity(
                id=i,
                municipality_id=org.municipality_id,
                organisation=org,
                title=title_de,
                title_de=title_de,
                title_en=title_en if rng.random() < 0.3 else None,
                description=f"<p>{' '.join(rng.sample(SENTENCES, 2))}</p>",
                description_de=f"<p>{' '.join(rng.sample(SENTENCES, 2))}</p>",
                tasks=rng.choice(SENTENCES),
                tasks_de=rng.choice(SENTENCES),
                kind=kind,
                hours_per_week=Decimal(rng.choice(["1", "2", "2", "3", "4", "6"])) if kind == "regular" else None,
                hours_total=Decimal(rng.choice(["4", "8", "20"])) if kind != "regular" else None,
                schedule="",
                availability=sum(1 << s for s in slots),
                district=district,
                remote=rng.random() < 0.08,
                languages=languages[bisect(lang_weights, rng.random() * lang_weights[-1])],
                minimum_age=min_age,
                requirements="erweitertes Führungszeugnis" if min_age >= 18 and rng.random() < 0.5 else "",
                people_wanted=rng.randint(1, 6),
                status=status_pick(),
                confirmed_current_at=NOW - datetime.timedelta(minutes=rng.randrange(140 * 24 * 60)),
                created_at=NOW - datetime.timedelta(days=rng.randrange(150, 1500)),
                updated_at=NOW,
            )
            opp.__dict__["_prefetched_objects_cache"] = {
                "topics": _cached(Topic, topics),
                "skills": _cached(Competency, skills),
            }
            opps.append(opp)
            self.opps_by_muni[org.municipality_id].append(opp)
            topic_links += [(opp.id, t.id) for t in topics]
            skill_links += [(opp.id, s.id) for s in skills]
        with connection.execute_wrapper(no_queries):
            for opp in opps:
                terms += [(opp.id, opp.municipality_id, t, w) for t, w in opportunity_terms(opp).items()]
        Opportunity.objects.bulk_create(opps, batch_size=2000)
        self.rows(Opportunity.topics.through, ("opportunity_id", "topic_id"), topic_links)
        self.rows(Opportunity.skills.through, ("opportunity_id", "competency_id"), skill_links)
        self.rows(OpportunitySearchTerm, ("opportunity_id", "municipality_id", "term", "weight"), terms)
        self.opps = opps

    def volunteers(self) -> None:
        from engagiert.core.models import User
        from engagiert.volunteering.models import VolunteerProfile

        rng, pick = self.rng, self._muni_picker()
        n = SIZES["volunteers"]
        first, last = self.w.FIRST_NAMES, self.w.SURNAMES
        self.profiles = []  # (user id, municipality id, joined_on)
        users, profiles, topic_links, skill_links = [], [], [], []
        topic_ids = [t.id for t in self.topics.values()]
        skill_ids = [c.id for cs in self.skills_by_topic.values() for c in cs]
        for i in range(1, n + 1):
            f, s = rng.choice(first), rng.choice(last)
            joined = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randrange(2400))
            users.append((i, "!", f"v{i}", f, s, f"{f}.{s}.{i}@example.org".lower(), False, False, True, NOW))
            muni = pick()
            slots = rng.sample(range(21), rng.randint(1, 8))
            district = rng.choice(self.districts[muni.id]).id if rng.random() < 0.85 else None
            languages = "de" if rng.random() < 0.8 else rng.choice(["de, en", "de, ar", "de, uk", "ar", "uk, ru"])
            site_language = "de" if rng.random() < 0.7 else languages[:2].replace("ru", "uk")
            profiles.append(
                (i, i, muni.id, sum(1 << x for x in slots), district, rng.choice([2, 5, 5, 10, 20]), languages,
                 site_language, rng.randint(1945, 2009), rng.random() < 0.4, joined, NOW)
            )  # fmt: skip
            self.profiles.append((i, muni.id, joined))
            topic_links += [(i, t) for t in rng.sample(topic_ids, rng.randint(1, 4))]
            skill_links += [(i, c) for c in rng.sample(skill_ids, rng.choice([0, 0, 1, 2, 3]))]
        user_cols = ("id", "password", "username", "first_name", "last_name", "email", "is_superuser", "is_staff",
                     "is_active", "date_joined")  # fmt: skip
        self.rows(User, user_cols, users)
        self.rows(
            VolunteerProfile,
            ("id", "user_id", "municipality_id", "availability", "district_id", "travel_km", "languages",
             "language", "birth_year", "allow_contact", "joined_on", "created_at"),
            profiles,
        )  # fmt: skip
        self.rows(VolunteerProfile.topics.through, ("volunteerprofile_id", "topic_id"), topic_links)
        self.rows(VolunteerProfile.skills.through, ("volunteerprofile_id", "competency_id"), skill_links)

    def hours(self) -> None:
        """About half the volunteers log hours, a few of them a lot (log-normal): each at one
        to three opportunities of their municipality, on days after they joined. Older
        entries are confirmed (a few declined), the last weeks' partly still open."""
        from engagiert.volunteering.models import HourEntry

        rng, total = self.rng, SIZES["hours"]
        active = [p for p in self.profiles if rng.random() < 0.55]
        weights = [rng.lognormvariate(0, 1.2) for _ in active]
        scale = total / sum(weights)
        counts = [int(w * scale) for w in weights]
        for _ in range(total - sum(counts)):
            counts[rng.randrange(len(counts))] += 1
        org_names = {o.id: o.name for o in self.orgs}
        hours = [Decimal(h) for h in ("1", "1.5", "2", "2", "2", "3", "3", "4", "5")]
        recent = TODAY - datetime.timedelta(days=30)

        def entries():
            for (user_id, muni_id, joined), k in zip(active, counts, strict=True):
                if not k:
                    continue
                own = self.opps_by_muni.get(muni_id) or self.opps
                mine = [rng.choice(own) for _ in range(rng.randint(1, 3))]
                span = (TODAY - joined).days
                for day in sorted(rng.randrange(span) for _ in range(k)):
                    date = joined + datetime.timedelta(days=day)
                    opp = rng.choice(mine)
                    if date < recent:
                        status = "confirmed" if rng.random() < 0.95 else "declined"
                    else:
                        status = "logged" if rng.random() < 0.6 else "confirmed"
                    at = datetime.datetime.combine(date, datetime.time(18), tzinfo=datetime.UTC)
                    confirmed_at = at + datetime.timedelta(days=3) if status == "confirmed" else None
                    yield (muni_id, user_id, opp.id, opp.organisation_id, opp.title,
                           org_names[opp.organisation_id], date, rng.choice(hours), "", status, user_id,
                           confirmed_at, at)  # fmt: skip

        cols = ("id", "municipality_id", "volunteer_id", "opportunity_id", "organisation_id", "activity",
                "organisation_name", "date", "hours", "note", "status", "logged_by_id", "confirmed_at",
                "created_at")  # fmt: skip

        def as_logged():
            # People log on different days: rows are written in shuffled blocks of 200,000, so
            # that one person's entries lie on many pages, as in a table filled over years.
            ids = itertools.count(1)
            for block in _chunks(entries(), 200_000):
                rng.shuffle(block)
                for row in block:
                    yield (next(ids), *row)

        self.rows(HourEntry, cols, as_logged())

    def finish(self) -> None:
        from django.core.management.color import no_style
        from django.db import connection

        from engagiert.core.models import District, Municipality, User
        from engagiert.directory.models import Competency, Organisation, Topic
        from engagiert.volunteering.models import HourEntry, Opportunity, VolunteerProfile

        if self.vendor == "postgresql":
            models = [Municipality, District, Topic, Competency, Organisation, Opportunity, User, VolunteerProfile,
                      HourEntry]  # fmt: skip
            with connection.cursor() as cursor:
                for sql in connection.ops.sequence_reset_sql(no_style(), models):
                    cursor.execute(sql)
                t0 = time.perf_counter()
                cursor.execute("VACUUM ANALYZE")  # statistics and visibility map, as autovacuum would
                self.timings["vacuum_analyze_s"] = round(time.perf_counter() - t0, 1)


def _chunks(rows, size: int = 20_000):
    it = iter(rows)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _pg_text(value) -> str:
    if value is None:
        return "\\N"
    if value is True:
        return "t"
    if value is False:
        return "f"
    return str(value)


def _sqlite_value(value):
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).replace(tzinfo=None).isoformat(" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _keep_current(marker: dict) -> dict:
    """Move the opportunities' dates forward by the days since the data was generated."""
    from django.db.models import F

    from engagiert.volunteering.models import Opportunity

    days = (TODAY - datetime.date.fromisoformat(marker["as_of"])).days
    if days > 0:
        Opportunity.objects.update(confirmed_current_at=F("confirmed_current_at") + datetime.timedelta(days=days))
        marker["as_of"] = TODAY.isoformat()
        write_marker(MARKER_TABLE, marker)
    return marker


def generate() -> dict:
    from django.db import connection, transaction

    from engagiert.core import search

    state = status()
    if state["state"] == "ok" and not os.environ.get("BENCH_VOL_REBUILD"):
        return _keep_current(state["marker"])
    if state["state"] != "empty" or os.environ.get("BENCH_VOL_REBUILD"):
        print("dropping the old bench database …", flush=True)
        _drop_and_migrate()
    print(f"generating {SIZES} …", flush=True)
    search.tokens = lru_cache(maxsize=100_000)(search.tokens)  # a pure function, texts repeat
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA cache_size = -1000000")
    gen = Generator()
    t0 = time.perf_counter()
    with transaction.atomic():
        for step in ("taxonomies", "municipalities", "organisations", "opportunities", "volunteers", "hours"):
            t = time.perf_counter()
            getattr(gen, step)()
            gen.timings[f"{step}_s"] = round(time.perf_counter() - t, 1)
            print(f"  {step}: {gen.timings[f'{step}_s']} s", flush=True)
    gen.finish()
    verify_terms()
    gen.timings["total_s"] = round(time.perf_counter() - t0, 1)
    marker = {"spec": spec(), "counts": _counts(), "timings": gen.timings, "as_of": TODAY.isoformat()}
    write_marker(MARKER_TABLE, marker)
    print(f"generated in {gen.timings['total_s']:.0f} s: {marker['counts']}", flush=True)
    return marker


# --- Measurement -----------------------------------------------------------------------------


def _loadavg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def measure(rng: random.Random) -> dict[str, dict]:
    """Interleaved, request by request. Suggestions and totals are measured as the views call
    them (profile with its relations, then the selector); search as the public page with the
    full middleware stack. Query counts and the slowest statements come from the warm-up."""
    from django.db import close_old_connections, connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from engagiert.core.models import Municipality
    from engagiert.volunteering import matching, selectors
    from engagiert.volunteering.models import HourEntry, Opportunity, VolunteerProfile

    n_profiles, n_opps, n_hours = SIZES["volunteers"], SIZES["opportunities"], SIZES["hours"]
    slugs = dict(Municipality.objects.values_list("pk", "slug"))
    # Search where the opportunities are (a big town as often as it has opportunities).
    opp_munis = dict(
        Opportunity.objects.filter(pk__in=rng.sample(range(1, n_opps + 1), min(n_opps, 2000))).values_list(
            "pk", "municipality_id"
        )
    )
    search_munis = [slugs[m] for m in opp_munis.values()]
    # Totals of people who log hours, the busy ones as often as they log.
    hour_people = list(
        HourEntry.objects.filter(pk__in=rng.sample(range(1, n_hours + 1), min(n_hours, 2000)))
        .exclude(volunteer=None)
        .values_list("volunteer_id", "municipality_id")
    )
    client = Client()

    def suggestions():
        profile = (
            VolunteerProfile.objects.select_related("district", "municipality")
            .prefetch_related("topics", "skills")
            .get(pk=rng.randint(1, n_profiles))
        )
        matching.suggestions_for(profile)

    def search():
        response = client.get(f"/{rng.choice(search_munis)}/mach-mit/", {"q": rng.choice(QUERIES)})
        assert response.status_code == 200, response.status_code

    def totals():
        user_id, muni_id = rng.choice(hour_people)
        profile = VolunteerProfile.objects.select_related("user", "municipality").get(
            user_id=user_id, municipality_id=muni_id
        )
        selectors.volunteer_totals(user=profile.user, municipality=profile.municipality)

    scenarios = {"suggestions": suggestions, "search": search, "totals": totals}
    queries: dict[str, list[int]] = defaultdict(list)
    slowest: dict[str, list] = defaultdict(list)
    for _ in range(WARMUP):
        for name, fn in scenarios.items():
            with CaptureQueriesContext(connection) as ctx:
                fn()
            queries[name].append(len(ctx.captured_queries))
            slowest[name] += [(float(q["time"]), q["sql"][:600]) for q in ctx.captured_queries]
            close_old_connections()
    timings: dict[str, list[float]] = defaultdict(list)
    for _ in range(REQUESTS):
        for name, fn in scenarios.items():
            start = time.perf_counter()
            fn()
            close_old_connections()
            timings[name].append((time.perf_counter() - start) * 1000)
    return {
        name: {
            "p50": _pct(timings[name], 50),
            "p95": _pct(timings[name], 95),
            "p99": _pct(timings[name], 99),
            "max": max(timings[name]),
            "mean": statistics.fmean(timings[name]),
            "queries": sorted(set(queries[name])),
            "slowest_sql": sorted(slowest[name], reverse=True)[:3],
        }
        for name in scenarios
    }


def _pct(values: list[float], p: int) -> float:
    return round(statistics.quantiles(values, n=100, method="inclusive")[p - 1], 1)


def main() -> int:
    backend = _setup()
    from django.conf import settings
    from django.db import connection
    from django.test.utils import override_settings

    marker = generate()
    if connection.vendor == "postgresql":
        # Size of the generated tables, for the record.
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_size_pretty(pg_database_size(current_database()))")
            marker["database_size"] = cursor.fetchone()[0]
    # Plain static storage: no collectstatic manifest needed (what is measured is the view).
    storages = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    load_before = _loadavg()
    with override_settings(STORAGES=storages):
        results = measure(random.Random(SEED + 1))
    load_after = _loadavg()
    print(f"\nMach mit! on {backend}, {SIZES}, {REQUESTS} requests each after {WARMUP} warm-up")
    print(f"load average before {load_before}, after {load_after}")
    print(f"{'scenario':<14}{'p50 ms':>10}{'p95 ms':>10}{'target':>10}{'queries':>10}  ok")
    ok = True
    for name, r in results.items():
        met = r["p95"] <= TARGETS_MS[name]
        ok &= met
        q = "/".join(map(str, r["queries"]))
        print(f"{name:<14}{r['p50']:>10.1f}{r['p95']:>10.1f}{TARGETS_MS[name]:>10.0f}{q:>10}  {'yes' if met else 'NO'}")
    out = ROOT / "var" / "bench" / f"volunteering-{backend}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "backend": backend,
        "database_version": connection.cursor().connection.info.server_version
        if backend == "postgresql"
        else __import__("sqlite3").sqlite_version,
        "dataset": marker,
        "requests": REQUESTS,
        "warmup": WARMUP,
        "load_average": {"before": load_before, "after": load_after},
        "results": results,
    }
    out.write_text(json.dumps(payload, indent=2, default=str))
    print(f"details in {out.relative_to(ROOT)}")
    return 0 if ok or backend != "postgresql" else 1


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
