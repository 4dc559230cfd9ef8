"""Resume the sending of newsletter issues whose worker died (run every few minutes from
cron): rows a dead worker had claimed go back to the queue, and the issue's task is queued
again (services/sending.py explains why nobody gets a copy twice)."""

from django.core.management.base import BaseCommand

from engagiert.newsletter import services
from engagiert.newsletter.tasks import sending_task


class Command(BaseCommand):
    help = "Resume the sending of newsletter issues whose worker stopped."

    def handle(self, *args, **options):
        issue_ids = services.recover()
        for issue_id in issue_ids:
            sending_task().enqueue(issue_id)
        self.stdout.write(f"{len(issue_ids)} newsletter issue(s) queued again.")
