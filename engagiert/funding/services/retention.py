"""Retention: deleting applications and files whose keeping period has ended."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone

from engagiert.core import audit
from engagiert.funding.models import (
    Application,
    Photo,
    Quote,
    Receipt,
)
from engagiert.funding.services.common import Status

# --- retention ---------------------------------------------------------------------------------


def purge(*, today: datetime.date) -> dict[str, int]:
    """Delete rejected and withdrawn applications after the PfD's period (default 12 months
    after the decision) and granted projects with their receipts after keep_granted_years
    (counted from the end of the year of the decision)."""
    from engagiert.funding.models import Partnership

    deleted = {"rejected": 0, "granted": 0}
    for partnership in Partnership.objects.all():
        cutoff = timezone.make_aware(
            datetime.datetime.combine(today, datetime.time())
            - datetime.timedelta(days=30 * partnership.keep_rejected_months)
        )
        old = Application.objects.filter(
            fund__partnership=partnership,
            status__in=[Status.REFUSED, Status.WITHDRAWN, Status.NOT_RECOMMENDED],
            decided_at__lt=cutoff,
        )
        old_drafts = Application.objects.filter(
            fund__partnership=partnership, status=Status.DRAFT, updated_at__lt=cutoff
        )
        granted_before = today.year - partnership.keep_granted_years
        kept_out = Application.objects.filter(
            fund__partnership=partnership,
            status__in=[Status.GRANTED, Status.CLOSED],
            decided_at__year__lt=granted_before,
        )
        for queryset, key in ((old, "rejected"), (old_drafts, "rejected"), (kept_out, "granted")):
            for application in queryset:
                delete_application_files(application)
                audit.record(
                    actor=None, action="funding.purge", target=application, municipality=application.municipality_id
                )
                application.delete()
                deleted[key] += 1
    return deleted


def delete_application_files(application: Application) -> None:
    names = [q.file.name for q in Quote.objects.filter(cost_line__application=application)]
    names += [r.file.name for r in Receipt.objects.filter(report__application=application)]
    names += [p.image.name for p in Photo.objects.filter(report__application=application)]
    from django.core.files.storage import default_storage

    for name in names:
        transaction.on_commit(lambda n=name: default_storage.delete(n))
