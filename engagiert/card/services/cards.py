"""Cards and keys: issuing a signed card, its QR text, hand-over, revocation, key rotation."""

from __future__ import annotations

from datetime import date, timedelta

from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from engagiert.card import crypto
from engagiert.card.models import Card, CardApplication, CardRules, SigningKey
from engagiert.card.services.common import CardError, absolute_url, notify_applicant, record_event, rules_for
from engagiert.core import audit, figures, mail
from engagiert.core.models import Municipality


def _add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def issue_card(application: CardApplication, *, today: date) -> Card:
    """The next card number of the municipality, signed. The lock on the rules row
    serialises numbering.

    A person has one valid card at a time: while the applicant still holds an active card
    (a renewal is applied for in the weeks before it expires) the new card is valid from the
    day after the old one ends, for the usual duration; otherwise from today."""
    municipality = application.municipality
    rules = CardRules.objects.select_for_update().get(pk=rules_for(municipality).pk)
    number = (Card.objects.filter(municipality=municipality).aggregate(n=Max("number"))["n"] or 0) + 1
    key = active_key(municipality)
    previous = (
        Card.objects.filter(
            municipality=municipality, holder=application.applicant, status=Card.Status.ACTIVE, valid_until__gte=today
        )
        .order_by("-valid_until")
        .first()
    )
    valid_from = previous.valid_until + timedelta(days=1) if previous else today
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
        valid_from=valid_from,
        valid_until=_add_years(valid_from, rules.validity_years),
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
    audit.record(actor=by, action="card.record_handover", target=card, municipality=card.municipality_id)
    if card.application_id:
        record_event(card.application, "handover", _("Ausweis geprüft, Karte übergeben."), by)
        notify_applicant(
            card.application,
            mail.Text(gettext_noop("Karte übergeben")),
            [
                mail.Text(
                    gettext_noop(
                        "Ihr Ausweis ist geprüft und Ihre Ehrenamtskarte Nr. %(number)s ist Ihnen übergeben worden."
                    ),
                    number=card.display_number,
                ),
                mail.Text(gettext_noop("Ihre Karte und die Akzeptanzpartner finden Sie hier:")),
            ],
            absolute_url(reverse("card:my_card", kwargs={"municipality": card.municipality.slug})),
        )


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
    figures.changed(municipality_id=card.municipality_id, days=[timezone.localtime(card.revoked_at).date()])
    audit.record(
        actor=by, action="card.revoke", target=card, municipality=card.municipality_id, reason=card.revoked_reason
    )
    if card.application_id:
        record_event(card.application, "revoked", _("Karte gesperrt: %(reason)s") % {"reason": card.revoked_reason}, by)
        notify_applicant(
            card.application,
            mail.Text(gettext_noop("Karte gesperrt")),
            [
                mail.Text(
                    gettext_noop("Ihre Ehrenamtskarte Nr. %(number)s wurde gesperrt."), number=card.display_number
                ),
                card.revoked_reason,
            ],
        )


# --- keys -------------------------------------------------------------------------------


def active_key(municipality: Municipality) -> SigningKey:
    key = SigningKey.objects.filter(municipality=municipality, active=True).first()
    return key or rotate_key(municipality=municipality)


@transaction.atomic
def rotate_key(*, municipality: Municipality, by=None) -> SigningKey:
    """A new key signs every new card; old keys stay for verifying the cards they signed.
    A retired key is trusted only for cards valid from before its retirement, so the renewed
    cards that begin later (issue_card) are signed again with the new key; their code is not
    shown to the holder before they begin. `by`: the coordinator, None when the first card needs a key."""
    list(Municipality.objects.select_for_update().filter(pk=municipality.pk))
    last = SigningKey.objects.filter(municipality=municipality).aggregate(n=Max("key_id"))["n"] or 0
    SigningKey.objects.filter(municipality=municipality, active=True).update(active=False, retired_at=timezone.now())
    public, private = crypto.new_key_pair()
    key = SigningKey.objects.create(
        municipality=municipality, key_id=last + 1, public_key=public, private_key_encrypted=private
    )
    for card in Card.objects.filter(municipality=municipality, valid_from__gt=timezone.localdate()):
        card.key = key
        card.signature = crypto.sign(key.private_key_encrypted, card_message(card))
        card.save(update_fields=["key", "signature"])
    audit.record(actor=by, action="card.rotate_key", target=key, municipality=municipality, data={"key_id": key.key_id})
    return key
