"""Delete the support needs of registrations a week after their event (run daily from cron):
they may be health data (Art. 9 DSGVO), given for that event only."""

from django.core.management.base import BaseCommand

from engagiert.events import services


class Command(BaseCommand):
    help = "Delete the support needs of registrations whose event ended a week ago or earlier."

    def handle(self, *args, **options):
        self.stdout.write(f"{services.purge_support_needs()} registration(s): support needs deleted.")
