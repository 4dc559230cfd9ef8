"""Writes of the Ehrenamtskarte: applications, confirmations, decisions, cards, keys,
partners, counters. Each function is one transaction; every step of an application is an
ApplicationEvent and an e-mail to the applicant in the language they applied in."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import F, Max
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from engagiert.card import crypto
from engagiert.card.models import (
    AcceptancePartner,
    Activity,
    ActivityConfirmation,
    ApplicationEvent,
    Benefit,
    Card,
    CardApplication,
    CardRules,
    SigningKey,
    VerificationCount,
)
from engagiert.card.selectors import eligibility_of
from engagiert.card.tasks import send_card_mail
from engagiert.core.models import Municipality, Role

Status = CardApplication.Status
APPLICANT_FIELDS = (
    "first_name",
    "last_name",
    "birth_date",
    "street",
    "postcode",
    "city",
    "residence_state",
    "consent",
)
ACTIVITY_FIELDS = (
    "organisation",
    "organisation_name",
    "description",
    "contact_email",
    "since",
    "hours",
    "period",
    "paid_allowance",
    "allowance_per_year",
)


class CardError(Exception):
    """A rule of the card was broken; the message is for the user."""


def rules_for(municipality: Municipality) -> CardRules:
    rules, _created = CardRules.objects.get_or_create(municipality=municipality)
    return rules


def _absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def _notify(application: CardApplication, subject: str, lines: list[str], link: str = "") -> None:
    """E-mail the applicant in the language they applied in. The task is queued in the
    database (django-tasks-db), inside the transaction: a rolled-back step sends nothing."""
    email = application.applicant.email
    with translation.override(application.language):
        body = render_to_string(
            "card/email/notice.txt",
            {"name": application.first_name, "lines": lines, "link": link, "municipality": application.municipality},
        )
        subject = f"{_('Ehrenamtskarte')}: {subject}"
    send_card_mail.enqueue(to=email, subject=subject, body=body)


def _event(application: CardApplication, kind: str, text: str, actor=None) -> None:
    ApplicationEvent.objects.create(application=application, kind=kind, text=text[:500], actor=actor)


def _status_link(application: CardApplication) -> str:
    return _absolute(reverse("card:application", kwargs={"municipality": application.municipality.slug}))


# --- applications -----------------------------------------------------------------------


@transaction.atomic
def save_draft(*, applicant, municipality: Municipality, data: dict[str, Any], language: str = "de") -> CardApplication:
    """Create or update the applicant's open application; keeps whatever was typed."""
    application = (
        CardApplication.objects.select_for_update()
        .filter(municipality=municipality, applicant=applicant, status__in=CardApplication.OPEN)
        .first()
    )
    if application is not None and application.status != Status.DRAFT:
        raise CardError(_("Ihr Antrag ist eingereicht und kann nicht mehr geändert werden."))
    fields = {k: data[k] for k in APPLICANT_FIELDS if k in data}
    if application is None:
        application = CardApplication.objects.create(
            municipality=municipality, applicant=applicant, language=language, **fields
        )
        _event(application, "created", _("Antrag angelegt."), applicant)
    else:
        for key, value in fields.items():
            setattr(application, key, value)
        application.save()
    return application


def _kind_of(data: dict[str, Any]) -> str:
    org = data.get("organisation")
    return org.kind if org is not None else "other"


@transaction.atomic
def add_activity(*, application: CardApplication, data: dict[str, Any]) -> Activity:
    if application.status != Status.DRAFT:
        raise CardError(_("Tätigkeiten können nur im Entwurf ergänzt werden."))
    fields = {k: data[k] for k in ACTIVITY_FIELDS if k in data}
    if fields.get("organisation") is not None:
        if fields["organisation"].municipality_id != application.municipality_id:
            raise CardError(_("Diese Organisation gehört nicht zu dieser Kommune."))
        fields["organisation_name"] = fields["organisation"].name
    if not fields.get("organisation_name"):
        raise CardError(_("Bitte wählen Sie eine Organisation oder geben Sie ihren Namen ein."))
    if not fields.get("paid_allowance"):
        fields["allowance_per_year"] = None
    return Activity.objects.create(application=application, organisation_kind=_kind_of(fields), **fields)


@transaction.atomic
def remove_activity(*, activity: Activity) -> None:
    if activity.application.status != Status.DRAFT:
        raise CardError(_("Tätigkeiten können nur im Entwurf entfernt werden."))
    activity.delete()


