"""Reads of Mach mit!: public search, detail, shifts, hour totals, certificate rows, the
card contract (confirmed_hours_for_card) and the personal data export."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import BooleanField, Count, Exists, ExpressionWrapper, F, Max, Min, OuterRef, Q, QuerySet, Sum
from django.db.models.functions import ExtractYear
from django.utils import timezone

from engagiert.core.models import Municipality
from engagiert.core.search import RankedResults, Term, matches_sql, search_terms
from engagiert.core.sitesearch import SearchResult, language_of, snippet
from engagiert.volunteering.models import (
    HourEntry,
    Interest,
    Opportunity,
    OpportunitySearchTerm,
    Shift,
    ShiftSignup,
    VolunteerProfile,
)

# Opportunities not confirmed as current for three months are flagged to their
# organisation, and hidden a month after that.
STALE_AFTER = datetime.timedelta(days=91)
HIDDEN_AFTER = datetime.timedelta(days=122)


@dataclass(frozen=True)
class OpportunityFilters:
    query: str = ""
    topic: str = ""
    district: str = ""
    kind: str = ""
    remote: bool = False


def visible(*, municipality: Municipality | None, now: datetime.datetime | None = None) -> QuerySet[Opportunity]:
    """Published opportunities confirmed as current within the last four months."""
    now = now or timezone.now()
    qs = Opportunity.objects.filter(status=Opportunity.Status.PUBLISHED, confirmed_current_at__gte=now - HIDDEN_AFTER)
    return qs.filter(municipality=municipality) if municipality else qs


def closed_condition(*, now: datetime.datetime | None = None) -> Q:
    """Opportunities tied to a date that has passed: their last day (ends_on) is over, or they
    have shifts and every one has ended. A query condition, so that an offer closes itself at
    the right moment in every list and check (no daily job)."""
    now = now or timezone.now()
    shifts = Shift.objects.filter(opportunity=OuterRef("pk"))
    return Q(ends_on__lt=timezone.localdate(now)) | (Exists(shifts) & ~Exists(shifts.filter(ends_at__gt=now)))


def open_opportunities(
    *, municipality: Municipality | None, now: datetime.datetime | None = None
) -> QuerySet[Opportunity]:
    """Visible opportunities that still take people: not closed (closed_condition)."""
    now = now or timezone.now()
    return visible(municipality=municipality, now=now).exclude(closed_condition(now=now))


def with_closed(qs: QuerySet[Opportunity], *, now: datetime.datetime | None = None) -> QuerySet[Opportunity]:
    """`qs` with `closed` on each opportunity (closed_condition), in the same query."""
    return qs.annotate(closed=ExpressionWrapper(closed_condition(now=now), output_field=BooleanField()))


def is_closed(*, opportunity: Opportunity, now: datetime.datetime | None = None) -> bool:
    """Whether the opportunity is closed (closed_condition); one query."""
    return Opportunity.objects.filter(closed_condition(now=now), pk=opportunity.pk).exists()


def search_opportunities(
    *, municipality: Municipality | None, filters: OpportunityFilters
) -> QuerySet[Opportunity] | RankedResults:
    """Open opportunities matching every query term and the filters, best first: the
    score is the sum, over the query's terms, of the highest weight of a matching term.
    Closed ones (their date has passed) are not listed."""
    qs = open_opportunities(municipality=municipality)
    if filters.topic:
        qs = qs.filter(
            pk__in=Opportunity.topics.through.objects.filter(topic__slug=filters.topic).values("opportunity_id")
        )
    if filters.district:
        qs = qs.filter(Q(district__slug=filters.district) | Q(district__parent__slug=filters.district))
    if filters.kind:
        qs = qs.filter(kind=filters.kind)
    if filters.remote:
        qs = qs.filter(remote=True)
    terms = search_terms(filters.query, municipality)
    if not terms:
        return qs.order_by("-confirmed_current_at", "pk")
    return _ranked(qs, terms, municipality, load=_list_rows)


def _ranked(qs, terms: list[Term], municipality: Municipality | None, *, load, page_size: int = 20) -> RankedResults:
    index = OpportunitySearchTerm.objects.all()
    if municipality:
        index = index.filter(municipality=municipality)
    return RankedResults(
        matches=matches_sql(index, owner="opportunity_id", query=terms),
        owner="opportunity_id",
        candidates=qs,
        order=["-confirmed_current_at"],
        load=load,
        page_size=page_size,
    )


def site_search(municipality: Municipality, terms: list[Term], limit: int) -> tuple[int, list[SearchResult]]:
    """The site-wide search's Mach mit! offers (core.sitesearch): the town's open ones, ranked
    as the offers' own search ranks them; two queries (a ranked page with the count, its rows)."""
    ranked = _ranked(
        open_opportunities(municipality=municipality),
        terms,
        municipality,
        load=lambda qs: qs.select_related("organisation"),
        page_size=limit,
    )
    results = []
    for offer in ranked[0:limit]:
        offer.municipality = municipality
        extra = offer.organisation.name if offer.organisation else ""
        results.append(
            SearchResult(
                title=offer.title,
                url=offer.get_absolute_url(),
                snippet=snippet(offer.description),
                extra=extra,
                lang=language_of(offer, "title"),
                snippet_lang=language_of(offer, "description"),
            )
        )
    return ranked.count(), results


