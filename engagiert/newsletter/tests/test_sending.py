"""Sending in batches: one Delivery per recipient created up front, claimed batch by batch,
resumed after a crash without sending anyone a copy twice and without losing anyone."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter

import pytest
from django.core import mail
from django.db import IntegrityError, transaction
from django.test import override_settings
from django.utils import timezone

from engagiert.core import mail as core_mail
from engagiert.newsletter import services
from engagiert.newsletter.models import Delivery, Issue
from engagiert.newsletter.services import sending
from engagiert.newsletter.tests.factories import make_newsletter, make_subscriber

pytestmark = pytest.mark.django_db


class Crash(BaseException):
    """The worker process dies (not an error the code could catch and record)."""


@pytest.fixture
def issue(dessau, coordinator, settings):
    settings.NEWSLETTER_BATCH_SIZE = 4
    newsletter = make_newsletter(dessau, topics=("Integration", "Veranstaltungen"))
    for i in range(10):
        make_subscriber(newsletter, f"person{i}@example.org", topics=("Integration",))
    draft = services.save_issue(newsletter=newsletter, by=coordinator, subject="Ausgabe Dezember")
    return services.start_sending(issue=draft, by=coordinator)


def addresses() -> Counter:
    return Counter(address for message in mail.outbox for address in message.to)


def test_everyone_gets_one_copy_and_each_delivery_is_recorded(issue):
    assert sending.run(issue.pk) is True
    assert addresses() == Counter({f"person{i}@example.org": 1 for i in range(10)})
    assert Delivery.objects.filter(issue=issue, status="sent", sent_at__isnull=False).count() == 10
    issue.refresh_from_db()
    assert issue.status == Issue.Status.SENT and issue.finished_at
    assert sending.run(issue.pk) is True and len(mail.outbox) == 10  # a second run sends nothing


def test_a_delivery_row_exists_once_per_recipient(issue):
    sending.prepare_deliveries(issue)
    assert sending.prepare_deliveries(issue) == 0  # idempotent
    row = Delivery.objects.filter(issue=issue).first()
    with pytest.raises(IntegrityError), transaction.atomic():
        Delivery.objects.create(issue=issue, subscriber_id=row.subscriber_id)


def crash_at(monkeypatch, *, step_number: int, when: str) -> None:
    """Let the worker die at its `step_number`-th mail: "between" mails (before it is marked as
    being sent) or "after_smtp" (the SMTP server took it, the worker died before recording it)."""
    real_step, real_deliver = sending._step, core_mail.deliver
    seen = Counter()

    def step(delivery, frm, **changes):
        if frm == Delivery.Status.CLAIMED and changes.get("status") == Delivery.Status.SENDING:
            seen["mails"] += 1
            if when == "between" and seen["mails"] == step_number:
                raise Crash
        return real_step(delivery, frm, **changes)

    def deliver(**job):
        result = real_deliver(**job)
        if when == "after_smtp" and seen["mails"] == step_number:
            raise Crash
        return result

    monkeypatch.setattr(sending, "_step", step)
    monkeypatch.setattr(core_mail, "deliver", deliver)


def resume_later(monkeypatch) -> None:
    """Undo the crash patches and run what the cron job runs once the lease has passed."""
    monkeypatch.undo()
    before = Counter(Delivery.objects.values_list("status", flat=True))
    assert services.recover() == []  # within the lease a dead worker looks like a live one: hands off
    assert Counter(Delivery.objects.values_list("status", flat=True)) == before
    issue = Issue.objects.get()
    Issue.objects.filter(pk=issue.pk).update(send_started_at=issue.send_started_at - sending.LEASE * 2)
    Delivery.objects.exclude(claimed_at=None).update(claimed_at=timezone.now() - sending.LEASE * 2)
    assert services.recover() == [issue.pk]
    assert sending.run(issue.pk) is True


def test_a_crash_between_two_mails_loses_nobody_and_sends_nobody_twice(issue, monkeypatch):
    crash_at(monkeypatch, step_number=6, when="between")  # in the second batch of four
    with pytest.raises(Crash):
        sending.run(issue.pk)
    assert len(mail.outbox) == 5
    states = Counter(Delivery.objects.values_list("status", flat=True))
    assert states == {"sent": 5, "claimed": 3, "queued": 2}  # the rest of the batch was never handed to SMTP
    resume_later(monkeypatch)
    assert addresses() == Counter({f"person{i}@example.org": 1 for i in range(10)})  # no loss, no copy
    assert Counter(Delivery.objects.values_list("status", flat=True)) == {"sent": 10}


def test_a_crash_after_the_smtp_call_marks_that_one_uncertain_and_never_resends_it(issue, monkeypatch):
    crash_at(monkeypatch, step_number=6, when="after_smtp")
    with pytest.raises(Crash):
        sending.run(issue.pk)
    assert len(mail.outbox) == 6  # the sixth went out, the worker died before recording it
    resume_later(monkeypatch)
    assert addresses() == Counter({f"person{i}@example.org": 1 for i in range(10)})  # nobody twice, nobody lost
    states = Counter(Delivery.objects.values_list("status", flat=True))
    assert states == {"sent": 9, "failed": 1}  # the one in doubt is reported, not silently dropped or resent
    assert Delivery.objects.get(status="failed").error == sending.UNCERTAIN


def test_two_workers_claim_different_rows(issue):
    sending.prepare_deliveries(issue)
    first = sending.claim_batch(issue, size=4)
    second = sending.claim_batch(issue, size=4)
    assert len(first) == len(second) == 4
    assert not {d.pk for d in first} & {d.pk for d in second}
    assert len({d.claim for d in first}) == 1 and first[0].claim != second[0].claim


def test_an_smtp_error_is_recorded_for_that_recipient_and_the_rest_goes_out(issue, monkeypatch):
    real = core_mail.deliver

    def flaky(**job):
        if job["recipient"]["emails"] == ["person3@example.org"]:
            raise OSError("550 mailbox unavailable")
        return real(**job)

    monkeypatch.setattr(core_mail, "deliver", flaky)
    assert sending.run(issue.pk) is True
    assert len(mail.outbox) == 9
    failed = Delivery.objects.get(status="failed")
    assert failed.subscriber.email == "person3@example.org" and "550" in failed.error


def test_who_leaves_before_their_turn_is_skipped(issue):
    sending.prepare_deliveries(issue)
    Delivery.objects.filter(subscriber__email="person0@example.org").first().subscriber.delete()
    sending.run(issue.pk)
    assert "person0@example.org" not in addresses() and len(mail.outbox) == 9
    assert Delivery.objects.filter(status="skipped", subscriber=None).count() == 1


def test_an_issue_for_a_topic_reaches_that_topics_subscribers_only(dessau, coordinator):
    newsletter = make_newsletter(dessau, topics=("Integration", "Veranstaltungen"))
    make_subscriber(newsletter, "integration@example.org", topics=("Integration",))
    make_subscriber(newsletter, "beides@example.org", topics=("Integration", "Veranstaltungen"))
    make_subscriber(newsletter, "feste@example.org", topics=("Veranstaltungen",))
    make_subscriber(newsletter, "wartet@example.org", confirmed=False, topics=("Veranstaltungen",))
    draft = services.save_issue(
        newsletter=newsletter,
        by=coordinator,
        subject="Feste im Advent",
        topics=list(newsletter.topics.filter(name="Veranstaltungen")),
    )
    sending.run(services.start_sending(issue=draft, by=coordinator).pk)
    assert set(addresses()) == {"beides@example.org", "feste@example.org"}


def test_subscribers_confirmed_after_the_start_wait_for_the_next_issue(issue):
    newcomer = make_subscriber(issue.newsletter, "spaet@example.org", topics=("Integration",))
    newcomer.confirmed_at = timezone.now() + dt.timedelta(seconds=1)
    newcomer.save()
    sending.run(issue.pk)
    assert "spaet@example.org" not in addresses()


def test_each_batch_is_its_own_short_transaction(issue, monkeypatch):
    timings = []
    monkeypatch.setattr(sending, "transaction_timer", lambda what, seconds: timings.append(what))
    sending.run(issue.pk)
    assert timings.count("claim") == 4  # 10 recipients in batches of 4, and the empty last look
    assert "prepare" in timings


def test_the_resume_command_finishes_an_issue_whose_worker_died(issue, monkeypatch):
    from django.core.management import call_command

    crash_at(monkeypatch, step_number=3, when="between")
    with pytest.raises(Crash):
        sending.run(issue.pk)
    monkeypatch.undo()
    out = io.StringIO()
    call_command("resume_newsletter_sending", stdout=out)
    assert "0 newsletter issue(s)" in out.getvalue()  # the lease has not run out yet
    Issue.objects.filter(pk=issue.pk).update(send_started_at=timezone.now() - sending.LEASE * 2)
    Delivery.objects.exclude(claimed_at=None).update(claimed_at=timezone.now() - sending.LEASE * 2)
    call_command("resume_newsletter_sending", stdout=out)  # queues the task (run at once in tests)
    assert "1 newsletter issue(s)" in out.getvalue()
    assert addresses() == Counter({f"person{i}@example.org": 1 for i in range(10)})
    assert Issue.objects.get(pk=issue.pk).status == Issue.Status.SENT


@override_settings(
    TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default", "mail", "exports"]}}
)
def test_an_issues_sending_is_queued_with_the_mail():
    """A newsletter issue's sending runs on the queue "mail", with every other e-mail."""
    from django_tasks_db.models import DBTaskResult

    from engagiert.newsletter.tasks import sending_task

    sending_task().enqueue(4712)
    assert [(row.task_path.rsplit(".", 1)[-1], row.queue_name) for row in DBTaskResult.objects.all()] == [
        ("send_issue", "mail")
    ]