@transaction.atomic
def submit(*, application: CardApplication, today: date | None = None) -> CardApplication:
    """Submit a draft: refused with the reasons when a rule is clearly not met; otherwise
    each activity's organisation gets a one-time confirmation link."""
    application = CardApplication.objects.select_for_update().get(pk=application.pk)
    if application.status != Status.DRAFT:
        raise CardError(_("Dieser Antrag ist bereits eingereicht."))
    if not application.consent:
        raise CardError(_("Bitte willigen Sie in die Verarbeitung Ihrer Daten ein."))
    if not (application.first_name and application.last_name and application.birth_date):
        raise CardError(_("Bitte geben Sie Vor- und Nachnamen und Ihr Geburtsdatum an."))
    result = eligibility_of(application, today=today)
    if not result.can_submit:
        raise CardError(" ".join(r.explanation for r in result.missing))
    missing_contact = [
        a.display_name for a in application.activities.all() if a.evidence == "pending" and not a.contact_email
    ]
    if missing_contact:
        raise CardError(
            _("Bitte geben Sie für %(names)s eine E-Mail-Adresse für die Bestätigung an.")
            % {"names": ", ".join(missing_contact)}
        )
    application.status = Status.SUBMITTED
    application.submitted_at = timezone.now()
    application.save(update_fields=["status", "submitted_at", "updated_at"])
    rules = rules_for(application.municipality)
    for activity in application.activities.filter(evidence=Activity.Evidence.PENDING):
        _request_confirmation(activity, rules)
    _event(application, "submitted", _("Antrag eingereicht."), application.applicant)
    _notify(
        application,
        _("Antrag eingegangen"),
        [_("Ihr Antrag ist eingegangen. Wir haben die Organisationen gebeten, Ihre Tätigkeit zu bestätigen.")],
        _status_link(application),
    )
    _advance_when_confirmed(application)
    return application


def _request_confirmation(activity: Activity, rules: CardRules) -> ActivityConfirmation:
    confirmation = ActivityConfirmation.objects.create(
        activity=activity,
        email=activity.contact_email,
        expires_at=timezone.now() + timedelta(days=rules.confirmation_days),
    )
    application = activity.application
    link = _absolute(
        reverse(
            "card:confirm_activity",
            kwargs={"municipality": application.municipality.slug, "token": confirmation.token},
        )
    )
    with translation.override("de"):
        body = render_to_string(
            "card/email/confirmation_request.txt",
            {"activity": activity, "application": application, "link": link, "rules": rules},
        )
        subject = _("Bitte bestätigen Sie ein Ehrenamt: %(name)s") % {"name": application.full_name}
    email = confirmation.email
    send_card_mail.enqueue(to=email, subject=subject, body=body)
    return confirmation


class ConfirmationError(CardError):
    pass


def confirmation_by_token(token: str) -> ActivityConfirmation:
    """The confirmation behind a link, or ConfirmationError saying why it cannot be used."""
    confirmation = (
        ActivityConfirmation.objects.select_related("activity__application__municipality")
        .filter(token=token[:64])
        .first()
    )
    if confirmation is None:
        raise ConfirmationError(_("Dieser Link ist ungültig. Bitte prüfen Sie, ob er vollständig kopiert wurde."))
    if confirmation.used_at is not None:
        raise ConfirmationError(_("Dieser Link wurde bereits verwendet. Ihre Antwort liegt uns vor."))
    if confirmation.expires_at < timezone.now():
        raise ConfirmationError(
            _("Dieser Link ist abgelaufen. Bitte wenden Sie sich an die Koordinierungsstelle der Kommune.")
        )
    if confirmation.activity.application.status not in (Status.SUBMITTED, Status.IN_REVIEW):
        raise ConfirmationError(_("Über diesen Antrag ist bereits entschieden; eine Bestätigung ist nicht mehr nötig."))
    if confirmation.activity.evidence != Activity.Evidence.PENDING:  # e.g. settled by the coordinator
        raise ConfirmationError(
            _("Für diese Tätigkeit liegt bereits ein Nachweis vor; Ihre Bestätigung ist nicht mehr nötig.")
        )
    return confirmation


