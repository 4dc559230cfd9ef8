"""One scheduler run per installation and period (core.scheduler)."""

from __future__ import annotations

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from engagiert.core import scheduler
from engagiert.core.models import ScheduledRun

pytestmark = pytest.mark.django_db

BERLIN = timezone.get_fixed_timezone(60)


@pytest.fixture
def calls(monkeypatch):
    ran = []

    def fake(command, *args, **kwargs):
        if command == "apply_retention":
            raise RuntimeError("disk full")
        ran.append(command)

    monkeypatch.setattr(scheduler, "call_command", fake)
    return ran


def test_two_schedulers_run_each_job_once_per_period(calls, settings):
    settings.TASKS_BACKEND = "db"
    morning = datetime.datetime(2026, 12, 7, 4, 0, tzinfo=BERLIN)
    first = scheduler.run_due(now=morning)
    second = scheduler.run_due(now=morning)  # the spare scheduler, at the same moment
    assert second == []
    assert sorted(calls) == sorted(
        {job.command for job in scheduler.JOBS} - {"apply_retention"}
    )  # every job once; the failing one recorded
    assert "apply_retention" in first
    failed = ScheduledRun.objects.get(job="apply_retention")
    assert failed.error == "RuntimeError: disk full" and failed.finished_at
    calls.clear()
    minutely = scheduler.run_due(now=morning + datetime.timedelta(minutes=1))
    assert sorted(minutely) == ["requeue_abandoned_tasks", "resume_newsletter_sending"]
    hourly = scheduler.run_due(now=morning + datetime.timedelta(hours=1))
    assert sorted(hourly) == ["expire_event_registrations", "requeue_abandoned_tasks", "resume_newsletter_sending"]


def test_daily_jobs_wait_for_their_time(calls, settings):
    settings.SCHEDULER_DAILY_AT = "03:30"
    night = datetime.datetime(2026, 12, 7, 3, 0, tzinfo=BERLIN)
    assert "send_event_reminders" not in scheduler.run_due(now=night)
    assert "send_event_reminders" in scheduler.run_due(now=night + datetime.timedelta(minutes=31))


def test_the_command_runs_what_is_due_once(settings, capsys, monkeypatch):
    # The loop closes "old" connections: not the test's own (its transaction).
    monkeypatch.setattr("engagiert.core.management.commands.scheduler.close_old_connections", lambda: None)
    settings.TASKS_BACKEND = "immediate"
    call_command("scheduler", "--once")
    assert "ran requeue_abandoned_tasks" in capsys.readouterr().out
    assert ScheduledRun.objects.filter(job="requeue_abandoned_tasks").count() == 1
    call_command("scheduler", "--list")
    listed = capsys.readouterr().out
    assert "send_event_reminders" in listed and "prune_db_task_results --min-age-days 7" in listed
