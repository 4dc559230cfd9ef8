"""Shifts: creating them, taking a slot (under row locks), cancelling."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from engagiert.core import pagecache
from engagiert.core.models import User
from engagiert.volunteering.models import (
    Opportunity,
    Shift,
    ShiftSignup,
)
from engagiert.volunteering.services.common import (
    VolunteeringError,
    _check_age,
    _check_open,
)


def create_shift(*, opportunity: Opportunity, starts_at, ends_at, slots: int) -> Shift:
    if ends_at <= starts_at:
        raise VolunteeringError(_("Das Ende muss nach dem Beginn liegen."))
    shift = Shift.objects.create(opportunity=opportunity, starts_at=starts_at, ends_at=ends_at, slots=slots)
    pagecache.seats_changed(opportunity.municipality_id)  # the offer's page lists its free shifts
    return shift


@transaction.atomic
def sign_up_for_shift(*, user, shift: Shift) -> ShiftSignup:
    """Take a slot. Locks the shift (capacity) and the person (overlapping shifts)."""
    shift = Shift.objects.select_for_update(of=("self",)).select_related("opportunity").get(pk=shift.pk)
    User.objects.select_for_update().filter(pk=user.pk).first()
    opp = shift.opportunity
    if opp.status != Opportunity.Status.PUBLISHED:
        raise VolunteeringError(_("Dieses Angebot nimmt gerade keine Anmeldungen an."))
    if shift.starts_at <= timezone.now():
        raise VolunteeringError(_("Diese Schicht hat schon begonnen."))
    _check_open(opp)
    _check_age(user=user, opportunity=opp, on=shift.starts_at.date())
    if ShiftSignup.objects.filter(shift=shift, volunteer=user).exists():
        raise VolunteeringError(_("Sie sind für diese Schicht bereits eingetragen."))
    if ShiftSignup.objects.filter(shift=shift).count() >= shift.slots:
        raise VolunteeringError(_("Diese Schicht ist leider voll."))
    overlapping = ShiftSignup.objects.filter(
        volunteer=user, shift__starts_at__lt=shift.ends_at, shift__ends_at__gt=shift.starts_at
    ).select_related("shift__opportunity")
    clash = overlapping.first()
    if clash:
        raise VolunteeringError(
            _("Sie haben zu dieser Zeit schon eine Schicht: „%(title)s“ am %(when)s.")
            % {
                "title": clash.shift.opportunity.title,
                "when": date_format(timezone.localtime(clash.shift.starts_at), "SHORT_DATETIME_FORMAT"),
            }
        )
    signup = ShiftSignup.objects.create(shift=shift, volunteer=user)
    pagecache.seats_changed(opp.municipality_id)  # the slots taken on the offer's page
    return signup


def cancel_signup(*, signup: ShiftSignup) -> None:
    if signup.shift.starts_at <= timezone.now():
        raise VolunteeringError(_("Vergangene Schichten können nicht mehr abgesagt werden."))
    signup.delete()
    pagecache.seats_changed(signup.shift.opportunity.municipality_id)
