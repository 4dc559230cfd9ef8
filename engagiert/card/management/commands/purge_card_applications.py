from django.core.management import call_command
from django.core.management.base import BaseCommand
from django_tasks import task_backends
from django_tasks_db.backend import DatabaseBackend

from engagiert.card.services import purge_applications, shortest_retention_period


class Command(BaseCommand):
    help = (
        "Apply the card's retention rules (CardRules.retention_months; see "
        "engagiert/card/services/renewal.py): delete the free text of decided applications, their "
        "structured data once it is no longer needed for a renewal, and stale drafts. Then prune "
        "finished background tasks (queued e-mails hold whole e-mail bodies) older than the shortest "
        "retention period. Run daily."
    )

    def handle(self, *args, **options):
        purged = purge_applications()
        self.stdout.write(
            f"{purged.free_text} application(s) without free text, {purged.full} purged, "
            f"{purged.drafts} stale draft(s) deleted."
        )
        if isinstance(task_backends["default"], DatabaseBackend):
            call_command(
                "prune_db_task_results",
                queue_name="*",
                min_age_days=shortest_retention_period().days,
                stdout=self.stdout,
                verbosity=options["verbosity"],
            )
