"""Queue the reminders for tomorrow's events (run daily, e.g. from cron). Idempotent."""

from django.core.management.base import BaseCommand

from engagiert.events import services, tasks


class Command(BaseCommand):
    help = "Queue reminder e-mails for tomorrow's events and expire unconfirmed registrations."

    def handle(self, *args, **options):
        expired = services.expire_unconfirmed()
        ids = services.due_reminders()
        if ids:
            tasks.send_reminders.enqueue(ids)
        self.stdout.write(f"{len(ids)} reminders queued, {expired} unconfirmed registrations expired.")
