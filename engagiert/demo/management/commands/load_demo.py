from django.core.management.base import BaseCommand

from engagiert.demo.loader import DEMO_LOGINS, DEMO_PASSWORD, load


class Command(BaseCommand):
    help = "Load (or refresh) the demo data of Dessau-Roßlau and its regional network."

    def handle(self, *args, **options):
        counts = load()
        self.stdout.write(self.style.SUCCESS("Demo data: " + ", ".join(f"{n} {what}" for what, n in counts.items())))
        self.stdout.write(f"\nDemo logins (password for all: {DEMO_PASSWORD}):")
        for login in DEMO_LOGINS:
            self.stdout.write(f"  {login.role:<38} {login.email}")
        self.stdout.write("\nOpen http://127.0.0.1:8000/dessau-rosslau/ once the server runs.\n")
