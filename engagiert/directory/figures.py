"""The directory's figures for the impact dashboard and its open dataset (core.figures)."""

from __future__ import annotations

from django.db.models import Count, F
from django.db.models.functions import TruncDate
from django.utils.translation import gettext_lazy as _

from engagiert.core.figures import (
    STOCK,
    Row,
    cumulative_stock,
    in_towns,
    register_dataset,
    register_figure,
    register_section,
)
from engagiert.directory.models import CooperationAgreement, Organisation

PUBLISHED = Organisation.Status.PUBLISHED
KIND_LABELS = dict(Organisation.Kind.choices)


def _published(ids, start, end):
    qs = Organisation.objects.filter(status=PUBLISHED, **in_towns(ids)).annotate(day=TruncDate("created_at"))
    if start is not None:
        qs = qs.filter(day__gte=start)
    return qs.filter(day__lte=end)


def organisation_deltas(ids, start, end):
    """+1 on the day a published organisation was entered; by kind, programme and topic."""
    base = _published(ids, start, end)
    for row in base.values("municipality_id", "day").annotate(n=Count("id")).order_by():
        yield row["municipality_id"], row["day"], "", "", row["n"]
    for row in base.values("municipality_id", "day", "kind").annotate(n=Count("id")).order_by():
        yield row["municipality_id"], row["day"], "kind", row["kind"], row["n"]
    for row in base.values("municipality_id", "day", label=F("topics__name")).annotate(n=Count("id")).order_by():
        if row["label"]:
            yield row["municipality_id"], row["day"], "topic", row["label"], row["n"]
    for row in base.values("municipality_id", "day", label=F("programmes__name")).annotate(n=Count("id")).order_by():
        if row["label"]:
            yield row["municipality_id"], row["day"], "programme", row["label"], row["n"]


def new_organisations(ids, start, end):
    for row in _published(ids, start, end).values("municipality_id", "day", "kind").annotate(n=Count("id")).order_by():
        yield Row(row["municipality_id"], row["day"], "", "", row["n"])
        yield Row(row["municipality_id"], row["day"], "kind", row["kind"], row["n"])


def agreement_deltas(ids, start, end):
    qs = CooperationAgreement.objects.filter(signed_on__isnull=False, signed_on__lte=end, **in_towns(ids))
    if start is not None:
        qs = qs.filter(signed_on__gte=start)
    for row in qs.values("municipality_id", "signed_on").annotate(n=Count("id")).order_by():
        yield row["municipality_id"], row["signed_on"], "", "", row["n"]


def _item_label(breakdown: str, item: str) -> str:
    return str(KIND_LABELS.get(item, item)) if breakdown == "kind" else item


def public_organisations(municipality):
    qs = (
        Organisation.objects.filter(municipality=municipality, status=PUBLISHED)
        .select_related("district")
        .prefetch_related("topics")
        .order_by("sort_name", "pk")
    )
    for org in qs.iterator(chunk_size=500):
        yield {
            "id": org.pk,
            "name": org.name,
            "kind": str(KIND_LABELS.get(org.kind, org.kind)),
            "street": org.street,
            "postcode": org.postcode,
            "city": org.city,
            "district": org.district.name if org.district_id else "",
            "topics": ", ".join(t.name for t in org.topics.all()),
            "website": org.website,
            "latitude": org.latitude,
            "longitude": org.longitude,
        }


def register() -> None:
    register_section(key="directory", title=_("Durchblick: Partnerorganisationen"), order=10)
    register_figure(
        key="directory.organisations",
        section="directory",
        label=_("Partnerorganisationen"),
        counted=_(
            "Veröffentlichte Einträge im Durchblick am letzten Tag des Zeitraums, nach dem Tag ihrer Eintragung; "
            "aufgeteilt nach Art, Programm und Themenfeld (eine Organisation kann in mehreren stehen)."
        ),
        compute=cumulative_stock(organisation_deltas),
        kind=STOCK,
        breakdowns={"kind": _("nach Art"), "programme": _("nach Programm"), "topic": _("nach Themenfeld")},
        item_label=_item_label,
        headline=True,
        order=10,
    )
    register_figure(
        key="directory.organisations_new",
        section="directory",
        label=_("Neu eingetragene Partnerorganisationen"),
        counted=_("Veröffentlichte Einträge, gezählt am Tag ihrer Eintragung im Durchblick."),
        compute=new_organisations,
        breakdowns={"kind": _("nach Art")},
        item_label=_item_label,
        order=11,
    )
    register_figure(
        key="directory.agreements",
        section="directory",
        label=_("Kooperationsvereinbarungen"),
        counted=_("Unterzeichnete Kooperationsvereinbarungen am letzten Tag des Zeitraums (nach Unterschriftsdatum)."),
        compute=cumulative_stock(agreement_deltas),
        kind=STOCK,
        masked=False,
        order=12,
    )
    register_dataset(
        key="directory.organisations",
        title=_("Partnerorganisationen im Durchblick"),
        description=_(
            "Vereine, Initiativen, Einrichtungen, Unternehmen und Verwaltung, die im Netzwerkverzeichnis "
            "„Durchblick“ veröffentlicht sind: Name, Art, Anschrift, Themenfelder. Ohne Ansprechpersonen."
        ),
        columns=(
            ("id", _("Nummer des Eintrags")),
            ("name", _("Name")),
            ("kind", _("Art der Organisation")),
            ("street", _("Straße und Hausnummer")),
            ("postcode", _("Postleitzahl")),
            ("city", _("Ort")),
            ("district", _("Stadtteil")),
            ("topics", _("Themenfelder")),
            ("website", _("Internetseite")),
            ("latitude", _("Breitengrad")),
            ("longitude", _("Längengrad")),
        ),
        rows=public_organisations,
        keywords=("Ehrenamt", "Vereine", "Engagement", "Zivilgesellschaft"),
        order=10,
    )
