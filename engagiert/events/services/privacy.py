"""A person's data in Begegnungen for the privacy centre (events/privacy.py): deleting it when
the account is deleted, and withdrawing the consent to support needs.

Rule on deletion: registrations for events that have not ended are cancelled (the seat goes to
the waiting list, as on a cancellation by the person) and deleted with every other
registration that never took place (pending, waiting, cancelled). Registrations for events
that have ended are anonymised: name, address, support needs and language are removed and the
account link is cut; the status, companions and check-in stay, so that the organisation's
attendance figures stay right. The address becomes "geloescht-<id>@anonym.invalid" (the
reserved .invalid domain: nothing can be sent) because an event's active registrations need
distinct addresses (registration_active_per_email)."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q
from django.utils import timezone

from engagiert.core import audit
from engagiert.events.models import Registration
from engagiert.events.selectors import mine
from engagiert.events.services.common import EventError, Status
from engagiert.events.services.registrations import cancel_registration

ANONYMOUS_DOMAIN = "anonym.invalid"


def delete_personal_data(*, user, now: dt.datetime | None = None) -> dict[str, int]:
    now = now or timezone.now()
    registrations = Registration.objects.filter(mine(user))
    for registration in registrations.filter(event__end__gt=now).exclude(status=Status.CANCELLED):
        try:
            cancel_registration(registration=registration, now=now)
        except EventError:  # cancelled meanwhile
            pass
    ended = Q(event__end__lte=now, status__in=[Status.CONFIRMED])
    deleted, _by_model = registrations.exclude(ended).delete()
    anonymised = 0
    for pk in registrations.filter(ended).values_list("pk", flat=True):
        anonymised += Registration.objects.filter(pk=pk).update(
            user=None, name="", email=f"geloescht-{pk}@{ANONYMOUS_DOMAIN}", needs="", language="de"
        )
    return {"registrations_deleted": deleted, "registrations_anonymised": anonymised}


def withdraw_needs_consent(*, user, registration_id: int) -> bool:
    """Delete the support needs of one of `user`'s registrations (the consent is withdrawn)."""
    registration = Registration.objects.filter(mine(user), pk=registration_id).exclude(needs="").first()
    if registration is None:
        return False
    Registration.objects.filter(pk=registration.pk).update(needs="")
    audit.record(
        actor=user,
        action="events.withdraw_needs_consent",
        target=registration,
        municipality=registration.event.municipality_id,
    )
    return True
