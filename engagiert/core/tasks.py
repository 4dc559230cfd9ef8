"""Background work of core (django-tasks): the delivery of every e-mail (see core.mail) and the
export of a person's data (core.privacy_centre)."""

from __future__ import annotations

from typing import Any

from django_tasks import task

from engagiert.core import mail


@task()
def deliver_mail(**job: Any) -> bool:
    """Render and send one e-mail queued by core.mail.send(); False when nothing was sent."""
    return mail.deliver(**job)


@task()
def build_data_export(*, export_id: int) -> bool:
    """Build a person's data export (ZIP) and e-mail the link; False if it was not waiting."""
    from engagiert.core import privacy_centre

    return privacy_centre.build_export(export_id=export_id)
