"""What the Partnerschaft für Demokratie adds to "Mein Bereich" (core.registry): the
applicant's applications, the committee member's agenda, the coordination office's and the
lead office's work, and the coordination's queues."""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from engagiert.core.registry import register_area_section, register_town_lookup, register_work_queue
from engagiert.funding import selectors
from engagiert.funding.models import Application, PaymentRequest


def applicant_section(request, municipality):
    applications = selectors.my_applications(user=request.user, municipality=municipality)
    if not applications:
        return None
    return {"applications": applications}


def _partnership_and_parts(request, municipality):
    """The town's partnership and the person's parts in it, read once for both sections."""
    key = ("funding", municipality.pk)
    found = getattr(request, "_area_cache", {})
    if key not in found:
        partnership = selectors.partnership_of(municipality)
        found[key] = (partnership, selectors.parts_of(request.user, partnership))
        request._area_cache = found
    return found[key]


def committee_section(request, municipality):
    _partnership, parts = _partnership_and_parts(request, municipality)
    if not parts.committee:
        return None
    waiting = Application.objects.filter(
        meeting__committee__in=[m.committee_id for m in parts.memberships],
        status=Application.Status.COMPLETE,
    ).count()
    return {"memberships": parts.memberships, "waiting": waiting}


def office_section(request, municipality):
    _partnership, parts = _partnership_and_parts(request, municipality)
    if not (parts.coordination or parts.lead):
        return None
    context = {"parts": parts}
    if parts.coordination:
        context["to_check"] = Application.objects.filter(
            municipality=municipality, status=Application.Status.SUBMITTED
        ).count()
        context["reports"] = selectors.submitted_reports(municipality).count()
    if parts.lead:
        context["to_decide"] = selectors.waiting_for_lead(municipality).count()
        context["to_pay"] = selectors.unpaid_requests(municipality).count()
    return context


def towns(user):
    from engagiert.core.models import Municipality

    return Municipality.objects.filter(
        Q(pfd_applications__applicant=user)
        | Q(partnership__office_staff__user=user)
        | Q(partnership__committees__members__user=user)
    ).values("pk")


def register() -> None:
    register_area_section(
        key="funding.applications",
        title=_("Meine Förderanträge (Partnerschaft für Demokratie)"),
        template="funding/area_applications.html",
        context=applicant_section,
        order=45,
    )
    register_area_section(
        key="funding.committee",
        title=_("Begleitausschuss und Jugendforum"),
        template="funding/area_committee.html",
        context=committee_section,
        order=46,
    )
    register_area_section(
        key="funding.offices",
        title=_("Partnerschaft für Demokratie: Fachstelle und Amt"),
        template="funding/area_offices.html",
        context=office_section,
        order=47,
    )
    register_work_queue(
        key="funding.submitted",
        label=_("Partnerschaft für Demokratie: eingereichte Anträge prüfen"),
        url_name="funding:office",
        items=lambda m: Application.objects.filter(municipality=m, status=Application.Status.SUBMITTED),
        order=60,
    )
    register_work_queue(
        key="funding.payments",
        label=_("Partnerschaft für Demokratie: Mittelabrufe auszahlen"),
        url_name="funding:lead",
        items=lambda m: PaymentRequest.objects.filter(grant__application__municipality=m, paid_on__isnull=True),
        order=61,
    )
    register_town_lookup("funding", towns)
