"""Background work of Mach mit! (django-tasks)."""

from __future__ import annotations

from django_tasks import task

from engagiert.volunteering import services


@task()
def flag_stale_opportunities() -> int:
    """E-mail organisations whose opportunities were not confirmed for three months."""
    return services.flag_stale_opportunities()
