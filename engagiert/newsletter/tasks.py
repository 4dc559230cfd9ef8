"""Background work of the newsletter (django-tasks): sending an issue in batches."""

from __future__ import annotations

from django_tasks import task

from engagiert.core.tasks import MAIL_QUEUE, on_queue
from engagiert.newsletter import services


@task()
def send_issue(issue_id: int) -> bool:
    """Send the rest of an issue; True once every recipient has been handled."""
    return services.run(issue_id)


def sending_task():
    """send_issue on the queue "mail": sending an issue is sending e-mail."""
    return on_queue(send_issue, MAIL_QUEUE)
