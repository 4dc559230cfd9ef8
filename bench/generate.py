"""Builds the synthetic dataset in the configured database, fast and deterministically.

    python -m bench.generate status   -> prints {"state": "ok" | "empty" | "stale", ...}
    python -m bench.generate build    -> fills an empty (migrated) database, prints stats as JSON

Rows are built in Python with explicit primary keys and written with bulk_create, chunk
by chunk. The search index rows come from engagiert.directory.indexing.organisation_terms
itself, called on in-memory organisations whose relations are pre-filled as prefetch
caches; a database guard makes sure it issues no query, and a sample is afterwards
re-indexed the way the app does it (from the database) and compared."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import random
import sys
import time
from bisect import bisect
from collections import defaultdict
from datetime import date
from functools import lru_cache
from pathlib import Path

from django.db.models.query import QuerySet

from bench.marker import read_marker, write_marker

SPEC_VERSION = 1  # bump when the generator changes what it writes


def schema_fingerprint() -> str:
    """Hash of the app's migration files: they are edited in place during development, and a
    database migrated from an older version would silently miss columns or indexes."""
    root = Path(__file__).resolve().parent.parent / "engagiert"
    digest = hashlib.sha256()
    for path in sorted(root.glob("*/migrations/*.py")):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def spec_from_env() -> dict:
    return {
        "version": SPEC_VERSION,
        "municipalities": int(os.environ.get("BENCH_MUNICIPALITIES", "113")),
        "organisations": int(os.environ.get("BENCH_ORGANISATIONS", "50000")),
        "seed": int(os.environ.get("BENCH_SEED", "20250")),
        "schema": schema_fingerprint(),
    }


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "engagiert.settings")
    import django

    django.setup()


# ---------------------------------------------------------------------------------------
# Marker: a small table outside Django's models that records what was generated.

MARKER_TABLE = "bench_dataset"


def _counts() -> dict[str, int]:
    from engagiert.core.models import Municipality
    from engagiert.directory.models import ContactPerson, Organisation, OrganisationSearchTerm

    return {
        "municipalities": Municipality.objects.count(),
        "organisations": Organisation.objects.count(),
        "contacts": ContactPerson.objects.count(),
        "search_terms": OrganisationSearchTerm.objects.count(),
    }


def status(spec: dict) -> dict:
    from engagiert.directory.models import Organisation

    marker = read_marker(MARKER_TABLE)
    if marker is None:
        return {"state": "stale" if Organisation.objects.exists() else "empty"}
    counts = _counts()
    if marker.get("spec") != spec or marker.get("counts") != counts:
        return {"state": "stale", "marker": marker, "counts": counts}
    try:
        verify_terms()
    except AssertionError as exc:  # the app now indexes differently: rebuild
        return {"state": "stale", "reason": str(exc), "marker": marker, "counts": counts}
    return {"state": "ok", "marker": marker, "counts": counts}


# ---------------------------------------------------------------------------------------
# Generation


class Picker:
    """Fast weighted choice from a fixed list."""

    def __init__(self, rng: random.Random, items, weights):
        self.rng, self.items = rng, list(items)
        self.cum = list(itertools.accumulate(weights))

    def __call__(self):
        return self.items[bisect(self.cum, self.rng.random() * self.cum[-1])]


def _short(town: str) -> str:
    return town.split(" (")[0]


def _email_local(text: str) -> str:
    from django.utils.text import slugify

    from engagiert.core.search import fold

    return slugify(fold(text)).replace("-", ".") or "kontakt"


class Generator:
    CHUNK = 2500

    def __init__(self, spec: dict):
        from django.db import connection

        from bench import words

        self.spec, self.w = spec, words
        self.rng = random.Random(spec["seed"])
        self.vendor = connection.vendor
        # PostgreSQL: big multi-row INSERTs; SQLite: Django's own limit (999 parameters).
        self.batch = 5000 if self.vendor == "postgresql" else None
        self.timings: dict[str, float] = {}
        self.term_rows = 0
        # What Organisation.save() derives (bulk_create does not call save()); checked by
        # verify_saved_fields, so a new derived field fails loudly instead of skewing results.
        from engagiert.core import search
        from engagiert.directory.models import Organisation

        field_names = {f.name for f in Organisation._meta.concrete_fields}
        self.derived = [("sort_name", lambda org: search.sort_key(org.name))] if "sort_name" in field_names else []

    def bulk(self, model, objs) -> None:
        if objs:
            model.objects.bulk_create(objs, batch_size=self.batch)

    def rows(self, model, columns: tuple[str, ...], rows: list[tuple]) -> None:
        """Plain rows into a narrow table (search terms, link tables): the same values
        bulk_create would write, without building millions of model instances.
        PostgreSQL: COPY; SQLite: executemany of one prepared INSERT."""
        from django.db import connection

        if not rows:
            return
        table = connection.ops.quote_name(model._meta.db_table)
        cols = ", ".join(connection.ops.quote_name(c) for c in columns)
        with connection.cursor() as cursor:
            if self.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                marks = ", ".join(["%s"] * len(columns))
                cursor.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)

    # -- taxonomies and tenants ----------------------------------------------------------

    def taxonomies(self) -> None:
        from engagiert.directory.models import Competency, DiversityDimension, Programme, Topic

        def translated(row):
            slug, de, en, ar, uk = row
            return {"slug": slug, "name": de, "name_de": de, "name_en": en, "name_ar": ar, "name_uk": uk}

        self.bulk(Topic, [Topic(id=i, **translated(r)) for i, r in enumerate(self.w.TOPICS, 1)])
        self.bulk(
            DiversityDimension,
            [DiversityDimension(id=i, **translated(r)) for i, r in enumerate(self.w.DIVERSITY_DIMENSIONS, 1)],
        )
        self.topics = {t.slug: t for t in Topic.objects.all()}
        self.dims = list(DiversityDimension.objects.all())
        self.national_programmes = [
            Programme(
                id=i,
                slug=slug,
                name=de,
                name_de=de,
                name_en=en,
                description_de=f"<p>{de}: bundesweites Programm.</p>",
                website=f"https://www.{slug}.de",
            )
            for i, (slug, de, en) in enumerate(self.w.PROGRAMMES, 1)
        ]
        self.bulk(Programme, self.national_programmes)
        names = {c for cs in self.w.COMPETENCIES_BY_TOPIC.values() for c in cs}
        names = sorted(names | set(self.w.GENERAL_COMPETENCIES))
        self.bulk(Competency, [Competency(id=i, name=n) for i, n in enumerate(names, 1)])
        self.competency = {c.name: c for c in Competency.objects.all()}
        self.general_competencies = [self.competency[n] for n in self.w.GENERAL_COMPETENCIES]
        self.topic_competencies = {
            slug: [self.competency[n] for n in cs] for slug, cs in self.w.COMPETENCIES_BY_TOPIC.items()
        }

    def _place_name(self, taken: set[str]) -> str:
        rng = self.rng
        for _ in range(100):
            name = rng.choice(self.w.PLACE_PREFIXES) + rng.choice(self.w.PLACE_STEMS)
            name = name + rng.choice(self.w.PLACE_SUFFIXES)
            name = name[0].upper() + name[1:]
            if name not in taken:
                taken.add(name)
                return name
        raise RuntimeError("ran out of place names")

    def municipalities(self) -> None:
        from django.utils.text import slugify

        from engagiert.core.models import District, Municipality
        from engagiert.core.search import fold
        from engagiert.directory.models import Programme

        rng, n = self.rng, self.spec["municipalities"]
        names = list(self.w.MUNICIPALITIES[:n])
        taken = set(names)
        while len(names) < n:
            names.append(self._place_name(taken))
        # Zipf-like sizes: the biggest town has ~30 times the organisations of the smallest.
        weights = [1 / (rank**0.75) for rank in range(1, n + 1)]
        total_w = sum(weights)
        self.org_share = [w / total_w for w in weights]
        self.munis = []
        for i, name in enumerate(names, 1):
            lat, lon = round(rng.uniform(51.0, 53.0), 5), round(rng.uniform(10.6, 13.2), 5)
            self.munis.append(
                Municipality(
                    id=i,
                    name=name,
                    slug=slugify(fold(name)),
                    ags=f"15{i:06d}",
                    state=self.w.STATE,
                    office=f"Koordinierungsstelle Engagement {_short(name)}",
                    email=f"engagement@{slugify(fold(_short(name)))}.de",
                    phone=f"0{rng.randint(340, 3999)} {rng.randint(100000, 999999)}",
                    street=rng.choice(self.w.STREETS) + f" {rng.randint(1, 80)}",
                    postcode=f"0{rng.randint(6000, 9999)}",
                    city=_short(name),
                    latitude=lat,
                    longitude=lon,
                )
            )
        self.bulk(Municipality, self.munis)

        districts, did = [], itertools.count(1)
        self.districts: dict[int, list[District]] = defaultdict(list)
        for muni, share in zip(self.munis, self.org_share, strict=True):
            expected_orgs = share * self.spec["organisations"]
            n_top = max(3, min(30, round(expected_orgs**0.5 / 2.5)))
            used: set[str] = set()
            pool = [d for d in self.w.DISTRICT_NAMES if n_top >= 8]
            rng.shuffle(pool)
            for k in range(n_top):
                name = pool[k] if k < len(pool) else self._place_name(used)
                used.add(name)
                top = District(
                    id=next(did),
                    municipality=muni,
                    name=name,
                    slug=slugify(fold(name)),
                    latitude=round(muni.latitude + rng.uniform(-0.04, 0.04), 5),
                    longitude=round(muni.longitude + rng.uniform(-0.06, 0.06), 5),
                )
                districts.append(top)
                self.districts[muni.id].append(top)
                if n_top >= 10 and rng.random() < 0.35:  # Quartiere of a big Stadtteil
                    for pattern in rng.sample(self.w.QUARTER_PATTERNS, rng.randint(2, 3)):
                        qname = pattern.format(name)
                        if qname in used:
                            continue
                        used.add(qname)
                        quarter = District(
                            id=next(did),
                            municipality=muni,
                            parent=top,
                            name=qname,
                            slug=slugify(fold(qname)),
                            latitude=round(top.latitude + rng.uniform(-0.01, 0.01), 5),
                            longitude=round(top.longitude + rng.uniform(-0.01, 0.01), 5),
                        )
                        districts.append(quarter)
                        self.districts[muni.id].append(quarter)
        self.bulk(District, districts)

        local, pid = [], itertools.count(len(self.national_programmes) + 1)
        self.local_programmes: dict[int, list[Programme]] = defaultdict(list)
        for muni in self.munis:
            if rng.random() < 0.5:
                title = rng.choice(self.w.LOCAL_PROGRAMMES)
                prog = Programme(
                    id=next(pid),
                    slug=slugify(fold(f"{title} {muni.slug}"))[:50],
                    name=f"{title} {_short(muni.name)}",
                    name_de=f"{title} {_short(muni.name)}",
                    municipality=muni,
                )
                local.append(prog)
                self.local_programmes[muni.id].append(prog)
        self.bulk(Programme, local)

    # -- organisations, contacts, terms ---------------------------------------------------

    def _text(self, template: str, **values) -> str:
        return template.format(**values)

    def _org(self, org_id: int, muni, pickers, slugs: set[str]):
        from django.utils.text import slugify

        from engagiert.directory.models import Organisation
        from engagiert.directory.services import RESERVED_SLUGS

        rng, w = self.rng, self.w
        kind, template, implied = pickers["template"]()
        district = rng.choice(self.districts[muni.id]) if rng.random() < 0.85 else None
        town = _short(muni.name)
        place = district.name if district and rng.random() < 0.7 else town
        year = rng.randint(1890, 2023)
        values = {
            "place": place,
            "town": town,
            "surname": rng.choice(w.SURNAMES),
            "saint": rng.choice(w.SAINTS),
            "trade": rng.choice(w.TRADES),
            "year": year,
            "audience": rng.choice(w.AUDIENCES),
            "weekday": rng.choice(w.WEEKDAYS),
            "members": rng.randint(12, 900),
        }
        name = template.format(**values)
        base = slugify(name)[:200] or "organisation"
        if base in RESERVED_SLUGS:
            base = f"{base}-organisation"
        slug, n = base, 2
        while slug in slugs:
            slug, n = f"{base}-{n}", n + 1
        slugs.add(slug)

        topic_slugs = rng.sample(implied, k=min(len(implied), rng.randint(1, 3)))
        wanted = rng.choice((3, 3, 4))
        while len(topic_slugs) < wanted:
            extra = pickers["topic"]()
            if extra not in topic_slugs:
                topic_slugs.append(extra)
        sentences = [rng.choice(w.OPENERS[kind]).format(**values)]
        sentences.append(rng.choice(w.ACTIVITIES[topic_slugs[0]]).format(**values))
        if rng.random() < 0.7:
            sentences.append(rng.choice(w.CLOSERS))
        domain = base[:40].strip("-") + ".de"
        lat_src = district or muni
        has_geo = rng.random() < 0.8
        org = Organisation(
            id=org_id,
            municipality=muni,
            name=name,
            slug=slug,
            kind=kind,
            status=pickers["status"](),
            trusted=rng.random() < 0.2,
            description_de="<p>" + " ".join(sentences) + "</p>",
            description_en=rng.choice(w.ENGLISH_SUMMARIES) if rng.random() < 0.15 else "",
            street=f"{rng.choice(w.STREETS)} {rng.randint(1, 120)}",
            postcode=muni.postcode[:4] + str(rng.randint(0, 9)),
            city=town,
            district=district,
            latitude=round(lat_src.latitude + rng.uniform(-0.01, 0.01), 6) if has_geo else None,
            longitude=round(lat_src.longitude + rng.uniform(-0.015, 0.015), 6) if has_geo else None,
            website=f"https://www.{domain}" if rng.random() < 0.6 else "",
            email=f"info@{domain}" if rng.random() < 0.7 else "",
            phone=f"0{rng.randint(340, 3999)} {rng.randint(10000, 999999)}" if rng.random() < 0.6 else "",
        )
        org._bench_domain = domain
        for attname, derive in self.derived:
            setattr(org, attname, derive(org))
        return org, [self.topics[s] for s in topic_slugs]

    def _contacts(self, org, topics, contact_ids, pickers):
        from engagiert.directory.models import ContactPerson

        rng, w = self.rng, self.w
        contacts = []
        for _ in range(pickers["contacts"]()):
            first, last = rng.choice(w.FIRST_NAMES), rng.choice(w.SURNAMES)
            contact = ContactPerson(
                id=next(contact_ids),
                organisation=org,
                name=f"{first} {last}",
                role=rng.choice(w.CONTACT_ROLES),
                email=f"{_email_local(first)}.{_email_local(last)}@{org._bench_domain}",
                phone=f"0{rng.randint(340, 3999)} {rng.randint(10000, 999999)}" if rng.random() < 0.5 else "",
                contact_public=rng.random() < 0.4,
                languages=pickers["languages"](),
            )
            comps: dict[int, object] = {}
            wanted = rng.randint(2, 4)
            while len(comps) < wanted:
                if rng.random() < 0.75:
                    comp = rng.choice(self.topic_competencies[rng.choice(topics).slug])
                else:
                    comp = rng.choice(self.general_competencies)
                comps[comp.id] = comp
            contacts.append((contact, list(comps.values())))
        return contacts

    def organisations(self) -> None:
        from django.db import connection, transaction

        from engagiert.directory.indexing import organisation_terms
        from engagiert.directory.models import (
            Competency,
            ContactPerson,
            DiversityDimension,
            Organisation,
            OrganisationSearchTerm,
            Programme,
            ProgrammeMembership,
            Topic,
        )

        rng, w, n = self.rng, self.w, self.spec["organisations"]
        pickers = {
            "template": Picker(
                rng, [(k, t, topics) for k, _w, t, topics in w.NAME_TEMPLATES], [x[1] for x in w.NAME_TEMPLATES]
            ),
            "topic": Picker(rng, list(self.topics), [1] * len(self.topics)),
            "status": Picker(rng, ["published", "pending", "rejected"], [92, 5, 3]),
            "contacts": Picker(rng, [1, 2, 3], [25, 45, 30]),
            "dims": Picker(rng, [0, 1, 2, 3], [30, 35, 25, 10]),
            "programmes": Picker(rng, [0, 1, 2, 3], [55, 30, 12, 3]),
            "languages": Picker(rng, [x[0] for x in w.LANGUAGE_SETS], [x[1] for x in w.LANGUAGE_SETS]),
        }
        # Organisations arrive over time from all municipalities: interleave them.
        muni_of = []
        for muni, share in zip(self.munis, self.org_share, strict=True):
            muni_of += [muni] * max(1, round(share * n))
        muni_of = muni_of[:n]
        while len(muni_of) < n:
            muni_of.append(self.munis[0])
        rng.shuffle(muni_of)

        TopicLink = Organisation.topics.through
        DimLink = Organisation.diversity_dimensions.through
        CompLink = ContactPerson.competencies.through
        slugs: dict[int, set[str]] = defaultdict(set)
        self.published_by_muni: dict[int, list[int]] = defaultdict(list)
        contact_ids = itertools.count(1)
        adapt_date = connection.ops.adapt_datefield_value
        t_terms = t_insert = 0.0

        def no_queries(execute, sql, params, many, context):
            raise AssertionError(f"organisation_terms queried the database: {sql[:200]}")

        for start in range(0, n, self.CHUNK):
            orgs, contacts, topic_links, dim_links, memberships, comp_links, terms = [], [], [], [], [], [], []
            t0 = time.perf_counter()
            for org_id in range(start + 1, min(start + self.CHUNK, n) + 1):
                muni = muni_of[org_id - 1]
                org, topics = self._org(org_id, muni, pickers, slugs[muni.id])
                dims = rng.sample(self.dims, pickers["dims"]())
                progs = rng.sample(
                    self.national_programmes + self.local_programmes[muni.id],
                    min(pickers["programmes"](), len(self.national_programmes)),
                )
                org_contacts = self._contacts(org, topics, contact_ids, pickers)
                orgs.append(org)
                if org.status == "published":
                    self.published_by_muni[muni.id].append(org.id)
                topic_links += [(org.id, t.id) for t in topics]
                dim_links += [(org.id, d.id) for d in dims]
                memberships += [
                    (
                        org.id,
                        p.id,
                        rng.choice(("Partner", "Träger", "Mitglied", "")),
                        adapt_date(date(rng.randint(2011, 2024), rng.randint(1, 12), 1)),
                    )
                    for p in progs
                ]
                for contact, comps in org_contacts:
                    contacts.append(contact)
                    comp_links += [(contact.id, c.id) for c in comps]
                    contact._prefetched_objects_cache = {"competencies": _cached(Competency, comps)}
                # What indexing.INDEX.load would prefetch, as prefetch caches: no query needed.
                org._prefetched_objects_cache = {
                    "topics": _cached(Topic, topics),
                    "diversity_dimensions": _cached(DiversityDimension, dims),
                    "programmes": _cached(Programme, progs),
                    "contacts": _cached(ContactPerson, [c for c, _ in org_contacts]),
                }
                t1 = time.perf_counter()
                with connection.execute_wrapper(no_queries):
                    org_terms = organisation_terms(org)
                t_terms += time.perf_counter() - t1
                terms += [(org.id, muni.id, term, weight) for term, weight in org_terms.items()]
            t2 = time.perf_counter()
            with transaction.atomic():
                self.bulk(Organisation, orgs)
                self.bulk(ContactPerson, contacts)
                self.rows(TopicLink, ("organisation_id", "topic_id"), topic_links)
                self.rows(DimLink, ("organisation_id", "diversitydimension_id"), dim_links)
                self.rows(ProgrammeMembership, ("organisation_id", "programme_id", "role", "since"), memberships)
                self.rows(CompLink, ("contactperson_id", "competency_id"), comp_links)
                self.rows(OrganisationSearchTerm, ("organisation_id", "municipality_id", "term", "weight"), terms)
            t_insert += time.perf_counter() - t2
            self.term_rows += len(terms)
            done = min(start + self.CHUNK, n)
            print(
                f"  {done:>6}/{n} organisations, {self.term_rows:>9} terms "
                f"(build {t2 - t0:5.1f}s, insert {time.perf_counter() - t2:5.1f}s)",
                file=sys.stderr,
                flush=True,
            )
        self.timings["organisation_terms_s"] = round(t_terms, 1)
        self.timings["insert_s"] = round(t_insert, 1)

    def agreements(self) -> None:
        from engagiert.directory.models import CooperationAgreement

        rng = self.rng
        agreements, parties, aid = [], [], itertools.count(1)
        Party = CooperationAgreement.parties.through
        for muni in self.munis:
            pool = self.published_by_muni.get(muni.id, [])
            for k in range(rng.randint(1, 3)):
                if len(pool) < 3:
                    break
                agreement = CooperationAgreement(
                    id=next(aid),
                    municipality=muni,
                    title=f"Kooperationsvereinbarung Engagement {_short(muni.name)} {k + 1}",
                    signed_on=date(rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)),
                    description_de="<p>Stadt, Vereine und Unternehmen arbeiten zusammen.</p>",
                )
                agreements.append(agreement)
                for org_id in rng.sample(pool, min(len(pool), rng.randint(3, 12))):
                    parties.append((agreement.id, org_id))
        self.bulk(CooperationAgreement, agreements)
        self.rows(Party, ("cooperationagreement_id", "organisation_id"), parties)

    def finish(self) -> None:
        from django.core.management.color import no_style
        from django.db import connection

        from engagiert.core.models import District, Municipality
        from engagiert.directory.models import (
            Competency,
            ContactPerson,
            CooperationAgreement,
            DiversityDimension,
            Organisation,
            Programme,
            Topic,
        )

        if self.vendor == "postgresql":
            models = [
                Municipality,
                District,
                Topic,
                DiversityDimension,
                Programme,
                Competency,
                Organisation,
                ContactPerson,
                CooperationAgreement,
            ]
            with connection.cursor() as cursor:
                for sql in connection.ops.sequence_reset_sql(no_style(), models):
                    cursor.execute(sql)
                t0 = time.perf_counter()
                cursor.execute("VACUUM ANALYZE")  # statistics and visibility map, as autovacuum would
                self.timings["vacuum_analyze_s"] = round(time.perf_counter() - t0, 1)


def _cached(model, objs):
    """A queryset that already holds `objs`, as prefetch_related leaves it."""
    qs = QuerySet(model)
    qs._result_cache = list(objs)
    qs._prefetch_done = True
    return qs


def _sample_ids(sample: int, seed: int) -> list[int]:
    from engagiert.directory.models import Organisation

    ids = list(Organisation.objects.order_by("pk").values_list("pk", flat=True))
    return random.Random(seed).sample(ids, min(sample, len(ids)))


def verify_terms(sample: int = 40, seed: int = 1) -> int:
    """Re-index a sample the way the app does (from the database) and compare term by term."""
    from engagiert.directory.indexing import organisation_terms
    from engagiert.directory.models import Organisation, OrganisationSearchTerm

    picked = _sample_ids(sample, seed)
    orgs = (
        Organisation.objects.filter(pk__in=picked)
        .select_related("district")
        .prefetch_related("topics", "diversity_dimensions", "programmes", "contacts__competencies")
    )
    stored = defaultdict(dict)
    for org_id, term, weight in OrganisationSearchTerm.objects.filter(organisation_id__in=picked).values_list(
        "organisation_id", "term", "weight"
    ):
        stored[org_id][term] = weight
    for org in orgs:
        expected = organisation_terms(org)
        if stored[org.pk] != expected:
            differ = sorted(set(expected.items()) ^ set(stored[org.pk].items()))
            raise AssertionError(f"search terms of organisation {org.pk} differ from the app's: {differ[:10]}")
    return len(picked)


def verify_saved_fields(sample: int = 20, seed: int = 2) -> int:
    """bulk_create skips Model.save(): save a sample for real (rolled back) and check that
    save() changes no stored value, i.e. the generator filled every derived field."""
    from django.db import transaction

    from engagiert.directory.models import Organisation

    fields = [f.attname for f in Organisation._meta.concrete_fields if f.attname not in ("updated_at", "created_at")]
    picked = _sample_ids(sample, seed)
    with transaction.atomic():
        for org in Organisation.objects.filter(pk__in=picked):
            before = {name: getattr(org, name) for name in fields}
            org.save()
            org.refresh_from_db()
            after = {name: getattr(org, name) for name in fields}
            changed = {name: (before[name], after[name]) for name in fields if before[name] != after[name]}
            if changed:
                raise AssertionError(f"Organisation.save() changes generated values of {org.pk}: {changed}")
        transaction.set_rollback(True)
    return len(picked)


def build(spec: dict) -> dict:
    from django.db import connection

    from engagiert.core import search

    status_now = status(spec)
    if status_now["state"] != "empty":
        raise SystemExit(f"bench.generate build needs an empty database, found {status_now['state']}")
    # A pure cache on a pure function (same output, computed once per distinct text): the
    # synthetic texts repeat a lot (topic names in four languages, competencies, roles).
    search.tokens = lru_cache(maxsize=100_000)(search.tokens)
    if connection.vendor == "sqlite":
        # This connection only: a page cache big enough for random inserts into the term indexes.
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA cache_size = -1000000")

    gen = Generator(spec)
    t0 = time.perf_counter()
    gen.taxonomies()
    gen.municipalities()
    gen.timings["tenants_s"] = round(time.perf_counter() - t0, 1)
    t1 = time.perf_counter()
    gen.organisations()
    gen.timings["organisations_s"] = round(time.perf_counter() - t1, 1)
    gen.agreements()
    gen.finish()
    t2 = time.perf_counter()
    verified = verify_terms()
    verify_saved_fields()
    gen.timings["verify_s"] = round(time.perf_counter() - t2, 1)
    gen.timings["total_s"] = round(time.perf_counter() - t0, 1)
    counts = _counts()
    write_marker(MARKER_TABLE, {"spec": spec, "counts": counts, "timings": gen.timings})
    return {"counts": counts, "timings": gen.timings, "verified_organisations": verified}


def main(argv: list[str]) -> int:
    _setup()
    spec = spec_from_env()
    command = argv[1] if len(argv) > 1 else "status"
    if command == "status":
        result = status(spec)
    elif command == "build":
        result = build(spec)
    else:
        print(f"unknown command {command!r}; use status or build", file=sys.stderr)
        return 2
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