def _list_rows(qs: QuerySet[Opportunity]) -> QuerySet[Opportunity]:
    return qs.select_related("organisation", "district", "municipality").prefetch_related("topics")


def list_prefetch(qs):
    """What a list of opportunities shows: a queryset, or search results (loaded per page)."""
    return qs if isinstance(qs, RankedResults) else _list_rows(qs)


def opportunity_detail(*, municipality: Municipality, pk: int) -> Opportunity:
    """Any opportunity of the municipality with what its page shows (`closed`: see
    closed_condition); views decide who sees it."""
    return (
        with_closed(Opportunity.objects.filter(municipality=municipality))
        .select_related("organisation", "district", "municipality", "contact")
        .prefetch_related("topics", "skills")
        .get(pk=pk)
    )


def is_visible(opportunity: Opportunity) -> bool:
    return (
        opportunity.status == Opportunity.Status.PUBLISHED
        and opportunity.confirmed_current_at >= timezone.now() - HIDDEN_AFTER
    )


def open_shifts(*, opportunity: Opportunity) -> list[Shift]:
    """Future shifts that still have a free slot (full shifts are not offered)."""
    return list(
        Shift.objects.filter(opportunity=opportunity, starts_at__gt=timezone.now())
        .annotate(taken=Count("signups"))
        .filter(taken__lt=F("slots"))
        .order_by("starts_at")
    )


def all_shifts(*, opportunity: Opportunity) -> QuerySet[Shift]:
    return Shift.objects.filter(opportunity=opportunity).annotate(taken=Count("signups")).order_by("starts_at")


def profile_for(*, user, municipality: Municipality) -> VolunteerProfile | None:
    if not user.is_authenticated:
        return None
    return (
        VolunteerProfile.objects.filter(user=user, municipality=municipality)
        .select_related("district")
        .prefetch_related("topics", "skills")
        .first()
    )


# --- Hours ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActivityHours:
    """Confirmed hours of one person at one organisation (the Ehrenamtskarte's evidence)."""

    organisation_id: int | None
    organisation_name: str
    first_date: datetime.date
    last_date: datetime.date
    hours_by_year: dict[int, Decimal] = field(default_factory=dict)


def _confirmed(*, user, municipality: Municipality) -> QuerySet[HourEntry]:
    return HourEntry.objects.filter(volunteer=user, municipality=municipality, status=HourEntry.Status.CONFIRMED)


def confirmed_hours_for_card(*, user, municipality: Municipality) -> list[ActivityHours]:
    """Confirmed hours per organisation and year, with the first and last day (one query)."""
    rows = (
        _confirmed(user=user, municipality=municipality)
        .annotate(year=ExtractYear("date"))
        .values("organisation_id", "organisation_name", "year")
        .annotate(hours=Sum("hours"), first=Min("date"), last=Max("date"))
        .order_by("organisation_name", "organisation_id", "year")
    )
    grouped: dict[tuple[int | None, str], dict[str, Any]] = {}
    for row in rows:
        key = (row["organisation_id"], row["organisation_name"])
        entry = grouped.setdefault(key, {"first": row["first"], "last": row["last"], "years": {}})
        entry["first"], entry["last"] = min(entry["first"], row["first"]), max(entry["last"], row["last"])
        entry["years"][int(row["year"])] = Decimal(row["hours"])
    return [
        ActivityHours(
            organisation_id=org_id,
            organisation_name=name,
            first_date=data["first"],
            last_date=data["last"],
            hours_by_year=data["years"],
        )
        for (org_id, name), data in grouped.items()
    ]


