"""Hours: logging (checked under a lock on the person), confirming, correcting, withdrawing."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from engagiert.core import audit, figures, formatting
from engagiert.core.models import User
from engagiert.volunteering.models import (
    HourCorrection,
    HourEntry,
    Interest,
    Opportunity,
    ShiftSignup,
    VolunteerProfile,
)
from engagiert.volunteering.services.common import (
    MAX_HOURS_PER_DAY,
    VolunteeringError,
)


def joined_on(*, user, opportunity: Opportunity) -> datetime.date | None:
    """Since when the person takes part: the organisation's acceptance, or (for people
    who only signed up for shifts) their profile's start. None: not taking part."""
    interest = Interest.objects.filter(opportunity=opportunity, volunteer=user, status=Interest.Status.ACCEPTED).first()
    if interest is not None:
        return timezone.localtime(interest.decided_at).date()
    if ShiftSignup.objects.filter(shift__opportunity=opportunity, volunteer=user).exists():
        profile = VolunteerProfile.objects.filter(user=user, municipality_id=opportunity.municipality_id).first()
        return profile.joined_on if profile else None
    return None


def _check_hours(*, user, opportunity: Opportunity, date: datetime.date, hours: Decimal, exclude: int | None = None):
    if hours is None or hours <= 0:
        raise VolunteeringError(_("Bitte geben Sie eine positive Stundenzahl an."))
    if hours > MAX_HOURS_PER_DAY:
        raise VolunteeringError(_("Ein Tag hat höchstens 24 Stunden."))
    if date > timezone.localdate():
        raise VolunteeringError(_("Stunden in der Zukunft können noch nicht erfasst werden."))
    start = joined_on(user=user, opportunity=opportunity)
    if start is None:
        raise VolunteeringError(
            _("%(name)s ist bei diesem Angebot noch nicht dabei: Stunden gibt es erst nach der Zusage.")
            % {"name": user.display_name or user.email}
        )
    if date < start:
        raise VolunteeringError(
            _("Stunden vor dem Beginn am %(date)s können nicht erfasst werden.")
            % {"date": date_format(start, "SHORT_DATE_FORMAT")}
        )
    day = HourEntry.objects.filter(volunteer=user, date=date).exclude(status=HourEntry.Status.DECLINED)
    if exclude:
        day = day.exclude(pk=exclude)
    already = day.aggregate(total=Sum("hours"))["total"] or Decimal("0")
    if already + hours > MAX_HOURS_PER_DAY:
        raise VolunteeringError(
            _("An diesem Tag sind schon %(already)s Stunden erfasst; mehr als 24 Stunden gehen nicht.")
            % {"already": formatting.number(already)}
        )


@transaction.atomic
def log_hours(
    *,
    volunteer,
    opportunity: Opportunity,
    date: datetime.date,
    hours: Decimal,
    note: str = "",
    by=None,
    confirmed: bool = False,
) -> HourEntry:
    """Record hours of one person on one day (checked: 0 < hours ≤ 24, at most 24 per
    day, not before they joined). The person is locked so two requests cannot both pass."""
    User.objects.select_for_update().filter(pk=volunteer.pk).first()
    _check_hours(user=volunteer, opportunity=opportunity, date=date, hours=hours)
    by = by or volunteer
    if confirmed:  # confirmed hours count on their day, which may lie weeks back
        figures.changed(municipality_id=opportunity.municipality_id, days=[date])
    return HourEntry.objects.create(
        municipality_id=opportunity.municipality_id,
        volunteer=volunteer,
        opportunity=opportunity,
        organisation=opportunity.organisation,
        activity=opportunity.title_de or opportunity.title,
        organisation_name=opportunity.organisation.name,
        date=date,
        hours=hours,
        note=note,
        logged_by=by,
        status=HourEntry.Status.CONFIRMED if confirmed else HourEntry.Status.LOGGED,
        confirmed_by=by if confirmed else None,
        confirmed_at=timezone.now() if confirmed else None,
    )


