"""Reads of the Partnerschaft für Demokratie: who holds which part, the fund figures, the
lists of the offices and the committee, the public pages and the impact figures."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, DecimalField, F, Func, OuterRef, Prefetch, Q, QuerySet, Subquery, Sum, Value
from django.db.models.functions import Coalesce

from engagiert.core.models import Municipality
from engagiert.core.registry import count_subquery
from engagiert.funding.models import (
    ZERO,
    Application,
    Assessment,
    ChangeRequest,
    ConflictDeclaration,
    Fund,
    Grant,
    Meeting,
    Membership,
    Office,
    Partnership,
    PaymentRequest,
    Recommendation,
    Report,
)

Status = Application.Status
# Applications that count as requested in the fund's figures.
IN_PLAY = [s for s in Status.values if s not in (Status.DRAFT, Status.WITHDRAWN)]
FUNDED = [Status.GRANTED, Status.CLOSED]


@dataclass
class Parts:
    """What a person is in a PfD: staff of the lead / coordination office, committee seats."""

    lead: bool = False
    coordination: bool = False
    memberships: tuple[Membership, ...] = ()

    @property
    def committee(self) -> bool:
        return bool(self.memberships)

    def membership_for(self, committee_id: int | None) -> Membership | None:
        return next((m for m in self.memberships if m.committee_id == committee_id), None)


def parts_of(user, partnership: Partnership | None) -> Parts:
    """One query per kind, cached on the user for the request."""
    if partnership is None or not user.is_authenticated:
        return Parts()
    cache = getattr(user, "_pfd_parts", None)
    if cache is None:
        cache = user._pfd_parts = {}
    if partnership.pk not in cache:
        if user.is_superuser:
            kinds = {Office.Kind.LEAD, Office.Kind.COORDINATION}
        else:
            kinds = set(Office.objects.filter(partnership=partnership, user=user).values_list("kind", flat=True))
        memberships = tuple(
            Membership.objects.filter(committee__partnership=partnership, user=user, active=True).select_related(
                "committee"
            )
        )
        cache[partnership.pk] = Parts(
            lead=Office.Kind.LEAD in kinds, coordination=Office.Kind.COORDINATION in kinds, memberships=memberships
        )
    return cache[partnership.pk]


def partnership_of(municipality: Municipality) -> Partnership | None:
    return Partnership.objects.filter(municipality=municipality).first()


@dataclass(frozen=True)
class FundFigures:
    budget: Decimal
    requested: Decimal
    recommended: Decimal
    granted: Decimal
    paid: Decimal
    returned: Decimal

    @property
    def available(self) -> Decimal:
        return self.budget - self.granted + self.returned


def _sum(queryset, field: str):
    """SUM(field) of `queryset` as a scalar subquery (no GROUP BY, as core.registry counts)."""
    money = DecimalField(max_digits=14, decimal_places=2)
    summed = queryset.order_by().annotate(_s=Func(F(field), function="SUM", output_field=money))
    return Coalesce(Subquery(summed.values("_s")[:1], output_field=money), Value(ZERO), output_field=money)


def with_figures(funds: QuerySet[Fund]) -> QuerySet[Fund]:
    """Funds annotated with requested, recommended, granted, paid and returned: one query."""
    apps = Application.objects.filter(fund=OuterRef("pk"), status__in=IN_PLAY)
    recs = Recommendation.objects.filter(application__fund=OuterRef("pk"), recommended=True)
    grants = Grant.objects.filter(fund=OuterRef("pk"), approved=True)
    paid = PaymentRequest.objects.filter(grant__fund=OuterRef("pk"), paid_on__isnull=False)
    returned = Report.objects.filter(application__fund=OuterRef("pk"), repaid_on__isnull=False)
    return funds.annotate(
        f_requested=_sum(apps, "requested_amount"),
        f_recommended=_sum(recs, "amount"),
        f_granted=_sum(grants, "amount"),
        f_paid=_sum(paid, "amount"),
        f_returned=_sum(returned, "repayment"),
    )


def figures(fund: Fund) -> FundFigures:
    """The figures of a fund annotated by with_figures (or read in one query)."""
    if not hasattr(fund, "f_granted"):
        fund = with_figures(Fund.objects.filter(pk=fund.pk)).get()
    return FundFigures(
        budget=fund.budget,
        requested=fund.f_requested,
        recommended=fund.f_recommended,
        granted=fund.f_granted,
        paid=fund.f_paid,
        returned=fund.f_returned,
    )


def public_funds(municipality: Municipality, *, year: int | None = None) -> list[Fund]:
    funds = Fund.objects.filter(municipality=municipality).select_related("committee").prefetch_related("calls")
    if year:
        funds = funds.filter(year=year)
    return list(with_figures(funds).order_by("-year", "kind"))


def funded_projects(municipality: Municipality, *, fund: Fund | None = None, year: int | None = None) -> QuerySet:
    qs = (
        Application.objects.filter(municipality=municipality, status__in=FUNDED)
        .select_related("fund", "organisation", "carrier", "grant", "report")
        .order_by("-fund__year", "title")
    )
    if fund is not None:
        qs = qs.filter(fund=fund)
    if year:
        qs = qs.filter(fund__year=year)
    return qs


def my_applications(*, user, municipality: Municipality) -> list[Application]:
    return list(
        Application.objects.filter(municipality=municipality, applicant=user)
        .select_related("fund", "organisation")
        .order_by("-created_at")
    )


def office_applications(
    *, municipality: Municipality, year: int, fund_id: int | None = None, status: str = ""
) -> QuerySet:
    """The coordination office's list of a year's applications (fixed number of queries)."""
    qs = (
        Application.objects.filter(municipality=municipality, fund__year=year)
        .exclude(status=Status.DRAFT)
        .select_related("fund", "organisation", "carrier", "meeting")
        .annotate(
            open_changes=count_subquery(
                ChangeRequest.objects.filter(application=OuterRef("pk"), answered_at__isnull=True)
            )
        )
        .order_by("status", "-submitted_at", "pk")
    )
    if fund_id:
        qs = qs.filter(fund_id=fund_id)
    if status:
        qs = qs.filter(status=status)
    return qs


def agenda(meeting: Meeting, *, member: Membership | None = None) -> list[Application]:
    """The applications on a meeting's agenda, each with its counts and, for `member`, whether
    they are conflicted, assessed or voted: one query (counts as scalar subqueries, no GROUP BY)."""
    from engagiert.funding.models import Vote

    here = OuterRef("pk")
    qs = (
        meeting.agenda.select_related("fund", "organisation", "carrier")
        .annotate(
            n_votes=count_subquery(Vote.objects.filter(application=here)),
            n_conflicts=count_subquery(ConflictDeclaration.objects.filter(application=here)),
            n_assessments=count_subquery(Assessment.objects.filter(application=here)),
        )
        .order_by("submitted_at", "pk")
    )
    if member is not None:
        qs = qs.annotate(
            my_conflict=count_subquery(ConflictDeclaration.objects.filter(application=here, member=member)),
            my_vote=Subquery(Vote.objects.filter(application=here, member=member).values("choice")[:1]),
            my_assessment=count_subquery(Assessment.objects.filter(application=here, member=member)),
        )
    return list(qs)


def visible_assessments(application: Application, member: Membership | None) -> list[Assessment]:
    """Others' assessments of `application`: none for a conflicted member."""
    if member is not None and ConflictDeclaration.objects.filter(application=application, member=member).exists():
        return []
    return list(application.assessments.select_related("member").order_by("member__name"))


