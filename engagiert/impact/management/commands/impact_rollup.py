"""Daily roll-up of the impact figures (cron, once a night): the trailing window and every day a
late correction marked; `--since` recomputes everything from a day (first run, new figures)."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from engagiert.impact import rollup


class Command(BaseCommand):
    help = "Compute the daily roll-ups of the impact dashboard."

    def add_arguments(self, parser):
        parser.add_argument("--since", help="recompute from this day (YYYY-MM-DD)")
        parser.add_argument("--window", type=int, default=rollup.WINDOW_DAYS, help="days recomputed every night")

    def handle(self, *args, since=None, window, **options):
        first = None
        if since:
            try:
                first = datetime.date.fromisoformat(since)
            except ValueError as error:
                raise CommandError(f"--since: not a date (YYYY-MM-DD): {since}") from error
        written = rollup.run(since=first, window_days=window)
        self.stdout.write(f"impact roll-up: {written} day rows written")
