"""Background work of Begegnungen (django-tasks): the reminders of tomorrow's events (their e-mails go
through core.mail; the expiry of unconfirmed registrations runs from cron: expire_event_registrations)."""

from __future__ import annotations

from django_tasks import task


@task()
def send_reminders(registration_ids: list[int]) -> None:
    from engagiert.events.services import send_reminders as run

    run(registration_ids=registration_ids)
