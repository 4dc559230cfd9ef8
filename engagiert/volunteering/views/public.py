"""Public pages of Mach mit!: search and filter, opportunity page, certificate check."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from engagiert.core.pagination import paginate
from engagiert.core.permissions import may_manage, municipality_view
from engagiert.directory.models import Organisation, OrganisationEditor
from engagiert.volunteering import selectors, services
from engagiert.volunteering.forms import InterestForm, SearchForm
from engagiert.volunteering.models import Certificate, Opportunity

PAGE_SIZE = 20


@municipality_view()
def search(request):
    form = SearchForm(request.GET, municipality=request.municipality)
    results = selectors.search_opportunities(municipality=request.municipality, filters=form.filters())
    page = paginate(request, selectors.list_prefetch(results), per_page=PAGE_SIZE, form=form)
    managed = []
    if request.user.is_authenticated:
        managed = Organisation.objects.filter(
            municipality=request.municipality,
            editors__user=request.user,
            editors__status=OrganisationEditor.Status.ACTIVE,
        ).order_by("name")
    context = {"form": form, "page": page, "managed": managed}
    return render(request, "volunteering/search.html", context)


@municipality_view()
def detail(request, pk: int):
    try:
        opp = selectors.opportunity_detail(municipality=request.municipality, pk=pk)
    except Opportunity.DoesNotExist:
        raise Http404 from None
    manager = may_manage(request.user, municipality=opp.municipality_id, organisations=opp.organisation_id)
    if not selectors.is_visible(opp) and not manager:
        raise Http404
    interest = None
    if request.user.is_authenticated:
        interest = opp.interests.filter(volunteer=request.user).first()
    context = {
        "opp": opp,
        "manager": manager,
        "shifts": [] if opp.closed else selectors.open_shifts(opportunity=opp),
        "interest": interest,
        "interest_form": InterestForm(),
        "stale": opp.confirmed_current_at < timezone.now() - selectors.STALE_AFTER,
    }
    return render(request, "volunteering/detail.html", context)


@municipality_view()
def verify_form(request):
    code = (request.GET.get("code") or "").strip().upper()
    if code:
        return redirect("volunteering:verify", municipality=request.municipality.slug, code=code[:32])
    return render(request, "volunteering/verify.html", {"certificate": None, "searched": False})


@municipality_view()
def verify(request, code: str):
    certificate = Certificate.objects.filter(municipality=request.municipality, code=code.upper()).first()
    genuine = certificate is not None and services.content_hash(certificate.content) == certificate.content_hash
    context = {"certificate": certificate if genuine else None, "searched": True, "code": code}
    if not genuine:
        context["error"] = _("Zu diesem Code gibt es keinen gültigen Nachweis.")
    return render(request, "volunteering/verify.html", context, status=200 if genuine else 404)
