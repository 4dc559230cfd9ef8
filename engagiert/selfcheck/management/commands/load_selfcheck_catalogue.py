from django.core.management.base import BaseCommand

from engagiert.selfcheck.services import load_default_catalogue


class Command(BaseCommand):
    help = "Create or update the default Selbstcheck catalogue (idempotent)."

    def handle(self, *args, **options):
        catalogue = load_default_catalogue()
        questions = sum(f.questions.count() for f in catalogue.fields.all())
        self.stdout.write(f"{catalogue}: {catalogue.fields.count()} fields, {questions} questions")
