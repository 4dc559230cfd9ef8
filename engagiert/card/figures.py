"""The Ehrenamtskarte's figures for the impact dashboard and its open dataset (core.figures)."""

from __future__ import annotations

import datetime

from django.db.models import Count, F, Q, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from engagiert.card.models import AcceptancePartner, Card, VerificationCount
from engagiert.core.figures import (
    STOCK,
    Row,
    cumulative_stock,
    in_towns,
    register_dataset,
    register_figure,
    register_section,
)

ONE_DAY = datetime.timedelta(days=1)
CATEGORY_LABELS = dict(AcceptancePartner.Category.choices)


def _range(qs, field, start, end):
    qs = qs.filter(**{f"{field}__lte": end})
    return qs.filter(**{f"{field}__gte": start}) if start is not None else qs


def card_deltas(ids, start, end):
    """+1 from a card's first valid day; -1 the day after its last, or on the day it was revoked."""
    cards = Card.objects.filter(**in_towns(ids))
    for row in (
        _range(cards, "valid_from", start, end)
        .values("municipality_id", "valid_from")
        .annotate(n=Count("id"))
        .order_by()
    ):
        yield row["municipality_id"], row["valid_from"], "", "", row["n"]
    expired = cards.filter(Q(status=Card.Status.ACTIVE) | Q(revoked_at__date__gt=F("valid_until")))
    first = None if start is None else start - ONE_DAY
    for row in (
        _range(expired, "valid_until", first, end - ONE_DAY)
        .values("municipality_id", "valid_until")
        .annotate(n=Count("id"))
        .order_by()
    ):
        yield row["municipality_id"], row["valid_until"] + ONE_DAY, "", "", -row["n"]
    revoked = (
        cards.filter(status=Card.Status.REVOKED, revoked_at__isnull=False)
        .annotate(day=TruncDate("revoked_at"))
        .filter(day__lte=F("valid_until"), day__gte=F("valid_from"))
    )
    for row in _range(revoked, "day", start, end).values("municipality_id", "day").annotate(n=Count("id")).order_by():
        yield row["municipality_id"], row["day"], "", "", -row["n"]


def issued(renewals: bool):
    def compute(ids, start, end):
        rows = (
            Card.objects.filter(
                valid_from__range=(start, end), application__renewal_of__isnull=not renewals, **in_towns(ids)
            )
            .values("municipality_id", "valid_from")
            .annotate(n=Count("id"))
        )
        for row in rows.order_by():
            yield Row(row["municipality_id"], row["valid_from"], "", "", row["n"])

    return compute


def partner_deltas(ids, start, end):
    partners = AcceptancePartner.objects.filter(status=AcceptancePartner.Status.APPROVED, **in_towns(ids)).annotate(
        day=TruncDate("created_at")
    )
    for row in (
        _range(partners, "day", start, end)
        .values("municipality_id", "day", "category")
        .annotate(n=Count("id"))
        .order_by()
    ):
        yield row["municipality_id"], row["day"], "", "", row["n"]
        yield row["municipality_id"], row["day"], "category", row["category"], row["n"]


def verifications(ids, start, end):
    """Cards shown to partners, per month (counted by month only: the first of the month)."""
    rows = (
        VerificationCount.objects.filter(month__range=(start, end), **in_towns(ids, "partner__municipality_id"))
        .values("month", m=F("partner__municipality_id"))
        .annotate(n=Sum("count"))
    )
    for row in rows.order_by():
        yield Row(row["m"], row["month"], "", "", row["n"])


def _label(breakdown: str, item: str) -> str:
    return str(CATEGORY_LABELS.get(item, item)) if breakdown == "category" else item


def public_partners(municipality):
    qs = (
        AcceptancePartner.objects.filter(municipality=municipality, status=AcceptancePartner.Status.APPROVED)
        .prefetch_related("benefits")
        .order_by("name", "pk")
    )
    today = timezone.localdate()
    for partner in qs.iterator(chunk_size=500):
        yield {
            "id": partner.pk,
            "name": partner.name,
            "category": str(CATEGORY_LABELS.get(partner.category, partner.category)),
            "street": partner.street,
            "postcode": partner.postcode,
            "city": partner.city,
            "website": partner.website,
            "benefits": " | ".join(
                b.text for b in partner.benefits.all() if b.valid_until is None or b.valid_until >= today
            ),
            "latitude": partner.latitude,
            "longitude": partner.longitude,
        }


def register() -> None:
    register_section(key="card", title=_("Ehrenamtskarte"), order=40)
    register_figure(
        key="card.active",
        section="card",
        label=_("Gültige Ehrenamtskarten"),
        counted=_("Karten, die am letzten Tag des Zeitraums gültig und nicht gesperrt waren."),
        compute=cumulative_stock(card_deltas),
        kind=STOCK,
        headline=True,
        order=40,
    )
    register_figure(
        key="card.new",
        section="card",
        label=_("Neu ausgestellte Karten"),
        counted=_("Erstmals ausgestellte Karten, gezählt am ersten Gültigkeitstag."),
        compute=issued(renewals=False),
        order=41,
    )
    register_figure(
        key="card.renewals",
        section="card",
        label=_("Verlängerte Karten"),
        counted=_("Karten aus einem Verlängerungsantrag, gezählt am ersten Gültigkeitstag."),
        compute=issued(renewals=True),
        order=42,
    )
    register_figure(
        key="card.partners",
        section="card",
        label=_("Akzeptanzpartner"),
        counted=_("Freigegebene Akzeptanzpartner am letzten Tag des Zeitraums, nach Kategorie."),
        compute=cumulative_stock(partner_deltas),
        kind=STOCK,
        breakdowns={"category": _("nach Kategorie")},
        item_label=_label,
        masked=False,
        order=43,
    )
    register_figure(
        key="card.verifications",
        section="card",
        label=_("Vorgezeigte Karten"),
        counted=_(
            "Prüfungen einer Karte bei Akzeptanzpartnern; monatlich gezählt, daher dem ersten Tag des Monats "
            "zugeordnet."
        ),
        compute=verifications,
        order=44,
    )
    register_dataset(
        key="card.partners",
        title=_("Akzeptanzpartner der Ehrenamtskarte"),
        description=_(
            "Geschäfte, Museen, Vereine und Einrichtungen, die Inhaber*innen der Ehrenamtskarte Vergünstigungen geben."
        ),
        columns=(
            ("id", _("Nummer")),
            ("name", _("Name")),
            ("category", _("Kategorie")),
            ("street", _("Straße und Hausnummer")),
            ("postcode", _("Postleitzahl")),
            ("city", _("Ort")),
            ("website", _("Internetseite")),
            ("benefits", _("Vergünstigungen")),
            ("latitude", _("Breitengrad")),
            ("longitude", _("Längengrad")),
        ),
        rows=public_partners,
        keywords=("Ehrenamtskarte", "Vergünstigungen", "Ehrenamt"),
        order=40,
    )
