"""The periodic commands of an installation, run by ONE process (`manage.py scheduler`), not by
cron on every web server. Several schedulers may run (a spare on a second machine): each job
runs once per period across all of them, because a run is claimed first by inserting the
unique row core.ScheduledRun(job, period); whoever fails to insert skips it. Every command
here is idempotent, so a run cut short is harmless; it is not repeated within its period
(the next period runs it again)."""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.utils import timezone

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    command: str
    every: str  # "minute", "hour" or "day" (at SCHEDULER_DAILY_AT, local time)
    args: tuple[str, ...] = field(default_factory=tuple)
    only_with: str = ""  # a TASKS_BACKEND the job needs

    @property
    def name(self) -> str:
        return " ".join((self.command, *self.args))


JOBS = [
    Job("requeue_abandoned_tasks", "minute"),
    Job("expire_event_registrations", "hour"),
    Job("send_event_reminders", "day"),
    Job("flag_stale_opportunities", "day"),
    Job("send_card_renewal_reminders", "day"),
    Job("resume_newsletter_sending", "minute"),  # batches a dead worker left (15-minute lease)
    Job("run_nominations_daily", "day", ("--now",)),  # Glücksbringer: reminders and expiry
    Job("send_funding_reminders", "day"),
    Job("apply_retention", "day"),  # every app's retention rules (cards, needs, newsletter, funding, …)
    Job("impact_rollup", "day"),  # then the open data built from the figures
    Job("impact_opendata", "day"),
    Job("prune_db_task_results", "day", ("--min-age-days", "7"), only_with="db"),
]


def period_of(job: Job, now: datetime.datetime) -> str | None:
    """The period `now` falls into for `job`, None before the daily time."""
    local = timezone.localtime(now)
    if job.every == "minute":
        return local.strftime("%Y-%m-%dT%H:%M")
    if job.every == "hour":
        return local.strftime("%Y-%m-%dT%H")
    hour, minute = (int(part) for part in settings.SCHEDULER_DAILY_AT.split(":"))
    if (local.hour, local.minute) < (hour, minute):
        return None
    return local.strftime("%Y-%m-%d")


def claim(job: Job, period: str) -> object | None:
    from engagiert.core.models import ScheduledRun

    try:
        with transaction.atomic(using="default"):
            return ScheduledRun.objects.create(job=job.name[:80], period=period)
    except IntegrityError:
        return None


def run_due(now: datetime.datetime | None = None, jobs: list[Job] | None = None) -> list[str]:
    """Run every job whose period has come and that no scheduler has claimed; their names."""
    now = now or timezone.now()
    ran = []
    for job in jobs if jobs is not None else JOBS:
        if job.only_with and settings.TASKS_BACKEND != job.only_with:
            continue
        period = period_of(job, now)
        if period is None:
            continue
        run = claim(job, period)
        if run is None:
            continue
        try:
            call_command(job.command, *job.args, verbosity=0)
        except Exception as exc:  # noqa: BLE001 - one failing job must not stop the others
            logger.exception("Scheduled %s (%s) failed", job.name, period)
            run.error = f"{exc.__class__.__name__}: {exc}"[:2000]
        run.finished_at = timezone.now()
        run.save(update_fields=["finished_at", "error"])
        logger.info("Scheduled %s (%s) done", job.name, period)
        ran.append(job.name)
    return ran
