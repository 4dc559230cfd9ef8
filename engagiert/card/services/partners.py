"""Acceptance partners: registration, the coordinator's decision, the verification counter."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from engagiert.card.models import AcceptancePartner, Benefit, VerificationCount
from engagiert.card.services.common import CardError, absolute_url, send_notice
from engagiert.core import audit
from engagiert.core.models import Municipality, Role


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
def decide_partner(*, partner: AcceptancePartner, approve: bool, by, reason: str = "") -> None:
    partner = AcceptancePartner.objects.select_for_update().get(pk=partner.pk)
    if partner.status != AcceptancePartner.Status.PENDING:
        raise CardError(_("Über diesen Eintrag ist bereits entschieden."))
    partner.status = AcceptancePartner.Status.APPROVED if approve else AcceptancePartner.Status.REJECTED
    partner.save(update_fields=["status"])
    audit.record(
        actor=by,
        action="card.decide_partner",
        target=partner,
        municipality=partner.municipality_id,
        decision=audit.decision_of(approve),
        reason=reason,
        label=partner.name,
    )
    users = list(partner.users.all())
    if approve:
        for user in users:
            Role.objects.get_or_create(user=user, municipality=partner.municipality, kind=Role.Kind.ACCEPTANCE_PARTNER)
    _notify_partner(partner, [user.email for user in users if user.email], approved=approve)


def _notify_partner(partner: AcceptancePartner, emails: list[str], *, approved: bool) -> None:
    """The decision, by e-mail (in German: a partner's language is not stored) to its accounts."""
    if not emails:
        return
    municipality = partner.municipality
    with translation.override("de"):
        if approved:
            subject = _("Ihr Eintrag als Akzeptanzpartner ist freigegeben")
            lines = [
                _("%(name)s steht jetzt in der Liste der Akzeptanzpartner.") % {"name": partner.name},
                _("Auf dieser Seite prüfen Sie ab jetzt Ehrenamtskarten:"),
            ]
            link = absolute_url(reverse("card:verify", kwargs={"municipality": municipality.slug}))
        else:
            subject = _("Ihr Eintrag als Akzeptanzpartner ist nicht freigegeben")
            lines = [
                _(
                    "Die Koordinierungsstelle hat den Eintrag %(name)s nicht freigegeben. Bei Fragen wenden "
                    "Sie sich bitte an die Koordinierungsstelle."
                )
                % {"name": partner.name}
            ]
            link = ""
    send_notice(to=emails, municipality=municipality, subject=subject, lines=lines, link=link)


def count_verification(
    *, partner: AcceptancePartner | int, by_number: bool = False, refused: bool = False, today: date | None = None
) -> None:
    """+1 for the partner (or partner pk) this month: one UPDATE ... SET count = count + 1.
    A look-up by card number also adds one to `number_lookups`; a refused one (over the limit)
    adds one to `number_lookups` and `refused_lookups` and none to `count`. The month's first
    check creates the row; when two race, the unique constraint lets one create it and
    get_or_create makes the other count on it.

    On PostgreSQL, when no caller's transaction is open, the UPDATE commits without waiting
    for the WAL flush (synchronous_commit off for this transaction only): a server crash may
    lose the last fraction of a second of counts, never leave them inconsistent; the
    partner at the counter does not wait for the disk."""
    partner_id = partner if isinstance(partner, int) else partner.pk
    month = (today or timezone.localdate()).replace(day=1)
    add = {"count": 0 if refused else 1, "number_lookups": int(by_number or refused), "refused_lookups": int(refused)}
    connection = transaction.get_connection()
    if connection.vendor == "postgresql" and not connection.in_atomic_block:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit TO OFF")
            updated = _add(cursor, partner_id, month, add)
    else:
        with connection.cursor() as cursor:
            updated = _add(cursor, partner_id, month, add)
    if updated:
        return
    counter, created = VerificationCount.objects.get_or_create(partner_id=partner_id, month=month, defaults=add)
    if not created:
        with connection.cursor() as cursor:
            _add(cursor, partner_id, month, add)


def _add(cursor, partner_id: int, month: date, add: dict[str, int]) -> int:
    """UPDATE ... SET count = count + 1, ... as SQL: the partner waits at the counter for it."""
    table = VerificationCount._meta.db_table
    cursor.execute(
        f"UPDATE {table} SET count = count + %s, number_lookups = number_lookups + %s, "  # noqa: S608 - table name only
        "refused_lookups = refused_lookups + %s WHERE partner_id = %s AND month = %s",
        [add["count"], add["number_lookups"], add["refused_lookups"], partner_id, month],
    )
    return cursor.rowcount
