import datetime as dt
import logging
import warnings

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from engagiert.demo.loader import DEMO_LOGINS, DEMO_PASSWORD, load


class Command(BaseCommand):
    help = "Load (or refresh) the demo data of Dessau-Roßlau and its regional network, dated around today."

    def add_arguments(self, parser):
        parser.add_argument("--today", help="Load the demo as if today were this day (YYYY-MM-DD).")

    def handle(self, *args, **options):
        try:
            today = dt.date.fromisoformat(options["today"]) if options["today"] else None
        except ValueError as error:
            raise CommandError(f"--today: {error}") from error
        # Libraries (search indexing, mail queue, crypto) may warn or log while loading: not for a newcomer's eyes.
        logging.disable(logging.CRITICAL)
        started = timezone.now()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                counts = load(today=today)
        finally:
            logging.disable(logging.NOTSET)
        _drop_demo_mails(since=started)
        self.stdout.write(self.style.SUCCESS("Demo data: " + ", ".join(f"{n} {what}" for what, n in counts.items())))
        self.stdout.write(f"\nDemo logins (password for all: {DEMO_PASSWORD}):")
        width = max(len(login.role) for login in DEMO_LOGINS)
        for login in DEMO_LOGINS:
            self.stdout.write(f"  {login.role:<{width}}  {login.email}")
        self.stdout.write(f"\nOpen {settings.SITE_URL.rstrip('/')}/dessau-rosslau/ once the server runs.\n")


def _drop_demo_mails(*, since) -> None:
    """The demo's applications and confirmations queue e-mails to made-up addresses: drop them,
    so that the worker `make run` starts does not print them over the logins above."""
    try:
        from django_tasks_db.models import DBTaskResult
    except ImportError:  # another task backend: nothing queued in the database
        return
    DBTaskResult.objects.filter(enqueued_at__gte=since, task_path="engagiert.core.tasks.deliver_mail").delete()
