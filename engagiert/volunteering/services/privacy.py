"""A person's data in Mach mit! when the account is deleted: confirmed hours stay as anonymous
totals of the organisation, everything else about the person goes; and the consent to be
contacted by organisations (allow_contact), which the person can withdraw."""

from __future__ import annotations

from django.db import transaction

from engagiert.core import audit, pagecache
from engagiert.volunteering.models import (
    Certificate,
    HourCorrection,
    HourEntry,
    Interest,
    ShiftSignup,
    VolunteerProfile,
)


def delete_personal_data(*, user) -> dict[str, int]:
    """Delete the person's Mach mit! data; confirmed hours stay without person or note.
    Runs in the caller's transaction (core.privacy_centre.delete_account opens one per app)."""
    hours_deleted, _m = HourEntry.objects.filter(volunteer=user).exclude(status=HourEntry.Status.CONFIRMED).delete()
    kept = HourEntry.objects.filter(volunteer=user).update(volunteer=None, note="", logged_by=None)
    HourEntry.objects.filter(logged_by=user).update(logged_by=None)
    HourEntry.objects.filter(confirmed_by=user).update(confirmed_by=None)
    HourCorrection.objects.filter(entry__volunteer__isnull=True, corrected_by=user).update(corrected_by=None)
    interests, _m = Interest.objects.filter(volunteer=user).delete()
    shifts, _m = ShiftSignup.objects.filter(volunteer=user).delete()
    if shifts:
        pagecache.seats_changed(None)  # their slots are free again on the offers' pages
    certificates, _m = Certificate.objects.filter(user=user).delete()
    profiles, _m = VolunteerProfile.objects.filter(user=user).delete()
    return {
        "hours_anonymised": kept,
        "hours_deleted": hours_deleted,
        "interests_deleted": interests,
        "shift_signups_deleted": shifts,
        "certificates_deleted": certificates,
        "profiles_deleted": profiles,
    }


def delete_account(*, user) -> int:
    """Delete the whole account (every app, core.privacy_centre). Returns the number of
    anonymised hour entries."""
    from engagiert.core.privacy_centre import delete_account as delete_everywhere

    report = delete_everywhere(user=user)
    return report.counts.get("volunteering", {}).get("hours_anonymised", 0)


@transaction.atomic
def withdraw_contact_consent(*, user, profile_id: int) -> bool:
    """Organisations may no longer invite the person through this profile."""
    profile = VolunteerProfile.objects.filter(user=user, pk=profile_id, allow_contact=True).first()
    if profile is None:
        return False
    VolunteerProfile.objects.filter(pk=profile.pk).update(allow_contact=False)
    audit.record(
        actor=user, action="volunteering.withdraw_contact_consent", target=profile, municipality=profile.municipality_id
    )
    return True
