"""Public pages: the PfD with its bodies and funds, a fund's page, the transparency page."""

from __future__ import annotations

from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from engagiert.core.pagination import LIST_PAGE_SIZE, paginate
from engagiert.funding import selectors
from engagiert.funding.models import Fund
from engagiert.funding.views.common import pfd_view


@pfd_view()
def index(request):
    partnership = request.partnership
    year = timezone.localdate().year
    funds = [f for f in selectors.public_funds(request.municipality) if f.year >= year - 1]
    committees = []
    for committee in partnership.committees.prefetch_related("members").order_by("kind", "pk"):
        civil, total, majority = selectors.civil_society_majority(committee)
        committees.append({"committee": committee, "civil": civil, "total": total, "majority": majority})
    return render(
        request,
        "funding/index.html",
        {
            "partnership": partnership,
            "funds": [(f, selectors.figures(f)) for f in funds],
            "committees": committees,
            "parts": request.parts,
        },
    )


@pfd_view()
def fund(request, pk: int):
    fund = get_object_or_404(
        selectors.with_figures(Fund.objects.select_related("committee", "partnership")).prefetch_related("calls"),
        municipality=request.municipality,
        pk=pk,
    )
    projects = list(selectors.funded_projects(request.municipality, fund=fund))
    return render(
        request,
        "funding/fund.html",
        {"fund": fund, "figures": selectors.figures(fund), "projects": projects, "today": timezone.localdate()},
    )


@pfd_view()
def projects(request):
    years = sorted(
        set(Fund.objects.filter(municipality=request.municipality).values_list("year", flat=True)), reverse=True
    )
    raw = request.GET.get("jahr", "")
    year = int(raw) if raw.isdigit() and int(raw) in years else None
    qs = selectors.funded_projects(request.municipality, year=year).prefetch_related("report__photos")
    page = paginate(request, qs, per_page=LIST_PAGE_SIZE)
    return render(request, "funding/projects.html", {"page": page, "years": years, "year": year})
