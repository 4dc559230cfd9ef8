"""Renewal (reminder, prefilled renewal application) and retention (purging decided applications)."""

from __future__ import annotations

from datetime import date, timedelta

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from engagiert.card.models import Activity, ApplicationEvent, Card, CardApplication, CardRules
from engagiert.card.services.common import (
    ACTIVITY_FIELDS,
    APPLICANT_FIELDS,
    CardError,
    absolute_url,
    notify_applicant,
    record_event,
)


@transaction.atomic
def start_renewal(*, card: Card, applicant, language: str = "de") -> CardApplication:
    """A new draft prefilled from the card's application (personal data and activities)."""
    if CardApplication.objects.filter(
        municipality=card.municipality, applicant=applicant, status__in=CardApplication.OPEN
    ).exists():
        raise CardError(_("Sie haben bereits einen offenen Antrag."))
    last = card.application
    fields = {k: getattr(last, k) for k in APPLICANT_FIELDS} if last and not last.purged_at else {}
    if not fields:
        first, _sep, rest = card.holder_name.partition(" ")
        fields = {"first_name": first, "last_name": rest}
    fields["consent"] = False  # consent is given again, for the new application
    application = CardApplication.objects.create(
        municipality=card.municipality, applicant=applicant, language=language, renewal_of=card, **fields
    )
    if last is not None:
        for activity in last.activities.exclude(evidence="rejected"):
            Activity.objects.create(
                application=application,
                **{k: getattr(activity, k) for k in ACTIVITY_FIELDS},
                organisation_kind=activity.organisation_kind,
            )
    record_event(
        application, "created", _("Verlängerung angelegt (Karte %(n)s).") % {"n": card.display_number}, applicant
    )
    return application


def send_renewal_reminders(*, today: date | None = None) -> int:
    """Remind holders whose card expires within their municipality's reminder window (once)."""
    today = today or timezone.localdate()
    sent = 0
    for rules in CardRules.objects.select_related("municipality"):
        cards = Card.objects.filter(
            municipality=rules.municipality,
            status=Card.Status.ACTIVE,
            renewal_reminded_at__isnull=True,
            valid_until__gte=today,
            valid_until__lte=today + timedelta(weeks=rules.reminder_weeks),
            application__isnull=False,
        ).select_related("application__applicant", "application__municipality")
        for card in cards:
            with transaction.atomic():
                if not Card.objects.filter(pk=card.pk, renewal_reminded_at__isnull=True).update(
                    renewal_reminded_at=timezone.now()
                ):
                    continue
                notify_applicant(
                    card.application,
                    _("Ihre Karte läuft bald ab"),
                    [
                        _("Ihre Ehrenamtskarte Nr. %(number)s ist noch bis %(until)s gültig.")
                        % {"number": card.display_number, "until": f"{card.valid_until:%d.%m.%Y}"},
                        _("Sie können die Verlängerung jetzt beantragen; Ihre Angaben sind schon ausgefüllt."),
                    ],
                    absolute_url(reverse("card:my_card", kwargs={"municipality": rules.municipality.slug})),
                )
                sent += 1
    return sent


def purge_applications(*, now=None) -> int:
    """Delete documents and free text of applications decided longer ago than the
    municipality's retention period. The card register keeps what a card needs."""
    now = now or timezone.now()
    purged = 0
    for rules in CardRules.objects.all():
        cutoff = now - timedelta(days=30 * rules.retention_months)
        ids = list(
            CardApplication.objects.filter(
                municipality_id=rules.municipality_id,
                status__in=CardApplication.DECIDED,
                decided_at__lt=cutoff,
                purged_at__isnull=True,
            ).values_list("pk", flat=True)
        )
        with transaction.atomic():
            Activity.objects.filter(application_id__in=ids).delete()
            ApplicationEvent.objects.filter(application_id__in=ids).update(text="–", actor=None)
            purged += CardApplication.objects.filter(pk__in=ids).update(
                birth_date=None,
                street="",
                postcode="",
                city="",
                residence_state="",
                decision_reason="",
                purged_at=now,
            )
    return purged
