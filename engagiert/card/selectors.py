"""Reads of the Ehrenamtskarte: eligibility of an application, verification of a card,
the trust list for offline verification, partners, reports."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from allauth.account.models import EmailAddress
from django.db.models import Case, Count, Prefetch, Q, QuerySet, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _

from engagiert.card import crypto, eligibility
from engagiert.card.evidence import volunteering_evidence
from engagiert.card.models import (
    MAX_CARD_NUMBER,
    AcceptancePartner,
    ActivityConfirmation,
    Benefit,
    Card,
    CardApplication,
    CardRules,
    SigningKey,
)
from engagiert.core.models import Municipality, Role
from engagiert.core.parsing import ascii_int


def rules_or_default(municipality: Municipality) -> CardRules:
    return CardRules.objects.filter(municipality=municipality).first() or CardRules(municipality=municipality)


def eligibility_of(application: CardApplication, *, today: date | None = None) -> eligibility.Eligibility:
    """The rule-by-rule check of an application: its activities plus Mach mit! hours."""
    today = today or timezone.localdate()
    return eligibility.check(
        rules=rules_or_default(application.municipality),
        birth_date=application.birth_date,
        residence_state=application.residence_state,
        activities=[eligibility.facts_from_activity(a) for a in application.activities.all()],
        volunteering=volunteering_evidence(user=application.applicant, municipality=application.municipality),
        today=today,
    )


def open_application(*, user, municipality: Municipality) -> CardApplication | None:
    return (
        CardApplication.objects.filter(municipality=municipality, applicant=user, status__in=CardApplication.OPEN)
        .prefetch_related("activities__organisation", "events")
        .first()
    )


# --- who confirms an activity -----------------------------------------------------------------


@dataclass(frozen=True)
class Recipient:
    """Where an activity's confirmation request goes, and where that address came from."""

    email: str
    source: str  # ActivityConfirmation.Source


def organisation_address(organisation) -> Recipient | None:
    """A directory organisation's own address: its e-mail, else the first contact person who
    agreed to show theirs publicly. Uses `organisation.contacts.all()` (prefetch it for many)."""
    if organisation.email:
        return Recipient(organisation.email, ActivityConfirmation.Source.ORGANISATION)
    for contact in organisation.contacts.all():
        if contact.contact_public and contact.email:
            return Recipient(contact.email, ActivityConfirmation.Source.CONTACT)
    return None


def confirmation_recipient(activity) -> Recipient | None:
    """A directory organisation is asked at its own address, which the applicant cannot
    redirect; the address the applicant typed is used for a free-text organisation, or for a
    directory one without any address (flagged for the coordinator). None: no address yet."""
    if activity.organisation_id is not None:
        address = organisation_address(activity.organisation)
        if address is not None:
            return address
    if activity.contact_email:
        return Recipient(activity.contact_email, ActivityConfirmation.Source.APPLICANT)
    return None


def email_addresses_of(user) -> frozenset[str]:
    """The user's e-mail addresses (account and all the addresses allauth knows), lower case."""
    addresses = set(EmailAddress.objects.filter(user=user).values_list("email", flat=True))
    if user.email:
        addresses.add(user.email)
    return frozenset(a.strip().lower() for a in addresses)


def current_card(*, user, municipality: Municipality, today: date | None = None) -> Card | None:
    """The person's card to show: of the cards whose validity has begun the one ending last (a
    renewed card only begins when the old one ends), else the next one to begin."""
    today = today or timezone.localdate()
    return (
        Card.objects.filter(municipality=municipality, holder=user)
        .select_related("municipality", "key")
        .order_by(Case(When(valid_from__lte=today, then=Value(0)), default=Value(1)), "-valid_until", "valid_from")
        .first()
    )


def newer_cards(card: Card) -> QuerySet[Card]:
    """Active cards of the same holder that end after `card`: its renewal (or a new card).
    A card with one gets no reminder and no further renewal."""
    if card.holder_id is None:  # the holder's account is deleted
        return Card.objects.none()
    return Card.objects.filter(
        municipality_id=card.municipality_id,
        holder_id=card.holder_id,
        status=Card.Status.ACTIVE,
        valid_until__gt=card.valid_until,
    ).exclude(pk=card.pk)


def renewal_opens_on(card: Card) -> date:
    """The first day a renewal can be applied for: the reminder window before the card
    expires (CardRules.reminder_weeks); from then on, also after expiry."""
    return card.valid_until - timedelta(weeks=rules_or_default(card.municipality).reminder_weeks)


def review_queue(municipality: Municipality) -> QuerySet[CardApplication]:
    return (
        CardApplication.objects.filter(
            municipality=municipality, status__in=(CardApplication.Status.SUBMITTED, CardApplication.Status.IN_REVIEW)
        )
        .select_related("applicant")
        .annotate(pending=Count("activities", filter=Q(activities__evidence="pending")))
        .order_by("submitted_at")
    )


