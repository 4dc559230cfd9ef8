"""Delete rejected and withdrawn applications and, after the retention period, granted
projects with their receipts (services.purge). Run daily."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from engagiert.funding import services


class Command(BaseCommand):
    help = "Löscht abgelaufene Förderanträge der Partnerschaften für Demokratie."

    def handle(self, *args, **options):
        deleted = services.purge(today=timezone.localdate())
        self.stdout.write(f"rejected/withdrawn: {deleted['rejected']}, granted: {deleted['granted']}")
