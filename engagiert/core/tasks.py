"""Background work of core (django-tasks): the delivery of every e-mail (see core.mail)."""

from __future__ import annotations

from typing import Any

from django_tasks import task

from engagiert.core import mail

MAIL_QUEUE = "mail"


@task()
def deliver_mail(**job: Any) -> bool:
    """Render and send one e-mail queued by core.mail.send(); False when nothing was sent."""
    return mail.deliver(**job)


def mail_task():
    """deliver_mail on the queue "mail" where the backend has it (settings.TASK_QUEUES), so that
    a worker can be given the e-mails alone; on "default" with a backend configured without it."""
    if MAIL_QUEUE in deliver_mail.get_backend().queues:
        return deliver_mail.using(queue_name=MAIL_QUEUE)
    return deliver_mail
