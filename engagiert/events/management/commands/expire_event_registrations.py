"""Cancel guest registrations that were not confirmed in time (run hourly)."""

from django.core.management.base import BaseCommand

from engagiert.events import services


class Command(BaseCommand):
    help = "Expire unconfirmed guest registrations and move people up from waiting lists."

    def handle(self, *args, **options):
        self.stdout.write(f"{services.expire_unconfirmed()} unconfirmed registrations expired.")
