"""Apply every retention rule the apps registered (core.registry.register_retention_rule) and
report what each deleted or anonymised. Run daily (cron or a systemd timer)."""

from django.core.management.base import BaseCommand, CommandError

from engagiert.core.privacy_centre import apply_retention


class Command(BaseCommand):
    help = "Apply every registered retention rule and report the counts (run daily)."

    def add_arguments(self, parser):
        parser.add_argument("--rule", action="append", dest="rules", help="Only this rule (key); may be repeated.")

    def handle(self, *args, **options):
        results = apply_retention(only=options["rules"])
        failed = [r for r in results if r.error]
        for result in results:
            if result.error:
                self.stderr.write(f"{result.rule.key}: FAILED {result.error}")
                continue
            counts = ", ".join(f"{kind} {count}" for kind, count in result.counts.items()) or "nothing"
            self.stdout.write(f"{result.rule.key}: {counts}")
        self.stdout.write(
            f"{len(results)} rule(s) applied, {sum(r.total for r in results)} row(s) deleted or anonymised."
        )
        if failed:
            raise CommandError(f"{len(failed)} rule(s) failed: {', '.join(r.rule.key for r in failed)}")