@transaction.atomic
def answer_confirmation(*, token: str, confirm: bool, note: str = "") -> Activity:
    confirmation_by_token(token)  # clear error for unknown, used or expired links
    confirmation = ActivityConfirmation.objects.select_for_update().get(token=token)
    if confirmation.used_at is not None:  # answered by a parallel request
        raise ConfirmationError(_("Dieser Link wurde bereits verwendet. Ihre Antwort liegt uns vor."))
    confirmation.used_at = timezone.now()
    confirmation.confirmed = confirm
    confirmation.save(update_fields=["used_at", "confirmed"])
    activity = confirmation.activity
    activity.evidence = Activity.Evidence.CONFIRMED if confirm else Activity.Evidence.REJECTED
    activity.evidence_note = note[:500]
    activity.save(update_fields=["evidence", "evidence_note"])
    application = activity.application
    if confirm:
        text = _("%(org)s hat die Tätigkeit bestätigt.") % {"org": activity.display_name}
    else:
        text = _("%(org)s hat die Tätigkeit nicht bestätigt.") % {"org": activity.display_name}
    _event(application, "confirmation", text)
    _notify(application, _("Rückmeldung einer Organisation"), [text], _status_link(application))
    _advance_when_confirmed(application)
    return activity


@transaction.atomic
def record_evidence(*, activity: Activity, by, confirm: bool, note: str) -> Activity:
    """The coordinator settles an activity whose organisation has not answered: confirmed
    (e.g. by telephone, or a written certificate the applicant brought) or not confirmed,
    always with a note saying how. The organisation's link then no longer changes it."""
    activity = Activity.objects.select_for_update().select_related("application").get(pk=activity.pk)
    application = activity.application
    if application.status not in (Status.SUBMITTED, Status.IN_REVIEW):
        raise CardError(_("Über diesen Antrag kann nicht (mehr) entschieden werden."))
    if activity.evidence != Activity.Evidence.PENDING:
        raise CardError(_("Für diese Tätigkeit liegt bereits ein Nachweis vor."))
    note = " ".join(note.split())[:500]
    if not note:
        raise CardError(_("Bitte vermerken Sie, wie die Tätigkeit nachgewiesen wurde."))
    activity.evidence = Activity.Evidence.RECORDED if confirm else Activity.Evidence.REJECTED
    activity.evidence_note = note
    activity.save(update_fields=["evidence", "evidence_note"])
    values = {"org": activity.display_name, "note": note}
    if confirm:
        text = _("Die Koordinierungsstelle hat die Tätigkeit bei %(org)s bestätigt: %(note)s") % values
    else:
        text = _("Die Koordinierungsstelle hat die Tätigkeit bei %(org)s nicht bestätigt: %(note)s") % values
    _event(application, "evidence_recorded", text[:500], by)
    _notify(application, _("Nachweis Ihrer Tätigkeit"), [text], _status_link(application))
    _advance_when_confirmed(application)
    return activity


def _advance_when_confirmed(application: CardApplication) -> None:
    """When no confirmation is pending any more, the application is ready for review."""
    if application.status == Status.SUBMITTED and not application.activities.filter(evidence="pending").exists():
        application.status = Status.IN_REVIEW
        application.save(update_fields=["status", "updated_at"])
        _event(application, "in_review", _("Alle Rückmeldungen liegen vor; der Antrag wird geprüft."))


@transaction.atomic
def withdraw(*, application: CardApplication, by) -> None:
    application = CardApplication.objects.select_for_update().get(pk=application.pk)
    if application.status not in CardApplication.OPEN:
        raise CardError(_("Dieser Antrag kann nicht mehr zurückgezogen werden."))
    application.status = Status.WITHDRAWN
    application.decided_at = timezone.now()
    application.save(update_fields=["status", "decided_at", "updated_at"])
    _event(application, "withdrawn", _("Antrag zurückgezogen."), by)
    _notify(application, _("Antrag zurückgezogen"), [_("Sie haben Ihren Antrag zurückgezogen.")])


@transaction.atomic
def reject(*, application: CardApplication, by, reason: str) -> None:
    application = CardApplication.objects.select_for_update().get(pk=application.pk)
    if application.status not in (Status.SUBMITTED, Status.IN_REVIEW):
        raise CardError(_("Über diesen Antrag kann nicht (mehr) entschieden werden."))
    if not reason.strip():
        raise CardError(_("Bitte begründen Sie die Ablehnung."))
    application.status = Status.REJECTED
    application.decision_reason = reason.strip()
    application.decided_at = timezone.now()
    application.save(update_fields=["status", "decision_reason", "decided_at", "updated_at"])
    _event(application, "rejected", _("Antrag abgelehnt."), by)
    _notify(
        application,
        _("Antrag abgelehnt"),
        [_("Ihr Antrag wurde leider abgelehnt. Begründung:"), application.decision_reason],
        _status_link(application),
    )


