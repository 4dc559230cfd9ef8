"""Background work of core (django-tasks): the delivery of every e-mail (see core.mail)."""

from __future__ import annotations

from typing import Any

from django_tasks import task

from engagiert.core import mail


@task(queue_name="mail")
def deliver_mail(**job: Any) -> bool:
    """Render and send one e-mail queued by core.mail.send(); False when nothing was sent."""
    return mail.deliver(**job)
