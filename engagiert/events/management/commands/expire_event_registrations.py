"""Cancel guest registrations that were not confirmed in time and move people up from the
waiting list (run hourly from cron). send_event_reminders does the same once a day; run daily
only, a seat whose 24 hours ran out would wait up to a day for the waiting list, and a new
registration could take it first."""

from django.core.management.base import BaseCommand

from engagiert.events import services


class Command(BaseCommand):
    help = "Expire unconfirmed guest registrations and move people up from waiting lists."

    def handle(self, *args, **options):
        self.stdout.write(f"{services.expire_unconfirmed()} unconfirmed registrations expired.")
