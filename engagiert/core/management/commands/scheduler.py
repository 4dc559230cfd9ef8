"""`manage.py scheduler`: the one process that runs the installation's periodic commands
(engagiert/core/scheduler.py lists them). Start one (a second one is harmless: each job runs
once per period across all schedulers)."""

from __future__ import annotations

import signal
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from engagiert.core.scheduler import JOBS, run_due


class Command(BaseCommand):
    help = "Run the periodic commands (daily, hourly, every minute), once per installation."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="run what is due now and exit")
        parser.add_argument("--interval", type=float, default=20.0, help="seconds between checks")
        parser.add_argument("--list", action="store_true", help="list the jobs and exit")

    def handle(self, *args, once=False, interval=20.0, list=False, **options):
        if list:
            for job in JOBS:
                self.stdout.write(
                    f"{job.every:7} {job.name}{' (TASKS_BACKEND=' + job.only_with + ')' if job.only_with else ''}"
                )
            return
        running = True

        def stop(*_):
            nonlocal running
            running = False

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        while True:
            close_old_connections()
            for name in run_due():
                self.stdout.write(f"ran {name}")
            if once or not running:
                return
            slept = 0.0
            while running and slept < interval:
                time.sleep(0.5)
                slept += 0.5
            if not running:
                return
