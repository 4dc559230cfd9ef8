"""Benchmark of newsletter sending: one issue to many subscribers, the way the worker sends it.

    .venv/bin/python -m bench.newsletter

Builds a fresh SQLite database in var/bench/ (or uses BENCH_NEWSLETTER_DATABASE_URL, e.g. a
PostgreSQL database that may be emptied), fills a newsletter with BENCH_NEWSLETTER_SUBSCRIBERS
confirmed subscribers (default 20,000, the issue's size) in three languages, composes an issue
with three items and free text, and sends it with services.sending.run() in batches of
BENCH_NEWSLETTER_BATCH (default 200). Every mail is rendered (text and HTML, in the
subscriber's language) and turned into a MIME message by a mail backend that discards it
(the SMTP server's own time is not measured).

Reports: total time, mails per second, and the duration of every transaction of the sending
(creating the Delivery rows in chunks; claiming each batch), max and p95: the issue asks that
no transaction is held open longer than a batch. Each row's state changes besides are single
UPDATE statements in autocommit. Results go to var/bench/newsletter-<db>.json."""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

from django.core.mail.backends.base import BaseEmailBackend

from bench.environment import production_env

ROOT = Path(__file__).resolve().parent.parent
SUBSCRIBERS = int(os.environ.get("BENCH_NEWSLETTER_SUBSCRIBERS", "20000"))
BATCH = int(os.environ.get("BENCH_NEWSLETTER_BATCH", "200"))
URL = os.environ.get("BENCH_NEWSLETTER_DATABASE_URL", "")


class DiscardingBackend(BaseEmailBackend):
    """Builds each message as SMTP would (headers encoded, MIME parts) and throws it away."""

    sent = 0

    def send_messages(self, messages):
        for message in messages:
            message.message().as_bytes()
        DiscardingBackend.sent += len(messages)
        return len(messages)


def setup() -> str:
    sqlite = ROOT / "var" / "bench" / "newsletter.sqlite3"
    sqlite.parent.mkdir(parents=True, exist_ok=True)
    if not URL and sqlite.exists():
        sqlite.unlink()
    os.environ.pop("SQLITE_PATH", None)
    production_env(
        TASKS_IMMEDIATE="true",
        EMAIL_BACKEND="bench.newsletter.DiscardingBackend",
        SITE_URL="https://engagiert.example",
        DATABASE_URL=URL or f"sqlite:///{sqlite}",
    )
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test.utils import override_settings

    override_settings(NEWSLETTER_BATCH_SIZE=BATCH).enable()
    if URL:
        call_command("flush", "--no-input", verbosity=0)
    call_command("migrate", "--no-input", verbosity=0)
    return settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]


def generate(count: int):
    from django.utils import timezone

    from engagiert.core.models import Municipality, User
    from engagiert.newsletter import services
    from engagiert.newsletter.models import Newsletter, Subscriber, Topic

    town = Municipality.objects.create(name="Dessau-Roßlau", slug="dessau-rosslau", ags="15001000", state="ST")
    editor = User.objects.create_user(username="redaktion", email="redaktion@dessau-rosslau.example")
    newsletter = Newsletter.objects.create(municipality=town, name="Engagiert in Dessau-Roßlau")
    topics = [Topic.objects.create(newsletter=newsletter, name=n, position=i) for i, n in enumerate(["A", "B"])]
    confirmed = timezone.now() - timezone.timedelta(days=1)
    languages = ["de", "de", "de", "ar", "uk", "en"]
    Subscriber.objects.bulk_create(
        [
            Subscriber(
                newsletter=newsletter,
                town=town,
                email=f"person{i}@example.de",
                language=languages[i % len(languages)],
                status=Subscriber.Status.CONFIRMED,
                confirmed_at=confirmed,
            )
            for i in range(count)
        ],
        batch_size=2000,
    )
    through = Subscriber.topics.through
    ids = list(Subscriber.objects.values_list("pk", flat=True))
    through.objects.bulk_create([through(subscriber_id=pk, topic_id=topics[0].pk) for pk in ids], batch_size=5000)
    issue = services.save_issue(
        newsletter=newsletter,
        by=editor,
        subject="Rückblick auf den Herbst: Vorlesetag, Zukunftswerkstatt und das Mitmachlokal",
        intro="<p>Liebe Engagierte,</p><p>der Herbst war voller Begegnungen. Hier ist unser Rückblick.</p>",
        closing="<p>Herzliche Grüße aus dem Integrationsbüro</p>",
    )
    from engagiert.newsletter.models import IssueItem

    for position, title in enumerate(["Bundesweiter Vorlesetag", "Zukunftswerkstatt Kommune", "Mitmachlokal"]):
        IssueItem.objects.create(
            issue=issue,
            position=position,
            source="bench",
            key=str(position),
            title=title,
            teaser="Ein Text von etwa zwei Zeilen über das, was geschah und wie man mitmachen kann. " * 2,
            url=f"/dessau-rosslau/aktuelles/{position}/",
        )
    return services.start_sending(issue=issue, by=editor)


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else 0.0


def main() -> int:
    engine = setup()
    from engagiert.newsletter.models import Delivery
    from engagiert.newsletter.services import sending

    started = time.perf_counter()
    issue = generate(SUBSCRIBERS)
    generated = time.perf_counter() - started
    timings: dict[str, list[float]] = defaultdict(list)
    sending.transaction_timer = lambda what, seconds: timings[what].append(seconds * 1000)
    started = time.perf_counter()
    done = sending.run(issue.pk)
    elapsed = time.perf_counter() - started
    sent = Delivery.objects.filter(issue=issue, status="sent").count()
    result = {
        "database": engine,
        "subscribers": SUBSCRIBERS,
        "batch_size": BATCH,
        "generated_s": round(generated, 1),
        "finished": done,
        "sent": sent,
        "mails_built": DiscardingBackend.sent,
        "elapsed_s": round(elapsed, 2),
        "mails_per_s": round(sent / elapsed, 1) if elapsed else 0,
        "transactions": {
            what: {
                "count": len(values),
                "max_ms": round(max(values), 2),
                "p95_ms": round(percentile(values, 95), 2),
                "mean_ms": round(statistics.mean(values), 2),
            }
            for what, values in timings.items()
        },
        "load_average": os.getloadavg(),
    }
    out = ROOT / "var" / "bench" / f"newsletter-{engine}.json"
    out.write_text(json.dumps(result, indent=2))
    print(f"Newsletter sending on {engine}: {SUBSCRIBERS} subscribers, batches of {BATCH}")
    print(f"  sent {sent} in {elapsed:.1f} s = {result['mails_per_s']} mails/s (finished: {done})")
    for what, row in result["transactions"].items():
        print(f"  {what:8s} transactions: {row['count']:5d}, max {row['max_ms']} ms, p95 {row['p95_ms']} ms")
    longest = max((row["max_ms"] for row in result["transactions"].values()), default=0)
    print(f"  longest transaction: {longest} ms (no SMTP call inside any transaction)")
    ok = done and sent == SUBSCRIBERS
    print("  target: every subscriber once, no transaction longer than a batch:", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
