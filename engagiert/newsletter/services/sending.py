"""Sending an issue in batches (run by the worker, tasks.send_issue), resumable after a crash
and never twice to anyone.

1. Recipients: one Delivery row per subscriber confirmed when the editor pressed "send"
   (`Issue.send_started_at`), created in chunks, each chunk its own short transaction; the
   unique (issue, subscriber) constraint makes a repeated run add only what is missing.
2. Batches: a short transaction picks up to BATCH_SIZE queued rows (select_for_update with
   skip_locked on PostgreSQL, so parallel workers take different rows) and marks them
   claimed with the batch's own claim code; it commits before any mail goes out.
3. Each claimed row: set to "sending" (one committed UPDATE, only if still claimed by this
   batch), then the SMTP call, then "sent" (or "failed" with the error), each a statement of
   its own. No transaction is open during an SMTP call.

After a crash (`recover`, run by the next worker and by `manage.py resume_newsletter_sending`):
rows still "claimed" past LEASE were never handed to SMTP and are queued again; a row left
"sending" past LEASE may or may not have gone out, so it is marked failed ("unklar") and not
sent again. At most one row per crashed worker can end that way: nobody gets a copy twice,
and nothing is lost without being reported."""

from __future__ import annotations

import datetime as dt
import secrets
import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from engagiert.core import mail
from engagiert.newsletter.models import Delivery, Issue, Subscriber

BATCH_SIZE = 200
RECIPIENT_CHUNK = 1000
LEASE = dt.timedelta(minutes=15)
UNCERTAIN = "unklar: Versand wurde unterbrochen"  # stored, shown translated by the template

# Called with (what, seconds) after each transaction of the sending (bench/newsletter.py).
transaction_timer: Callable[[str, float], None] | None = None


class _timed:
    def __init__(self, what: str) -> None:
        self.what = what

    def __enter__(self):
        self.start = time.perf_counter()
        self.atomic = transaction.atomic()
        self.atomic.__enter__()
        return self

    def __exit__(self, *exc):
        result = self.atomic.__exit__(*exc)
        if transaction_timer is not None:
            transaction_timer(self.what, time.perf_counter() - self.start)
        return result


def batch_size() -> int:
    return int(getattr(settings, "NEWSLETTER_BATCH_SIZE", BATCH_SIZE))


def recipients(issue: Issue):
    """The subscribers an issue goes to: confirmed by the start of sending and, when the issue
    is meant for some topics, subscribed to one of them."""
    found = Subscriber.objects.filter(
        newsletter_id=issue.newsletter_id,
        status=Subscriber.Status.CONFIRMED,
        confirmed_at__lte=issue.send_started_at,
    )
    topic_ids = list(issue.topics.values_list("pk", flat=True))
    if topic_ids:
        chosen = Subscriber.topics.through.objects.filter(subscriber=OuterRef("pk"), topic__in=topic_ids)
        found = found.filter(Exists(chosen))
    return found


def prepare_deliveries(issue: Issue) -> int:
    """Create the missing Delivery rows of `issue`, chunk by chunk; the count created."""
    before, last = Delivery.objects.filter(issue_id=issue.pk).count(), 0
    base = recipients(issue).order_by("pk").values_list("pk", flat=True)
    while ids := list(base.filter(pk__gt=last)[:RECIPIENT_CHUNK]):
        with _timed("prepare"):
            Delivery.objects.bulk_create(
                [Delivery(issue_id=issue.pk, subscriber_id=pk) for pk in ids], ignore_conflicts=True
            )
        last = ids[-1]
    Issue.objects.filter(pk=issue.pk).update(recipients_ready=True)
    return Delivery.objects.filter(issue_id=issue.pk).count() - before


def claim_batch(issue: Issue, *, size: int, now: dt.datetime | None = None) -> list[Delivery]:
    """Claim up to `size` queued rows of `issue` for this worker (committed before returning)."""
    claim = secrets.token_hex(8)
    with _timed("claim"):
        ids = list(
            Delivery.objects.select_for_update(skip_locked=True)
            .filter(issue_id=issue.pk, status=Delivery.Status.QUEUED)
            .order_by("pk")
            .values_list("pk", flat=True)[:size]
        )
        if ids:
            Delivery.objects.filter(pk__in=ids, status=Delivery.Status.QUEUED).update(
                status=Delivery.Status.CLAIMED, claim=claim, claimed_at=now or timezone.now()
            )
    if not ids:
        return []
    return list(
        Delivery.objects.filter(claim=claim, status=Delivery.Status.CLAIMED)
        .select_related("subscriber__town")
        .order_by("pk")
    )


def payload(issue: Issue, *, absolute: bool = True) -> dict[str, Any]:
    """The issue's content as JSON for the mail templates (read once per batch); with
    `absolute` False, links and images of this site stay paths (the preview page)."""
    newsletter = issue.newsletter
    site = settings.SITE_URL.rstrip("/") if absolute else ""
    return {
        "subject": issue.subject,
        "intro": issue.intro,
        "closing": issue.closing,
        "newsletter": newsletter.name,
        "of": newsletter.owner_name,
        "items": [
            {
                "title": item.title,
                "teaser": item.teaser,
                "url": site + item.url if item.url.startswith("/") else item.url,
                "image_url": site + item.image_url if item.image_url.startswith("/") else item.image_url,
                "image_alt": item.image_alt,
            }
            for item in issue.items.order_by("position", "pk")
        ],
    }


