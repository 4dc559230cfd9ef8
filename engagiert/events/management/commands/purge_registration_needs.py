"""Delete the support needs of registrations a week after their event: they may be health data
(Art. 9 DSGVO), given for that event only. Kept as an alias of the retention rule
"events.support_needs", which `manage.py apply_retention` (daily) runs with every other rule."""

from django.core.management.base import BaseCommand

from engagiert.core.privacy_centre import apply_retention


class Command(BaseCommand):
    help = "Delete the support needs of registrations whose event ended a week ago or earlier (see apply_retention)."

    def handle(self, *args, **options):
        (result,) = apply_retention(only=["events.support_needs"])
        if result.error:
            raise SystemExit(result.error)
        self.stdout.write(f"{result.total} registration(s): support needs deleted.")
