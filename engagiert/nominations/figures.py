"""Glücksbringer's figures for the impact dashboard and its open dataset (core.figures):
nominations confirmed (self or third party) and portraits published, per day; the published
portraits (public fields only) as open data."""

from __future__ import annotations

from django.db.models import Count, Q
from django.db.models.functions import TruncDate
from django.utils.translation import gettext_lazy as _

from engagiert.core.figures import Row, in_towns, register_dataset, register_figure, register_section
from engagiert.nominations.models import Nomination, Portrait

ORIGIN_LABELS = {"self": _("Selbstvorschlag"), "third": _("Vorschlag durch andere")}


def confirmed(ids, start, end):
    rows = (
        Nomination.objects.filter(confirmed_at__isnull=False, **in_towns(ids))
        .annotate(day=TruncDate("confirmed_at"))
        .filter(day__range=(start, end))
        .values("municipality_id", "day")
        .annotate(n=Count("id"), own=Count("id", filter=Q(is_self=True)))
        .order_by()
    )
    for row in rows:
        yield Row(row["municipality_id"], row["day"], "", "", row["n"])
        if row["own"]:
            yield Row(row["municipality_id"], row["day"], "origin", "self", row["own"])
        if row["n"] - row["own"]:
            yield Row(row["municipality_id"], row["day"], "origin", "third", row["n"] - row["own"])


def published(ids, start, end):
    rows = (
        Portrait.objects.filter(published_on__range=(start, end), nomination__status=Nomination.Status.PUBLISHED)
        .filter(**in_towns(ids))
        .values("municipality_id", "published_on")
        .annotate(n=Count("id"))
        .order_by()
    )
    for row in rows:
        yield Row(row["municipality_id"], row["published_on"], "", "", row["n"])


def public_portraits(municipality):
    from engagiert.nominations.selectors import published as published_portraits

    qs = published_portraits().filter(municipality=municipality).select_related("campaign", "topic")
    for portrait in qs.order_by("published_on", "pk").iterator(chunk_size=500):
        yield {
            "id": portrait.pk,
            "name": portrait.display_name,
            "campaign": portrait.campaign.title,
            "topic": portrait.topic.name if portrait.topic else "",
            "published_on": portrait.published_on,
            "website": portrait.website,
        }


def register() -> None:
    register_section(key="nominations", title=_("Glücksbringer"), order=60)
    register_figure(
        key="nominations.confirmed",
        section="nominations",
        label=_("Vorschläge für Glücksbringer"),
        counted=_("Bestätigte Vorschläge, gezählt am Tag der Bestätigung, nach Selbst- und Fremdvorschlag."),
        compute=confirmed,
        breakdowns={"origin": _("nach Herkunft")},
        item_label=lambda breakdown, item: str(ORIGIN_LABELS.get(item, item)),
        order=60,
    )
    register_figure(
        key="nominations.published",
        section="nominations",
        label=_("Veröffentlichte Porträts"),
        counted=_("Porträts, die veröffentlicht sind, gezählt am Tag der Veröffentlichung."),
        compute=published,
        headline=True,
        order=61,
    )
    register_dataset(
        key="nominations.portraits",
        title=_("Glücksbringer-Porträts"),
        description=_("Menschen und Initiativen, die sich engagieren und der Veröffentlichung zugestimmt haben."),
        columns=(
            ("id", _("Nummer")),
            ("name", _("Name")),
            ("campaign", _("Kampagne")),
            ("topic", _("Themenfeld")),
            ("published_on", _("Veröffentlicht am")),
            ("website", _("Website")),
        ),
        rows=public_portraits,
    )