def unsubscribe_headers(unsubscribe_url: str) -> dict[str, str]:
    """RFC 2369 / RFC 8058: a mail client may offer "unsubscribe" and POST to the link itself."""
    return {"List-Unsubscribe": f"<{unsubscribe_url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def _step(delivery: Delivery, frm: str, **changes) -> bool:
    """Move `delivery` on from state `frm` if it is still there for this batch (one committed UPDATE)."""
    return Delivery.objects.filter(pk=delivery.pk, status=frm, claim=delivery.claim).update(**changes) == 1


def send_batch(issue: Issue, deliveries: list[Delivery], *, content: dict[str, Any], connection=None) -> None:
    from engagiert.newsletter.services.subscriptions import links

    site = settings.SITE_URL.rstrip("/")
    for delivery in deliveries:
        subscriber = delivery.subscriber
        if subscriber is None or subscriber.status != Subscriber.Status.CONFIRMED:
            _step(delivery, Delivery.Status.CLAIMED, status=Delivery.Status.SKIPPED)
            continue
        if not _step(delivery, Delivery.Status.CLAIMED, status=Delivery.Status.SENDING, claimed_at=timezone.now()):
            continue  # taken back by recover(): another worker sends it
        urls = links(subscriber, site_url=site)
        try:
            sent = mail.deliver(
                template="newsletter/email/issue",
                recipient={"emails": [subscriber.email]},
                municipality_id=issue.newsletter.municipality_id,
                context={"issue": content, "test": False, **urls},
                language=subscriber.language,
                headers=unsubscribe_headers(urls["unsubscribe_url"]),
                connection=connection,
            )
        except Exception as error:  # noqa: BLE001 - SMTP and rendering errors are recorded per recipient
            _step(delivery, Delivery.Status.SENDING, status=Delivery.Status.FAILED, error=str(error)[:200])
            continue
        if sent:
            _step(delivery, Delivery.Status.SENDING, status=Delivery.Status.SENT, sent_at=timezone.now())
        else:
            _step(delivery, Delivery.Status.SENDING, status=Delivery.Status.SKIPPED)


def finish(issue: Issue, *, now: dt.datetime | None = None) -> bool:
    """Mark `issue` sent once no row waits or is under way; True if it is sent."""
    busy = Delivery.objects.filter(
        issue_id=issue.pk, status__in=[Delivery.Status.QUEUED, Delivery.Status.CLAIMED, Delivery.Status.SENDING]
    )
    if not Issue.objects.filter(pk=issue.pk, recipients_ready=True).exists() or busy.exists():
        return False
    Issue.objects.filter(pk=issue.pk, status=Issue.Status.SENDING).update(
        status=Issue.Status.SENT, finished_at=now or timezone.now()
    )
    return True


def run(issue_id: int, *, size: int | None = None) -> bool:
    """Send what is left of an issue (the worker's task); True once the issue is sent."""
    issue = Issue.objects.select_related("newsletter__network").filter(pk=issue_id).first()
    if issue is None or issue.status != Issue.Status.SENDING:
        return issue is not None and issue.status == Issue.Status.SENT
    recover(issue_ids=[issue.pk])
    if not issue.recipients_ready:
        prepare_deliveries(issue)
        issue.recipients_ready = True
    content = payload(issue)
    connection = mail.open_connection()
    try:
        while deliveries := claim_batch(issue, size=size or batch_size()):
            send_batch(issue, deliveries, content=content, connection=connection)
    finally:
        connection.close()
    return finish(issue)


def recover(*, issue_ids: list[int] | None = None, now: dt.datetime | None = None) -> list[int]:
    """Clean up after crashed workers: claimed rows past LEASE are queued again (they never
    reached SMTP), "sending" rows past LEASE are failed as uncertain (never sent twice).
    Answers the ids of issues still being sent that have work left and no live worker."""
    now = now or timezone.now()
    stale = now - LEASE
    rows = Delivery.objects.filter(claimed_at__lt=stale)
    if issue_ids is not None:
        rows = rows.filter(issue_id__in=issue_ids)
    rows.filter(status=Delivery.Status.CLAIMED).update(status=Delivery.Status.QUEUED, claim="", claimed_at=None)
    rows.filter(status=Delivery.Status.SENDING).update(status=Delivery.Status.FAILED, error=UNCERTAIN)
    sending = Issue.objects.filter(status=Issue.Status.SENDING)
    if issue_ids is not None:
        sending = sending.filter(pk__in=issue_ids)
    left = []
    for issue in sending.only("pk", "recipients_ready", "send_started_at"):
        live = Delivery.objects.filter(
            issue_id=issue.pk,
            status__in=[Delivery.Status.CLAIMED, Delivery.Status.SENDING],
            claimed_at__gte=stale,
        ).exists()
        if live:
            continue
        if finish(issue, now=now):
            continue
        if issue.send_started_at is not None and issue.send_started_at < stale:
            left.append(issue.pk)  # started a while ago, nobody at work: its worker is gone
    return left


def recipients_count(issue: Issue) -> int:
    """How many subscribers the issue would go to if it were sent now (a draft's page)."""
    if issue.status != Issue.Status.DRAFT:
        return Delivery.objects.filter(issue=issue).count()
    draft = Issue(pk=issue.pk, newsletter_id=issue.newsletter_id, send_started_at=timezone.now())
    return recipients(draft).count()
