"""Daily open-data run (cron): every town's datasets as CSV and JSON files."""

from django.core.management.base import BaseCommand

from engagiert.core.models import Municipality
from engagiert.impact import opendata
from engagiert.impact.models import OpenDataSettings


class Command(BaseCommand):
    help = "Write every town's open datasets (CSV, JSON)."

    def add_arguments(self, parser):
        parser.add_argument("--town", help="only this town (slug)")

    def handle(self, *args, town=None, **options):
        towns = Municipality.objects.exclude(
            pk__in=OpenDataSettings.objects.filter(publish=False).values("municipality_id")
        )
        if town:
            towns = towns.filter(slug=town)
        count = 0
        for municipality in towns.iterator():
            count += len(opendata.generate(municipality))
        self.stdout.write(f"open data: {count} datasets written")