# --- verification -------------------------------------------------------------------------

VALID, EXPIRED, NOT_YET_VALID, REVOKED, REJECTED, UNKNOWN = (
    "valid",
    "expired",
    "not_yet_valid",
    "revoked",
    "rejected",
    "unknown",
)


@dataclass(frozen=True)
class Verdict:
    status: str
    short_name: str = ""
    valid_from: date | None = None
    valid_until: date | None = None
    number: str = ""

    @property
    def message(self) -> str:
        return {
            VALID: _("Gültig"),
            EXPIRED: _("Abgelaufen"),
            NOT_YET_VALID: _("Noch nicht gültig"),
            REVOKED: _("Gesperrt"),
            REJECTED: _(
                "Dieser Code ist nicht gültig. Bitte scannen Sie ihn noch einmal oder tippen Sie die Kartennummer."
            ),
            UNKNOWN: _("Keine Karte mit dieser Nummer gefunden."),
        }[self.status]


def _status_of(card_status: str | None, valid_from: date, valid_until: date, today: date) -> str:
    if card_status == Card.Status.REVOKED:
        return REVOKED
    if today > valid_until:
        return EXPIRED
    if today < valid_from:
        return NOT_YET_VALID
    return VALID


def verify_text(*, municipality: Municipality, text: str, today: date | None = None) -> Verdict:
    """Check a QR text: signature by one of the municipality's keys, then revocation and dates."""
    today = today or timezone.localdate()
    try:
        payload, message, signature = crypto.split_text(text)
    except crypto.PayloadError:
        return Verdict(REJECTED)
    if payload.ags != int(municipality.ags):
        return Verdict(REJECTED)
    # One query: the key that signed, and the card's status in the register. As SQL: the ORM
    # takes longer to compose the subquery than the database to answer it.
    keys, cards = SigningKey._meta.db_table, Card._meta.db_table
    found = list(
        SigningKey.objects.raw(
            f"""SELECT k.id, k.public_key, k.retired_at,
                (SELECT c.status FROM {cards} c WHERE c.municipality_id = k.municipality_id AND c.number = %s)
                AS card_status
            FROM {keys} k WHERE k.municipality_id = %s AND k.key_id = %s""",  # noqa: S608 - only table names
            [payload.number, municipality.pk, payload.key_id],
        )
    )
    key = found[0] if found else None
    if key is None or not crypto.verify_signature(bytes(key.public_key), message, signature):
        return Verdict(REJECTED)
    if key.retired_at is not None and payload.valid_from > timezone.localdate(key.retired_at):
        return Verdict(REJECTED)  # a retired key signs nothing new: a leaked old key forges no new cards
    card_status = key.card_status
    return Verdict(
        _status_of(card_status, payload.valid_from, payload.valid_until, today),
        payload.short_name,
        payload.valid_from,
        payload.valid_until,
        f"{payload.number:06d}",
    )


def verify_number(*, municipality: Municipality, number: str, today: date | None = None) -> Verdict:
    today = today or timezone.localdate()
    digits = number.strip().lstrip("#")
    card_number = ascii_int(digits, maximum=MAX_CARD_NUMBER)
    if card_number is None:
        return Verdict(UNKNOWN)
    found = Card.objects.raw(  # as SQL, like verify_text
        f"""SELECT id, number, short_name, valid_from, valid_until, status FROM {Card._meta.db_table}
        WHERE municipality_id = %s AND number = %s""",  # noqa: S608 - only the table name
        [municipality.pk, card_number],
    )
    card = next(iter(found), None)  # the number is unique per municipality
    if card is None:
        return Verdict(UNKNOWN)
    return Verdict(
        _status_of(card.status, card.valid_from, card.valid_until, today),
        card.short_name,
        card.valid_from,
        card.valid_until,
        card.display_number,
    )


def trust_list(municipality: Municipality, *, today: date | None = None) -> dict:
    """Public keys and revoked card numbers for verifying offline in the browser. A retired
    key is listed while a card it signed is still valid."""
    today = today or timezone.localdate()
    keys = (
        SigningKey.objects.filter(municipality=municipality)
        .filter(Q(active=True) | Q(cards__valid_until__gte=today))
        .distinct()
    )
    revoked = Card.objects.filter(
        municipality=municipality, status=Card.Status.REVOKED, valid_until__gte=today
    ).values_list("number", flat=True)
    return {
        "version": crypto.VERSION,
        "municipality": municipality.slug,
        "ags": int(municipality.ags),
        "generated_at": timezone.now().isoformat(timespec="seconds"),
        "keys": [
            {
                "id": k.key_id,
                "public_key": crypto.b64url(k.public_key),
                # cards dated after this day cannot come from this key (day number, see crypto.py)
                "retired": crypto.day_number(timezone.localdate(k.retired_at)) if k.retired_at else None,
            }
            for k in keys.order_by("key_id")
        ],
        "revoked": sorted(revoked),
    }


