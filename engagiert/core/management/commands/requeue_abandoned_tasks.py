"""Queue again the tasks of workers that died mid-task (run every minute by `manage.py scheduler`)."""

from __future__ import annotations

import datetime

from django.core.management.base import BaseCommand

from engagiert.core.taskqueue import requeue_abandoned


class Command(BaseCommand):
    help = "Queue again tasks running longer than TASK_ABANDONED_SECONDS (their worker died)."

    def add_arguments(self, parser):
        parser.add_argument("--older-than", type=float, default=None, help="seconds (default TASK_ABANDONED_SECONDS)")

    def handle(self, *args, older_than=None, **options):
        delta = datetime.timedelta(seconds=older_than) if older_than is not None else None
        count = requeue_abandoned(older_than=delta)
        self.stdout.write(f"{count} abandoned task(s) queued again")
