"""Background work of Begegnungen (django-tasks): the reminders of tomorrow's events and the
expiry of unconfirmed registrations. Their e-mails go through core.mail."""

from __future__ import annotations

from django_tasks import task


@task()
def send_reminders(registration_ids: list[int]) -> None:
    from engagiert.events.services import send_reminders as run

    run(registration_ids=registration_ids)


@task()
def expire_unconfirmed_registrations() -> int:
    from engagiert.events.services import expire_unconfirmed

    return expire_unconfirmed()