def certificate_rows(*, user, municipality: Municipality) -> list[dict[str, str]]:
    """Per organisation and activity: period and confirmed hours, as JSON-able strings."""
    rows = (
        _confirmed(user=user, municipality=municipality)
        .values("organisation_name", "activity")
        .annotate(hours=Sum("hours"), first=Min("date"), last=Max("date"))
        .order_by("first", "organisation_name", "activity")
    )
    return [
        {
            "organisation": r["organisation_name"],
            "activity": r["activity"],
            "first_date": r["first"].isoformat(),
            "last_date": r["last"].isoformat(),
            "hours": str(Decimal(r["hours"]).quantize(Decimal("0.01"))),
        }
        for r in rows
    ]


@dataclass
class Totals:
    by_year: dict[int, Decimal]
    total: Decimal
    open: Decimal = Decimal("0")


def volunteer_totals(*, user, municipality: Municipality) -> Totals:
    """The person's confirmed hours per year and in total (one query)."""
    rows = (
        _confirmed(user=user, municipality=municipality)
        .annotate(year=ExtractYear("date"))
        .values("year")
        .annotate(hours=Sum("hours"))
        .order_by("-year")
    )
    by_year = {int(r["year"]): Decimal(r["hours"]) for r in rows}
    return Totals(by_year=by_year, total=sum(by_year.values(), Decimal("0")))


def organisation_totals(*, organisation) -> tuple[Totals, list[dict[str, Any]]]:
    """Confirmed hours of an organisation per year, and per person and year (two queries).
    Hours of deleted accounts count in the totals only (as anonymous)."""
    confirmed = HourEntry.objects.filter(organisation=organisation, status=HourEntry.Status.CONFIRMED)
    years = confirmed.annotate(year=ExtractYear("date")).values("year").annotate(hours=Sum("hours")).order_by("-year")
    by_year = {int(r["year"]): Decimal(r["hours"]) for r in years}
    people = (
        confirmed.filter(volunteer__isnull=False)
        .annotate(year=ExtractYear("date"))
        .values("volunteer_id", "volunteer__first_name", "volunteer__last_name", "volunteer__email", "year")
        .annotate(hours=Sum("hours"))
        .order_by("volunteer__last_name", "volunteer__first_name", "volunteer_id", "-year")
    )
    per_person: dict[int, dict[str, Any]] = {}
    for r in people:
        name = f"{r['volunteer__first_name']} {r['volunteer__last_name']}".strip() or r["volunteer__email"]
        person = per_person.setdefault(r["volunteer_id"], {"name": name, "by_year": {}, "total": Decimal("0")})
        person["by_year"][int(r["year"])] = Decimal(r["hours"])
        person["total"] += Decimal(r["hours"])
    return Totals(by_year=by_year, total=sum(by_year.values(), Decimal("0"))), list(per_person.values())


# --- Privacy ----------------------------------------------------------------------------------


