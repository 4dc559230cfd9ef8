"""Mach mit!'s figures for the impact dashboard and its open dataset (core.figures)."""

from __future__ import annotations

import datetime

from django.db.models import Case, CharField, Count, F, OuterRef, Subquery, Sum, Value, When
from django.db.models.functions import TruncDate
from django.utils.translation import gettext_lazy as _

from engagiert.core.figures import (
    STOCK,
    Row,
    in_towns,
    register_dataset,
    register_figure,
    register_section,
)
from engagiert.volunteering.models import HourEntry, Interest, Opportunity, VolunteerProfile

PUBLIC_STATUSES = (Opportunity.Status.PUBLISHED, Opportunity.Status.FILLED, Opportunity.Status.ARCHIVED)
KIND_LABELS = dict(Opportunity.Kind.choices)
# Age groups (lower bound, key) of active volunteers, by the birth year in their profile.
AGE_GROUPS = ((65, "65+"), (50, "50-64"), (27, "27-49"), (18, "18-26"), (0, "0-17"))
AGE_LABELS = {
    "0-17": _("unter 18 Jahre"),
    "18-26": _("18 bis 26 Jahre"),
    "27-49": _("27 bis 49 Jahre"),
    "50-64": _("50 bis 64 Jahre"),
    "65+": _("65 Jahre und älter"),
    "unknown": _("Alter nicht angegeben"),
}
ACTIVE_DAYS = 365


def _label(breakdown: str, item: str) -> str:
    if breakdown == "age":
        return str(AGE_LABELS.get(item, item))
    if breakdown == "kind":
        return str(KIND_LABELS.get(item, item))
    return item


def new_offers(ids, start, end):
    rows = (
        Opportunity.objects.filter(status__in=PUBLIC_STATUSES, **in_towns(ids))
        .annotate(day=TruncDate("created_at"))
        .filter(day__range=(start, end))
        .values("municipality_id", "day", "kind")
        .annotate(n=Count("id"))
    )
    for row in rows.order_by():
        yield Row(row["municipality_id"], row["day"], "", "", row["n"])
        yield Row(row["municipality_id"], row["day"], "kind", row["kind"], row["n"])


def matches(ids, start, end):
    rows = (
        Interest.objects.filter(
            status=Interest.Status.ACCEPTED, decided_at__isnull=False, **in_towns(ids, "opportunity__municipality_id")
        )
        .annotate(day=TruncDate("decided_at"), m=F("opportunity__municipality_id"))
        .filter(day__range=(start, end))
        .values("m", "day")
        .annotate(n=Count("id"))
    )
    for row in rows.order_by():
        yield Row(row["m"], row["day"], "", "", row["n"])


def hours(ids, start, end):
    rows = (
        HourEntry.objects.filter(status=HourEntry.Status.CONFIRMED, date__range=(start, end), **in_towns(ids))
        .values("municipality_id", "date")
        .annotate(h=Sum("hours"))
    )
    for row in rows.order_by():
        yield Row(row["municipality_id"], row["date"], "", "", row["h"])


def active_volunteers_at(ids, day: datetime.date):
    """People with confirmed hours in the 365 days up to `day`, by age group on `day`: one query."""
    birth_year = VolunteerProfile.objects.filter(
        user_id=OuterRef("volunteer_id"), municipality_id=OuterRef("municipality_id")
    ).values("birth_year")[:1]
    bands = [When(birth_year__lte=day.year - lower, then=Value(key)) for lower, key in AGE_GROUPS]
    rows = (
        HourEntry.objects.filter(
            status=HourEntry.Status.CONFIRMED,
            volunteer__isnull=False,
            date__range=(day - datetime.timedelta(days=ACTIVE_DAYS - 1), day),
            **in_towns(ids),
        )
        .annotate(birth_year=Subquery(birth_year))
        .annotate(band=Case(*bands, default=Value("unknown"), output_field=CharField()))
        .values("municipality_id", "band")
        .annotate(n=Count("volunteer_id", distinct=True))
    )
    totals: dict[int, int] = {}
    for row in rows.order_by():
        totals[row["municipality_id"]] = totals.get(row["municipality_id"], 0) + row["n"]
        yield row["municipality_id"], "age", row["band"], row["n"]
    for municipality_id, n in totals.items():
        yield municipality_id, "", "", n


def _band(birth_year: int | None, year: int) -> str:
    if birth_year is None:
        return "unknown"
    for lower, key in AGE_GROUPS:
        if birth_year <= year - lower:
            return key
    return "0-17"  # born after the year (a typo in the profile): the youngest group


