"""Background work of the card (django-tasks): the renewal reminders (their e-mails go
through core.mail)."""

from __future__ import annotations

from django_tasks import task


@task()
def send_renewal_reminders() -> int:
    from engagiert.card.services import send_renewal_reminders as run

    return run()