@transaction.atomic
def log_group_hours(
    *, opportunity: Opportunity, volunteers: list, date: datetime.date, hours: Decimal, note: str, by
) -> list[HourEntry]:
    """The organisation records the same hours for several people; they count as confirmed.
    All or nothing: one person's problem stops the whole entry."""
    entries = []
    for volunteer in volunteers:
        entries.append(
            log_hours(
                volunteer=volunteer, opportunity=opportunity, date=date, hours=hours, note=note, by=by, confirmed=True
            )
        )
    return entries


@transaction.atomic
def decide_hours(*, entry: HourEntry, confirm: bool, by) -> HourEntry:
    entry = HourEntry.objects.select_for_update().get(pk=entry.pk)
    if entry.status != HourEntry.Status.LOGGED:
        raise VolunteeringError(_("Über diese Stunden wurde bereits entschieden."))
    entry.status = HourEntry.Status.CONFIRMED if confirm else HourEntry.Status.DECLINED
    entry.confirmed_by, entry.confirmed_at = by, timezone.now()
    entry.save(update_fields=["status", "confirmed_by", "confirmed_at"])
    if confirm:  # counted on the day worked, often weeks before the confirmation
        figures.changed(municipality_id=entry.municipality_id, days=[entry.date])
    audit.record(
        actor=by,
        action="volunteering.decide_hours",
        target=entry,
        municipality=entry.municipality_id,
        decision=audit.decision_of(confirm),
    )
    return entry


@transaction.atomic
def correct_hours(*, entry: HourEntry, date: datetime.date, hours: Decimal, reason: str, by) -> HourCorrection:
    """Correct confirmed hours; the old values stay in the history."""
    entry = HourEntry.objects.select_for_update(of=("self",)).select_related("opportunity").get(pk=entry.pk)
    if entry.status != HourEntry.Status.CONFIRMED:
        raise VolunteeringError(_("Nur bestätigte Stunden werden korrigiert; offene bitte bestätigen oder ablehnen."))
    if not reason.strip():
        raise VolunteeringError(_("Bitte begründen Sie die Korrektur."))
    if entry.volunteer_id and entry.opportunity_id:
        User.objects.select_for_update().filter(pk=entry.volunteer_id).first()
        _check_hours(user=entry.volunteer, opportunity=entry.opportunity, date=date, hours=hours, exclude=entry.pk)
    elif hours <= 0 or hours > MAX_HOURS_PER_DAY:
        raise VolunteeringError(_("Bitte geben Sie eine Stundenzahl über 0 und höchstens 24 an."))
    correction = HourCorrection.objects.create(
        entry=entry,
        old_date=entry.date,
        new_date=date,
        old_hours=entry.hours,
        new_hours=hours,
        reason=reason,
        corrected_by=by,
    )
    figures.changed(municipality_id=entry.municipality_id, days=[entry.date, date])
    entry.date, entry.hours = date, hours
    entry.save(update_fields=["date", "hours"])
    audit.record(
        actor=by,
        action="volunteering.correct_hours",
        target=entry,
        municipality=entry.municipality_id,
        reason=reason,
        data={"correction": correction.pk},
    )
    return correction


@transaction.atomic
def withdraw_hours(*, entry: HourEntry, user) -> None:
    """A volunteer takes back hours that are not yet confirmed."""
    entry = HourEntry.objects.select_for_update().get(pk=entry.pk)
    if entry.volunteer_id != user.pk:
        raise VolunteeringError(_("Diese Stunden gehören nicht zu Ihrem Konto."))
    if entry.status == HourEntry.Status.CONFIRMED:
        raise VolunteeringError(
            _("Bestätigte Stunden können nicht gelöscht werden. Bitte bitten Sie die Organisation um eine Korrektur.")
        )
    entry.delete()
