"""Coordinator pages: approve opportunities of organisations that are not trusted."""

from __future__ import annotations

from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from engagiert.core.decisions import decide_from_queue
from engagiert.core.models import Role
from engagiert.core.permissions import municipality_view
from engagiert.volunteering import services
from engagiert.volunteering.models import Opportunity

coordinator_view = municipality_view(roles=(Role.Kind.COORDINATOR,))


@coordinator_view
def queue(request):
    pending = (
        Opportunity.objects.filter(municipality=request.municipality, status=Opportunity.Status.PENDING)
        .select_related("organisation")
        .order_by("created_at")
    )
    return render(request, "volunteering/queue.html", {"pending": pending})


@coordinator_view
@require_POST
def decide_opportunity(request, pk: int):
    opp = get_object_or_404(Opportunity, municipality=request.municipality, pk=pk)
    decide_from_queue(
        request,
        lambda form: services.decide_opportunity(
            opportunity=opp, approve=form.approve, by=request.user, reason=form.cleaned_data["reason"]
        ),
        errors=(services.VolunteeringError,),
        reason_required=False,
        reason_max_length=300,
    )
    return redirect("volunteering:queue", municipality=request.municipality.slug)
