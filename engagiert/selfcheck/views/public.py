"""Public Selbstcheck page: published results (radar and table) and the milestone timeline."""

from __future__ import annotations

from django.shortcuts import render

from engagiert.core.permissions import municipality_view
from engagiert.selfcheck import selectors
from engagiert.selfcheck.timeline import measure_entries
from engagiert.selfcheck.views.report import chart


@municipality_view()
def overview(request):
    muni = request.municipality
    latest = selectors.latest_published(municipality=muni)
    report = selectors.evaluate(latest, public=True) if latest else None
    return render(
        request,
        "selfcheck/public.html",
        {
            "report": report,
            "chart": chart(report) if report else None,
            "timeline": measure_entries(selectors.public_timeline(municipality=muni), municipality=muni),
        },
    )