def municipality_for_verifier(*, user, slug: str) -> tuple[Municipality, frozenset[str], int | None] | None:
    """The verification page's municipality in one query, with the kinds of role `user` holds
    there and the approved partner whose counter a check adds to (None for a coordinator
    without one). Written as SQL: the page is called at the counter, and the ORM spends more
    time composing the subqueries than the database answering them."""
    muni, role, partner, users = (
        Municipality._meta.db_table,
        Role._meta.db_table,
        AcceptancePartner._meta.db_table,
        AcceptancePartner.users.through._meta.db_table,
    )
    rows = list(
        Municipality.objects.raw(
            f"""SELECT m.*, r.kind AS role_kind,
                (SELECT p.id FROM {partner} p INNER JOIN {users} pu ON pu.acceptancepartner_id = p.id
                 WHERE p.municipality_id = m.id AND p.status = %s AND pu.user_id = %s
                 ORDER BY p.name, p.id LIMIT 1) AS partner_pk
            FROM {muni} m LEFT JOIN {role} r ON r.municipality_id = m.id AND r.user_id = %s
            WHERE m.slug = %s""",  # noqa: S608 - only the models' table names are interpolated
            [AcceptancePartner.Status.APPROVED, user.pk, user.pk, slug],
        )
    )
    if not rows:
        return None
    return rows[0], frozenset(row.role_kind for row in rows if row.role_kind), rows[0].partner_pk


def partner_of(user, municipality: Municipality) -> AcceptancePartner | None:
    if not user.is_authenticated:
        return None
    return AcceptancePartner.objects.filter(
        municipality=municipality, users=user, status=AcceptancePartner.Status.APPROVED
    ).first()


# --- partners ---------------------------------------------------------------------------------


def approved_partners(municipality: Municipality, *, category: str = "") -> QuerySet[AcceptancePartner]:
    today = timezone.localdate()
    partners = AcceptancePartner.objects.filter(municipality=municipality, status=AcceptancePartner.Status.APPROVED)
    if category:
        partners = partners.filter(category=category)
    current = Benefit.objects.filter(Q(valid_until__isnull=True) | Q(valid_until__gte=today))
    return partners.prefetch_related(Prefetch("benefits", queryset=current)).order_by("name")


# --- reports ------------------------------------------------------------------------------------

AGE_GROUPS = ((16, 26), (27, 40), (41, 60), (61, 200))


def age_group(birth_year: int | None, today: date) -> str:
    if birth_year is None:
        return _("unbekannt")
    age = today.year - birth_year
    for low, high in AGE_GROUPS:
        if low <= age <= high:
            return f"{low}–{high}" if high < 200 else f"{low}+"
    return _("unter 16")


def report(municipality: Municipality, *, today: date | None = None) -> dict:
    from engagiert.directory.models import Organisation

    today = today or timezone.localdate()
    active = Card.objects.filter(
        municipality=municipality, status=Card.Status.ACTIVE, valid_from__lte=today, valid_until__gte=today
    ).values_list("birth_year", "organisation_kinds")
    by_age: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    kinds = dict(Organisation.Kind.choices) | {"other": _("Sonstige (frei eingetragen)")}
    for birth_year, org_kinds in active:
        by_age[age_group(birth_year, today)] += 1
        for kind in org_kinds or ["other"]:
            by_kind[str(kinds.get(kind, kind))] += 1
    statuses = dict(CardApplication.Status.choices)
    by_status = {
        str(statuses[row["status"]]): row["n"]
        for row in CardApplication.objects.filter(municipality=municipality)
        .values("status")
        .annotate(n=Count("pk"))
        .order_by("status")
    }
    from engagiert.card.models import VerificationCount

    verifications = list(
        VerificationCount.objects.filter(partner__municipality=municipality)
        .select_related("partner")
        .order_by("-month", "partner__name")
    )
    return {
        "active_total": len(active),
        "by_age": sorted(by_age.items()),
        "by_kind": sorted(by_kind.items()),
        "by_status": sorted(by_status.items()),
        "verifications": verifications,
    }


# --- "Mein Bereich" (card/account.py) --------------------------------------------------------


def latest_application(*, user, municipality: Municipality) -> CardApplication | None:
    """The person's most recent application in `municipality` (open or decided): one query."""
    return (
        CardApplication.objects.filter(municipality=municipality, applicant=user)
        .only("pk", "status", "submitted_at", "decided_at", "created_at", "municipality_id", "applicant_id")
        .order_by("-created_at", "-pk")
        .first()
    )


def card_state(card: Card, today: date | None = None) -> str:
    """valid, expired, not_yet_valid or revoked (no query)."""
    return _status_of(card.status, card.valid_from, card.valid_until, today or timezone.localdate())