def civil_society_majority(committee) -> tuple[int, int, bool]:
    """(civil-society votes, all votes, majority?) of a committee's active voting members."""
    counts = committee.members.filter(active=True, voting=True).aggregate(
        civil=Count("pk", filter=Q(sector=Membership.Sector.CIVIL_SOCIETY)), total=Count("pk")
    )
    return counts["civil"], counts["total"], counts["civil"] * 2 > counts["total"]


def report_due(application: Application) -> datetime.date:
    return application.ends_on + datetime.timedelta(weeks=application.fund.partnership.report_weeks)


def overdue_reports(municipality: Municipality, *, today: datetime.date) -> list[Application]:
    waiting = (
        Application.objects.filter(municipality=municipality, status=Status.GRANTED, ends_on__lt=today)
        .exclude(report__status__in=[Report.Status.SUBMITTED, Report.Status.ACCEPTED])
        .select_related("fund__partnership", "organisation")
        .order_by("ends_on")
    )
    return [a for a in waiting if report_due(a) < today]


def waiting_for_lead(municipality: Municipality) -> QuerySet:
    return Application.objects.filter(
        municipality=municipality, status__in=[Status.RECOMMENDED, Status.NOT_RECOMMENDED]
    ).select_related("fund", "organisation", "carrier", "recommendation")


def unpaid_requests(municipality: Municipality) -> QuerySet:
    return PaymentRequest.objects.filter(
        grant__application__municipality=municipality, paid_on__isnull=True
    ).select_related("grant__application__organisation", "grant__application__fund")


def submitted_reports(municipality: Municipality) -> QuerySet:
    return Report.objects.filter(application__municipality=municipality, status=Report.Status.SUBMITTED).select_related(
        "application__organisation", "application__fund"
    )


def application_detail(municipality: Municipality, pk: int) -> Application:
    from django.shortcuts import get_object_or_404

    return get_object_or_404(
        Application.objects.select_related(
            "fund__partnership", "fund__committee", "organisation", "carrier", "meeting", "applicant"
        ).prefetch_related(Prefetch("cost_lines__quotes"), "financing_lines", "change_requests"),
        municipality=municipality,
        pk=pk,
    )


def funding_figures(municipality: Municipality, start: datetime.date, end: datetime.date) -> dict:
    """For the impact dashboard: the funded projects of `municipality` running between `start`
    and `end` (inclusive), the participants of accepted reports, and projects by field of action."""
    from engagiert.funding.models import FIELDS_OF_ACTION

    projects = Application.objects.filter(
        municipality=municipality, status__in=FUNDED, starts_on__lte=end, ends_on__gte=start
    )
    rows = list(projects.values("fields_of_action", "report__status"))
    participants = Report.objects.filter(application__in=projects, status=Report.Status.ACCEPTED).aggregate(
        a=Coalesce(Sum("participants_under_14"), 0),
        b=Coalesce(Sum("participants_14_17"), 0),
        c=Coalesce(Sum("participants_18_27"), 0),
        d=Coalesce(Sum("participants_over_27"), 0),
    )
    granted = projects.aggregate(s=Coalesce(Sum("grant__amount"), Value(ZERO)))["s"]
    labels = dict(FIELDS_OF_ACTION)
    by_field = {key: 0 for key in labels}
    for row in rows:
        for key in row["fields_of_action"] or []:
            if key in by_field:
                by_field[key] += 1
    return {
        "funded_projects": len(rows),
        "granted_amount": granted,
        "reported_projects": sum(1 for r in rows if r["report__status"] == Report.Status.ACCEPTED),
        "participants": sum(participants.values()),
        "participants_by_age": {
            "under_14": participants["a"],
            "14_17": participants["b"],
            "18_27": participants["c"],
            "over_27": participants["d"],
        },
        "projects_by_field_of_action": [
            {"key": key, "label": str(labels[key]), "projects": n} for key, n in by_field.items()
        ],
    }
