"""Benchmark of the Ehrenamtskarte: `.venv/bin/python -m bench.card`

1. Offline verification in Python: how many signed QR payloads one core parses and checks
   per second (`crypto.split_text` + Ed25519 verify), target >= 5,000/s.
2. The online verification endpoint (`POST /<municipality>/ehrenamtskarte/pruefen/` as a
   partner account, with its counter update), in-process with django.test.Client,
   scenarios interleaved request by request; target p95 <= 10 ms on PostgreSQL with
   1,000,000 cards and 10,000 revocations (BENCH_CARD_CARDS=1000000 BENCH_CARD_REVOKED=10000).

Dataset: the municipality "Benchstadt" with BENCH_CARD_CARDS cards written as plain rows
(PostgreSQL COPY, SQLite executemany; 1,000,000 in about 20 s plus VACUUM ANALYZE),
deterministic for a seed, dates relative to the day of building. A marker table
`bench_card_dataset` records size, seed and a fingerprint of the migrations; a later run
reuses the cards when these and the counts match, and writes them again otherwise.

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

from bench.marker import read_marker, write_marker

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PG_URL = "postgres://postgres@127.0.0.1:5432/engagiert_card_bench"
SQLITE_PATH = ROOT / "var" / "bench" / "card.sqlite3"
TARGET_OFFLINE_PER_S = 5000
TARGET_ONLINE_P95_MS = 10.0
AGS = "15999999"
TRANSACTION_CONTROL = {"BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "SET"}


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

SPEC_VERSION = 1  # bump when dataset() changes what it writes
MARKER_TABLE = "bench_card_dataset"


def _marker_spec(cards: int, revoked: int, seed: int) -> dict:
    from bench.generate import schema_fingerprint

    return {"version": SPEC_VERSION, "cards": cards, "revoked": revoked, "seed": seed, "schema": schema_fingerprint()}


def _card_rows(muni_id: int, key_id: int, cards: int, revoked_numbers: set[int], anchor: date, rng: random.Random):
    """One tuple per card in the column order of CARD_COLUMNS: the values bulk_create would write
    (the QR signature is a placeholder: the benchmark signs the cards it picks)."""
    from django.utils import timezone

    now = timezone.now()
    placeholder = b"\0" * 64
    kinds = '["verein"]'
    for n in range(1, cards + 1):
        valid_from = anchor - timedelta(days=rng.randrange(700))
        is_revoked = n in revoked_numbers
        yield (
            muni_id,  # municipality_id
            None,  # application_id
            None,  # holder_id
            n,  # number
            "Anna Muster",  # holder_name
            "Anna M.",  # short_name
            1950 + n % 50,  # birth_year
            kinds,  # organisation_kinds
            valid_from,
            valid_from + timedelta(days=730),  # valid_until
            "revoked" if is_revoked else "active",  # status
            "verloren" if is_revoked else "",  # revoked_reason
            now if is_revoked else None,  # revoked_at
            key_id,  # key_id
            placeholder,  # signature
            None,  # handed_over_at
            None,  # id_checked_by_id
            None,  # renewal_reminded_at
            now,  # created_at
        )


CARD_COLUMNS = (
    "municipality_id",
    "application_id",
    "holder_id",
    "number",
    "holder_name",
    "short_name",
    "birth_year",
    "organisation_kinds",
    "valid_from",
    "valid_until",
    "status",
    "revoked_reason",
    "revoked_at",
    "key_id",
    "signature",
    "handed_over_at",
    "id_checked_by_id",
    "renewal_reminded_at",
    "created_at",
)


def dataset(cards: int, revoked: int, seed: int):
    """The municipality "Benchstadt" with `cards` cards, `revoked` of them revoked. Reused when
    the marker table records the same size, seed and migrations and the counts match; otherwise
    the cards are deleted and written again (PostgreSQL COPY, SQLite executemany), deterministic
    for a seed (dates relative to the day of building, recorded in the marker)."""
    from django.db import connection, transaction

    from engagiert.card import services
    from engagiert.card.models import Card, CardRules
    from engagiert.core.models import Municipality

    columns = {f.column for f in Card._meta.concrete_fields if not f.primary_key}
    if columns != set(CARD_COLUMNS):  # a new field: the generator must learn what to write
        raise SystemExit(f"bench.card: Card columns changed: {sorted(columns ^ set(CARD_COLUMNS))}")
    muni, _ = Municipality.objects.get_or_create(
        slug="benchstadt", defaults={"name": "Benchstadt", "ags": AGS, "state": "Sachsen-Anhalt"}
    )
    CardRules.objects.get_or_create(municipality=muni)
    key = services.active_key(muni)
    spec = _marker_spec(cards, revoked, seed)
    marker = read_marker(MARKER_TABLE)
    counts = {
        "cards": Card.objects.filter(municipality=muni).count(),
        "revoked": Card.objects.filter(municipality=muni, status="revoked").count(),
    }
    if marker and marker.get("spec") == spec and marker.get("counts") == counts:
        print(f"Reusing {cards:,} cards ({revoked:,} revoked), built {marker['built']}.", flush=True)
        return muni, key, marker
    print(f"Building {cards:,} cards ({revoked:,} revoked) ...", flush=True)
    rng = random.Random(seed)
    began = time.perf_counter()
    anchor = date.today()
    revoked_numbers = set(rng.sample(range(1, cards + 1), revoked))
    rows = _card_rows(muni.pk, key.pk, cards, revoked_numbers, anchor, rng)
    table = connection.ops.quote_name(Card._meta.db_table)
    cols = ", ".join(connection.ops.quote_name(c) for c in CARD_COLUMNS)
    with transaction.atomic(), connection.cursor() as cursor:
        Card.objects.filter(municipality=muni)._raw_delete(connection.alias)
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * len(CARD_COLUMNS))
            cursor.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(rows))
    seconds = time.perf_counter() - began
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"VACUUM ANALYZE {table}")  # as autovacuum would after a bulk load
    analyzed = time.perf_counter() - began
    print(f"  written in {seconds:.0f} s, with VACUUM ANALYZE {analyzed:.0f} s", flush=True)
    # A sample saved through the model proves that no column was written differently.
    sample = Card.objects.filter(municipality=muni, number=max(1, cards // 2)).first()
    if sample is not None:
        sample.full_clean(exclude=["signature", "key", "municipality"])
    marker = {
        "spec": spec,
        "counts": {"cards": cards, "revoked": revoked},
        "built": anchor.isoformat(),
        "seconds": round(analyzed, 1),
    }
    write_marker(MARKER_TABLE, marker)
    return muni, key, marker


def online(requests: int, warmup: int, rng: random.Random) -> tuple[list[dict], dict]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from engagiert.card import crypto, services
    from engagiert.card.models import AcceptancePartner, Card
    from engagiert.core.models import Role, User

    cards = env_int("BENCH_CARD_CARDS", 20000)
    muni, key, marker = dataset(cards, env_int("BENCH_CARD_REVOKED", 200), env_int("BENCH_SEED", 20250))
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
    revoked = sorted(Card.objects.filter(municipality=muni, status="revoked").values_list("number", flat=True))
    revoked_set = set(revoked)
    active: list[int] = []
    while len(active) < total:
        number = rng.randint(1, cards)
        if number not in revoked_set:
            active.append(number)

    def texts(numbers: list[int]) -> list[str]:
        picked = Card.objects.filter(municipality=muni, number__in=numbers).select_related("municipality", "key")
        by_number = {c.number: c for c in picked}
        result = []
        for number in numbers:  # the dataset's signatures are placeholders: sign these for real
            card = by_number[number]
            card.signature = crypto.sign(key.private_key_encrypted, services.card_message(card))
            result.append(services.qr_text(card))
        return result

    valid = texts(active)
    revoked_texts = texts([rng.choice(revoked) for _ in range(total)]) if revoked else valid
    forged = [t[:40] + ("B" if t[40] != "B" else "C") + t[41:] for t in valid]
    numbers = [str(rng.randint(1, cards)) for _ in range(total)]
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
    queries: dict[str, str] = {}  # "4+3": four statements, three of transaction control
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
        statements = [q["sql"] for q in ctx.captured_queries]
        control = sum(sql.split()[0].upper() in TRANSACTION_CONTROL for sql in statements)
        queries[key_name] = f"{len(statements) - control}+{control}" if control else str(len(statements))
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
    return out, marker


def main() -> int:
    rng = random.Random(env_int("BENCH_SEED", 20250))
    url = setup_django()
    from django.db import connection

    backend = connection.vendor
    print(f"Database: {backend} ({url.rsplit('@', 1)[-1]})", flush=True)
    result = offline(env_int("BENCH_CARD_PAYLOADS", 2000), float(os.environ.get("BENCH_CARD_SECONDS", 2)), rng)
    from django.test import override_settings

    with override_settings(ROOT_URLCONF="bench.urls"):  # adds /bench/bare, the reference
        rows, marker = online(env_int("BENCH_REQUESTS", 200), env_int("BENCH_WARMUP", 20), rng)
    print()
    print(f"Load average (1, 5, 15 min): {', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    print(f"OpenSSL Ed25519 verify alone (the floor here): {result['openssl_per_second']:,.0f}/s")
    print(
        f"Offline verification (Python, one core): {result['per_second']:,.0f} payloads/s "
        f"({result['checked']:,} checked)"
    )
    head = f"{'backend':<11} {'scenario':<40} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}"
    print("(queries: SQL statements + transaction control: BEGIN, SET LOCAL, COMMIT)")
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

    revoked = Card.objects.filter(municipality__slug="benchstadt", status="revoked").count()
    print(
        f"Dataset: {Card.objects.filter(municipality__slug='benchstadt').count():,} cards ({revoked:,} revoked), "
        f"built {marker['built']} in {marker['seconds']:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