@transaction.atomic
def approve(
    *, application: CardApplication, by, reason: str = "", today: date | None = None, lock: bool = True
) -> Card:
    application = CardApplication.objects.select_for_update().get(pk=application.pk)
    if application.status not in (Status.SUBMITTED, Status.IN_REVIEW):
        raise CardError(_("Über diesen Antrag kann nicht (mehr) entschieden werden."))
    today = today or timezone.localdate()
    result = eligibility_of(application, today=today)
    if not result.eligible:
        open_rules = ", ".join(r.label for r in result.results if not r.met)
        raise CardError(_("Noch nicht alle Voraussetzungen sind erfüllt: %(rules)s.") % {"rules": open_rules})
    application.status = Status.APPROVED
    application.decision_reason = reason.strip()
    application.decided_at = timezone.now()
    application.save(update_fields=["status", "decision_reason", "decided_at", "updated_at"])
    card = _issue_card(application, today=today, lock=lock)
    _event(
        application,
        "approved",
        _("Antrag bewilligt; Karte %(number)s ausgestellt.") % {"number": card.display_number},
        by,
    )
    _notify(
        application,
        _("Ihre Karte ist bewilligt"),
        [
            _("Ihre Ehrenamtskarte Nr. %(number)s ist gültig bis %(until)s.")
            % {"number": card.display_number, "until": f"{card.valid_until:%d.%m.%Y}"},
            _("Sie können sie ausdrucken oder auf dem Handy zeigen. Bitte bringen Sie zur Übergabe Ihren Ausweis mit."),
        ],
        _absolute(reverse("card:my_card", kwargs={"municipality": application.municipality.slug})),
    )
    return card


def _add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _issue_card(application: CardApplication, *, today: date, lock: bool = True) -> Card:
    """The next card number of the municipality, signed. The lock on the rules row
    serialises numbering (`lock=False` only exists to prove that in a test)."""
    municipality = application.municipality
    rules = rules_for(municipality)
    if lock:
        rules = CardRules.objects.select_for_update().get(pk=rules.pk)
    number = (Card.objects.filter(municipality=municipality).aggregate(n=Max("number"))["n"] or 0) + 1
    key = active_key(municipality)
    kinds = sorted({a.organisation_kind or "other" for a in application.activities.exclude(evidence="rejected")})
    card = Card(
        municipality=municipality,
        application=application,
        holder=application.applicant,
        number=number,
        holder_name=application.full_name,
        short_name=crypto.short_name(application.first_name, application.last_name),
        birth_year=application.birth_date.year if application.birth_date else None,
        organisation_kinds=kinds,
        valid_from=today,
        valid_until=_add_years(today, rules.validity_years),
        key=key,
    )
    card.signature = crypto.sign(key.private_key_encrypted, card_message(card))
    card.save()
    return card


def card_message(card: Card) -> bytes:
    return crypto.encode_message(
        crypto.Payload(
            ags=int(card.municipality.ags),
            key_id=card.key.key_id,
            number=card.number,
            valid_from=card.valid_from,
            valid_until=card.valid_until,
            short_name=card.short_name,
        )
    )


def qr_text(card: Card) -> str:
    return crypto.to_text(card_message(card), bytes(card.signature))


@transaction.atomic
def record_handover(*, card: Card, by) -> None:
    card = Card.objects.select_for_update().get(pk=card.pk)
    if card.handed_over_at is not None:
        raise CardError(_("Die Übergabe ist bereits vermerkt."))
    card.handed_over_at = timezone.now()
    card.id_checked_by = by
    card.save(update_fields=["handed_over_at", "id_checked_by"])
    if card.application_id:
        _event(card.application, "handover", _("Ausweis geprüft, Karte übergeben."), by)


@transaction.atomic
def revoke(*, card: Card, by, reason: str) -> None:
    card = Card.objects.select_for_update().get(pk=card.pk)
    if card.status == Card.Status.REVOKED:
        raise CardError(_("Die Karte ist bereits gesperrt."))
    if not reason.strip():
        raise CardError(_("Bitte geben Sie einen Grund für die Sperrung an."))
    card.status = Card.Status.REVOKED
    card.revoked_reason = reason.strip()[:300]
    card.revoked_at = timezone.now()
    card.save(update_fields=["status", "revoked_reason", "revoked_at"])
    if card.application_id:
        _event(card.application, "revoked", _("Karte gesperrt: %(reason)s") % {"reason": card.revoked_reason}, by)
        _notify(
            card.application,
            _("Karte gesperrt"),
            [
                _("Ihre Ehrenamtskarte Nr. %(number)s wurde gesperrt.") % {"number": card.display_number},
                card.revoked_reason,
            ],
        )


