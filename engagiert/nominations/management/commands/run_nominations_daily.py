"""Glücksbringer's daily run (e.g. from cron; the db worker sends the mails): delete
unconfirmed nominations after 48 hours, remind unanswered invitations after 7 and 21 days,
delete them after 30, and apply the retention rules (privacy statement). Idempotent."""

from django.core.management.base import BaseCommand

from engagiert.nominations.tasks import run_nominations_daily


class Command(BaseCommand):
    help = "Glücksbringer: Erinnerungen, Ablauf nach 30 Tagen und Löschfristen."

    def add_arguments(self, parser):
        parser.add_argument("--now", action="store_true", help="Sofort ausführen statt in die Warteschlange stellen.")

    def handle(self, *args, now: bool = False, **options):
        if now:
            counts = run_nominations_daily.call()
            self.stdout.write(", ".join(f"{key}: {value}" for key, value in counts.items()))
        else:
            result = run_nominations_daily.enqueue()
            self.stdout.write(f"Eingereiht: {result.id}")
