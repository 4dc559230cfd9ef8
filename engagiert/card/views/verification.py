"""Verification for acceptance partners and coordinators: QR text or card number in,
valid / expired / revoked / rejected out, with the short name and validity only.
Each verification by a partner account is counted (partner, month; nothing else). A partner
may look up CARD_NUMBER_LOOKUP_LIMIT card numbers an hour (numbers can be guessed, QR codes
cannot); look-ups by number are counted, refused ones too."""

from __future__ import annotations

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from engagiert.card import selectors, services
from engagiert.card.forms import VerifyForm
from engagiert.core.models import Municipality, Role
from engagiert.core.parsing import ascii_int
from engagiert.core.permissions import municipality_view, remember_roles
from engagiert.core.ratelimit import limit_reached
from engagiert.core.views_helpers import form_for

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
    form = form_for(request, VerifyForm)
    verdict = None
    refused = False
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"].strip()
        digits = code.lstrip("#")
        by_number = ascii_int(digits) is not None
        refused = by_number and _too_many_lookups(request)
        if refused:
            form.add_error(
                "code",
                _(
                    "Sie haben in der letzten Stunde zu viele Kartennummern abgefragt. Bitte scannen Sie den "
                    "QR-Code der Karte oder versuchen Sie es später erneut."
                ),
            )
        elif by_number:
            verdict = selectors.verify_number(municipality=muni, number=code)
        else:
            verdict = selectors.verify_text(municipality=muni, text=code)
        if request.partner_pk is not None:
            services.count_verification(partner=request.partner_pk, by_number=by_number, refused=refused)
        if not refused:
            form = VerifyForm()  # an empty field for the next card
    return render(
        request,
        "card/verify.html",
        {"form": form, "verdict": verdict},
        status=429 if refused else 200,
    )


def _too_many_lookups(request) -> bool:
    """Count a partner account's look-up by card number; True over the hourly limit.
    Coordinators (no partner) see the cards anyway and are not limited."""
    if request.partner_pk is None:
        return False
    return limit_reached(
        request,
        action="card:number-lookup",
        limit=settings.CARD_NUMBER_LOOKUP_LIMIT,
        who=f"partner-{request.partner_pk}",
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
