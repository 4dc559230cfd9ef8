"""Spending and report reminders of the Partnerschaft für Demokratie (services.send_reminders). Run daily."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from engagiert.funding import services


class Command(BaseCommand):
    help = "Erinnert an die Verwendung der Mittel und an fällige Verwendungsnachweise."

    def handle(self, *args, **options):
        sent = services.send_reminders(today=timezone.localdate())
        self.stdout.write(f"spending: {sent['spending']}, report: {sent['report']}")
