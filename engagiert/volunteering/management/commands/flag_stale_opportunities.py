"""Queue the staleness check (run it daily, e.g. from cron; the db worker sends the mails).
Idempotent: each organisation hears once per stale period."""

from django.core.management.base import BaseCommand

from engagiert.volunteering.tasks import flag_stale_opportunities


class Command(BaseCommand):
    help = "E-Mail an Organisationen, deren Engagementangebote seit drei Monaten nicht bestätigt wurden."

    def add_arguments(self, parser):
        parser.add_argument("--now", action="store_true", help="Sofort ausführen statt in die Warteschlange stellen.")

    def handle(self, *args, now: bool = False, **options):
        if now:
            count = flag_stale_opportunities.call()
            self.stdout.write(f"{count} Angebote gemeldet.")
        else:
            result = flag_stale_opportunities.enqueue()
            self.stdout.write(f"Eingereiht: {result.id}")
