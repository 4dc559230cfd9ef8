"""Delete newsletter sign-ups not confirmed within 7 days (run daily from cron)."""

from django.core.management.base import BaseCommand

from engagiert.newsletter import services


class Command(BaseCommand):
    help = "Delete newsletter sign-ups that were not confirmed within 7 days."

    def handle(self, *args, **options):
        self.stdout.write(f"{services.purge_unconfirmed()} unconfirmed newsletter sign-up(s) deleted.")
