"""A mail task that runs again (a retry, a worker killed mid-batch) sends its e-mail once."""

from __future__ import annotations

import datetime
import pathlib
import smtplib

import pytest
from django.core import mail as django_mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from engagiert.core import mail
from engagiert.core.models import MailDelivery
from engagiert.core.taskqueue import requeue_abandoned
from engagiert.core.tasks import deliver_mail

pytestmark = pytest.mark.django_db

TEMPLATES = pathlib.Path(__file__).parent / "templates"
DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default", "mail", "exports"]}}


@pytest.fixture
def job(monkeypatch, settings):
    settings.TEMPLATES = [{**engine, "DIRS": [*engine["DIRS"], TEMPLATES]} for engine in settings.TEMPLATES]
    jobs = []
    monkeypatch.setattr(mail, "_enqueue", jobs.append)
    mail.send(template="mailtest/greeting", to="gast@example.org", municipality=None, context={"person": None})
    return jobs[0]


def test_every_mail_job_has_its_own_key_and_message_id(job):
    assert len(job["key"]) == 32
    assert mail.deliver(**job) is True
    assert django_mail.outbox[0].extra_headers["Message-ID"] == f"<{job['key']}@engagiert.example>"


def test_a_job_that_runs_twice_sends_once(job):
    assert mail.deliver(**job) is True
    assert mail.deliver(**job) is False
    assert len(django_mail.outbox) == 1
    assert MailDelivery.objects.filter(key=job["key"]).count() == 1


def test_a_failed_send_leaves_no_marker_and_the_retry_sends_once(job, monkeypatch):
    real_send = django_mail.EmailMultiAlternatives.send

    def refuse(self, fail_silently=False):
        raise smtplib.SMTPServerDisconnected("the mail server went away")

    monkeypatch.setattr(django_mail.EmailMultiAlternatives, "send", refuse)
    with pytest.raises(smtplib.SMTPServerDisconnected):
        mail.deliver(**job)
    assert not MailDelivery.objects.filter(key=job["key"]).exists()
    monkeypatch.setattr(django_mail.EmailMultiAlternatives, "send", real_send)
    assert mail.deliver(**job) is True
    assert mail.deliver(**job) is False
    assert len(django_mail.outbox) == 1


@override_settings(TASKS=DB_TASKS, TASKS_BACKEND="db")
def test_a_worker_killed_mid_batch_loses_no_mail_and_sends_none_twice(job, monkeypatch):
    """Two mails claimed by a worker that then died: one sent before it died, one not."""
    # The worker closes "old" connections between tasks: not the test's own (its transaction).
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    sent_before_death = deliver_mail.enqueue(**job)
    other = {**job, "key": "f" * 32, "recipient": {"emails": ["zweiter@example.org"]}}
    not_sent = deliver_mail.enqueue(**other)
    mail.deliver(**job)  # the dead worker had sent the first one and committed its marker
    long_ago = timezone.now() - datetime.timedelta(hours=1)
    DBTaskResult.objects.filter(id__in=[sent_before_death.id, not_sent.id]).update(
        status=TaskResultStatus.RUNNING, started_at=long_ago
    )
    call_command("db_worker", batch=True, queue_name="*", interval=0, startup_delay=False, verbosity=0)
    assert len(django_mail.outbox) == 1  # a claimed task is not run while its worker may live
    assert requeue_abandoned() == 2
    call_command("db_worker", batch=True, queue_name="*", interval=0, startup_delay=False, verbosity=0)
    assert sorted(m.to[0] for m in django_mail.outbox) == ["gast@example.org", "zweiter@example.org"]
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {TaskResultStatus.SUCCESSFUL}


def test_a_running_task_younger_than_the_limit_is_left_alone(settings):
    settings.TASKS_BACKEND = "db"
    DBTaskResult.objects.create(
        task_path="engagiert.core.tasks.deliver_mail",
        status=TaskResultStatus.RUNNING,
        started_at=timezone.now(),
        args_kwargs={"args": [], "kwargs": {}},
        queue_name="mail",
        backend_name="default",
        priority=0,
    )
    assert requeue_abandoned() == 0


def test_mails_go_to_their_own_queue(monkeypatch):
    from engagiert.core.tasks import mail_task

    assert mail_task().queue_name == "mail"
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
        assert mail_task().queue_name == "default"  # a backend without the queue still takes them


@override_settings(TASKS=DB_TASKS)
def test_exports_are_queued_on_their_own_queue():
    """Workers can be given a queue each (settings.TASK_QUEUES): a person's data export on
    "exports" (a newsletter issue's sending goes on "mail": newsletter/tests/test_sending.py)."""
    from engagiert.core import privacy_centre

    privacy_centre._enqueue_export(4711)
    queued = {row.task_path.rsplit(".", 1)[-1]: row.queue_name for row in DBTaskResult.objects.all()}
    assert queued == {"build_data_export": "exports"}
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
        from engagiert.core.tasks import export_task

        assert export_task().queue_name == "default"  # a backend without the queue still takes them