def personal_data(*, user) -> dict[str, Any]:
    """Everything Mach mit! stores about a person, as JSON-able data (Art. 15/20 DSGVO)."""
    profiles = VolunteerProfile.objects.filter(user=user).select_related("municipality", "district")
    interests = Interest.objects.filter(volunteer=user).select_related("opportunity").prefetch_related("messages")
    return {
        "account": {"email": user.email, "first_name": user.first_name, "last_name": user.last_name},
        "profiles": [
            {
                "municipality": p.municipality.name,
                "topics": list(p.topics.values_list("name", flat=True)),
                "skills": list(p.skills.values_list("name", flat=True)),
                "availability": p.availability,
                "district": p.district.name if p.district else None,
                "travel_km": p.travel_km,
                "languages": p.languages,
                "birth_year": p.birth_year,
                "allow_contact": p.allow_contact,
                "language": p.language,
                "joined_on": p.joined_on.isoformat(),
            }
            for p in profiles
        ],
        "interests": [
            {
                "opportunity": i.opportunity.title,
                "status": i.status,
                "language": i.language,
                "created_at": i.created_at.isoformat(),
                "messages": [
                    {"from_organisation": m.from_organisation, "body": m.body, "at": m.created_at.isoformat()}
                    for m in i.messages.all()
                ],
            }
            for i in interests
        ],
        "shifts": [
            {"opportunity": s.shift.opportunity.title, "starts_at": s.shift.starts_at.isoformat()}
            for s in ShiftSignup.objects.filter(volunteer=user).select_related("shift__opportunity")
        ],
        "hours": [
            {
                "date": h.date.isoformat(),
                "hours": str(h.hours),
                "activity": h.activity,
                "organisation": h.organisation_name,
                "note": h.note,
                "status": h.status,
            }
            for h in HourEntry.objects.filter(volunteer=user).order_by("date", "pk")
        ],
        "certificates": [
            {"code": c.code, "issued_at": c.issued_at.isoformat(), "content": c.content}
            for c in user.certificates.all()
        ],
    }


# --- "Mein Bereich" (volunteering/account.py) ------------------------------------------------


@dataclass(frozen=True)
class MyEngagement:
    interests: list[Interest]
    shifts: list[ShiftSignup]  # coming shifts, soonest first
    confirmed_hours: Decimal
    open_hours: Decimal  # logged, not yet confirmed
    certificate: Any  # the latest Certificate, or None


def my_engagement(*, user, municipality: Municipality, now: datetime.datetime | None = None) -> MyEngagement:
    """A person's interests, coming shifts, hours and latest certificate in `municipality`:
    four queries."""
    from engagiert.volunteering.models import Certificate

    now = now or timezone.now()
    interests = list(
        Interest.objects.filter(volunteer=user, opportunity__municipality=municipality)
        .select_related("opportunity__organisation", "opportunity__municipality")
        .order_by("-created_at", "-pk")
    )
    shifts = list(
        ShiftSignup.objects.filter(
            volunteer=user, shift__opportunity__municipality=municipality, shift__ends_at__gte=now
        )
        .select_related("shift__opportunity__municipality")
        .order_by("shift__starts_at", "pk")
    )
    hours = HourEntry.objects.filter(volunteer=user, municipality=municipality).aggregate(
        confirmed=Sum("hours", filter=Q(status=HourEntry.Status.CONFIRMED)),
        open=Sum("hours", filter=Q(status=HourEntry.Status.LOGGED)),
    )
    certificate = Certificate.objects.filter(user=user, municipality=municipality).order_by("-issued_at").first()
    return MyEngagement(
        interests=interests,
        shifts=shifts,
        confirmed_hours=hours["confirmed"] or Decimal("0"),
        open_hours=hours["open"] or Decimal("0"),
        certificate=certificate,
    )


def organiser_opportunities(*, organisation_ids: list[int], municipality: Municipality) -> list[Opportunity]:
    """The opportunities of these organisations in `municipality` that are not archived, each
    with the interests waiting for an answer, hours waiting for confirmation and `closed`:
    one query."""
    return list(
        with_closed(
            Opportunity.objects.filter(municipality=municipality, organisation__in=organisation_ids).exclude(
                status=Opportunity.Status.ARCHIVED
            )
        )
        .select_related("organisation", "municipality")
        .annotate(
            waiting_interests=Count("interests", filter=Q(interests__status=Interest.Status.PENDING), distinct=True),
            open_hours=Count("hour_entries", filter=Q(hour_entries__status=HourEntry.Status.LOGGED), distinct=True),
        )
        .order_by("organisation__name", "title", "pk")
    )


def engagement_municipalities() -> dict[str, Any]:
    """Where a person has a profile, interests or hours: per kind, the municipality ids (a
    subquery each) for core.registry.register_town_lookup."""
    return {
        "volunteering.profiles": lambda user: VolunteerProfile.objects.filter(user=user).values("municipality_id"),
        "volunteering.interests": lambda user: Interest.objects.filter(volunteer=user).values(
            "opportunity__municipality_id"
        ),
        "volunteering.hours": lambda user: HourEntry.objects.filter(volunteer=user).values("municipality_id"),
    }
