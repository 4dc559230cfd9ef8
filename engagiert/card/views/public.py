"""Public pages: what the card is, acceptance partners (list, map, registration), and the
organisations' confirmation links (no account needed)."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from engagiert.card import selectors, services
from engagiert.card.forms import ConfirmationForm, PartnerFilterForm, PartnerForm
from engagiert.core.permissions import municipality_view
from engagiert.core.views_helpers import form_for, link_invalid


@municipality_view()
def overview(request):
    muni = request.municipality
    return render(
        request,
        "card/overview.html",
        {
            "rules": selectors.rules_or_default(muni),
            "partner_count": selectors.approved_partners(muni).count(),
            "is_partner": selectors.partner_of(request.user, muni) is not None,
        },
    )


@municipality_view()
def partners(request):
    muni = request.municipality
    form = PartnerFilterForm(request.GET)
    category = form.cleaned_data["category"] if form.is_valid() else ""
    partner_list = list(selectors.approved_partners(muni, category=category))
    points = [
        {
            "name": p.name,
            "lat": p.latitude,
            "lon": p.longitude,
            "url": f"{reverse('card:partners', args=[muni.slug])}#partner-{p.pk}",
        }
        for p in partner_list
        if p.latitude is not None
    ]
    return render(request, "card/partners.html", {"form": form, "partners": partner_list, "map_points": points})


@municipality_view(login=True)
def partner_register(request):
    muni = request.municipality
    form = form_for(request, PartnerForm)
    if request.method == "POST" and form.is_valid():
        try:
            services.register_partner(user=request.user, municipality=muni, data=form.cleaned_data)
        except services.CardError as error:
            form.add_error("name", str(error))
        else:
            messages.success(request, _("Danke! Die Koordination prüft Ihren Eintrag und schaltet ihn frei."))
            if form.location_note:
                messages.warning(request, form.location_note)
            return redirect("card:partners", municipality=muni.slug)
    return render(request, "card/partner_register.html", {"form": form})


@municipality_view()
def confirm_activity(request, token: str):
    """The link an organisation's contact got by e-mail: confirm or reject one activity."""
    try:
        confirmation = services.confirmation_by_token(token)
    except services.ConfirmationError as error:
        return link_invalid(request, expired=error.expired, reason=str(error))
    if confirmation.activity.application.municipality_id != request.municipality.pk:
        return link_invalid(request, expired=False)
    form = form_for(request, ConfirmationForm)
    if request.method == "POST" and form.is_valid():
        try:
            services.answer_confirmation(
                token=token, confirm=form.cleaned_data["answer"] == "confirm", note=form.cleaned_data["note"]
            )
        except services.ConfirmationError as error:
            return link_invalid(request, expired=error.expired, reason=str(error))
        return render(
            request, "card/confirm.html", {"done": True, "confirmed": form.cleaned_data["answer"] == "confirm"}
        )
    return render(
        request,
        "card/confirm.html",
        {"form": form, "activity": confirmation.activity, "application": confirmation.activity.application},
    )