def active_volunteers(ids, start: datetime.date, end: datetime.date):
    """As `active_volunteers_at` for every day start..end, in two queries: each person counts
    from a day with confirmed hours for 365 days (their intervals merged), in the age group of
    each calendar year; the counts per day come from the starts and ends of those intervals."""
    first = start - datetime.timedelta(days=ACTIVE_DAYS - 1)
    pairs: dict[tuple[int, int], list[datetime.date]] = {}
    rows = (
        HourEntry.objects.filter(
            status=HourEntry.Status.CONFIRMED, volunteer__isnull=False, date__range=(first, end), **in_towns(ids)
        )
        .values_list("municipality_id", "volunteer_id", "date")
        .distinct()
        .order_by("municipality_id", "volunteer_id", "date")
    )
    for municipality_id, volunteer_id, day in rows.iterator(chunk_size=10000):
        pairs.setdefault((municipality_id, volunteer_id), []).append(day)
    if not pairs:
        return
    births = dict(
        (
            ((m, u), y)
            for u, m, y in VolunteerProfile.objects.filter(
                user_id__in={v for _m, v in pairs}, **in_towns(ids)
            ).values_list("user_id", "municipality_id", "birth_year")
        )
    )
    span = datetime.timedelta(days=ACTIVE_DAYS - 1)
    one = datetime.timedelta(days=1)
    changes: dict[datetime.date, dict[tuple[int, str], int]] = {}

    def add(day, key, n):
        bucket = changes.setdefault(day, {})
        bucket[key] = bucket.get(key, 0) + n

    for (municipality_id, volunteer_id), days in pairs.items():
        birth_year = births.get((municipality_id, volunteer_id))
        intervals: list[list[datetime.date]] = []
        for day in days:
            if intervals and day <= intervals[-1][1] + one:
                intervals[-1][1] = max(intervals[-1][1], day + span)
            else:
                intervals.append([day, day + span])
        for low, high in intervals:
            low, high = max(low, start), min(high, end)
            while low <= high:  # split at the turn of the year: the age group may change
                year_end = min(high, datetime.date(low.year, 12, 31))
                band = _band(birth_year, low.year)
                add(low, (municipality_id, band), 1)
                add(year_end + one, (municipality_id, band), -1)
                low = year_end + one
    counts: dict[tuple[int, str], int] = {}
    day = start
    while day <= end:
        for key, n in changes.get(day, {}).items():
            counts[key] = counts.get(key, 0) + n
        totals: dict[int, int] = {}
        for (municipality_id, band), n in counts.items():
            if n:
                totals[municipality_id] = totals.get(municipality_id, 0) + n
                yield Row(municipality_id, day, "age", band, n)
        for municipality_id, n in totals.items():
            yield Row(municipality_id, day, "", "", n)
        day += one


def public_offers(municipality):
    qs = (
        Opportunity.objects.filter(municipality=municipality, status=Opportunity.Status.PUBLISHED)
        .select_related("organisation", "district")
        .order_by("pk")
    )
    for opp in qs.iterator(chunk_size=500):
        yield {
            "id": opp.pk,
            "title": opp.title,
            "organisation": opp.organisation.name if opp.organisation_id else "",
            "kind": str(KIND_LABELS.get(opp.kind, opp.kind)),
            "hours_per_week": opp.hours_per_week,
            "district": opp.district.name if opp.district_id else "",
            "remote": opp.remote,
            "minimum_age": opp.minimum_age,
            "ends_on": opp.ends_on.isoformat() if opp.ends_on else "",
            "url": opp.get_absolute_url(),
        }


def register() -> None:
    register_section(key="volunteering", title=_("Mach mit!: Engagement"), order=30)
    register_figure(
        key="volunteering.offers_new",
        section="volunteering",
        label=_("Neue Engagementangebote"),
        counted=_("Freigegebene Angebote, gezählt am Tag ihrer Anlage; nach Art des Angebots."),
        compute=new_offers,
        breakdowns={"kind": _("nach Art")},
        item_label=_label,
        order=30,
    )
    register_figure(
        key="volunteering.matches",
        section="volunteering",
        label=_("Vermittlungen"),
        counted=_("Anfragen von Freiwilligen, die eine Organisation angenommen hat, am Tag der Zusage."),
        compute=matches,
        order=31,
    )
    register_figure(
        key="volunteering.hours",
        section="volunteering",
        label=_("Bestätigte Engagementstunden"),
        counted=_(
            "Von den Organisationen bestätigte Stunden, am Tag des Engagements; Korrekturen werden nachgerechnet, "
            "Stunden gelöschter Konten zählen anonym weiter."
        ),
        compute=hours,
        unit="h",
        headline=True,
        order=32,
    )
    register_figure(
        key="volunteering.volunteers",
        section="volunteering",
        label=_("Aktive Freiwillige"),
        counted=_(
            "Personen mit bestätigten Stunden in den 365 Tagen bis zum letzten Tag des Zeitraums; Altersgruppe nach "
            "dem Geburtsjahr im Freiwilligenprofil."
        ),
        compute=active_volunteers,
        kind=STOCK,
        breakdowns={"age": _("nach Altersgruppe")},
        item_label=_label,
        order=33,
    )
    register_dataset(
        key="volunteering.offers",
        title=_("Engagementangebote (Mach mit!)"),
        description=_(
            "Veröffentlichte Engagementangebote: Titel, Organisation, Art, Zeitaufwand, Stadtteil. Ohne Namen von "
            "Ansprechpersonen oder Freiwilligen."
        ),
        columns=(
            ("id", _("Nummer des Angebots")),
            ("title", _("Titel")),
            ("organisation", _("Organisation")),
            ("kind", _("Art")),
            ("hours_per_week", _("Stunden pro Woche")),
            ("district", _("Stadtteil")),
            ("remote", _("Auch von zu Hause aus möglich")),
            ("minimum_age", _("Mindestalter")),
            ("ends_on", _("Endet am")),
            ("url", _("Adresse der Seite (Pfad)")),
        ),
        rows=public_offers,
        keywords=("Ehrenamt", "Freiwilligenarbeit", "Engagement"),
        order=30,
    )
