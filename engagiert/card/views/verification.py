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
from engagiert.core.models import Municipality, Role
from engagiert.core.permissions import municipality_view, remember_roles

VERIFIER_ROLES = (Role.Kind.ACCEPTANCE_PARTNER, Role.Kind.COORDINATOR)
verifier_view = municipality_view(roles=VERIFIER_ROLES)


def _municipality_for_verifier(request, slug: str) -> Municipality | None:
    """The municipality, the user's roles there and their partner (`request.partner_pk`) in one
    query: partners call the verification page at the counter."""
    found = selectors.municipality_for_verifier(user=request.user, slug=slug)
    if found is None:
        return None
    muni, roles, partner_pk = found
    remember_roles(request.user, muni, roles)
    request.partner_pk = partner_pk
    return muni


verification_page = municipality_view(roles=VERIFIER_ROLES, load=_municipality_for_verifier)


@verification_page
def verify(request):
    muni = request.municipality
    form = VerifyForm(request.POST or None)
    verdict = None
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"].strip()
        digits = code.lstrip("#")
        if digits.isascii() and digits.isdigit():  # isdigit() alone takes "²", which int() refuses
            verdict = selectors.verify_number(municipality=muni, number=code)
        else:
            verdict = selectors.verify_text(municipality=muni, text=code)
        if request.partner_pk is not None:
            services.count_verification(partner=request.partner_pk)
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
