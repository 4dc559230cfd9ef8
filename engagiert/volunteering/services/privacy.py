"""Deleting an account: confirmed hours stay as anonymous totals."""

from __future__ import annotations

from django.db import transaction

from engagiert.core.models import User
from engagiert.volunteering.models import (
    HourCorrection,
    HourEntry,
)


@transaction.atomic
def delete_account(*, user) -> int:
    """Delete the person. Confirmed hours stay as anonymous totals (no person, no note);
    everything else about them goes. Returns the number of anonymised hour entries."""
    HourEntry.objects.filter(volunteer=user).exclude(status=HourEntry.Status.CONFIRMED).delete()
    kept = HourEntry.objects.filter(volunteer=user).update(volunteer=None, note="", logged_by=None)
    HourEntry.objects.filter(logged_by=user).update(logged_by=None)
    HourEntry.objects.filter(confirmed_by=user).update(confirmed_by=None)
    HourCorrection.objects.filter(entry__volunteer__isnull=True, corrected_by=user).update(corrected_by=None)
    User.objects.filter(pk=user.pk).delete()
    return kept
