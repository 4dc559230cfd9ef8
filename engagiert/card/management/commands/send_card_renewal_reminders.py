from django.core.management.base import BaseCommand

from engagiert.card.tasks import send_renewal_reminders


class Command(BaseCommand):
    help = "Remind card holders whose card expires within the reminder window (default six weeks)."

    def add_arguments(self, parser):
        parser.add_argument("--now", action="store_true", help="Run inline instead of queueing a task.")

    def handle(self, *args, **options):
        if options["now"]:
            sent = send_renewal_reminders.call()
            self.stdout.write(f"{sent} reminder(s) sent.")
        else:
            result = send_renewal_reminders.enqueue()
            self.stdout.write(f"Queued renewal reminders (task {result.id}).")
