from django.core.management.base import BaseCommand

from engagiert.card.services import purge_applications


class Command(BaseCommand):
    help = (
        "Delete personal data and free text of card applications decided longer ago than the "
        "municipality's retention period (CardRules.retention_months). Run daily."
    )

    def handle(self, *args, **options):
        purged = purge_applications()
        self.stdout.write(f"{purged} application(s) purged.")
