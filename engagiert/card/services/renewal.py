"""Renewal (reminder, prefilled renewal application) and retention (purging applications).

Renewal: a card can be renewed from `CardRules.reminder_weeks` before it expires on (and
after it has expired), not when it is revoked or already has a newer card. The holder is
reminded once when that window opens, unless a renewal (or any application of theirs) is
already in progress or a newer card exists. The renewal is a new draft prefilled from the
card's application; the card it yields starts the day after the old one ends (issue_card).

Retention, `CardRules.retention_months` (default rules for a municipality without its own):
- a decided application's free text is deleted that long after the decision: the decision
  reason, the texts and actors of its history, the activities' descriptions, evidence notes
  and contact addresses, and the confirmation links (tokens and recipient addresses);
- its structured data (birth date, address, residence state, the activities' organisation,
  since, hours and allowance) is deleted at the same time when it was rejected or withdrawn,
  or its card is revoked; when its card is active it is kept until the card has expired plus
  the retention period, as the renewal reuses it. The name stays, like on the card;
- a draft not changed for that long is deleted.
The card register (Card) keeps only what a card needs. The purge command also prunes the
finished background tasks (the queued e-mails, which hold whole e-mail bodies)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from engagiert.card.models import Activity, ActivityConfirmation, ApplicationEvent, Card, CardApplication, CardRules
from engagiert.card.selectors import newer_cards, renewal_opens_on
from engagiert.card.services.common import (
    ACTIVITY_FIELDS,
    APPLICANT_FIELDS,
    CardError,
    absolute_url,
    notify_applicant,
    record_event,
)
from engagiert.core import mail
from engagiert.core.formatting import short_date
from engagiert.core.models import Municipality

PURGED_TEXT = "–"


@transaction.atomic
def start_renewal(*, card: Card, applicant, language: str = "de", today: date | None = None) -> CardApplication:
    """A new draft prefilled from the card's application (personal data and activities, as far
    as retention has kept them; contact addresses are asked for again)."""
    today = today or timezone.localdate()
    card = Card.objects.select_for_update().select_related("municipality").get(pk=card.pk)  # one renewal at a time
    if card.status == Card.Status.REVOKED:
        raise CardError(_("Eine gesperrte Karte kann nicht verlängert werden. Bitte beantragen Sie eine neue Karte."))
    newer = newer_cards(card).order_by("valid_from").first()
    if newer is not None:
        raise CardError(
            _("Ihre Karte ist bereits verlängert: Die neue Karte Nr. %(number)s gilt ab %(date)s.")
            % {"number": newer.display_number, "date": short_date(newer.valid_from)}
        )
    opens_on = renewal_opens_on(card)
    if today < opens_on:
        raise CardError(_("Eine Verlängerung können Sie ab dem %(date)s beantragen.") % {"date": short_date(opens_on)})
    if CardApplication.objects.filter(
        municipality=card.municipality, applicant=applicant, status__in=CardApplication.OPEN
    ).exists():
        raise CardError(_("Sie haben bereits einen offenen Antrag."))
    last = card.application
    if last is not None:
        fields = {k: getattr(last, k) for k in APPLICANT_FIELDS}  # blank where retention has deleted them
    else:
        fields = {"first_name": applicant.first_name, "last_name": applicant.last_name}
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
    """Remind holders whose card expires within their municipality's reminder window (once),
    unless an application of theirs is in progress or the card has a newer one."""
    today = today or timezone.localdate()
    sent = 0
    in_progress = CardApplication.objects.filter(
        municipality=OuterRef("municipality"),
        applicant=OuterRef("application__applicant"),
        status__in=CardApplication.OPEN,
    )
    newer = Card.objects.filter(  # as selectors.newer_cards
        municipality=OuterRef("municipality"),
        holder=OuterRef("holder"),
        status=Card.Status.ACTIVE,
        valid_until__gt=OuterRef("valid_until"),
    )
    for rules in CardRules.objects.select_related("municipality"):
        cards = (
            Card.objects.filter(
                municipality=rules.municipality,
                status=Card.Status.ACTIVE,
                renewal_reminded_at__isnull=True,
                valid_until__gte=today,
                valid_until__lte=today + timedelta(weeks=rules.reminder_weeks),
                application__isnull=False,
            )
            .filter(~Exists(in_progress), ~Exists(newer))
            .select_related("application__applicant", "application__municipality")
        )
        for card in cards:
            with transaction.atomic():
                if not Card.objects.filter(pk=card.pk, renewal_reminded_at__isnull=True).update(
                    renewal_reminded_at=timezone.now()
                ):
                    continue
                notify_applicant(
                    card.application,
                    mail.Text(gettext_noop("Ihre Karte läuft bald ab")),
                    [
                        mail.Text(
                            gettext_noop("Ihre Ehrenamtskarte Nr. %(number)s ist noch bis %(until)s gültig."),
                            number=card.display_number,
                            until=card.valid_until,
                        ),
                        mail.Text(
                            gettext_noop(
                                "Sie können die Verlängerung jetzt beantragen; Ihre Angaben sind schon ausgefüllt."
                            )
                        ),
                    ],
                    absolute_url(reverse("card:my_card", kwargs={"municipality": rules.municipality.slug})),
                )
                sent += 1
    return sent


# --- retention ------------------------------------------------------------------------------


def retention_period(rules: CardRules) -> timedelta:
    return timedelta(days=30 * rules.retention_months)


def shortest_retention_period() -> timedelta:
    """The shortest retention period of all municipalities, for data that names none (the
    queued e-mails)."""
    return min(
        (retention_period(rules) for _muni, rules in _rules_of_every_municipality()),
        default=retention_period(CardRules()),
    )


def _rules_of_every_municipality() -> list[tuple[Municipality, CardRules]]:
    """Each municipality with its card rules (the defaults where it has none): two queries."""
    stored = {rules.municipality_id: rules for rules in CardRules.objects.all()}
    return [(muni, stored.get(muni.pk) or CardRules(municipality=muni)) for muni in Municipality.objects.order_by("pk")]


@dataclass(frozen=True)
class Purged:
    free_text: int = 0  # approved applications whose free text was deleted
    full: int = 0  # applications whose structured data was deleted too
    drafts: int = 0  # drafts deleted

    def __add__(self, other: Purged) -> Purged:
        return Purged(self.free_text + other.free_text, self.full + other.full, self.drafts + other.drafts)

    @property
    def total(self) -> int:
        return self.free_text + self.full + self.drafts


def purge_applications(*, now: datetime | None = None) -> Purged:
    """Apply the retention rules (see the module docstring) in every municipality."""
    now = now or timezone.now()
    purged = Purged()
    for municipality, rules in _rules_of_every_municipality():
        purged += _purge(municipality, now=now, cutoff=now - retention_period(rules))
    return purged


@transaction.atomic
def _purge(municipality: Municipality, *, now: datetime, cutoff: datetime) -> Purged:
    decided = CardApplication.objects.filter(
        municipality=municipality, status__in=CardApplication.DECIDED, decided_at__lt=cutoff
    )
    needed_for_renewal = decided.filter(
        status=CardApplication.Status.APPROVED,
        card__status=Card.Status.ACTIVE,
        card__valid_until__gte=timezone.localdate(cutoff),
    )
    free_text_ids = list(
        needed_for_renewal.filter(free_text_purged_at__isnull=True, purged_at__isnull=True).values_list("pk", flat=True)
    )
    full_ids = list(
        decided.filter(purged_at__isnull=True)
        .exclude(pk__in=needed_for_renewal.values("pk"))
        .values_list("pk", flat=True)
    )
    ActivityConfirmation.objects.filter(activity__application_id__in=free_text_ids).delete()
    Activity.objects.filter(application_id__in=free_text_ids).update(description="", contact_email="", evidence_note="")
    CardApplication.objects.filter(pk__in=free_text_ids).update(decision_reason="", free_text_purged_at=now)
    Activity.objects.filter(application_id__in=full_ids).delete()  # with their confirmation links
    CardApplication.objects.filter(pk__in=full_ids).update(
        birth_date=None,
        street="",
        postcode="",
        city="",
        residence_state="",
        decision_reason="",
        free_text_purged_at=Coalesce(F("free_text_purged_at"), Value(now)),
        purged_at=now,
    )
    # Every history entry older than the period, also those written after the decision
    # (hand-over, revocation).
    ApplicationEvent.objects.filter(application__in=decided, created_at__lt=cutoff).filter(
        ~Q(text=PURGED_TEXT) | Q(actor__isnull=False)
    ).update(text=PURGED_TEXT, actor=None)
    stale_drafts = CardApplication.objects.filter(
        municipality=municipality, status=CardApplication.Status.DRAFT, updated_at__lt=cutoff
    ).exclude(activities__created_at__gte=cutoff)
    _deleted, per_model = stale_drafts.delete()  # with their activities and history
    drafts = per_model.get(CardApplication._meta.label, 0)
    return Purged(free_text=len(free_text_ids), full=len(full_ids), drafts=drafts)


def anonymise_expired_cards(*, now: datetime | None = None) -> int:
    """Cards without an account (the holder deleted it, core.privacy_centre) stay in the register
    while they are valid, so that partners can check them; once expired for the retention period
    their holder's name, short name and birth year are removed. Returns how many cards."""
    now = now or timezone.now()
    count = 0
    for municipality, rules in _rules_of_every_municipality():
        cutoff = timezone.localdate(now - retention_period(rules))
        count += (
            Card.objects.filter(municipality=municipality, holder__isnull=True, valid_until__lt=cutoff)
            .exclude(holder_name=PURGED_TEXT)
            .update(holder_name=PURGED_TEXT, short_name=PURGED_TEXT, birth_year=None)
        )
    return count
