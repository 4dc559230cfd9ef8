"""Verification for acceptance partners and coordinators: QR text or card number in,
valid / expired / revoked / rejected out, with the short name and validity only.
Each verification by a partner account is counted (partner, month; nothing else)."""

from __future__ import annotations

from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache

from engagiert.card import selectors, services
from engagiert.card.forms import VerifyForm
from engagiert.core.models import Role
from engagiert.core.permissions import municipality_view

verifier_view = municipality_view(roles=(Role.Kind.ACCEPTANCE_PARTNER, Role.Kind.COORDINATOR))


@verifier_view
def verify(request):
    muni = request.municipality
    form = VerifyForm(request.POST or None)
    verdict = None
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"].strip()
        if code.lstrip("#").isdigit():
            verdict = selectors.verify_number(municipality=muni, number=code)
        else:
            verdict = selectors.verify_text(municipality=muni, text=code)
        partner = selectors.partner_of(request.user, muni)
        if partner is not None:
            services.count_verification(partner=partner)
        form = VerifyForm()  # an empty field for the next card
    return render(
        request,
        "card/verify.html",
        {"form": form, "verdict": verdict},
    )


@verifier_view
@never_cache
def trust_list(request):
    """Public keys and revocations for the offline check in verify.js."""
    return JsonResponse(selectors.trust_list(request.municipality))


@municipality_view()
def service_worker(request):
    """The verification page's service worker (offline use). Served from the page's own
    path so that its scope covers the page; no personal data in it."""
    response = render(
        request,
        "card/sw.js",
        {
            "verify_url": reverse("card:verify", args=[request.municipality.slug]),
            "trust_url": reverse("card:trust_list", args=[request.municipality.slug]),
        },
        content_type="application/javascript; charset=utf-8",
    )
    response["Cache-Control"] = "no-cache"
    return response
