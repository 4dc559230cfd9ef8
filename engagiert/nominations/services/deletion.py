"""Erasing ended nominations (an anonymous row stays for the figures) and the daily run: reminders,
expiry, deletion of unconfirmed nominations."""

from __future__ import annotations

import datetime

from dateutil.relativedelta import relativedelta
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_noop

from engagiert.core import audit
from engagiert.nominations.models import (
    EXPIRY_DAYS,
    REMINDER_DAYS,
    RETENTION_MONTHS,
    Nomination,
    Nominator,
    Portrait,
)
from engagiert.nominations.services.common import S, _delete_files, _locked, _mail_nominators, _mail_nominee, _move


def erase(nomination: Nomination, *, status: str, now: datetime.datetime | None = None) -> None:
    """Delete everything about the nominee and the nominators (portrait and photos included,
    the files once the transaction commits); keep an anonymous row with `status` for the figures."""
    now = now or timezone.now()
    _delete_files(nomination)
    Portrait.objects.filter(nomination=nomination).delete()
    Nominator.objects.filter(nomination=nomination).delete()
    nomination.status = status
    nomination.nominee_name = nomination.nominee_email = nomination.nominee_phone = ""
    nomination.nominee_address = nomination.activity = nomination.consent_note = ""
    nomination.organisation = None
    nomination.consent_scan = ""
    nomination.ended_at = nomination.ended_at or now
    nomination.erased_at = now
    nomination.save()


# --- the daily run ---------------------------------------------------------------------------


def run_daily(*, now: datetime.datetime | None = None) -> dict[str, int]:
    """Delete unconfirmed nominations after 48 hours, remind unanswered invitations after 7 and
    21 days, expire them after 30, and apply the retention rules. Idempotent."""
    now = now or timezone.now()
    counts = {"unconfirmed": 0, "reminded": 0, "expired": 0, "erased": 0}
    # Nominators who did not confirm: gone; a nomination without a confirmed nominator with them.
    with transaction.atomic():
        Nominator.objects.filter(confirmed_at__isnull=True, expires_at__lte=now).delete()
        stale = Nomination.objects.filter(status=S.UNCONFIRMED, nominators__isnull=True)
        counts["unconfirmed"] = stale.count()
        stale.delete()
    for nomination in Nomination.objects.filter(status=S.INVITED, invited_at__isnull=False).select_related(
        "campaign", "municipality"
    ):
        age = now - nomination.invited_at
        if age >= datetime.timedelta(days=EXPIRY_DAYS):
            with transaction.atomic():
                locked = _locked(nomination)
                if locked.status != S.INVITED:
                    continue
                _move(locked, S.EXPIRED)
                audit.record(
                    actor=None,
                    action="nominations.expire",
                    target=locked,
                    municipality=locked.municipality_id,
                    label=locked.label,
                )
                _mail_nominators(
                    locked,
                    gettext_noop(
                        "Die vorgeschlagene Person hat nicht geantwortet. Sie wird "
                        "nicht vorgestellt; alle Angaben zu ihr sind gelöscht."
                    ),
                )
                erase(locked, status=S.EXPIRED, now=now)
            counts["expired"] += 1
            continue
        due = sum(1 for day in REMINDER_DAYS if age >= datetime.timedelta(days=day))
        if due > nomination.reminders_sent:
            with transaction.atomic():
                updated = Nomination.objects.filter(pk=nomination.pk, reminders_sent=nomination.reminders_sent).update(
                    reminders_sent=due
                )
                if updated:
                    left = EXPIRY_DAYS - age.days
                    _mail_nominee(nomination, "nominations/email/invitation", reminder=True, days_left=left)
                    counts["reminded"] += 1
    # Ended nominations that still hold data (a safety net: erase() runs when they end).
    for nomination in Nomination.objects.filter(status__in=Nomination.ENDED, erased_at__isnull=True):
        with transaction.atomic():
            erase(_locked(nomination), status=nomination.status, now=now)
            counts["erased"] += 1
    # Six months after a campaign's end: every nomination that was not published.
    cutoff = timezone.localdate(now) - relativedelta(months=RETENTION_MONTHS)
    for nomination in Nomination.objects.filter(
        campaign__ends_on__lt=cutoff, status__in=(S.UNCONFIRMED, S.INVITED, S.CONTACT, S.CONSENTED, S.REVIEW)
    ):
        with transaction.atomic():
            locked = _locked(nomination)
            audit.record(
                actor=None,
                action="nominations.retention",
                target=locked,
                municipality=locked.municipality_id,
                label=locked.label,
            )
            erase(locked, status=S.EXPIRED, now=now)
            counts["erased"] += 1
    return counts
