"""Background work of core (django-tasks): the delivery of every e-mail (see core.mail) and the
export of a person's data (core.privacy_centre)."""

from __future__ import annotations

from typing import Any

from django_tasks import task

from engagiert.core import mail

MAIL_QUEUE = "mail"


@task()
def deliver_mail(**job: Any) -> bool:
    """Render and send one e-mail queued by core.mail.send(); False when nothing was sent."""
    return mail.deliver(**job)


@task()
def build_data_export(*, export_id: int) -> bool:
    """Build a person's data export (ZIP) and e-mail the link; False if it was not waiting."""
    from engagiert.core import privacy_centre

    return privacy_centre.build_export(export_id=export_id)


def mail_task():
    """deliver_mail on the queue "mail" where the backend has it (settings.TASK_QUEUES), so that
    a worker can be given the e-mails alone; on "default" with a backend configured without it."""
    if MAIL_QUEUE in deliver_mail.get_backend().queues:
        return deliver_mail.using(queue_name=MAIL_QUEUE)
    return deliver_mail
