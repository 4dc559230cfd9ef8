"""Background work of core (django-tasks): the delivery of every e-mail (see core.mail) and the
export of a person's data (core.privacy_centre).

Queues (settings.TASK_QUEUES): e-mails go to "mail" (mail_task(); the newsletter's sending
too), long exports to "exports" (export_task()), the rest to "default", so that a worker can be
given a queue of its own and a long export never holds up a password-reset e-mail."""

from __future__ import annotations

from typing import Any

from django_tasks import task
from django_tasks.base import Task

from engagiert.core import mail

MAIL_QUEUE = "mail"
EXPORTS_QUEUE = "exports"


@task()
def deliver_mail(**job: Any) -> bool:
    """Render and send one e-mail queued by core.mail.send(); False when nothing was sent."""
    return mail.deliver(**job)


@task()
def build_data_export(*, export_id: int) -> bool:
    """Build a person's data export (ZIP) and e-mail the link; False if it was not waiting."""
    from engagiert.core import privacy_centre

    return privacy_centre.build_export(export_id=export_id)


def on_queue(task: Task, queue_name: str) -> Task:
    """`task` on the queue `queue_name` where the backend has it (settings.TASK_QUEUES); as it
    is (on "default") with a backend configured without it."""
    if queue_name in task.get_backend().queues:
        return task.using(queue_name=queue_name)
    return task


def mail_task() -> Task:
    """deliver_mail on the queue "mail"."""
    return on_queue(deliver_mail, MAIL_QUEUE)


def export_task() -> Task:
    """build_data_export on the queue "exports"."""
    return on_queue(build_data_export, EXPORTS_QUEUE)
