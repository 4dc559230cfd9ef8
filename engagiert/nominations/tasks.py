"""Background work of Glücksbringer (django-tasks)."""

from __future__ import annotations

from django_tasks import task

from engagiert.nominations import services


@task()
def run_nominations_daily() -> dict[str, int]:
    """Unconfirmed nominations (48 h), reminders (7 and 21 days), expiry (30 days), retention."""
    return services.run_daily()