# --- keys -------------------------------------------------------------------------------


def active_key(municipality: Municipality) -> SigningKey:
    key = SigningKey.objects.filter(municipality=municipality, active=True).first()
    return key or rotate_key(municipality=municipality)


@transaction.atomic
def rotate_key(*, municipality: Municipality) -> SigningKey:
    """A new key signs every new card; old keys stay for verifying the cards they signed."""
    list(Municipality.objects.select_for_update().filter(pk=municipality.pk))
    last = SigningKey.objects.filter(municipality=municipality).aggregate(n=Max("key_id"))["n"] or 0
    SigningKey.objects.filter(municipality=municipality, active=True).update(active=False, retired_at=timezone.now())
    public, private = crypto.new_key_pair()
    return SigningKey.objects.create(
        municipality=municipality, key_id=last + 1, public_key=public, private_key_encrypted=private
    )


# --- renewal and retention ----------------------------------------------------------------


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
    _event(application, "created", _("Verlängerung angelegt (Karte %(n)s).") % {"n": card.display_number}, applicant)
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
                _notify(
                    card.application,
                    _("Ihre Karte läuft bald ab"),
                    [
                        _("Ihre Ehrenamtskarte Nr. %(number)s ist noch bis %(until)s gültig.")
                        % {"number": card.display_number, "until": f"{card.valid_until:%d.%m.%Y}"},
                        _("Sie können die Verlängerung jetzt beantragen; Ihre Angaben sind schon ausgefüllt."),
                    ],
                    _absolute(reverse("card:my_card", kwargs={"municipality": rules.municipality.slug})),
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


# --- acceptance partners --------------------------------------------------------------------


@transaction.atomic
def register_partner(*, user, municipality: Municipality, data: dict[str, Any]) -> AcceptancePartner:
    fields = {
        k: data.get(k)
        for k in ("name", "category", "street", "postcode", "city", "website", "latitude", "longitude")
        if k in data
    }
    if AcceptancePartner.objects.filter(municipality=municipality, name__iexact=fields["name"]).exists():
        raise CardError(_("Ein Akzeptanzpartner mit diesem Namen ist bereits eingetragen."))
    partner = AcceptancePartner.objects.create(municipality=municipality, **fields)
    partner.users.add(user)
    Benefit.objects.create(partner=partner, text_de=data["benefit"], valid_until=data.get("benefit_valid_until"))
    return partner


@transaction.atomic
def decide_partner(*, partner: AcceptancePartner, approve: bool) -> None:
    partner = AcceptancePartner.objects.select_for_update().get(pk=partner.pk)
    if partner.status != AcceptancePartner.Status.PENDING:
        raise CardError(_("Über diesen Eintrag ist bereits entschieden."))
    partner.status = AcceptancePartner.Status.APPROVED if approve else AcceptancePartner.Status.REJECTED
    partner.save(update_fields=["status"])
    if approve:
        for user in partner.users.all():
            Role.objects.get_or_create(user=user, municipality=partner.municipality, kind=Role.Kind.ACCEPTANCE_PARTNER)


def count_verification(*, partner: AcceptancePartner | int, today: date | None = None) -> None:
    """+1 for the partner (or partner pk) this month: one UPDATE ... SET count = count + 1.
    The month's first check creates the row; when two race, the unique constraint lets one
    create it and get_or_create makes the other count on it.

    On PostgreSQL, when no caller's transaction is open, the UPDATE commits without waiting
    for the WAL flush (synchronous_commit off for this transaction only): a server crash may
    lose the last fraction of a second of counts, never leave them inconsistent; the
    partner at the counter does not wait for the disk."""
    partner_id = partner if isinstance(partner, int) else partner.pk
    month = (today or timezone.localdate()).replace(day=1)
    rows = VerificationCount.objects.filter(partner_id=partner_id, month=month)
    connection = transaction.get_connection()
    if connection.vendor == "postgresql" and not connection.in_atomic_block:
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit TO OFF")
            updated = rows.update(count=F("count") + 1)
    else:
        updated = rows.update(count=F("count") + 1)
    if updated:
        return
    counter, created = VerificationCount.objects.get_or_create(
        partner_id=partner_id, month=month, defaults={"count": 1}
    )
    if not created:
        rows.update(count=F("count") + 1)
