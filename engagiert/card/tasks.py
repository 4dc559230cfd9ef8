"""Background work of the card (django-tasks): e-mails and the renewal reminders."""

from __future__ import annotations

from django.core.mail import send_mail
from django_tasks import task


@task()
def send_card_mail(*, to: str | list[str], subject: str, body: str) -> None:
    """One e-mail to one address, or one e-mail to several (e.g. a municipality's coordinators)."""
    send_mail(subject, body, None, [to] if isinstance(to, str) else to)


@task()
def send_renewal_reminders() -> int:
    from engagiert.card.services import send_renewal_reminders as run

    return run()
