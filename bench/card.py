"""Benchmark of the Ehrenamtskarte: `.venv/bin/python -m bench.card`

1. Offline verification in Python: how many signed QR payloads one core parses and checks
   per second (`crypto.split_text` + Ed25519 verify), target >= 5,000/s.
2. The online verification endpoint (`POST /<municipality>/ehrenamtskarte/pruefen/` as a
   partner account, with its counter update), in-process with django.test.Client,
   scenarios interleaved request by request; target p95 <= 10 ms on PostgreSQL with
   1,000,000 cards and 10,000 revocations (BENCH_CARD_CARDS=1000000 BENCH_CARD_REVOKED=10000).

Environment:
    BENCH_CARD_DATABASE_URL  default postgres://postgres@127.0.0.1:5432/engagiert_card_bench
                             (created if missing; SQLite var/bench/card.sqlite3 when unreachable)
    BENCH_CARD_CARDS         cards in the dataset (20000; rebuilt when the counts differ)
    BENCH_CARD_REVOKED       revoked cards among them (200)
    BENCH_CARD_PAYLOADS      offline: distinct signed payloads (2000)
    BENCH_CARD_SECONDS       offline: how long to loop over them (2)
    BENCH_REQUESTS           online: measured requests per scenario (200)
    BENCH_WARMUP             online: warm-up requests per scenario (20)
    BENCH_SEED               random seed (20250)
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PG_URL = "postgres://postgres@127.0.0.1:5432/engagiert_card_bench"
SQLITE_PATH = ROOT / "var" / "bench" / "card.sqlite3"
TARGET_OFFLINE_PER_S = 5000
TARGET_ONLINE_P95_MS = 10.0
AGS = "15999999"


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def choose_database() -> str:
    url = os.environ.get("BENCH_CARD_DATABASE_URL", DEFAULT_PG_URL)
    try:
        import dj_database_url
        import psycopg

        cfg = dj_database_url.parse(url)
        admin = {"dbname": "postgres", "user": cfg.get("USER"), "host": cfg.get("HOST"), "port": cfg.get("PORT")}
        admin = {k: v for k, v in admin.items() if v} | {"connect_timeout": 3}
        if cfg.get("PASSWORD"):
            admin["password"] = cfg["PASSWORD"]
        with psycopg.connect(**admin, autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [cfg["NAME"]]).fetchone():
                conn.execute(f'CREATE DATABASE "{cfg["NAME"]}"')
        return url
    except Exception as exc:  # noqa: BLE001 - any failure: measure on SQLite
        print(f"PostgreSQL unavailable ({type(exc).__name__}); using SQLite.", flush=True)
        SQLITE_PATH.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{SQLITE_PATH}"


def setup_django() -> str:
    url = choose_database()
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ["DJANGO_SETTINGS_MODULE"] = "engagiert.test_settings"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return url


# -- 1. offline ------------------------------------------------------------------------------


def offline(payloads: int, seconds: float, rng: random.Random) -> dict:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from engagiert.card import crypto

    private = Ed25519PrivateKey.generate()
    public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    start = date(2025, 1, 1)
    texts = []
    for n in range(payloads):
        valid_from = start + timedelta(days=rng.randrange(700))
        payload = crypto.Payload(int(AGS), 1, n + 1, valid_from, valid_from + timedelta(days=730), "Anna M.")
        message = crypto.encode_message(payload)
        texts.append(crypto.to_text(message, private.sign(message)))
    keys = {1: public}
    checked = 0
    began = time.perf_counter()
    deadline = began + seconds
    while time.perf_counter() < deadline:
        for text in texts:
            payload, message, signature = crypto.split_text(text)
            if not crypto.verify_signature(keys[payload.key_id], message, signature):
                raise AssertionError("a genuine payload failed")
        checked += len(texts)
    elapsed = time.perf_counter() - began
    # The floor: OpenSSL's Ed25519 verify alone, on the same machine at the same moment.
    public_key = crypto._public_key(public)
    message = crypto.encode_message(crypto.Payload(int(AGS), 1, 1, start, start, "Anna M."))
    signature = private.sign(message)
    floor_began, floor_n = time.perf_counter(), 0
    while time.perf_counter() < floor_began + seconds / 2:
        for _ in range(200):
            public_key.verify(signature, message)
        floor_n += 200
    floor = floor_n / (time.perf_counter() - floor_began)
    return {"checked": checked, "seconds": elapsed, "per_second": checked / elapsed, "openssl_per_second": floor}


# -- 2. online -------------------------------------------------------------------------------


def dataset(cards: int, revoked: int, rng: random.Random):
    from django.db import transaction

    from engagiert.card import services
    from engagiert.card.models import Card, CardRules
    from engagiert.core.models import Municipality

    muni, _ = Municipality.objects.get_or_create(
        slug="benchstadt", defaults={"name": "Benchstadt", "ags": AGS, "state": "Sachsen-Anhalt"}
    )
    CardRules.objects.get_or_create(municipality=muni)
    key = services.active_key(muni)
    have = Card.objects.filter(municipality=muni).count()
    have_revoked = Card.objects.filter(municipality=muni, status="revoked").count()
    if have == cards and have_revoked == revoked:
        print(f"Reusing {cards:,} cards ({revoked:,} revoked).", flush=True)
        return muni, key
    print(f"Building {cards:,} cards ({revoked:,} revoked) ...", flush=True)
    began = time.perf_counter()
    with transaction.atomic():
        Card.objects.filter(municipality=muni).delete()
        revoked_numbers = set(rng.sample(range(1, cards + 1), revoked))
        today = date.today()
        batch = []
        for n in range(1, cards + 1):
            valid_from = today - timedelta(days=rng.randrange(700))
            is_revoked = n in revoked_numbers
            batch.append(
                Card(
                    municipality=muni,
                    number=n,
                    holder_name="Anna Muster",
                    short_name="Anna M.",
                    birth_year=1950 + n % 50,
                    organisation_kinds=["verein"],
                    valid_from=valid_from,
                    valid_until=valid_from + timedelta(days=730),
                    status="revoked" if is_revoked else "active",
                    revoked_reason="verloren" if is_revoked else "",
                    key=key,
                    signature=b"\0" * 64,  # the endpoint checks the QR's signature, not this one
                )
            )
            if len(batch) == 10_000:
                Card.objects.bulk_create(batch)
                batch = []
        Card.objects.bulk_create(batch)
    print(f"  built in {time.perf_counter() - began:.0f} s", flush=True)
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE card_card")
    return muni, key


def online(requests: int, warmup: int, rng: random.Random) -> list[dict]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from engagiert.card import crypto, services
    from engagiert.card.models import AcceptancePartner, Card
    from engagiert.core.models import Role, User

    muni, key = dataset(env_int("BENCH_CARD_CARDS", 20000), env_int("BENCH_CARD_REVOKED", 200), rng)
    user, _ = User.objects.get_or_create(username="bench-partner", defaults={"email": "bench-partner@example.org"})
    partner, _ = AcceptancePartner.objects.get_or_create(
        municipality=muni,
        name="Bench-Museum",
        defaults={
            "category": "museum",
            "street": "Markt 1",
            "postcode": "06844",
            "city": "Benchstadt",
            "status": "approved",
        },
    )
    partner.users.add(user)
    Role.objects.get_or_create(user=user, municipality=muni, kind=Role.Kind.ACCEPTANCE_PARTNER)
    total = requests + warmup
    active = list(Card.objects.filter(municipality=muni, status="active").values_list("pk", flat=True))
    revoked = list(Card.objects.filter(municipality=muni, status="revoked").values_list("pk", flat=True))

    def texts(pks: list[int]) -> list[str]:
        picked = Card.objects.filter(pk__in=[rng.choice(pks) for _ in range(total)]).select_related(
            "municipality", "key"
        )
        by_pk = {c.pk: c for c in picked}
        result = []
        for card in by_pk.values():  # the dataset's signatures are placeholders: sign these for real
            card.signature = crypto.sign(key.private_key_encrypted, services.card_message(card))
            result.append(services.qr_text(card))
        return [result[i % len(result)] for i in range(total)]

    valid = texts(active)
    revoked_texts = texts(revoked) if revoked else valid
    forged = [t[:40] + ("B" if t[40] != "B" else "C") + t[41:] for t in valid]
    numbers = [str(rng.randint(1, len(active) + len(revoked))) for _ in range(total)]
    scenarios = [
        ("qr_valid", "Verify QR code, valid card", valid),
        ("qr_revoked", "Verify QR code, revoked card", revoked_texts),
        ("qr_forged", "Verify QR code, forged (rejected)", forged),
        ("number", "Verify by card number", numbers),
    ]
    client = Client()
    client.force_login(user)
    scenarios.append(("bare", "Bare Django view (reference)", ["/bench/bare"] * total))
    url = f"/{muni.slug}/ehrenamtskarte/pruefen/"
    timings: dict[str, list[float]] = {key: [] for key, _label, _codes in scenarios}
    queries: dict[str, int] = {}
    for i in range(total):
        for key_name, _label, codes in scenarios:
            began = time.perf_counter()
            response = client.get(codes[i]) if key_name == "bare" else client.post(url, {"code": codes[i]})
            elapsed = (time.perf_counter() - began) * 1000
            assert response.status_code == 200, response.status_code
            if i >= warmup:
                timings[key_name].append(elapsed)
    for key_name, _label, codes in scenarios:
        with CaptureQueriesContext(connection) as ctx:
            client.get(codes[0]) if key_name == "bare" else client.post(url, {"code": codes[0]})
        queries[key_name] = len(ctx.captured_queries)
    out = []
    for key_name, label, _codes in scenarios:
        values = sorted(timings[key_name])
        out.append(
            {
                "key": key_name,
                "label": label,
                "p50_ms": statistics.median(values),
                "p95_ms": values[int(len(values) * 0.95) - 1],
                "queries": queries[key_name],
            }
        )
    return out


def main() -> int:
    rng = random.Random(env_int("BENCH_SEED", 20250))
    url = setup_django()
    from django.db import connection

    backend = connection.vendor
    print(f"Database: {backend} ({url.rsplit('@', 1)[-1]})", flush=True)
    result = offline(env_int("BENCH_CARD_PAYLOADS", 2000), float(os.environ.get("BENCH_CARD_SECONDS", 2)), rng)
    from django.test import override_settings

    with override_settings(ROOT_URLCONF="bench.urls"):  # adds /bench/bare, the reference
        rows = online(env_int("BENCH_REQUESTS", 200), env_int("BENCH_WARMUP", 20), rng)
    print()
    print(f"Load average (1, 5, 15 min): {', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    print(f"OpenSSL Ed25519 verify alone (the floor here): {result['openssl_per_second']:,.0f}/s")
    print(
        f"Offline verification (Python, one core): {result['per_second']:,.0f} payloads/s "
        f"({result['checked']:,} checked)"
    )
    head = f"{'backend':<11} {'scenario':<40} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}"
    print(head)
    print("-" * len(head))
    for row in rows:
        print(f"{backend:<11} {row['label']:<40} {row['p50_ms']:>8.2f} {row['p95_ms']:>8.2f} {row['queries']:>8}")
    print()
    offline_ok = result["per_second"] >= TARGET_OFFLINE_PER_S
    print(f"Target offline >= {TARGET_OFFLINE_PER_S:,}/s: {'MET' if offline_ok else 'NOT MET'}")
    worst = max(row["p95_ms"] for row in rows if row["key"] != "bare")
    if backend == "postgresql":
        met = "MET" if worst <= TARGET_ONLINE_P95_MS else "NOT MET"
        print(f"Target online p95 <= {TARGET_ONLINE_P95_MS:.0f} ms on PostgreSQL: {met} (worst p95 {worst:.2f} ms)")
    else:
        print("Target online p95 on PostgreSQL: NOT CHECKED (PostgreSQL was not reachable)")
    from engagiert.card.models import Card

    print(f"Dataset: {Card.objects.filter(municipality__slug='benchstadt').count():,} cards")
    return 0


if __name__ == "__main__":
    sys.exit(main())
